"""Durations in the UI language as days and hours ("330 天 23 小时"), never "7943小时"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.durations import days_hours


def duration_words(hours: float) -> str:
    """Return `hours` as days and hours in the UI language."""
    days, rest = days_hours(hours)
    if days and rest:
        return QCoreApplication.translate("Durations", "{d} 天 {h} 小时").format(d=days, h=rest)
    if days:
        return QCoreApplication.translate("Durations", "{d} 天").format(d=days)
    return QCoreApplication.translate("Durations", "{h} 小时").format(h=rest)
