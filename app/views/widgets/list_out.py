"""导出 Excel / 打印 for any list on screen: one pair of buttons, the work off the UI thread.

A page hands `ListOutButtons` a `source()` called on the UI thread: it reads the filters into
plain values and returns `job(session, progress) -> ListTable` for the database worker (for a
list the screen holds whole, `table_from_view` copies it into a ListTable right away). The
export and the print are audited by app.services.lists.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.domain.lists import Column, ListTable
from app.domain.printables import Paper
from app.views.context import AppContext
from app.views.operations import Progress, run_long_op
from app.views.widgets.print_preview import PrintPreviewDialog

translate = QCoreApplication.translate
Job = Callable[[Any, Progress], ListTable]  # (session, progress) on the database worker
Source = Callable[[], Job]


def table_from_view(
    view: QAbstractItemView,
    *,
    title: str,
    kind: str,
    filters: tuple[tuple[str, str], ...] = (),
) -> ListTable:
    """Return the rows a table view shows (visible columns, display text) as a ListTable."""
    model = view.model()
    header = getattr(view, "horizontalHeader", lambda: None)()
    cols = [
        c for c in range(model.columnCount()) if header is None or not header.isSectionHidden(c)
    ]
    widths = [max(40, view.columnWidth(c)) if hasattr(view, "columnWidth") else 100 for c in cols]
    unit = min(widths) if widths else 1
    columns = tuple(
        Column(
            str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""),
            round(w / unit, 2),
        )
        for c, w in zip(cols, widths, strict=True)
    )
    rows = tuple(
        tuple(str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) or "") for c in cols)
        for r in range(model.rowCount())
    )
    return ListTable(
        title=title,
        columns=columns,
        rows=rows,
        filters=filters,
        generated_at=datetime.now().replace(microsecond=0),
        kind=kind,
    )


def fixed(table: ListTable) -> Job:
    """Return a job that hands back `table` as it is (a list the screen holds whole)."""

    def job(_session: Any, _progress: Progress) -> ListTable:
        return table

    return job


class ListOutButtons(QWidget):
    """The 导出Excel… and 打印… buttons of one list."""

    sig_exported = Signal(str)  # path
    sig_previewed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        source: Source,
        *,
        file_stem: str,
        label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source = source
        self.file_stem = file_stem
        self.preview: PrintPreviewDialog | None = None
        self.progress: Any = None
        self.export_button = QPushButton(self.tr("导出Excel…"), self)
        self.export_button.setToolTip(self.tr("把当前清单（含筛选条件）导出为 Excel 工作簿"))
        self.print_button = QPushButton(self.tr("打印清单…"), self)
        self.print_button.setToolTip(self.tr("按A4横向表格预览并打印当前清单"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        if label:
            row.addWidget(QLabel(label, self))
        row.addWidget(self.export_button)
        row.addWidget(self.print_button)
        self.export_button.clicked.connect(self._ask_export)
        self.print_button.clicked.connect(self.print_preview)

    def _ask_export(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("导出Excel"),
            str(Path.home() / f"{self.file_stem}-{stamp}.xlsx"),
            self.tr("Excel 工作簿 (*.xlsx)"),
        )
        if path:
            self.export_to(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def export_to(self, path: Path) -> None:
        """Build the list and write it to `path` in the background, with progress."""
        job = self.source()
        actor = self.ctx.actor()
        org = self.ctx.user.org_code
        busy = translate("ListOut", "正在导出…")

        def work(session: Any, progress: Progress) -> tuple[str, int]:
            from app.reports.list_xlsx import write_list_xlsx
            from app.services.lists import log_list_out

            progress(0, 0, busy)
            table = job(session, progress)
            write_list_xlsx(table, path)
            log_list_out(session, table, fmt="xlsx", actor=actor, org_code=org)
            return str(path), len(table.rows)

        self.progress = run_long_op(
            self, self.ctx, self.tr("正在导出Excel"), work, on_success=self._exported
        )

    def _exported(self, result: tuple[str, int]) -> None:
        path, n = result
        self.ctx.bus.sig_notify.emit(
            self.tr("导出完成"), self.tr("已导出 {n} 条：{path}").format(n=n, path=path)
        )
        self.sig_exported.emit(path)

    def print_preview(self) -> None:
        """Build the list as an A4 landscape table and open the print preview."""
        job = self.source()
        actor = self.ctx.actor()
        org = self.ctx.user.org_code

        def work(session: Any, progress: Progress) -> tuple[str, bytes]:
            from app.reports.list_table import render_list_pdf
            from app.services.lists import is_demo_db, log_list_out

            table = job(session, progress)
            buf = io.BytesIO()
            render_list_pdf(table, buf, is_demo=is_demo_db(session))
            log_list_out(session, table, fmt="pdf", actor=actor, org_code=org)
            return table.title, buf.getvalue()

        self.progress = run_long_op(
            self, self.ctx, self.tr("正在生成打印清单"), work, on_success=self._show_preview
        )

    def _show_preview(self, result: tuple[str, bytes]) -> None:
        title, pdf = result
        self.preview = PrintPreviewDialog(
            title,
            lambda _paper: pdf,
            (Paper.A4,),
            pdf_fallback_dir=self.ctx.settings.data_dir / "prints",
            file_stem=self.file_stem,
            parent=self,
        )
        self.preview.open()
        self.sig_previewed.emit()
