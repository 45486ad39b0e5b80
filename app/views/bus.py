"""The one change bus: after every successful write, pages hear which kinds of data changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bus(QObject):
    """Application-wide signals. Pages connect; no page calls into another page."""

    # frozenset[str] of kinds that changed, e.g. {"case", "person"}
    sig_data_changed = Signal(object)
    # (title, message) for a tray / status notification
    sig_notify = Signal(str, str)
    # a CaseFilter: show the case list filtered by it (the dashboard's click-through)
    sig_show_cases = Signal(object)
    # a PatrolReport: open the intake form pre-filled from a patrol record (上报为案件)
    sig_report_patrol = Signal(object)
