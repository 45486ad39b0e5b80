"""A small status-bar widget: online/offline, last sync, pending ops, conflicts."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.sync.engine import CycleResult
from app.sync.status import SyncOverview

CHINA = ZoneInfo("Asia/Shanghai")


def format_time(value: datetime | None, never: str) -> str:
    """Return a local HH:MM (or MM-DD HH:MM when not today) for a UTC time."""
    if value is None:
        return never
    local = value.astimezone(CHINA)
    if local.date() == datetime.now(CHINA).date():
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M")


class SyncStatusWidget(QWidget):
    """Show the sync state in the main window's status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.online = QLabel(self)
        self.last = QLabel(self)
        self.pending = QLabel(self)
        self.conflicts = QLabel(self)
        for w in (self.online, self.last, self.pending, self.conflicts):
            layout.addWidget(w)
        self.set_online(None)
        self.set_counts(None, 0, 0)

    def set_online(self, online: bool | None) -> None:
        """Show online, offline, or not yet known."""
        if online is None:
            text, colour = self.tr("● 未连接"), "#6e7781"
        elif online:
            text, colour = self.tr("● 在线"), "#1a7f37"
        else:
            text, colour = self.tr("● 离线"), "#cf222e"
        self.online.setText(text)
        self.online.setStyleSheet(f"color: {colour};")

    def set_syncing(self) -> None:
        """Show that a cycle is running."""
        self.last.setText(self.tr("正在同步…"))

    def set_counts(self, last: datetime | None, pending: int, conflicts: int) -> None:
        """Show the last successful sync, pending ops and open conflicts."""
        self.last.setText(self.tr("上次同步 {t}").format(t=format_time(last, self.tr("从未"))))
        self.pending.setText(self.tr("待上传 {n}").format(n=pending))
        self.conflicts.setText(self.tr("冲突 {n}").format(n=conflicts))
        self.conflicts.setStyleSheet("color: #bf8700;" if conflicts else "")

    def show_overview(self, overview: SyncOverview) -> None:
        """Refresh from the database's view of sync."""
        self.set_counts(overview.last_sync_at, overview.pending, overview.open_conflicts)

    def show_result(self, result: object) -> None:
        """Refresh after a cycle."""
        if isinstance(result, CycleResult):
            self.set_online(not result.offline)
            last = result.finished_at if result.ok else None
            if last is None:
                self.last.setText(self.tr("同步失败"))
                self.pending.setText(self.tr("待上传 {n}").format(n=result.pending))
            else:
                self.set_counts(last, result.pending, result.open_conflicts)
