"""The audit viewer: who did what when, filtered by time, action, user and object; CSV export."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import is_district
from app.services import audit
from app.views.context import AppContext
from app.views.operations import run_op
from app.views.palette import message_style
from app.views.service_messages import service_text

CHINA = ZoneInfo("Asia/Shanghai")
# The audit trail's action and object names, for lupdate (the dialog translates them).
_LABELS = (
    QT_TRANSLATE_NOOP("AuditDialog", "序号"),
    QT_TRANSLATE_NOOP("AuditDialog", "时间"),
    QT_TRANSLATE_NOOP("AuditDialog", "镇街"),
    QT_TRANSLATE_NOOP("AuditDialog", "用户"),
    QT_TRANSLATE_NOOP("AuditDialog", "操作"),
    QT_TRANSLATE_NOOP("AuditDialog", "对象"),
    QT_TRANSLATE_NOOP("AuditDialog", "对象编号"),
    QT_TRANSLATE_NOOP("AuditDialog", "内容"),
    QT_TRANSLATE_NOOP("AuditDialog", "新增"),
    QT_TRANSLATE_NOOP("AuditDialog", "修改"),
    QT_TRANSLATE_NOOP("AuditDialog", "删除"),
    QT_TRANSLATE_NOOP("AuditDialog", "登录"),
    QT_TRANSLATE_NOOP("AuditDialog", "登录失败"),
    QT_TRANSLATE_NOOP("AuditDialog", "退出登录"),
    QT_TRANSLATE_NOOP("AuditDialog", "锁屏"),
    QT_TRANSLATE_NOOP("AuditDialog", "解锁"),
    QT_TRANSLATE_NOOP("AuditDialog", "切换用户"),
    QT_TRANSLATE_NOOP("AuditDialog", "设置初始密码"),
    QT_TRANSLATE_NOOP("AuditDialog", "修改密码"),
    QT_TRANSLATE_NOOP("AuditDialog", "重置密码"),
    QT_TRANSLATE_NOOP("AuditDialog", "显示完整号码"),
    QT_TRANSLATE_NOOP("AuditDialog", "导出"),
    QT_TRANSLATE_NOOP("AuditDialog", "打印"),
    QT_TRANSLATE_NOOP("AuditDialog", "案件"),
    QT_TRANSLATE_NOOP("AuditDialog", "案件事件"),
    QT_TRANSLATE_NOOP("AuditDialog", "当事人"),
    QT_TRANSLATE_NOOP("AuditDialog", "附件"),
    QT_TRANSLATE_NOOP("AuditDialog", "人员"),
    QT_TRANSLATE_NOOP("AuditDialog", "单位"),
    QT_TRANSLATE_NOOP("AuditDialog", "用户"),
    QT_TRANSLATE_NOOP("AuditDialog", "预约"),
    QT_TRANSLATE_NOOP("AuditDialog", "网格"),
    QT_TRANSLATE_NOOP("AuditDialog", "网格员"),
    QT_TRANSLATE_NOOP("AuditDialog", "网格分配"),
    QT_TRANSLATE_NOOP("AuditDialog", "排班"),
    QT_TRANSLATE_NOOP("AuditDialog", "巡查记录"),
    QT_TRANSLATE_NOOP("AuditDialog", "考核权重"),
    QT_TRANSLATE_NOOP("AuditDialog", "部门"),
    QT_TRANSLATE_NOOP("AuditDialog", "审计日志"),
)


class AuditDialog(QDialog):
    """Filters on top, the entries below, the hash-chain check and export at the bottom."""

    COLUMNS = ("序号", "时间", "镇街", "用户", "操作", "对象", "对象编号", "内容")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[audit.AuditRow] = []
        self.setWindowTitle(self.tr("审计日志"))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        china_today = datetime.now(CHINA).date()  # dates are China's, whatever the PC's zone
        today = QDate(china_today.year, china_today.month, china_today.day)
        self.since = QDateEdit(today.addDays(-7), self)
        self.until = QDateEdit(today, self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.action = QComboBox(self)
        self.action.addItem(self.tr("全部操作"), "")
        for code, label in audit.ACTIONS.items():
            self.action.addItem(self.tr(label), code)
        self.user = QComboBox(self)
        self.user.addItem(self.tr("全部用户"), "")
        self.entity = QComboBox(self)
        self.entity.addItem(self.tr("全部对象"), "")
        for name, label in audit.ENTITIES.items():
            self.entity.addItem(self.tr(label), name)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("对象编号开头"))
        self.search = QPushButton(self.tr("查询"), self)
        self.search.clicked.connect(self.refresh)
        # The district reads every township's trail from the server (pushed by each desk).
        self.source = QComboBox(self)
        self.source.addItem(self.tr("本机记录"), "local")
        self.client = ctx.extras.get("sync_client")
        if is_district(ctx.actor().org_code) and self.client is not None:
            self.source.addItem(self.tr("全区各镇街（区级服务器）"), "district")
        else:
            self.source.hide()
        self.source.currentIndexChanged.connect(self.refresh)
        filters.addWidget(self.source)
        for label, widget in (
            (self.tr("从"), self.since),
            (self.tr("到"), self.until),
            (None, self.action),
            (None, self.user),
            (None, self.entity),
            (None, self.text),
        ):
            if label:
                filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.search)
        layout.addLayout(filters)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        bottom = QHBoxLayout()
        self.chain = QLabel(self)
        bottom.addWidget(self.chain, 1)
        self.export_button = QPushButton(self.tr("导出CSV…"), self)
        self.export_button.clicked.connect(self.choose_export)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        actor = ctx.actor()
        run_op(self, ctx, lambda s: audit.audit_users(s, actor=actor), on_success=self._users)
        self.refresh()

    def _users(self, users: list[tuple[str, str]]) -> None:
        for user_id, name in users:
            self.user.addItem(name, user_id)

    def _chain(self, check: audit.ChainCheck) -> None:
        self.chain.setText(service_text(audit.chain_message(check)))
        self.chain.setStyleSheet("" if check.ok else message_style("error", bold=True))

    def _range(self) -> tuple[datetime, datetime]:
        def start(d: QDate) -> datetime:
            day = datetime.combine(d.toPython(), time(0), tzinfo=CHINA)  # type: ignore[arg-type]
            return day.astimezone(UTC)

        return start(self.since.date()), start(self.until.date()) + timedelta(days=1)

    def refresh(self) -> None:
        """Read the entries the filters select."""
        since, until = self._range()
        action, user_id = self.action.currentData(), self.user.currentData()
        entity, text, actor = self.entity.currentData(), self.text.text(), self.ctx.actor()
        if self.source.currentData() == "district":
            wanted = (user_id or None, entity or None, text.strip())
            self._refresh_district(since, until, action or None, actor, wanted)
            return
        run_op(self, self.ctx, audit.verify_chain, on_success=self._chain)
        run_op(
            self,
            self.ctx,
            lambda s: audit.list_entries(
                s,
                actor=actor,
                since=since,
                until=until,
                action=action or None,
                user_id=user_id or None,
                entity=entity or None,
                text=text,
            ),
            on_success=self._fill,
        )

    def _refresh_district(
        self,
        since: datetime,
        until: datetime,
        action: str | None,
        actor: Any,
        wanted: tuple[str | None, str | None, str],
    ) -> None:
        client = self.client
        user_id, entity, text = wanted

        def keep(r: audit.AuditRow) -> bool:
            return (
                (user_id is None or r.user_id == user_id)
                and (entity is None or r.entity == entity)
                and (not text or (r.entity_id or "").startswith(text))
            )

        def fetch(s: Any) -> tuple[list[audit.AuditRow], Any, bool]:
            # On the database worker: a short read from the district server, then names here.
            answer = client.district_audit(since=since, until=until, action=action)
            entries = [e.model_dump() for e in answer.entries]
            rows = [r for r in audit.district_rows(s, actor=actor, entries=entries) if keep(r)]
            chains = [c.model_dump() for c in answer.chains]
            return rows, audit.district_chain_message(chains), all(c["ok"] for c in chains)

        def done(result: Any) -> None:
            rows, message, ok = result
            self._fill(rows)
            self.chain.setText(service_text(message))
            self.chain.setStyleSheet("" if ok else message_style("error", bold=True))

        run_op(self, self.ctx, fetch, on_success=done)

    def _fill(self, rows: list[audit.AuditRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            at = r.at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M:%S")
            values: list[Any] = [
                r.seq,
                at,
                r.owner_org,
                r.user_name or (r.user_id or self.tr("（未登录）")),
                self.tr(audit.ACTIONS.get(r.action, r.action)),
                self.tr(audit.ENTITIES.get(r.entity, r.entity)),
                r.entity_id or "",
                audit.describe(r.detail),
            ]
            for j, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setToolTip(str(value))
                if r.action == "login_failed":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(i, j, item)

    def choose_export(self) -> None:
        """Ask where to save the rows shown and write them as CSV."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出审计日志"), "audit.csv", self.tr("CSV 文件 (*.csv)")
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """Write the rows shown to `path` (the export itself is audited)."""
        rows, actor = list(self.rows), self.ctx.actor()
        run_op(
            self,
            self.ctx,
            lambda s: audit.export_csv(s, actor=actor, rows=rows),
            on_success=path.write_bytes,
        )
