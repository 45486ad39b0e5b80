"""巡查日志 sub-tab: patrol records of the township (or of the selected grid), newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.grid import PatrolLogView, WorkerView
from app.services.grid import duty as grid_duty
from app.services.grid import workers as grid_workers
from app.views.grid.dialogs import PatrolDialog, op
from app.views.icons import icon

if TYPE_CHECKING:
    from app.views.grid.page import GridPage

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


class PatrolTab(QWidget):
    """Patrol log list with add and delete."""

    def __init__(self, page: GridPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
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
        # Grid and place names run long: a fixed start width (the clerk can drag it; the cell's
        # tooltip has the whole name) leaves room for what was found and done.
        em = self.fontMetrics().horizontalAdvance("网")
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, 7 * em)
        for column in (4, 5):  # what was found and done: the long texts share the spare width
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(icon("new"), self.tr("新增巡查记录(&R)"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.add_button.clicked.connect(self.add_patrol)
        self.delete_button.clicked.connect(self.delete_patrol)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        """Reload the records (of the selected grid, when one is selected)."""
        org = self.ctx.user.org_code
        grid_id = self.page.selected_grid_id

        def load(s: Any) -> tuple[tuple[PatrolLogView, ...], tuple[WorkerView, ...]]:
            logs = grid_duty.list_patrols(s, org_code=org, grid_id=grid_id)
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

    def add_patrol(self) -> PatrolDialog | None:
        """Open the new patrol record form."""
        if not self.workers:
            QMessageBox.information(self, self.tr("提示"), self.tr("请先在花名册中新增网格员"))
            return None
        dialog = PatrolDialog(
            self.ctx, self.page.grids, self.workers, self.page.selected_grid_id, parent=self
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
            op(
                self,
                self.ctx,
                lambda s: grid_duty.delete_patrol(s, patrol_id=log_id),
                changes={"grid"},
            )
