"""The roster's Excel actions: template, import with a progress bar and a row-by-row report, export.

The functions handed to the database worker take plain values (a path, an org code) and never a
widget; the file dialogs and the report run on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.transfer import ImportReport
from app.services.grid import excel
from app.views.context import AppContext
from app.views.operations import Progress, run_long_op, run_op
from app.views.palette import message_style
from app.views.service_messages import service_text

# What the import counted (keys of ImportReport.counts), for lupdate.
COUNT_LABELS = (
    QT_TRANSLATE_NOOP("RosterExcel", "新增网格"),
    QT_TRANSLATE_NOOP("RosterExcel", "更新网格"),
    QT_TRANSLATE_NOOP("RosterExcel", "新增网格员"),
    QT_TRANSLATE_NOOP("RosterExcel", "更新网格员"),
    QT_TRANSLATE_NOOP("RosterExcel", "新分配"),
    QT_TRANSLATE_NOOP("RosterExcel", "网格"),
    QT_TRANSLATE_NOOP("RosterExcel", "网格员"),
)


translate = QCoreApplication.translate  # lupdate reads the literal context of each call


def _tr(text: str) -> str:
    return translate("RosterExcel", text)


class ImportReportDialog(QDialog):
    """What an import did, or every wrong row (sheet, row, problem) when it imported nothing."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterImportReport")
        self.setWindowTitle(self.tr("导入花名册"))
        self.resize(760, 480)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(report.problems), 3, self)
        self.table.setObjectName("importProblems")
        self.table.setHorizontalHeaderLabels([self.tr("工作表"), self.tr("行"), self.tr("问题")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for r, p in enumerate(report.problems):
            cells = (_tr(p.sheet), str(p.row), service_text(p.message))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        if report.imported:
            self.summary.setStyleSheet(message_style("success", size_pt=13))
            self.summary.setText(
                self.tr("已全部导入：")
                + self.tr("，").join(self.tr("{0} {1}").format(_tr(k), n) for k, n in report.counts)
            )
            self.table.hide()
        else:
            self.summary.setStyleSheet(message_style("error", size_pt=13))
            rows = len({(p.sheet, p.row) for p in report.problems})
            self.summary.setText(
                self.tr(
                    "有 {rows} 行共 {n} 处错误，未导入任何数据。请在Excel中改正下列各行后重新导入。"
                ).format(rows=rows, n=len(report.problems))
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


def save_template(parent: QWidget, path: Path | None = None) -> Path | None:
    """Write the empty roster workbook where the user picks (or to `path`)."""
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("RosterExcel", "下载花名册模板"),
            translate("RosterExcel", "网格花名册模板.xlsx"),
            translate("RosterExcel", "Excel 工作簿 (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name)
    with path.open("wb") as out:
        excel.write_template(out)
    return path


def import_roster(
    parent: QWidget, ctx: AppContext, path: Path | None = None
) -> QProgressDialog | None:
    """Import a roster workbook with a progress bar; show the report when it is done."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("RosterExcel", "导入花名册"),
            "",
            translate("RosterExcel", "Excel 工作簿 (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name)
    source, org, actor = Path(path), ctx.user.org_code, ctx.actor()

    def work(s: Any, progress: Progress) -> ImportReport:
        data = source.read_bytes()
        return excel.import_roster(
            s,
            data=data,
            org_code=org,
            actor=actor,
            progress=lambda done, total: progress(done, total),
        )

    def done(report: ImportReport) -> None:
        dialog = ImportReportDialog(report, parent)
        parent.setProperty("importReport", dialog)  # reachable for tests
        dialog.open()

    return run_long_op(
        parent,
        ctx,
        translate("RosterExcel", "正在读取并检查花名册……"),
        work,
        on_success=done,
        changes={"grid"},
    )


def export_roster(parent: QWidget, ctx: AppContext, path: Path | None = None) -> None:
    """Write the current roster (grids and workers serving today) to an Excel workbook."""
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("RosterExcel", "导出花名册"),
            translate("RosterExcel", "网格花名册.xlsx"),
            translate("RosterExcel", "Excel 工作簿 (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name)
    target, org, actor = Path(path), ctx.user.org_code, ctx.actor()

    def write(s: Any) -> tuple[int, int]:
        with target.open("wb") as out:
            return excel.export_roster(s, org_code=org, out=out, actor=actor)

    def done(counts: tuple[int, int]) -> None:
        box = QMessageBox(parent)
        box.setObjectName("rosterExported")
        box.setWindowTitle(translate("RosterExcel", "导出花名册"))
        box.setText(
            translate("RosterExcel", "已导出 {grids} 个网格、{workers} 名网格员到\n{path}").format(
                grids=counts[0], workers=counts[1], path=target
            )
        )
        box.open()

    run_op(parent, ctx, write, on_success=done)
