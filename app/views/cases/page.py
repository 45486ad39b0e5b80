"""案件查询: the case list with filters and full-text search; reprint a case's slip."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CaseStatus
from app.domain.intake import CaseFilter, IntakeChoices
from app.services.intake import register as intake
from app.services.intake import slips
from app.views.case_detail import CaseViewDialog, open_case_view
from app.views.cases.case_table_model import CaseTableModel
from app.views.context import AppContext
from app.views.intake.slip_print import open_slip_preview
from app.views.labels import enum_choices
from app.views.operations import run_op
from app.views.widgets.list_out import Job, ListOutButtons
from app.views.widgets.print_preview import PrintPreviewDialog
from app.views.widgets.searchable_combo import SearchableCombo

SEARCH_DELAY_MS = 250


class CasesPage(QWidget):
    """Search a million cases: filters, text (names, facts, pinyin initials, numbers)."""

    icon_name = "cases"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: PrintPreviewDialog | None = None
        self.setStyleSheet("QLineEdit, QComboBox, QDateEdit, QTableView { font-size: 12pt; }")
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("搜索：姓名（可两字）、事项内容、拼音首字母、案件编号、电话或证件号")
        )
        self.status = QComboBox(self)
        self.status.addItem(self.tr("全部状态"), None)
        for value, label in enum_choices(CaseStatus):
            self.status.addItem(label, value)
        self.category = SearchableCombo(self, placeholder=self.tr("全部类别"))
        self.town = SearchableCombo(self, placeholder=self.tr("全部镇街"))
        # Sized for the longest township name (北集坡街道) and "All townships", not for whatever
        # the list held when the page was first shown (nothing: the choices load afterwards).
        self.town.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.town.setMinimumContentsLength(14)
        self.use_dates = QCheckBox(self.tr("受理日期"), self)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30), self)
        self.date_to = QDateEdit(today, self)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
        self.overdue = QCheckBox(self.tr("仅超期"), self)
        self.reprint = QPushButton(self.tr("补打回执 Ctrl+P"), self)
        # The dashboard's click-through: a filter the widgets cannot express, shown as a banner.
        self.drill: CaseFilter | None = None
        self.drill_label = QLabel(self)
        self.drill_label.setStyleSheet(
            "background: #ddf4ff; border: 1px solid #54aeff; border-radius: 4px; padding: 4px;"
        )
        self.drill_clear = QPushButton(self.tr("清除首页筛选"), self)
        self.drill_clear.clicked.connect(self.clear_drill)
        self.drill_label.hide()
        self.drill_clear.hide()
        self.count = QLabel(self)
        self.model = CaseTableModel(ctx, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights and interactive columns: the view never measures every row.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((190, 140, 175, 110, 90, 90, 330, 140)):
            self.table.setColumnWidth(col, width)
        self._sized = False  # the first rows to arrive size the columns to their content
        # A long 事项摘要 loses its middle, not its end; the tooltip holds the whole text.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for w in (
            self.status,
            self.category,
            self.town,
            self.use_dates,
            self.date_from,
            QLabel("—", self),
            self.date_to,
            self.overdue,
        ):
            filters.addWidget(w)
        self.list_out = ListOutButtons(
            ctx, self.list_job, file_stem=self.tr("案件清单"), parent=self
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.list_out)
        bottom.addWidget(self.reprint)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        drill = QHBoxLayout()
        drill.addWidget(self.drill_label, 1)
        drill.addWidget(self.drill_clear)
        layout.addLayout(drill)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.category.sig_value_changed.connect(lambda _v: self._timer.start())
        self.town.sig_value_changed.connect(lambda _v: self._timer.start())
        self.use_dates.toggled.connect(self._on_dates_toggled)
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(lambda _d: self._timer.start())
        self.overdue.toggled.connect(lambda _b: self.apply_filters())
        self.reprint.clicked.connect(self.reprint_selected)
        # Enter or a double-click opens the case view (reprint is a button there and here).
        self.table.activated.connect(lambda index: self.open_case(index.row()))
        self.model.sig_loaded.connect(self._on_loaded)
        shortcut = QShortcut(QKeySequence("Ctrl+P"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.reprint_selected)
        ctx.bus.sig_data_changed.connect(self._on_data_changed)
        ctx.bus.sig_show_cases.connect(self.show_filter)
        org = ctx.user.org_code
        run_op(
            self, ctx, lambda s: intake.form_choices(s, org_code=org), on_success=self._set_choices
        )
        self.model.reload()

    def title(self) -> str:
        """Return the tab title."""
        return self.tr("案件查询")

    def _set_choices(self, choices: IntakeChoices) -> None:
        self.category.set_choices(choices.categories, blank="")
        self.town.set_choices(choices.towns, blank="")

    def _on_dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def show_filter(self, filt: object) -> None:
        """List exactly the cases of `filt` (a figure clicked on the dashboard)."""
        if not isinstance(filt, CaseFilter):
            return
        self.drill = filt
        self.drill_label.setText(self.tr("按首页统计筛选：{label}").format(label=filt.label or "—"))
        self.drill_label.show()
        self.drill_clear.show()
        self.apply_filters()

    def clear_drill(self) -> None:
        """Go back to the filters of the widgets."""
        self.drill = None
        self.drill_label.hide()
        self.drill_clear.hide()
        self.apply_filters()

    def current_filter(self) -> CaseFilter:
        """Return the filter the widgets describe (or the dashboard's, while it is shown)."""
        if self.drill is not None:
            return dataclasses.replace(self.drill, text=self.search.text().strip())
        status = self.status.currentData()
        date_from: date | None = None
        date_to: date | None = None
        if self.use_dates.isChecked():
            date_from = self.date_from.date().toPython()
            date_to = self.date_to.date().toPython()
        return CaseFilter(
            text=self.search.text().strip(),
            statuses=(status,) if status else (),
            category_id=self.category.value(),
            town_id=self.town.value(),
            date_from=date_from,
            date_to=date_to,
            overdue=self.overdue.isChecked(),
        )

    def filter_lines(self) -> tuple[tuple[str, str], ...]:
        """Return the filters as (label, value) lines for the top of an export.

        In Chinese whatever the UI language: the case list comes out as a Chinese document,
        like every printable (its columns come from app.services.lists).
        """
        every = "全部"
        status = self.status.currentData()
        lines = [("搜索", self.search.text().strip() or every)]
        if self.drill is not None:
            lines.append(("首页筛选", self.drill.label or "—"))
        lines += [
            ("状态", CaseStatus(status).label if status else every),
            ("类别", self.category.currentText() if self.category.value() else every),
            ("镇街", self.town.currentText() if self.town.value() else every),
        ]
        if self.use_dates.isChecked():
            lines.append(
                (
                    "受理日期",
                    f"{self.date_from.date().toString('yyyy-MM-dd')} — "
                    f"{self.date_to.date().toString('yyyy-MM-dd')}",
                )
            )
        if self.overdue.isChecked():
            lines.append(("仅超期", "是"))
        return tuple(lines)

    def list_job(self) -> Job:
        """Return the export's worker job: every case the current filters find, all pages."""
        filt = self.current_filter()
        lines = self.filter_lines()

        def job(session: object, progress: object) -> object:
            from app.services.lists import case_search_table

            return case_search_table(session, filt, filters=lines, progress=progress)

        return job  # type: ignore[return-value]

    def apply_filters(self) -> None:
        """Reload the list for the current filters."""
        self._timer.stop()
        self.count.setText(self.tr("查询中…"))
        self.model.reload(self.current_filter())

    def _size_columns(self) -> None:
        """Size the columns to the first rows shown (once): 事项摘要 takes what is left."""
        self._sized = True
        self.table.resizeColumnsToContents()
        summary = 6
        others = sum(self.table.columnWidth(c) for c in range(self.model.columnCount()))
        others -= self.table.columnWidth(summary)
        room = self.table.viewport().width() - others - 4
        self.table.setColumnWidth(summary, max(220, min(self.table.columnWidth(summary), room)))

    def _on_loaded(self, n: int) -> None:
        if not self._sized and n:
            self._size_columns()
        more = self.tr("，向下滚动加载更多") if self.model.canFetchMore() else ""
        self.count.setText(self.tr("已显示 {n} 件{more}").format(n=n, more=more))

    def _on_data_changed(self, kinds: object) -> None:
        if isinstance(kinds, frozenset) and "case" in kinds:
            self.model.reload()

    def open_case(self, row: int | None = None) -> CaseViewDialog | None:
        """Open the case view of `row` (default: the selected row)."""
        if row is None:
            rows = self.table.selectionModel().selectedRows()
            row = rows[0].row() if rows else -1
        return open_case_view(self, self.ctx, self.model.case_id(row))

    def reprint_selected(self) -> None:
        """Preview the slip of the selected case again (logged as a reprint)."""
        rows = self.table.selectionModel().selectedRows()
        case_id = self.model.case_id(rows[0].row()) if rows else None
        if case_id is None:
            self.count.setText(self.tr("请先选中一件案件"))
            return
        run_op(
            self,
            self.ctx,
            lambda s: slips.slip_for(s, case_id=case_id),
            on_success=self._open_preview,
        )

    def _open_preview(self, slip: slips.Slip) -> None:
        self.preview = open_slip_preview(self, self.ctx, slip)
