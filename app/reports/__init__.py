"""Printable documents: pure reportlab renderers from frozen views to PDF (no Session, no Qt).

Callers render by name: `RENDERERS["receipt"](view, out, paper=Paper.A5)`; `PAPERS[kind]` lists
the papers a document supports, the first being its default.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

from app.domain.printables import Paper
from app.reports.mediation import render_mediation_agreement
from app.reports.notice import render_extension_notice, render_notice
from app.reports.receipt import render_receipt
from app.reports.records import render_performance_report, render_revisit_record
from app.reports.slips import render_assignment_slip, render_supervision_slip

Renderer = Callable[..., None]

RENDERERS: dict[str, Renderer] = {
    "receipt": render_receipt,
    "notice": render_notice,
    "assignment": render_assignment_slip,
    "supervision": render_supervision_slip,
    "extension": render_extension_notice,
    "mediation_agreement": render_mediation_agreement,
    "revisit": render_revisit_record,
    "performance": render_performance_report,
}

PAPERS: dict[str, tuple[Paper, ...]] = {
    "receipt": (Paper.A5, Paper.A4, Paper.ROLL80),
    "notice": (Paper.A4, Paper.A5, Paper.ROLL80),
    "assignment": (Paper.A4,),
    "supervision": (Paper.A4,),
    "extension": (Paper.A4,),
    "mediation_agreement": (Paper.A4,),
    "revisit": (Paper.A4,),
    "performance": (Paper.A4,),
}

TITLES: dict[str, str] = {
    "receipt": "受理回执",
    "notice": "不予受理/移送告知书",
    "assignment": "交办单",
    "supervision": "督办单",
    "extension": "延期告知书",
    "mediation_agreement": "调解协议书",
    "revisit": "回访记录",
    "performance": "履职评价排名",
}


def render(kind: str, view: Any, out: BinaryIO, *, paper: Paper | None = None) -> None:
    """Render document `kind` of `view` to `out` on `paper` (default: its usual paper)."""
    try:
        renderer = RENDERERS[kind]
    except KeyError:
        raise ValueError(f"未知的打印文书类型：{kind}") from None
    chosen = paper or PAPERS[kind][0]
    if chosen not in PAPERS[kind]:
        raise ValueError(f"{TITLES[kind]}不支持纸张 {chosen}")
    renderer(view, out, paper=chosen)


__all__ = ["PAPERS", "RENDERERS", "TITLES", "Renderer", "render"]
