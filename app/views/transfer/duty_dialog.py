"""职责清单 editor: departments, duty items and routing rules; Excel import and export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.transfer import DutyList, ImportReport
from app.services.transfer import duty_list
from app.views.context import AppContext
from app.views.icons import icon
from app.views.operations import run_op
from app.views.palette import message_style
from app.views.service_messages import service_text

# The sheet titles and column headers of app.services.transfer.duty_list.SHEETS, for the
# catalogue: the workbook keeps them in Chinese, the tables here show them in the UI language.
SHEET_TEXT = (
    QT_TRANSLATE_NOOP("DutyListDialog", "部门"),
    QT_TRANSLATE_NOOP("DutyListDialog", "职责清单"),
    QT_TRANSLATE_NOOP("DutyListDialog", "分流规则"),
    QT_TRANSLATE_NOOP("DutyListDialog", "编码"),
    QT_TRANSLATE_NOOP("DutyListDialog", "名称"),
    QT_TRANSLATE_NOOP("DutyListDialog", "层级"),
    QT_TRANSLATE_NOOP("DutyListDialog", "驻点方式"),
    QT_TRANSLATE_NOOP("DutyListDialog", "电话"),
    QT_TRANSLATE_NOOP("DutyListDialog", "启用"),
    QT_TRANSLATE_NOOP("DutyListDialog", "部门编码"),
    QT_TRANSLATE_NOOP("DutyListDialog", "类别编码"),
    QT_TRANSLATE_NOOP("DutyListDialog", "职责事项"),
    QT_TRANSLATE_NOOP("DutyListDialog", "依据"),
    QT_TRANSLATE_NOOP("DutyListDialog", "主办部门编码"),
    QT_TRANSLATE_NOOP("DutyListDialog", "协办部门编码"),
    QT_TRANSLATE_NOOP("DutyListDialog", "优先级"),
)


class DutyListDialog(QDialog):
    """Edit the duty list in three tables; saving checks every row and saves all or nothing."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("职责清单"))
        self.resize(980, 620)
        self.editable = ctx.user.role == Role.ADMIN
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tables: dict[str, QTableWidget] = {}
        for key, (title, header) in duty_list.SHEETS.items():
            table = QTableWidget(0, len(header), self)
            table.setHorizontalHeaderLabels([self.tr(h) for h in header])
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setStretchLastSection(True)
            if not self.editable:
                table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            self.tabs.addTab(table, self.tr(title))
            self.tables[key] = table
        layout.addWidget(self.tabs, 1)
        self.report = QLabel(self)
        self.report.setWordWrap(True)
        self.report.setObjectName("importReport")
        layout.addWidget(self.report)
        buttons = QHBoxLayout()
        self.add_row = QPushButton(self.tr("添加行"), self)
        self.save = QPushButton(icon("save"), self.tr("保存修改"), self)
        self.import_btn = QPushButton(icon("import"), self.tr("导入Excel…"), self)
        self.export_btn = QPushButton(icon("export"), self.tr("导出Excel…"), self)
        for b in (self.add_row, self.save, self.import_btn):
            b.setEnabled(self.editable)
            if not self.editable:
                b.setToolTip(self.tr("职责清单由区级管理员维护，本机只能查看和导出"))
        self.add_row.clicked.connect(self._add_row)
        self.save.clicked.connect(self.save_edits)
        self.import_btn.clicked.connect(self._pick_import)
        self.export_btn.clicked.connect(self._pick_export)
        for b in (self.add_row, self.save, self.import_btn, self.export_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.loaded = False
        self.reload()

    def reload(self) -> None:
        """Load the duty list from the database into the tables."""
        run_op(self, self.ctx, duty_list.load_duty_list, on_success=self._fill)

    def _fill(self, duty: DutyList) -> None:
        rows: dict[str, list[tuple[Any, ...]]] = {
            "departments": [
                (d.code, d.name, d.level, d.stationing, d.phone, "是" if d.active else "否")
                for d in duty.departments
            ],
            "tasks": [
                (t.code, t.department_code, t.category_code, t.title, t.basis) for t in duty.tasks
            ],
            "routing": [
                (r.category_code, r.lead_code, ";".join(r.assist_codes), str(r.priority))
                for r in duty.routing
            ],
        }
        for key, table in self.tables.items():
            table.setRowCount(0)
            for values in rows[key]:
                self._append(table, values)
            table.resizeColumnsToContents()
        self.loaded = True

    def _append(self, table: QTableWidget, values: tuple[Any, ...]) -> None:
        r = table.rowCount()
        table.insertRow(r)
        for c, v in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(str(v)))

    def _add_row(self) -> None:
        table = self.tables[list(self.tables)[self.tabs.currentIndex()]]
        self._append(table, ("",) * table.columnCount())
        table.scrollToBottom()
        table.setCurrentCell(table.rowCount() - 1, 0)

    def rows(self) -> dict[str, list[tuple[int, list[str]]]]:
        """Return the tables' contents, numbered like the rows of an exported sheet."""
        out: dict[str, list[tuple[int, list[str]]]] = {}
        for key, table in self.tables.items():
            body = []
            for r in range(table.rowCount()):
                cells = [
                    (table.item(r, c).text() if table.item(r, c) else "")
                    for c in range(table.columnCount())
                ]
                if any(x.strip() for x in cells):
                    body.append((r + 2, cells))
            out[key] = body
        return out

    def save_edits(self) -> None:
        """Check and save every table; on any wrong row nothing is saved and the rows are listed."""
        rows, actor = self.rows(), self.ctx.actor()
        run_op(
            self,
            self.ctx,
            lambda s: duty_list.save_rows(s, rows=rows, actor=actor),
            on_success=self._show_report,
            changes={"reference"},
        )

    def _show_report(self, report: ImportReport) -> None:
        if report.imported:
            counts = self.tr("，").join(
                self.tr("{0}{1}条").format(self.tr(k), n) for k, n in report.counts
            )
            self.report.setStyleSheet(message_style("success"))
            self.report.setText(self.tr("已保存：") + counts)
            self.reload()
            return
        self.report.setStyleSheet(message_style("error"))
        lines = [
            self.tr("{0} 第{1}行：{2}").format(self.tr(p.sheet), p.row, service_text(p.message))
            for p in report.problems[:12]
        ]
        more = len(report.problems) - len(lines)
        self.report.setText(
            self.tr("有错误，未导入任何数据：")
            + "<br>"
            + "<br>".join(lines)
            + (self.tr("<br>……另有{0}处错误").format(more) if more > 0 else "")
        )

    def import_file(self, path: Path) -> None:
        """Import a workbook: all rows or none, with the problems listed below the tables."""
        data, actor = path.read_bytes(), self.ctx.actor()
        run_op(
            self,
            self.ctx,
            lambda s: duty_list.import_xlsx(s, data=data, actor=actor),
            on_success=self._show_report,
            changes={"reference"},
        )

    def export_file(self, path: Path) -> None:
        """Write the duty list to `path` as an Excel workbook."""

        actor = self.ctx.actor()

        def write(s: Any) -> Path:
            with path.open("wb") as fh:
                duty_list.export_xlsx(s, fh, actor=actor)
            return path

        run_op(self, self.ctx, write, on_success=lambda p: self.report.setText(
            self.tr("已导出到 {0}").format(p)))  # fmt: skip

    def _pick_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("导入职责清单"), "", self.tr("Excel 工作簿 (*.xlsx)")
        )
        if name:
            self.import_file(Path(name))

    def _pick_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出职责清单"), "职责清单.xlsx", self.tr("Excel 工作簿 (*.xlsx)")
        )
        if name:
            self.export_file(Path(name))
