"""Printable documents: pure reportlab renderers from frozen views to PDF (no Session, no Qt).

Callers render by name: `RENDERERS["receipt"](view, out, paper=Paper.A5)`; `PAPERS[kind]` lists
the papers a document supports, the first being its default.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, BinaryIO

from app.domain.printables import Paper

Renderer = Callable[..., None]

# Where each renderer lives: reportlab (about 25 MB and 0.1 s) loads with the first print, not
# when a screen that can print is built.
_RENDERER_PATHS: dict[str, tuple[str, str]] = {
    "receipt": ("app.reports.receipt", "render_receipt"),
    "notice": ("app.reports.notice", "render_notice"),
    "assignment": ("app.reports.slips", "render_assignment_slip"),
    "supervision": ("app.reports.slips", "render_supervision_slip"),
    "extension": ("app.reports.notice", "render_extension_notice"),
    "mediation_agreement": ("app.reports.mediation", "render_mediation_agreement"),
    "revisit": ("app.reports.records", "render_revisit_record"),
    "performance": ("app.reports.records", "render_performance_report"),
    "acceptance_notice": ("app.reports.petition", "render_petition_notice"),
    "petition_opinion": ("app.reports.petition", "render_petition_notice"),
    "review_request": ("app.reports.petition", "render_petition_notice"),
    "review_opinion": ("app.reports.petition", "render_petition_notice"),
    "recheck_request": ("app.reports.petition", "render_petition_notice"),
    "recheck_opinion": ("app.reports.petition", "render_petition_notice"),
    "petition_final": ("app.reports.petition", "render_petition_notice"),
}


def renderer(kind: str) -> Renderer:
    """Return the renderer of document `kind`, importing its module now."""
    module, name = _RENDERER_PATHS[kind]
    found: Renderer = getattr(importlib.import_module(module), name)
    return found


def __getattr__(name: str) -> Any:
    """`RENDERERS`: every renderer by kind (imports them all; `render` imports one)."""
    if name == "RENDERERS":
        return {kind: renderer(kind) for kind in _RENDERER_PATHS}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


PAPERS: dict[str, tuple[Paper, ...]] = {
    "receipt": (Paper.A5, Paper.A4, Paper.ROLL80),
    "notice": (Paper.A4, Paper.A5, Paper.ROLL80),
    "assignment": (Paper.A4,),
    "supervision": (Paper.A4,),
    "extension": (Paper.A4,),
    "mediation_agreement": (Paper.A4,),
    "revisit": (Paper.A4,),
    "performance": (Paper.A4,),
    "acceptance_notice": (Paper.A4,),
    "petition_opinion": (Paper.A4,),
    "review_request": (Paper.A4,),
    "review_opinion": (Paper.A4,),
    "recheck_request": (Paper.A4,),
    "recheck_opinion": (Paper.A4,),
    "petition_final": (Paper.A4,),
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
    "acceptance_notice": "受理/不予受理告知书",
    "petition_opinion": "信访事项处理意见书",
    "review_request": "复查受理告知书",
    "review_opinion": "复查意见书",
    "recheck_request": "复核受理告知书",
    "recheck_opinion": "复核意见书",
    "petition_final": "信访终结告知书",
}


def render(kind: str, view: Any, out: BinaryIO, *, paper: Paper | None = None) -> None:
    """Render document `kind` of `view` to `out` on `paper` (default: its usual paper)."""
    if kind not in _RENDERER_PATHS:
        raise ValueError(f"未知的打印文书类型：{kind}")
    chosen = paper or PAPERS[kind][0]
    if chosen not in PAPERS[kind]:
        raise ValueError(f"{TITLES[kind]}不支持纸张 {chosen}")
    renderer(kind)(view, out, paper=chosen)


__all__ = ["PAPERS", "RENDERERS", "TITLES", "Renderer", "render", "renderer"]
