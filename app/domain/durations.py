"""Durations as people say them: days and hours ("330 天 23 小时"), never "7943小时"."""

from __future__ import annotations

import math


def days_hours(hours: float) -> tuple[int, int]:
    """Return whole days and the remaining whole hours of `hours` (negative counts as 0).

    Hours are rounded down, so a case 23.9 hours late is "23 小时", never "1 天".
    """
    whole = max(0, math.floor(hours))
    return whole // 24, whole % 24


def duration_text(hours: float) -> str:
    """Return `hours` in Chinese days and hours: "330 天 23 小时", "5 小时", "2 天"."""
    days, rest = days_hours(hours)
    if days and rest:
        return f"{days} 天 {rest} 小时"
    if days:
        return f"{days} 天"
    return f"{rest} 小时"
