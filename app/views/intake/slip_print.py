"""Open the print preview of a case's window slip and log the print on the case."""

from __future__ import annotations

import io

from PySide6.QtWidgets import QWidget

from app.domain.printables import Paper
from app.reports import PAPERS, render
from app.services import slips
from app.views.context import AppContext
from app.views.operations import run_op
from app.views.widgets.print_preview import PrintPreviewDialog


def open_slip_preview(parent: QWidget, ctx: AppContext, slip: slips.Slip) -> PrintPreviewDialog:
    """Show the preview (non-blocking); every print or save is recorded as a `print` event."""

    def pdf(paper: Paper) -> bytes:
        buf = io.BytesIO()
        render(slip.kind, slip.view, buf, paper=paper)
        return buf.getvalue()

    title = slip.title + (parent.tr("（补打）") if slip.prints_so_far else "")
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
