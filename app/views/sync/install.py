"""Wire sync into a running app: scheduler, status-bar widget, refresh after pulls."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from app.sync.client import SyncClient
from app.sync.engine import CycleResult
from app.sync.status import sync_overview
from app.views.context import AppContext
from app.views.operations import run_op
from app.views.sync.scheduler import SYNC_KINDS, SyncScheduler
from app.views.sync.status_widget import SyncStatusWidget


def install_sync(ctx: AppContext, client: SyncClient, *, start: bool = True) -> SyncScheduler:
    """Create the scheduler and status widget; call before building the main window."""
    scheduler = SyncScheduler(client.run_cycle)
    widget = SyncStatusWidget()
    ctx.extras["sync_client"] = client
    ctx.extras["sync_scheduler"] = scheduler
    ctx.extras.setdefault("status_widgets", []).append(widget)

    def refresh_widget() -> None:
        def show(ov: object) -> None:
            widget.show_overview(ov)  # type: ignore[arg-type]
            scheduler.set_interval(ov.interval_s)  # type: ignore[attr-defined]

        run_op(None, ctx, lambda s: sync_overview(s, history=1), on_success=show)

    def on_finished(result: object) -> None:
        widget.show_result(result)
        if isinstance(result, CycleResult) and result.pulled:
            ctx.bus.sig_data_changed.emit(SYNC_KINDS)
        refresh_widget()

    scheduler.sig_started.connect(widget.set_syncing)
    scheduler.sig_finished.connect(on_finished)
    ctx.bus.sig_data_changed.connect(lambda _kinds: refresh_widget())
    refresh_widget()
    if start:
        # After the first paint: the window shows before any network work starts.
        QTimer.singleShot(2000, scheduler.start)
    return scheduler
