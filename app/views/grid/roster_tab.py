"""花名册 sub-tab: the township's grid workers, searched by name, pinyin initials or phone."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import WorkerPost
from app.domain.grid import WorkerView
from app.domain.permissions import Action
from app.services.grid import assign as grid_assign
from app.services.grid import grids as grid_service
from app.services.grid import workers as grid_workers
from app.views.context import AppContext
from app.views.grid import excel_io
from app.views.grid.dialogs import AssignDialog, WorkerDialog, op
from app.views.grid.selection import GridSelection
from app.views.icons import icon
from app.views.labels import enum_label
from app.views.permission_ui import hide_unless

COLUMNS = (
    QT_TRANSLATE_NOOP("RosterTab", "姓名"),
    QT_TRANSLATE_NOOP("RosterTab", "岗位"),
    QT_TRANSLATE_NOOP("RosterTab", "联系电话"),
    QT_TRANSLATE_NOOP("RosterTab", "所在网格"),
    QT_TRANSLATE_NOOP("RosterTab", "身份证号"),
    QT_TRANSLATE_NOOP("RosterTab", "入职日期"),
    QT_TRANSLATE_NOOP("RosterTab", "状态"),
)


class RosterTab(QWidget):
    """Workers table with search, post filter and add / edit / assign / deactivate actions."""

    def __init__(
        self, ctx: AppContext, selection: GridSelection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.selection = selection
        self.ctx = ctx
        self.workers: tuple[WorkerView, ...] = ()
        self.search = QLineEdit(self)
        self.search.setObjectName("workerSearch")
        self.search.setPlaceholderText(self.tr("姓名、拼音首字母或电话（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.post = QComboBox(self)
        self.post.setObjectName("postFilter")
        self.post.addItem(self.tr("全部岗位"), None)
        for p in WorkerPost:
            self.post.addItem(enum_label(p), p.value)
        self.inactive = QCheckBox(self.tr("含已停用"), self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("workersTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # An instructor may serve a dozen grids: that column takes the spare width and elides.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_worker)
        self.add_button = QPushButton(icon("new"), self.tr("新增网格员(&N)"), self)
        self.edit_button = QPushButton(self.tr("编辑(&E)"), self)
        self.assign_button = QPushButton(icon("grid"), self.tr("分配到网格(&A)"), self)
        self.unassign_button = QPushButton(self.tr("解除分配"), self)
        self.toggle_button = QPushButton(self.tr("停用/启用"), self)
        hide_unless(self.ctx, Action.EDIT_WORKER, self.add_button, self.edit_button)
        hide_unless(self.ctx, Action.EDIT_WORKER, self.toggle_button)
        hide_unless(self.ctx, Action.ASSIGN_WORKER, self.assign_button, self.unassign_button)
        self.add_button.clicked.connect(self.add_worker)
        self.edit_button.clicked.connect(self.edit_worker)
        self.assign_button.clicked.connect(self.assign_worker)
        self.unassign_button.clicked.connect(self.unassign_worker)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.template_button = QPushButton(self.tr("下载模板"), self)
        self.import_button = QPushButton(icon("import"), self.tr("从Excel导入(&I)"), self)
        self.export_button = QPushButton(icon("export"), self.tr("导出Excel(&X)"), self)
        self.template_button.clicked.connect(lambda: excel_io.save_template(self))
        self.import_button.clicked.connect(lambda: excel_io.import_roster(self, self.ctx))
        self.export_button.clicked.connect(lambda: excel_io.export_roster(self, self.ctx))
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.post)
        top.addWidget(self.inactive)
        # The Excel buttons sit beside the search: one row of eight is wider than 1280 px in
        # English.
        for b in (self.template_button, self.import_button, self.export_button):
            top.addWidget(b)
        buttons = QHBoxLayout()
        for b in (
            self.add_button,
            self.edit_button,
            self.assign_button,
            self.unassign_button,
            self.toggle_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.post.currentIndexChanged.connect(lambda _i: self.refresh())
        self.inactive.toggled.connect(lambda _b: self.refresh())
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        # Enter opens the selected worker only while the table has focus (not in the search box).
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_worker)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)

    def refresh(self) -> None:
        """Reload the workers matching the search, the post filter and the selected grid."""
        org = self.ctx.user.org_code
        text = self.search.text()
        post_value = self.post.currentData()
        post = WorkerPost(post_value) if post_value else None
        include_inactive = self.inactive.isChecked()
        grid_id = self.selection.selected_grid_id
        op(
            self,
            self.ctx,
            lambda s: grid_workers.search_workers(
                s,
                org_code=org,
                text=text,
                post=post,
                include_inactive=include_inactive,
                grid_id=grid_id,
            ),
            on_success=self._show,
        )

    def _show(self, workers: tuple[WorkerView, ...]) -> None:
        selected = self.selected_worker()
        self.workers = workers
        self.table.setRowCount(len(workers))
        for r, w in enumerate(workers):
            cells = (
                w.name,
                enum_label(w.post),
                grid_service.display_phone(w.phone),
                self.tr("、").join(w.grids) or self.tr("（未分配）"),
                w.id_masked,
                w.joined_on.isoformat() if w.joined_on else "",
                self.tr("在岗") if w.active else self.tr("已停用"),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not w.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
            if selected is not None and w.id == selected.id:
                self.table.selectRow(r)

    def selected_worker(self) -> WorkerView | None:
        """Return the worker of the selected row, if any."""
        row = self.table.currentRow()
        return self.workers[row] if 0 <= row < len(self.workers) else None

    def add_worker(self) -> WorkerDialog:
        """Open the new-worker form."""
        dialog = WorkerDialog(self.ctx, parent=self)
        dialog.open()
        return dialog

    def edit_worker(self) -> None:
        """Open the selected worker's form."""
        worker = self.selected_worker()
        if worker is not None:
            WorkerDialog(self.ctx, worker, parent=self).open()

    def assign_worker(self) -> AssignDialog | None:
        """Open the assignment form for the selected worker and grid."""
        if not self.selection.grids:
            QMessageBox.information(self, self.tr("提示"), self.tr("请先新建网格"))
            return None
        worker = self.selected_worker()
        live = [w for w in self.workers if w.active]
        dialog = AssignDialog(
            self.ctx,
            self.selection.grids,
            live,
            grid_id=self.selection.selected_grid_id,
            worker_id=worker.id if worker else None,
            parent=self,
        )
        dialog.open()
        return dialog

    def unassign_worker(self) -> None:
        """End the selected worker's service in the selected grid today."""
        worker = self.selected_worker()
        grid = self.selection.selected_grid()
        if worker is None or grid is None:
            QMessageBox.information(
                self, self.tr("提示"), self.tr("请在左侧选择网格，并在表中选择该网格的网格员")
            )
            return
        spell = next((a for a in grid.workers if a.worker_id == worker.id), None)
        if spell is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("解除分配"),
            self.tr("“{name}”自今日起不再负责“{grid}”？").format(name=worker.name, grid=grid.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        today = grid_service.today()
        actor = self.ctx.actor()

        def end(s: Any) -> None:
            # Ended "from today": the last day served is yesterday; a spell that starts today
            # never served at all, so it is withdrawn instead.
            if spell.start_date >= today:
                grid_assign.delete_assignment(s, actor=actor, assignment_id=spell.id)
            else:
                grid_assign.end_assignment(
                    s,
                    actor=actor,
                    assignment_id=spell.id,
                    end_date=today - timedelta(days=1),
                )

        op(self, self.ctx, end, changes={"grid"})

    def toggle_active(self) -> None:
        """Deactivate the selected worker (ending their assignments) or reactivate them."""
        worker = self.selected_worker()
        if worker is None:
            return
        if worker.active:
            answer = QMessageBox.question(
                self,
                self.tr("停用网格员"),
                self.tr("停用“{name}”？其负责的网格将自今日起解除分配。").format(name=worker.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        actor = self.ctx.actor()
        op(
            self,
            self.ctx,
            lambda s: grid_workers.set_worker_active(
                s, actor=actor, worker_id=worker.id, active=not worker.active
            ),
            changes={"grid"},
        )
