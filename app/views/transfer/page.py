"""案件流转 tab: queues by department and by me, the case timeline, and every transfer action."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.transfer import CaseDetail, Queue, QueueCounts
from app.services import grid as grid_onsite
from app.services.transfer import actions as transfer
from app.services.transfer import queries as transfer_queries
from app.services.transfer import supervision as transfer_supervision
from app.views.case_detail import CaseViewDialog, open_case_view
from app.views.context import AppContext
from app.views.durations import duration_words
from app.views.icons import icon
from app.views.labels import enum_label
from app.views.operations import run_op
from app.views.service_messages import service_text
from app.views.transfer.actions import (
    ACTIONS,
    TransferActions,
    action_label,
    action_reasons,
    available_actions,
)
from app.views.transfer.detail import CaseDetailPanel
from app.views.transfer.dialogs import QueryCodeRevisitDialog
from app.views.transfer.duty_dialog import DutyListDialog
from app.views.transfer.evaluation_dialog import EvaluationDialog
from app.views.transfer.host import ActionHost
from app.views.transfer.queue_table_model import QueueTableModel
from app.views.transfer.tab_title import ESCALATING_ROLES, township_of
from app.views.transfer.why_disabled import why_disabled
from app.views.widgets.list_out import Job, ListOutButtons, fixed, table_from_view

SEARCH_DELAY_MS = 250
CAPPED_WIDTH = 110  # px: a long category or department name elides beyond this
SCOPES = (
    ("all", QT_TRANSLATE_NOOP("TransferPage", "全部案件")),
    ("department", QT_TRANSLATE_NOOP("TransferPage", "本部门")),
    ("mine", QT_TRANSLATE_NOOP("TransferPage", "我经办的")),
)
# Which limit ran out, as app.services.transfer.queries.overdue_list names it.
LIMITS = (
    QT_TRANSLATE_NOOP("TransferPage", "签收"),
    QT_TRANSLATE_NOOP("TransferPage", "办理"),
    QT_TRANSLATE_NOOP("TransferPage", "回访"),
)


class TransferPage(ActionHost):
    """Work queues on the left, the selected case and its actions on the right."""

    icon_name = "transfer"
    sig_title_changed = Signal()
    sig_refreshed = Signal()  # tests wait on this

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferPage")
        self.ctx = ctx
        self.counts: QueueCounts | None = None
        self.red_ids: set[str] | None = None
        self.departments: list[Any] = []
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.scope = QComboBox(self)
        for value, label in SCOPES:
            text = self.tr(label)
            if value == "all" and township_of(ctx.user.org_code):
                text = self.tr("本镇街全部案件")  # never other townships' cases (issue #12)
            self.scope.addItem(text, value)
        if ctx.user.role == Role.HANDLER and ctx.user.department_id:
            self.scope.setCurrentIndex(1)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.warn_label = QLabel(self)
        refresh = QPushButton(icon("refresh"), self.tr("刷新"), self)
        refresh.clicked.connect(self.refresh)
        duty = QPushButton(self.tr("职责清单…"), self)
        duty.clicked.connect(self.open_duty_list)
        by_code = QPushButton(self.tr("查询码评价…"), self)
        by_code.clicked.connect(self.open_query_code_revisit)
        ranking = QPushButton(self.tr("履职评价…"), self)
        ranking.clicked.connect(self.open_evaluation)
        # The same search as 案件查询: while it holds text the table lists what it finds.
        self.search = QLineEdit(self)
        self.search.setObjectName("transferSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("搜索：姓名（可两字）、事项内容、拼音首字母、案件编号、电话或证件号")
        )
        self.search.setMinimumWidth(200)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.refresh)
        top.addWidget(self.search, 2)
        top.addWidget(QLabel(self.tr("范围"), self))
        top.addWidget(self.scope)
        top.addWidget(self.warn_label, 1)
        top.addWidget(by_code)
        top.addWidget(duty)
        top.addWidget(ranking)
        top.addWidget(refresh)
        outer.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.queues = QListWidget(split)
        # As wide as the longest queue name with a count, in the UI language.
        metrics = self.queues.fontMetrics()
        widest = max(metrics.horizontalAdvance(self._queue_text(q, 9999)) for q in Queue)
        self.queues.setMaximumWidth(max(170, widest + 24))
        for q in Queue:
            item = QListWidgetItem(enum_label(q), self.queues)
            item.setData(Qt.ItemDataRole.UserRole, q.value)
        start = transfer_queries.default_queue_for(ctx.user.role)
        self.queues.setCurrentRow(list(Queue).index(start))
        self.queues.currentRowChanged.connect(self.refresh)
        middle = QWidget(split)
        mid_layout = QVBoxLayout(middle)
        mid_layout.setContentsMargins(0, 0, 0, 0)
        self.model = QueueTableModel(self)
        self.table = QTableView(middle)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (2, 3):  # sized in _fit_columns: to content, up to CAPPED_WIDTH
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        # A long 事项摘要 (or category) loses its middle, not its end; the tooltip has it all.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self._filling = False  # set while a refresh selects a row: its detail came along
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        # Enter or a double-click opens the full case view.
        self.table.activated.connect(lambda index: self.open_case(index.row()))
        mid_layout.addWidget(self.table, 1)
        self.reasons = QLabel(middle)
        self.reasons.setWordWrap(True)
        mid_layout.addWidget(self.reasons)
        self.list_out = ListOutButtons(
            ctx, self.queue_list_job, file_stem=self.tr("案件流转清单"), parent=middle
        )
        mid_layout.addWidget(self.list_out, 0, Qt.AlignmentFlag.AlignRight)
        right = QWidget(split)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = CaseDetailPanel(right)
        right_layout.addWidget(self.detail, 1)
        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label in ACTIONS:
            btn = QPushButton(action_label(label), right)
            btn.setObjectName(f"action_{key}")
            btn.setEnabled(False)
            btn.clicked.connect(lambda _=False, k=key: self.actions.start(k))
            self.buttons[key] = btn
        # Four to a row in Chinese; two when the labels are long (English), so the queue
        # beside keeps room for its 事项摘要 at 1280 px.
        widest = max(b.sizeHint().width() for b in self.buttons.values())
        per_row = 4 if widest <= 120 else 2
        for i, btn in enumerate(self.buttons.values()):
            buttons.addWidget(btn, i // per_row, i % per_row)
        right_layout.addLayout(buttons)
        self.onsite_button = QPushButton(self.tr("指派在岗网格员现场核查"), right)
        self.onsite_button.setObjectName("assignOnsite")
        self.onsite_button.setToolTip(
            self.tr("按排班表找出今天在该村（社区）值班的网格员，记入案件流转记录")
        )
        self.onsite_button.setEnabled(False)
        self.onsite_button.clicked.connect(self.assign_onsite)
        right_layout.addWidget(self.onsite_button)
        split.addWidget(self.queues)
        split.addWidget(middle)
        split.addWidget(right)
        # The queue gets the room: the full case is one Enter away (the case view).
        split.setSizes([self.queues.maximumWidth() - 20, 760, 380])
        outer.addWidget(split, 1)
        self.actions = TransferActions(self)
        ctx.bus.sig_data_changed.connect(self._on_data_changed)
        run_op(self, ctx, transfer_queries.departments, on_success=self._got_departments)
        self.refresh()

    def queue_list_job(self) -> Job:
        """Return the export of the queue on screen, with the scope and queue on top."""
        item = self.queues.currentItem()
        queue = item.text() if item is not None else ""
        table = table_from_view(
            self.table,
            title=self.tr("案件流转清单"),
            kind="queue",
            filters=((self.tr("范围"), self.scope.currentText()), (self.tr("队列"), queue)),
        )
        return fixed(table)

    # --- title and refresh -------------------------------------------------------------------

    def title(self) -> str:
        """Return the tab title with the number of red (overdue) cases."""
        red = self.counts.red if self.counts else 0
        return self.tr("案件流转") + (f" ({red})" if red else "")

    def _queue_text(self, queue: Queue, count: int) -> str:
        text = enum_label(queue)
        return self.tr("{0}（{1}）").format(text, count) if count else text

    def current_queue(self) -> Queue:
        """Return the queue selected on the left."""
        item = self.queues.currentItem()
        return Queue(item.data(Qt.ItemDataRole.UserRole)) if item else Queue.TO_DISPATCH

    def select_queue(self, queue: Queue) -> None:
        """Show `queue`."""
        self.queues.setCurrentRow(list(Queue).index(queue))

    def _org(self) -> str | None:
        """Return the township a township desk's queues are limited to (None: the district)."""
        return township_of(self.ctx.user.org_code)

    def _scope_args(self) -> dict[str, Any]:
        """Return the queue filters of the chosen scope, always within the user's township."""
        org = self._org()
        scope = self.scope.currentData()
        if scope == "department":
            return {"department_id": self.ctx.user.department_id, "org": org}
        if scope == "mine":
            return {"mine": self.ctx.actor(), "org": org}
        return {"org": org}

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if "case" in kinds:
            self.refresh()

    def _got_departments(self, departments: list[Any]) -> None:
        self.departments = departments

    def refresh(self) -> None:
        """Reload counts, the current queue and the selected case."""
        queue = self.current_queue()
        args = self._scope_args()
        dept = args.get("department_id")
        org = args.get("org")
        selected = self.selected_case_id()
        # The centre's own desks escalate red cases to the district queue as they see them.
        escalate = self.ctx.user.role in ESCALATING_ROLES

        text = self.search.text().strip()

        def load(s: Any) -> tuple[Any, Any, Any, Any]:
            if escalate:
                transfer_supervision.escalate_overdue(s)
            if text:
                page = transfer_queries.search(s, text=text)
            else:
                # The queue list's counts already say how long the queue is.
                page = transfer_queries.queue(s, queue=queue, with_total=False, **args)
            counts = transfer_queries.queue_counts(s, department_id=dept, org=org)
            overdue = (
                transfer_queries.overdue_list(s, department_id=dept, org=org)
                if queue == Queue.OVERDUE and not text
                else None
            )
            ids = [r.id for r in page.rows]
            shown = selected if selected in ids else (ids[0] if ids else None)
            detail = transfer_queries.case_detail(s, case_id=shown) if shown else None
            return page, counts, overdue, detail

        run_op(self, self.ctx, load, on_success=self._show)

    def _show(self, result: tuple[Any, Any, Any, Any]) -> None:
        page, counts, overdue, detail = result
        self.counts = counts
        for i, q in enumerate(Queue):
            n = counts.count(q.value)
            self.queues.item(i).setText(self._queue_text(q, n))
        self.warn_label.setText(
            self.tr("红色预警 {0} 件，黄色预警 {1} 件").format(counts.red, counts.yellow)
        )
        self.warn_label.setStyleSheet("color: #cf222e;" if counts.red else "color: #57606a;")
        self.model.set_rows(list(page.rows))
        self._fit_columns()
        if self.search.text().strip():
            self.reasons.setText(
                self.tr("搜索结果 {n} 件；清空搜索框回到队列").format(n=len(page.rows))
            )
        elif overdue:
            self.reasons.setText(
                "<br>".join(
                    self.tr("{no}　{limit}已超期 {duration}：{reasons}").format(
                        no=o.row.case_no,
                        limit=self.tr(o.limit),
                        duration=duration_words(o.overdue_hours),
                        reasons=self.tr("；").join(service_text(r) for r in o.reasons),
                    )
                    for o in overdue[:8]
                )
            )
        else:
            self.reasons.clear()
        self._notify_new_red(page.rows)
        self.sig_title_changed.emit()
        ids = [r.id for r in page.rows]
        if detail is not None and detail.row.id in ids:
            self._filling = True
            self.table.selectRow(ids.index(detail.row.id))
            self._filling = False
            self._show_detail(detail)
        else:
            self.detail.clear()
            self._enable(None)
        self.sig_refreshed.emit()

    def _fit_columns(self) -> None:
        """Category and lead department fit their content up to a cap (then elide in the
        middle); 事项摘要 takes the rest."""
        for col in (2, 3):
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), CAPPED_WIDTH))

    def _notify_new_red(self, rows: Any) -> None:
        red = {r.id for r in rows if r.warning == "red"}
        if self.red_ids is not None:
            for r in rows:
                if r.id in red - self.red_ids:
                    self.ctx.bus.sig_notify.emit(
                        self.tr("案件超期"), self.tr("{0} 已超期：{1}").format(r.case_no, r.summary)
                    )
        self.red_ids = red if self.red_ids is None else self.red_ids | red

    # --- selection and actions ---------------------------------------------------------------

    def selected_case_id(self) -> str | None:
        """Return the id of the case selected in the table."""
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()].id

    def _on_row_changed(self, *_args: Any) -> None:
        if not self._filling:
            self.load_detail()

    def load_detail(self) -> None:
        """Load the selected case's detail and timeline."""
        case_id = self.selected_case_id()
        if case_id is None:
            self.detail.clear()
            self._enable(None)
            return
        run_op(
            self,
            self.ctx,
            lambda s: transfer_queries.case_detail(s, case_id=case_id),
            on_success=self._show_detail,
        )

    def _show_detail(self, detail: CaseDetail) -> None:
        if detail.row.id != self.selected_case_id():
            return
        self.detail.show_detail(detail)
        self._enable(detail)

    def _enable(self, detail: CaseDetail | None) -> None:
        allowed = available_actions(detail, self.ctx.user) if detail else set()
        reasons = action_reasons(detail, self.ctx.user) if detail else {}
        for key, btn in self.buttons.items():
            btn.setEnabled(key in allowed)
            btn.setToolTip(
                reasons.get(key)
                or ("" if key in allowed else why_disabled(key, detail, self.ctx.user))
            )
        self.onsite_button.setEnabled(detail is not None)
        self.onsite_button.setToolTip("" if detail is not None else self.tr("请先在队列中选中案件"))

    def open_case(self, row: int) -> CaseViewDialog | None:
        """Open the case view of the queue's `row`."""
        if not 0 <= row < len(self.model.rows):
            return None
        return open_case_view(self, self.ctx, self.model.rows[row].id)

    def assign_onsite(self) -> None:
        """Send the worker on duty for the case's village to check it on site (a case event)."""
        case_id = self.selected_case_id()
        if case_id is None:
            return
        actor = self.ctx.actor()
        run_op(
            self,
            self.ctx,
            lambda s: grid_onsite.assign_onsite(s, actor=actor, case_id=case_id),
            on_success=lambda sent: self.ctx.bus.sig_notify.emit(
                self.tr("现场核查"),
                self.tr("已指派在岗网格员{name}（{phone}）现场核查").format(
                    name=sent.worker_name, phone=sent.worker_phone
                ),
            ),
            changes={"case"},
        )

    def open_duty_list(self) -> DutyListDialog:
        """Open the duty list editor."""
        dialog = DutyListDialog(self.ctx, self)
        dialog.open()
        return dialog

    def open_query_code_revisit(self) -> QueryCodeRevisitDialog:
        """Record an evaluation a resident gives with the slip's number and 查询码."""
        dialog = QueryCodeRevisitDialog(self)
        actor = self.ctx.actor()
        dialog.sig_submit.connect(
            lambda v: self.run_action(
                lambda s: transfer.revisit_by_query_code(s, actor=actor, **v), dialog=dialog
            )
        )
        dialog.open()
        return dialog

    def open_evaluation(self) -> EvaluationDialog:
        """Open the monthly 履职评价 ranking."""
        dialog = EvaluationDialog(self.ctx, self)
        dialog.open()
        return dialog

    def run_action(self, fn: Callable[[Any], Any], *, dialog: Any = None) -> None:
        """Run a write; on success close `dialog` and refresh, on failure keep it open."""

        def done(_result: Any) -> None:
            if dialog is not None:
                dialog.accept()

        run_op(dialog or self, self.ctx, fn, on_success=done, changes={"case"})
