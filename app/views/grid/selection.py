"""What the grid page's tabs need to know of the page: the township's grids and the selection.

The page owns its tabs; the tabs see it only through this protocol, so they never import it.
"""

from __future__ import annotations

from typing import Protocol

from app.domain.grid import GridView


class GridSelection(Protocol):
    """The grids of the township and the one picked in the tree (None: all grids)."""

    grids: tuple[GridView, ...]
    selected_grid_id: str | None

    def selected_grid(self) -> GridView | None:
        """Return the selected grid's view, or None when none (or 全部网格) is selected."""
        ...
