"""巡查日志 sub-tab: patrol records of the township (or of the selected grid), newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.grid import PatrolLogView, PatrolReport, WorkerView
from app.domain.permissions import Action
from app.services.grid import duty as grid_duty
from app.services.grid import grids as grid_service
from app.services.grid import workers as grid_workers
from app.views.context import AppContext
from app.views.grid.dialogs import PatrolDialog, op
from app.views.grid.selection import GridSelection
from app.views.icons import icon
from app.views.permission_ui import hide_unless
from app.views.widgets.list_out import Job, ListOutButtons, fixed, table_from_view

COLUMNS = (
    QT_TRANSLATE_NOOP("PatrolTab", "日期"),
    QT_TRANSLATE_NOOP("PatrolTab", "网格员"),
    QT_TRANSLATE_NOOP("PatrolTab", "网格"),
    QT_TRANSLATE_NOOP("PatrolTab", "地点"),
    QT_TRANSLATE_NOOP("PatrolTab", "发现问题"),
    QT_TRANSLATE_NOOP("PatrolTab", "处置措施"),
    QT_TRANSLATE_NOOP("PatrolTab", "处置结果"),
    QT_TRANSLATE_NOOP("PatrolTab", "关联案件"),
)


CASE_COLUMN = len(COLUMNS) - 1


class PatrolTab(QWidget):
    """Patrol log list with add and delete."""

    def __init__(
        self, ctx: AppContext, selection: GridSelection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.selection = selection
        self.ctx = ctx
        self.logs: tuple[PatrolLogView, ...] = ()
        self.workers: tuple[WorkerView, ...] = ()
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("patrolTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Place, what was found and what was done are read whole: they share the spare width
        # and wrap; each row is as tall as its longest text (never cut with "…").
        em = self.fontMetrics().horizontalAdvance("网")
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 7 * em)
        for column in (3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        today = grid_service.today()
        self.date_from = QDateEdit(QDate(today.year, today.month, today.day).addDays(-90), self)
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit, name in ((self.date_from, "patrolFrom"), (self.date_to, "patrolTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.count_label = QLabel(self)
        self.add_button = QPushButton(icon("new"), self.tr("新增巡查记录(&R)"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.report_button = QPushButton(self.tr("上报为案件"), self)
        self.report_button.setObjectName("reportPatrol")
        self.report_button.setToolTip(
            self.tr("打开窗口受理表单，按这条巡查记录预填；保存后巡查记录与案件互相关联")
        )
        self.open_case_button = QPushButton(self.tr("查看关联案件"), self)
        hide_unless(self.ctx, Action.RECORD_DUTY, self.add_button, self.delete_button)
        hide_unless(self.ctx, Action.REGISTER_CASE, self.report_button)
        self.add_button.clicked.connect(self.add_patrol)
        self.delete_button.clicked.connect(self.delete_patrol)
        self.report_button.clicked.connect(self.report_as_case)
        self.open_case_button.clicked.connect(self.open_case)
        self.table.cellDoubleClicked.connect(
            lambda r, c: self.open_case() if c == CASE_COLUMN else None
        )
        self.table.currentCellChanged.connect(lambda *_a: self._enable())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.open_case_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.list_out = ListOutButtons(
            ctx, self.list_job, file_stem=self.tr("巡查记录"), parent=self
        )
        buttons.addWidget(self.list_out)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("巡查日期"), self))
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("至"), self))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        dates.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(dates)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def list_job(self) -> Job:
        """Return the export of the records shown, with the grid and the dates on top."""
        grid = self.selection.selected_grid()
        dates = (
            f"{self.date_from.date().toString('yyyy-MM-dd')} — "
            f"{self.date_to.date().toString('yyyy-MM-dd')}"
        )
        return fixed(
            table_from_view(
                self.table,
                title=self.tr("巡查记录"),
                kind="patrols",
                filters=(
                    (self.tr("网格"), grid.name if grid is not None else self.tr("全部")),
                    (self.tr("巡查日期"), dates),
                ),
            )
        )

    def refresh(self) -> None:
        """Reload the records (of the selected grid, when one is selected)."""
        org = self.ctx.user.org_code
        grid_id = self.selection.selected_grid_id
        since, until = self.date_from.date().toPython(), self.date_to.date().toPython()

        def load(s: Any) -> tuple[tuple[PatrolLogView, ...], tuple[WorkerView, ...]]:
            logs = grid_duty.list_patrols(
                s, org_code=org, grid_id=grid_id, since=since, until=until
            )
            return logs, grid_workers.search_workers(s, org_code=org)

        op(self, self.ctx, load, on_success=self._show)

    def _show(self, loaded: tuple[tuple[PatrolLogView, ...], tuple[WorkerView, ...]]) -> None:
        self.logs, self.workers = loaded
        self.table.setRowCount(len(self.logs))
        for r, log in enumerate(self.logs):
            cells = (
                log.date.isoformat(),
                log.worker_name,
                log.grid_name,
                log.place,
                log.issue,
                log.action,
                log.result,
                log.case_no,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
            if log.case_no:
                case_item = self.table.item(r, CASE_COLUMN)
                case_item.setForeground(QColor("#0969da"))
                case_item.setToolTip(self.tr("双击查看案件 {no}").format(no=log.case_no))
        self.table.resizeRowsToContents()
        self.count_label.setText(self.tr("共 {n} 条").format(n=len(self.logs)))
        self._enable()

    def current_log(self) -> PatrolLogView | None:
        """Return the selected patrol record."""
        row = self.table.currentRow()
        return self.logs[row] if 0 <= row < len(self.logs) else None

    def _enable(self) -> None:
        log = self.current_log()
        self.report_button.setEnabled(log is not None and not log.case_id)
        self.open_case_button.setEnabled(log is not None and bool(log.case_id))

    def report_as_case(self) -> PatrolReport | None:
        """Open the intake form pre-filled from the selected record (上报为案件)."""
        log = self.current_log()
        if log is None:
            return None
        if log.case_id:
            self.open_case()
            return None
        grid = next((g for g in self.selection.grids if g.id == log.grid_id), None)
        worker = next((w for w in self.workers if w.id == log.worker_id), None)
        report = PatrolReport(
            patrol_id=log.id,
            day=log.date,
            worker_name=log.worker_name,
            worker_phone=worker.phone if worker else "",
            village_id=grid.village_id if grid else None,
            grid_id=log.grid_id,
            place=log.place,
            issue=log.issue,
            action=log.action,
        )
        self.ctx.bus.sig_report_patrol.emit(report)
        return report

    def open_case(self) -> None:
        """Open the case the selected record was reported as."""
        log = self.current_log()
        if log is None or not log.case_id:
            return
        from app.views.case_detail import open_case_view  # the one case view

        self.case_dialog = open_case_view(self, self.ctx, log.case_id)

    def add_patrol(self) -> PatrolDialog | None:
        """Open the new patrol record form."""
        if not self.workers:
            QMessageBox.information(self, self.tr("提示"), self.tr("请先在花名册中新增网格员"))
            return None
        dialog = PatrolDialog(
            self.ctx,
            self.selection.grids,
            self.workers,
            self.selection.selected_grid_id,
            parent=self,
        )
        dialog.open()
        return dialog

    def delete_patrol(self) -> None:
        """Delete the selected record after confirmation."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.logs):
            return
        log_id = self.logs[row].id
        answer = QMessageBox.question(self, self.tr("删除巡查记录"), self.tr("删除所选巡查记录？"))
        if answer == QMessageBox.StandardButton.Yes:
            actor = self.ctx.actor()
            op(
                self,
                self.ctx,
                lambda s: grid_duty.delete_patrol(s, actor=actor, patrol_id=log_id),
                changes={"grid"},
            )
