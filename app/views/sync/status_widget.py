"""A small status-bar widget: the sync state (app.sync.state), pending ops, conflicts."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.sync.engine import CycleResult
from app.sync.state import SyncState, SyncStatus, after_cycle, from_overview
from app.sync.status import SyncOverview
from app.views.sync.state_text import format_time, state_colour, state_text, state_tooltip

__all__ = ["SyncStatusWidget", "format_time"]


class SyncStatusWidget(QWidget):
    """Show the sync state in the main window's status bar, as the 同步 tab shows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.online = QLabel(self)  # the state: ● 未注册 / 同步中 / 已同步 hh:mm / 离线 / 失败：…
        self.online.setObjectName("syncState")
        self.last = QLabel(self)  # how to register, or why it failed
        self.pending = QLabel(self)
        self.conflicts = QLabel(self)
        for w in (self.online, self.last, self.pending, self.conflicts):
            layout.addWidget(w)
        self.status: SyncStatus | None = None
        self.running = False
        self.set_counts(0, 0)
        self.last.hide()

    def show_status(self, status: SyncStatus) -> None:
        """Show one state: text, colour and (as tooltip) the longer explanation."""
        self.status = status
        text = state_text(status)
        short = text if len(text) <= 64 else text[:63] + "…"
        self.online.setText("● " + short)
        self.online.setStyleSheet(f"color: {state_colour(status)};")
        detail = state_tooltip(status)
        self.online.setToolTip(detail)
        self.last.setToolTip(detail)
        if status.state == SyncState.UNREGISTERED:
            self.last.setText(self.tr("数据只在本机（在“同步”页注册）"))
            self.last.show()
        else:
            self.last.clear()
            self.last.hide()

    def set_syncing(self) -> None:
        """Show that a cycle is running."""
        self.running = True
        last = self.status.last_sync_at if self.status else None
        self.show_status(SyncStatus(SyncState.SYNCING, last))

    def set_counts(self, pending: int, conflicts: int) -> None:
        """Show pending ops and open conflicts."""
        self.pending.setText(self.tr("待上传 {n}").format(n=pending))
        self.conflicts.setText(self.tr("冲突 {n}").format(n=conflicts))
        self.conflicts.setStyleSheet("color: #bf8700;" if conflicts else "")

    def show_overview(self, overview: SyncOverview) -> None:
        """Refresh from the database's view of sync (a running cycle keeps 同步中)."""
        self.set_counts(overview.pending, overview.open_conflicts)
        if not self.running or not overview.registered:
            self.show_status(from_overview(overview))

    def show_result(self, result: object) -> None:
        """Refresh after a cycle: a failure says why in words (full text in the tooltip)."""
        self.running = False
        if not isinstance(result, CycleResult):
            return
        last = self.status.last_sync_at if self.status else None
        self.show_status(after_cycle(result, last))
        self.set_counts(result.pending, result.open_conflicts)
