"""Open the print preview of a case's window slip and log the print on the case."""

from __future__ import annotations

import io

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.printables import Paper
from app.reports import PAPERS, render
from app.services.intake import slips
from app.views.context import AppContext
from app.views.operations import run_op
from app.views.widgets.print_preview import PrintPreviewDialog

# The titles app.services.intake.slips gives its slips (the documents stay Chinese; the window title
# follows the UI language).
TITLES = (
    QT_TRANSLATE_NOOP("SlipPrint", "受理回执"),
    QT_TRANSLATE_NOOP("SlipPrint", "不予受理告知书"),
    QT_TRANSLATE_NOOP("SlipPrint", "移送告知书"),
)


def open_slip_preview(parent: QWidget, ctx: AppContext, slip: slips.Slip) -> PrintPreviewDialog:
    """Show the preview (non-blocking); every print or save is recorded as a `print` event."""

    def pdf(paper: Paper) -> bytes:
        buf = io.BytesIO()
        render(slip.kind, slip.view, buf, paper=paper)
        return buf.getvalue()

    title = QCoreApplication.translate("SlipPrint", slip.title)
    if slip.prints_so_far:
        title += QCoreApplication.translate("SlipPrint", "（补打）")
    dialog = PrintPreviewDialog(
        title,
        pdf,
        PAPERS[slip.kind],
        parent=parent,
        pdf_fallback_dir=ctx.settings.data_dir / "prints",
        file_stem=f"{slip.case_no}-{slip.kind}",
    )
    actor = ctx.actor()

    def log_print(paper: str, copies: int) -> None:
        run_op(
            parent,
            ctx,
            lambda s: slips.record_print(
                s,
                case_id=slip.case_id,
                document=slip.kind,
                paper=paper,
                copies=copies,
                actor=actor,
            ),
            changes=("case",),
        )

    dialog.sig_printed.connect(log_print)
    dialog.open()
    return dialog
