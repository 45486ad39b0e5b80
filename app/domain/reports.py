"""What the home page and reports show: figures computed by app.services.reports."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TodayCounts:
    """The home page's figures for one township (or all, when org is None)."""

    received_today: int
    open: int
    overdue: int
    due_soon: int
    closed_today: int
