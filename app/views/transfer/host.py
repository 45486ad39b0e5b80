"""The page that transfer actions act on, as the actions see it.

`TransferPage` is an `ActionHost`; `TransferActions` knows only this base, so the action table
never imports its page (the page owns the actions, not the other way round).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from app.views.context import AppContext


class ActionHost(QWidget):
    """A widget that shows one selected case, its action buttons and runs service writes."""

    ctx: AppContext
    departments: list[Any]
    buttons: dict[str, QPushButton]
    detail: Any  # the detail panel: `.detail` is the CaseDetail shown (None when none)

    def selected_case_id(self) -> str | None:
        """Return the id of the case the actions apply to, or None."""
        raise NotImplementedError

    def run_action(self, fn: Callable[[Any], Any], *, dialog: Any = None) -> None:
        """Run a write; on success close `dialog` and refresh, on failure keep it open."""
        raise NotImplementedError
