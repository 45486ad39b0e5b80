"""A list as it leaves the screen: title, the filters it was cut with, columns and rows.

Every exportable list (case search, queues, overdue, patrol log, bookings, evaluation) is turned
into one `ListTable`; one Excel writer and one PDF table renderer print them all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

Cell = str | int | float | date | datetime | None


@dataclass(frozen=True)
class Column:
    """One column: its header and its relative width (1.0 is a short text)."""

    title: str
    width: float = 1.0


@dataclass(frozen=True)
class ListTable:
    """The rows of one list with the filters that chose them (written above the table)."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    filters: tuple[tuple[str, str], ...] = ()
    generated_at: datetime | None = None
    kind: str = ""  # cases / overdue / patrols / bookings / queue / evaluation / …
    notes: tuple[str, ...] = field(default=())

    @property
    def headers(self) -> list[str]:
        """Return the column titles."""
        return [c.title for c in self.columns]


def cell_text(value: Cell) -> str:
    """Return a cell as printed text (times as 2026-11-27 14:05, dates as 2026-11-27)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)
