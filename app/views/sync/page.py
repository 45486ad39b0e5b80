"""The 同步 tab: server and registration, schedule, history of cycles, conflict review."""

from __future__ import annotations

import socket
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Action
from app.sync.engine import CycleResult
from app.sync.registration import Registration
from app.sync.state import SyncState, SyncStatus, after_cycle, failed, from_overview
from app.sync.status import (
    ConflictView,
    SyncOverview,
    resolve_conflict,
    set_interval,
    sync_overview,
)
from app.sync.transport import SyncError
from app.views.context import AppContext
from app.views.operations import run_op
from app.views.permission_ui import hide_unless
from app.views.service_messages import service_text, stored_text
from app.views.sync.labels import entity_label, field_label, kind_label, reason_text
from app.views.sync.scheduler import SyncScheduler
from app.views.sync.state_text import (
    format_time,
    state_colour,
    state_detail,
    state_tooltip,
)


def _short(value: Any) -> str:
    if value is None:
        return "—"
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


class SyncPage(QWidget):
    """Register with the district server, sync now, see past cycles and review conflicts."""

    icon_name = "sync"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scheduler: SyncScheduler | None = ctx.extras.get("sync_scheduler")
        self.overview: SyncOverview | None = None
        self.status: SyncStatus | None = None
        self.registering = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.addWidget(self._server_box())
        self.skew = QLabel(self)
        self.skew.setStyleSheet("color: #cf222e; font-weight: bold;")
        self.skew.setWordWrap(True)
        self.skew.hide()
        outer.addWidget(self.skew)
        self.history = self._table(
            [
                self.tr("时间"),
                self.tr("结果"),
                self.tr("上传"),
                self.tr("下载"),
                self.tr("冲突"),
                self.tr("说明"),
            ]
        )
        box = QGroupBox(self.tr("同步记录"), self)
        QVBoxLayout(box).addWidget(self.history)
        outer.addWidget(box, 1)
        outer.addWidget(self._conflict_box(), 2)
        ctx.bus.sig_data_changed.connect(self._on_data_changed)
        if self.scheduler is not None:
            self.scheduler.sig_started.connect(self._on_started)
            self.scheduler.sig_finished.connect(self._on_finished)
        self.refresh()

    def title(self) -> str:
        """Return the tab title."""
        return self.tr("同步")

    def _server_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("区级服务器"), self)
        form = QFormLayout(box)
        self.server_url = QLineEdit(self)
        self.server_url.setPlaceholderText("https://10.0.0.5:8765")
        self.ca_file = QLineEdit(self)
        self.ca_file.setPlaceholderText(self.tr("区级自建 CA 证书（.pem，可不填：使用系统证书）"))
        self.ca_browse = QPushButton(self.tr("选择…"), self)
        self.ca_browse.clicked.connect(self._on_browse_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_browse)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("区管理员发放的一次性注册码"))
        self.register_button = QPushButton(self.tr("注册本机"), self)
        self.register_button.clicked.connect(self._on_register)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.register_button)
        self.identity = QLabel(self)
        self.sync_state = QLabel(self)  # the one state, as the status bar shows it
        self.sync_state.setObjectName("syncState")
        self.sync_state.setWordWrap(True)
        self.state = QLabel(self)
        self.interval = QSpinBox(self)
        self.interval.setRange(1, 24 * 60)
        self.interval.setSuffix(self.tr(" 分钟"))
        self.save_interval = QPushButton(self.tr("保存间隔"), self)
        self.save_interval.clicked.connect(self._on_save_interval)
        self.sync_button = QPushButton(self.tr("立即同步"), self)
        self.sync_button.clicked.connect(self._on_sync_now)
        sched = QHBoxLayout()
        sched.addWidget(self.interval)
        sched.addWidget(self.save_interval)
        sched.addStretch(1)
        sched.addWidget(self.sync_button)
        form.addRow(self.tr("服务器地址"), self.server_url)
        form.addRow(self.tr("CA 证书"), ca_row)
        form.addRow(self.tr("注册码"), row)
        form.addRow(self.tr("本机"), self.identity)
        form.addRow(self.tr("同步状态"), self.sync_state)
        form.addRow(self.tr("同步统计"), self.state)
        form.addRow(self.tr("自动同步间隔"), sched)
        return box

    def _conflict_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("冲突审核"), self)
        layout = QVBoxLayout(box)
        self.conflicts = self._table(
            [
                self.tr("类型"),
                self.tr("数据"),
                self.tr("字段"),
                self.tr("本机的值"),
                self.tr("服务器的值"),
                self.tr("保留"),
                self.tr("原因"),
            ]
        )
        layout.addWidget(self.conflicts)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("采用本机的值"), self)
        self.keep_theirs = QPushButton(self.tr("采用服务器的值"), self)
        hide_unless(self.ctx, Action.RESOLVE_CONFLICT, self.keep_mine, self.keep_theirs)
        self.keep_mine.clicked.connect(lambda: self._resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self._resolve("theirs"))
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        layout.addLayout(buttons)
        self.conflicts.itemSelectionChanged.connect(self._update_buttons)
        return box

    def _table(self, headers: list[str]) -> QTableWidget:
        t = QTableWidget(0, len(headers), self)
        t.setHorizontalHeaderLabels(headers)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.verticalHeader().hide()
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setStretchLastSection(True)
        return t

    def refresh(self) -> None:
        """Reload the overview from the database."""
        run_op(self, self.ctx, lambda s: sync_overview(s), on_success=self._show)

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if "sync" in kinds or "case" in kinds:
            self.refresh()

    def _show(self, ov: SyncOverview) -> None:
        self.overview = ov
        if ov.server_url and not self.server_url.text():
            self.server_url.setText(ov.server_url)
        if ov.registered:
            self.identity.setText(
                self.tr("镇街 {org}　设备代号 {code}").format(org=ov.org_code, code=ov.device_code)
                + ("\n" + stored_text(ov.token_storage) if ov.token_storage else "")
            )
        else:
            self.identity.setText(self.tr("尚未注册（填写服务器地址和注册码后点“注册本机”）"))
        self.state.setText(
            self.tr("上次成功同步：{t}　待上传：{p} 条　待处理冲突：{c} 条").format(
                t=format_time(ov.last_sync_at, self.tr("从未")),
                p=ov.pending,
                c=ov.open_conflicts,
            )
        )
        if not self._running():
            self._show_status(from_overview(ov))
        if not self.interval.hasFocus():
            self.interval.setValue(max(ov.interval_s // 60, 1))
        self._update_sync_button()
        self.skew.setVisible(ov.skew_warning)
        if ov.skew_warning:
            self.skew.setText(
                self.tr(
                    "注意：本机时钟与服务器相差约 {s} 秒，请校准系统时间（不影响同步）。"
                ).format(s=round(ov.clock_skew_s))
            )
        self._fill_history(ov)
        self._fill_conflicts(ov.conflicts)

    def _fill_history(self, ov: SyncOverview) -> None:
        self.history.setRowCount(len(ov.runs))
        for i, r in enumerate(ov.runs):
            cells = [
                format_time(r.started_at, ""),
                self.tr("成功") if r.ok else self.tr("失败"),
                str(r.pushed),
                str(r.pulled),
                str(r.conflicts + r.rejected),
                stored_text(r.message),
            ]
            for j, text in enumerate(cells):
                self.history.setItem(i, j, QTableWidgetItem(text))

    def _fill_conflicts(self, conflicts: tuple[ConflictView, ...]) -> None:
        self.conflicts.setRowCount(len(conflicts))
        for i, c in enumerate(conflicts):
            kept = {"mine": self.tr("本机"), "theirs": self.tr("服务器")}.get(c.kept, c.kept)
            if not c.resolved:
                kept += self.tr("（待确认）")
            cells = [
                kind_label(c.kind),
                entity_label(c.entity),
                field_label(c.entity, c.field),
                _short(c.mine),
                _short(c.theirs),
                kept,
                reason_text(c.reason),
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.conflicts.setItem(i, j, item)
        self._update_buttons()

    def _selected(self) -> ConflictView | None:
        rows = self.conflicts.selectionModel().selectedRows()
        if not rows or self.overview is None:
            return None
        return self.overview.conflicts[rows[0].row()]

    def _running(self) -> bool:
        return self.scheduler is not None and self.scheduler.running

    def _show_status(self, status: SyncStatus) -> None:
        """Show the one state (the status bar's) with its explanation."""
        self.status = status
        self.sync_state.setText(state_detail(status))
        self.sync_state.setStyleSheet(f"color: {state_colour(status)}; font-weight: bold;")
        self.sync_state.setToolTip(state_tooltip(status))
        self._update_sync_button()

    def _update_sync_button(self) -> None:
        """Enable 立即同步 when it can run; otherwise say why in its tooltip."""
        registered = self.overview is not None and self.overview.registered
        if self.scheduler is None:
            reason = self.tr("本机未启用同步功能（以离线方式启动）")
        elif self.overview is None:
            reason = self.tr("正在读取同步状态…")
        elif not registered:
            reason = self.tr("本机尚未注册：先填写服务器地址和注册码，点“注册本机”")
        elif self._running() or (self.status and self.status.state == SyncState.SYNCING):
            reason = self.tr("正在同步，完成后可再次同步")
        else:
            reason = ""
        self.sync_button.setEnabled(not reason)
        self.sync_button.setToolTip(reason or self.tr("马上与区级服务器同步一次"))
        if self.registering:
            self.register_button.setEnabled(False)
            self.register_button.setToolTip(self.tr("正在注册，请稍候"))
        else:
            self.register_button.setEnabled(True)
            self.register_button.setToolTip(self.tr("用区管理员发放的注册码注册本机"))

    def _update_buttons(self) -> None:
        c = self._selected()
        open_ = c is not None and not c.resolved
        self.keep_theirs.setEnabled(open_)
        self.keep_mine.setEnabled(open_ and c is not None and c.can_keep_mine)
        if c is None:
            why = self.tr("先在上面的列表中选中一条冲突")
        elif c.resolved:
            why = self.tr("这条冲突已处理")
        else:
            why = ""
        self.keep_theirs.setToolTip(why or self.tr("保留服务器上的值"))
        mine_why = why or (
            "" if c is not None and c.can_keep_mine else self.tr("这类冲突只能确认服务器的结果")
        )
        self.keep_mine.setToolTip(mine_why or self.tr("把本机的值作为新的修改再次上传"))

    def _resolve(self, keep: str) -> None:
        c = self._selected()
        if c is None:
            return
        actor = self.ctx.actor()
        run_op(
            self,
            self.ctx,
            lambda s: resolve_conflict(s, actor=actor, conflict_id=c.id, keep=keep),
            on_success=lambda _v: self.refresh(),
            changes={"sync", c.entity},
        )

    def _on_save_interval(self) -> None:
        seconds = self.interval.value() * 60
        run_op(
            self,
            self.ctx,
            lambda s: set_interval(s, seconds=seconds),
            on_success=self._interval_saved,
            changes={"sync"},
        )

    def _interval_saved(self, seconds: int) -> None:
        if self.scheduler is not None:
            self.scheduler.set_interval(seconds)

    def _on_register(self) -> None:
        url, code = self.server_url.text().strip(), self.code.text().strip()
        if not url.startswith(("http://", "https://")):
            QMessageBox.warning(
                self, self.tr("注册"), self.tr("请填写以 http:// 或 https:// 开头的服务器地址")
            )
            return
        if len(code) < 4:
            QMessageBox.warning(self, self.tr("注册"), self.tr("请填写区管理员发放的注册码"))
            return
        client = self.ctx.extras.get("sync_client")
        if client is None or self.scheduler is None:
            QMessageBox.warning(self, self.tr("注册"), self.tr("本机未启用同步功能"))
            return
        self.registering = True
        self._update_sync_button()
        name = socket.gethostname()
        ca = self.ca_file.text().strip() or None
        self.scheduler.submit(
            lambda: client.register(server_url=url, code=code, device_name=name, ca_file=ca),
            self._on_registered,
        )

    def _on_browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择区级 CA 证书"), "", self.tr("证书 (*.pem *.crt *.cer)")
        )
        if path:
            self.ca_file.setText(path)

    def _on_registered(self, result: object) -> None:
        self.registering = False
        self._update_sync_button()
        if isinstance(result, Registration):
            self.code.clear()
            QMessageBox.information(
                self,
                self.tr("注册"),
                self.tr("注册成功：设备代号 {code}。新登记的案件编号将使用此代号。").format(
                    code=result.device_code
                ),
            )
            self.ctx.bus.sig_data_changed.emit(frozenset({"sync"}))
            if self.scheduler is not None:
                self.scheduler.sync_now()
            return
        if isinstance(result, SyncError):
            # The words of a failed cycle (无法连接服务器（…）, 证书不受信任 …), never a class.
            why = failed(result.message)
            message = service_text(result.message)
            if why.reason is not None and why.reason.value != "other":
                message = self.tr("注册失败：{reason}").format(reason=state_detail(why))
        else:
            message = self.tr("注册失败：{reason}").format(reason=self.tr("程序出错，详情见日志"))
        QMessageBox.warning(self, self.tr("注册失败"), message)  # the code stays typed in

    def _on_sync_now(self) -> None:
        if self.scheduler is not None:
            self.scheduler.sync_now()

    def _on_started(self) -> None:
        last = self.status.last_sync_at if self.status else None
        self._show_status(SyncStatus(SyncState.SYNCING, last))

    def _on_finished(self, result: object) -> None:
        if isinstance(result, CycleResult):
            last = self.status.last_sync_at if self.status else None
            status = after_cycle(result, last)
            self._show_status(status)
            if status.state in (SyncState.OFFLINE, SyncState.FAILED):
                self.ctx.bus.sig_notify.emit(self.tr("同步"), state_detail(status))
        else:
            self._update_sync_button()
        self.ctx.bus.sig_data_changed.emit(frozenset({"sync"}))
