"""A small status-bar widget: online/offline, last sync, pending ops, conflicts."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.sync.engine import CycleResult
from app.sync.status import SyncOverview
from app.views.service_messages import service_text

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

    def set_unregistered(self) -> None:
        """Show that this desk has never registered, and how to register."""
        self.online.setText(self.tr("● 未注册"))
        self.online.setStyleSheet("color: #9a6700;")
        self.online.setToolTip(
            self.tr("本机尚未注册到区级服务器：在“同步”页填写服务器地址和注册码，点“注册本机”")
        )
        self.last.setText(self.tr("未注册，数据只在本机（在“同步”页注册）"))

    def set_online(self, online: bool | None) -> None:
        """Show online, offline, or not yet known."""
        self.online.setToolTip("")
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
        if not overview.registered:
            self.set_unregistered()

    def show_result(self, result: object) -> None:
        """Refresh after a cycle: a failure says why in words (full text in the tooltip)."""
        if not isinstance(result, CycleResult):
            return
        if not result.registered:
            self.set_unregistered()
            self.pending.setText(self.tr("待上传 {n}").format(n=result.pending))
            return
        self.set_online(not result.offline)
        if result.ok:
            self.set_counts(result.finished_at, result.pending, result.open_conflicts)
            self.last.setToolTip("")
            return
        reason = service_text(result.message)
        short = reason if len(reason) <= 28 else reason[:27] + "…"
        self.last.setText(self.tr("同步失败：{reason}").format(reason=short))
        self.last.setToolTip(reason)
        self.pending.setText(self.tr("待上传 {n}").format(n=result.pending))
