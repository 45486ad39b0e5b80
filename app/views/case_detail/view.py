"""The one case view: parties (masked), facts, files, timeline, due date in days, the actions the
user's role allows now, 更正 and 重新打印. Opened from 案件查询, 案件流转, the intake side panel
and 监测预警 alike (`open_case_view`)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CaseStatus, EventType, LabelledEnum, PartyRole, Satisfaction
from app.domain.permissions import Action, allowed
from app.domain.transfer import CaseView
from app.services.intake import register as intake
from app.services.intake import slips
from app.services.transfer import queries as transfer_queries
from app.services.transfer.case_view import case_view, reveal_parties
from app.services.transfer.correction import correct_case
from app.views.case_detail.correction_dialog import CorrectionDialog
from app.views.context import AppContext
from app.views.intake.slip_print import open_slip_preview
from app.views.labels import enum_label, enum_text
from app.views.operations import error_text, run_op
from app.views.service_messages import service_text
from app.views.transfer.actions import (
    ACTIONS,
    TransferActions,
    action_label,
    action_reasons,
    available_actions,
)
from app.views.transfer.host import ActionHost

CHINA = ZoneInfo("Asia/Shanghai")
RED, AMBER, GREEN, GREY = "#cf222e", "#bf8700", "#1a7f37", "#57606a"


class CaseViewPanel(ActionHost):
    """The case view's body; an ActionHost, so the transfer actions run on it unchanged."""

    sig_loaded = Signal()  # tests wait on this

    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.ctx = ctx
        self.case_id = case_id
        self.view: CaseView | None = None
        self.departments: list[Any] = []
        self.categories: tuple[Any, ...] = ()
        self.revealed: dict[str, tuple[str, str]] = {}
        self.correction: CorrectionDialog | None = None
        self.preview: Any = None
        outer = QVBoxLayout(self)
        self.header = QLabel(self.tr("正在读取案件…"), self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setStyleSheet("font-size: 12pt;")
        outer.addWidget(self.header)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        parties_box = QGroupBox(self.tr("当事人"), left)
        pl = QVBoxLayout(parties_box)
        self.parties = QTableWidget(0, 5, parties_box)
        self.parties.setHorizontalHeaderLabels(
            [self.tr("身份"), self.tr("姓名/名称"), self.tr("证件号码"), self.tr("联系电话"),
             self.tr("地址")]
        )  # fmt: skip
        self._plain_table(self.parties)
        self.parties.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        pl.addWidget(self.parties)
        self.reveal = QPushButton(self.tr("显示完整号码"), parties_box)
        self.reveal.setToolTip(self.tr("查看完整证件号码和电话将记入审计日志"))
        self.reveal.clicked.connect(self.reveal_numbers)
        if not allowed(ctx.user.role, Action.REVEAL_PERSONAL):
            self.reveal.setEnabled(False)
            self.reveal.setToolTip(self.tr("您的角色不能查看完整证件号码和电话"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reveal)
        pl.addLayout(row)
        left_layout.addWidget(parties_box)
        facts_box = QGroupBox(self.tr("事实与诉求"), left)
        self.facts = QTextBrowser(facts_box)
        QVBoxLayout(facts_box).addWidget(self.facts)
        left_layout.addWidget(facts_box, 1)
        self.departments_label = QLabel(left)
        self.departments_label.setWordWrap(True)
        left_layout.addWidget(self.departments_label)
        files_box = QGroupBox(self.tr("附件"), left)
        self.files = QListWidget(files_box)
        self.files.setMaximumHeight(80)
        QVBoxLayout(files_box).addWidget(self.files)
        left_layout.addWidget(files_box)
        right = QGroupBox(self.tr("办理过程"), split)
        self.timeline = QTableWidget(0, 4, right)
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("事件"), self.tr("经办"), self.tr("内容")]
        )
        self._plain_table(self.timeline)
        self.timeline.setWordWrap(True)
        self.timeline.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.timeline.horizontalHeader().sectionResized.connect(
            lambda *_a: self.timeline.resizeRowsToContents()
        )
        QVBoxLayout(right).addWidget(self.timeline)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 6)
        outer.addWidget(split, 1)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(f"color: {GREY};")
        outer.addWidget(self.reason)
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label in ACTIONS:
            btn = QPushButton(action_label(label), self)
            btn.setObjectName(f"action_{key}")
            btn.clicked.connect(lambda _=False, k=key: self.actions.start(k))
            btn.hide()
            bar.addWidget(btn)
            self.buttons[key] = btn
        bar.addStretch(1)
        self.correct = QPushButton(self.tr("更正…"), self)
        self.correct.setEnabled(False)
        self.correct.clicked.connect(self.open_correction)
        self.reprint = QPushButton(self.tr("重新打印回执"), self)
        self.reprint.clicked.connect(self.reprint_slip)
        bar.addWidget(self.correct)
        bar.addWidget(self.reprint)
        outer.addLayout(bar)
        self.actions = TransferActions(self)
        ctx.bus.sig_data_changed.connect(self._on_data_changed)
        run_op(self, ctx, transfer_queries.departments, on_success=self._got_departments)
        org = ctx.user.org_code
        run_op(
            self,
            ctx,
            lambda s: intake.form_choices(s, org_code=org).categories,
            on_success=self._got_categories,
        )
        self.reload()

    @staticmethod
    def _plain_table(table: QTableWidget) -> None:
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    # --- ActionHost ------------------------------------------------------------------------

    def selected_case_id(self) -> str | None:
        """Return the case shown (the actions act on it)."""
        return self.case_id

    def run_action(self, fn: Callable[[Any], Any], *, dialog: Any = None) -> None:
        """Run a write; on success close `dialog` (the view reloads on the change signal)."""

        def done(_result: Any) -> None:
            if dialog is not None:
                dialog.accept()

        run_op(dialog or self, self.ctx, fn, on_success=done, changes={"case"})

    # --- loading ---------------------------------------------------------------------------

    def _got_departments(self, departments: list[Any]) -> None:
        self.departments = departments

    def _got_categories(self, categories: tuple[Any, ...]) -> None:
        self.categories = categories

    def _on_data_changed(self, kinds: object) -> None:
        if isinstance(kinds, frozenset) and "case" in kinds:
            self.reload()

    def reload(self) -> None:
        """Read the case again."""
        cid, actor = self.case_id, self.ctx.actor()
        run_op(
            self,
            self.ctx,
            lambda s: case_view(s, case_id=cid, actor=actor),
            on_success=self.show_view,
        )

    def show_view(self, view: CaseView) -> None:
        """Fill the view from the service's read model."""
        self.view = view
        d = view.detail
        row = d.row
        colour = RED if view.overdue else AMBER if row.warning == "yellow" else GREEN
        deadline = (
            row.deadline_at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M") if row.deadline_at else ""
        )
        limit = self.tr("期限")
        due = (
            f"　{limit} {deadline}（<span style='color:{colour}'><b>"
            f"{service_text(view.due_text)}</b></span>）"
            if view.due_text
            else ""
        )
        extra = []
        if d.pending_extension:
            days, why = d.pending_extension
            extra.append(self.tr("待审批延期{0}日：{1}").format(days, why))
        if d.satisfaction:
            extra.append(self.tr("评价：") + enum_text(Satisfaction, d.satisfaction))
        if d.reopens:
            extra.append(self.tr("重办{0}次").format(d.reopens))
        for patrol in d.patrols:
            extra.append(self.tr("来源巡查：") + _esc(service_text(patrol)))
        self.header.setText(
            f"<b>{row.case_no}</b>　{_esc(view.summary)}<br>"
            + self.tr(
                "状态：<b>{status}</b>　类别：{category}　类型：{kind}　来源：{channel}　受理：{received}"  # noqa: E501
            ).format(
                status=enum_text(CaseStatus, row.status, row.status_label),
                category=_esc(row.category) or self.tr("未分类"),
                kind=_enum(view.kind),
                channel=_enum(view.channel),
                received=view.received_at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M"),
            )
            + due
            + ("<br>" + self.tr("；").join(extra) if extra else "")
        )
        self._fill_parties()
        facts, demands = self.tr("事实经过"), self.tr("诉求")
        self.facts.setHtml(
            f"<p><b>{facts}</b></p><p>{_esc(d.facts) or '—'}</p>"
            f"<p><b>{demands}</b></p><p>{_esc(d.demands) or '—'}</p>"
        )
        lines = []
        for a in d.assignments:
            role = self.tr("主办") if a.is_lead else self.tr("协办")
            marks = [self.tr("已签收") if a.signed else self.tr("未签收")]
            if not a.is_lead:
                marks.append(self.tr("已反馈") if a.reported else self.tr("未反馈"))
            if a.returns:
                marks.append(self.tr("退回{0}次").format(a.returns))
            lines.append(
                self.tr("{role}：{department}（{marks}）").format(
                    role=role, department=a.department, marks=self.tr("，").join(marks)
                )
            )
        self.departments_label.setText(
            self.tr("承办部门：") + ("　".join(lines) if lines else self.tr("尚未交办"))
        )
        self.files.clear()
        for f in view.attachments:
            self.files.addItem(
                f"{f.filename}（{max(1, f.size // 1024)} KB）" + (f"　{f.note}" if f.note else "")
            )
        if not view.attachments:
            self.files.addItem(self.tr("无附件"))
        self._fill_timeline()
        self._enable()
        self.sig_loaded.emit()

    def _fill_parties(self) -> None:
        assert self.view is not None
        parties = self.view.parties
        self.parties.setRowCount(len(parties))
        for r, p in enumerate(parties):
            number, phone = self.revealed.get(p.id, (p.id_masked, p.phone_masked))
            cells = [enum_text(PartyRole, p.role), p.name, number, phone, p.address]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.parties.setItem(r, c, item)
        self.reveal.setVisible(bool(parties))
        # As tall as its rows (up to five), so 事实与诉求 gets the rest of the column.
        self.parties.resizeRowsToContents()
        rows = sum(self.parties.rowHeight(r) for r in range(min(len(parties), 5)))
        height = self.parties.horizontalHeader().height() + max(rows, 28) + 6
        self.parties.setFixedHeight(height)

    def _fill_timeline(self) -> None:
        assert self.view is not None
        entries = self.view.detail.timeline
        self.timeline.setRowCount(len(entries))
        for r, e in enumerate(entries):
            text = service_text(e.text) + (self.tr("（未生效）") if e.no_effect else "")
            cells = [
                e.at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M"),
                enum_text(EventType, e.type, e.label),
                "·".join(x for x in (service_text(e.actor), e.department) if x),
                text,
            ]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if e.no_effect:
                    item.setForeground(QBrush(QColor("#8c959f")))
                if e.type == EventType.CORRECT.value:
                    item.setBackground(QBrush(QColor("#fff8c5")))
                self.timeline.setItem(r, c, item)
        self.timeline.resizeRowsToContents()
        self.timeline.scrollToBottom()

    def _enable(self) -> None:
        assert self.view is not None
        user = self.ctx.user
        allowed_now = available_actions(self.view.detail, user)
        reasons = action_reasons(self.view.detail, user)
        for key, btn in self.buttons.items():
            why = reasons.get(key, "")
            btn.setVisible(key in allowed_now or bool(why))
            btn.setEnabled(key in allowed_now)
            btn.setToolTip(why)
        refusal = service_text(self.view.correct_refusal) if self.view.correct_refusal else ""
        self.correct.setEnabled(not refusal)
        self.correct.setToolTip(
            refusal or self.tr("更正事实、类别、当事人或联系方式，记入办理过程")
        )
        notes = [r for r in reasons.values() if r]
        if refusal and allowed(user.role, Action.REGISTER_CASE):
            notes.append(self.tr("更正：") + refusal)
        self.reason.setText("　".join(notes))

    # --- buttons -------------------------------------------------------------------------

    def reveal_numbers(self) -> None:
        """Show the parties' full numbers (audited by the service)."""
        cid, actor = self.case_id, self.ctx.actor()

        def shown(numbers: dict[str, tuple[str, str]]) -> None:
            self.revealed = numbers
            self._fill_parties()

        run_op(
            self, self.ctx, lambda s: reveal_parties(s, actor=actor, case_id=cid), on_success=shown
        )

    def open_correction(self) -> CorrectionDialog | None:
        """Open the 更正 dialog for the case as shown."""
        if self.view is None:
            return None
        dialog = CorrectionDialog(self.view, self.categories, self)
        actor, cid = self.ctx.actor(), self.case_id

        def submit(values: dict[str, Any]) -> None:
            run_op(
                dialog,
                self.ctx,
                lambda s: correct_case(
                    s,
                    actor=actor,
                    case_id=cid,
                    reason=values["reason"],
                    case_fields=values["case_fields"],
                    parties=values["parties"],
                ),
                on_success=lambda _r: dialog.accept(),
                on_error=lambda exc: dialog.show_error(error_text(exc)),
                changes={"case"},
            )

        dialog.sig_submit.connect(submit)
        dialog.finished.connect(lambda _r: setattr(self, "correction", None))
        self.correction = dialog
        dialog.open()
        return dialog

    def reprint_slip(self) -> None:
        """Preview the window slip again (every print is logged as a reprint)."""
        cid = self.case_id
        run_op(
            self,
            self.ctx,
            lambda s: slips.slip_for(s, case_id=cid),
            on_success=lambda slip: setattr(
                self, "preview", open_slip_preview(self, self.ctx, slip)
            ),
        )


def _esc(text: str) -> str:
    return html.escape(text or "")


def _enum(value: Any) -> str:
    return enum_label(value) if isinstance(value, LabelledEnum) else str(value)


class CaseViewDialog(QDialog):
    """The case view in its own window (non-modal: the clerk can keep searching)."""

    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("案件详情"))
        self.resize(1180, 740)
        self.panel = CaseViewPanel(ctx, case_id, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.panel)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)
        self.panel.layout().itemAt(self.panel.layout().count() - 1).layout().addWidget(close)


def open_case_view(parent: QWidget, ctx: AppContext, case_id: str | None) -> CaseViewDialog | None:
    """Open the case view of `case_id` over `parent` (kept as `parent.case_view`)."""
    if not case_id:
        return None
    dialog = CaseViewDialog(ctx, case_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    parent.case_view = dialog  # type: ignore[attr-defined]
    dialog.show()
    return dialog
