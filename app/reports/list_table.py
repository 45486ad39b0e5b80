"""Any list (`ListTable`) as an A4 landscape PDF table: title, filters, the header row repeated
on every page, and "第 n 页 / 共 m 页" at the foot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from app.domain.lists import ListTable, cell_text
from app.domain.printables import Paper
from app.reports.fonts import font_set, plain
from app.reports.layout import _draw_watermark, grid_table, para, styles
from app.reports.textline import Title

PAGE = landscape(A4)
MARGIN = 12 * mm
FOOT = 10 * mm
SCALE = 0.72  # 11 pt × 0.72 ≈ 8 pt: a dozen columns across a landscape page


def _numbered_canvas(footer: str, is_demo: bool) -> type[Canvas]:
    """Return a canvas class that writes "第 n 页 / 共 m 页" once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._foot(total)
                super().showPage()
            super().save()

        def _foot(self, total: int) -> None:
            self.saveState()
            self.setFont(font_set().main, 8)
            self.setFillColor(colors.Color(0.35, 0.35, 0.35))
            self.drawString(MARGIN, FOOT / 2, plain(footer))
            self.drawRightString(
                PAGE[0] - MARGIN, FOOT / 2, f"第 {self._pageNumber} 页 / 共 {total} 页"
            )
            self.restoreState()
            if is_demo:
                _draw_watermark(self, PAGE[0], PAGE[1], PAGE[1] / 6.5)

    return NumberedCanvas


def _widths(table: ListTable, total: float) -> list[float]:
    weights = [max(c.width, 0.3) for c in table.columns] or [1.0]
    scale = total / sum(weights)
    return [w * scale for w in weights]


def render_list_pdf(
    table: ListTable,
    out: BinaryIO,
    *,
    scope_name: str = "",
    is_demo: bool = False,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write `table` as an A4 landscape PDF to `out`; return its number of pages."""
    tick = progress or (lambda _p: None)
    st = styles(Paper.A4, scale=SCALE)
    frame_w = PAGE[0] - 2 * MARGIN
    title = f"{scope_name}{table.title}" if scope_name else table.title
    bits = [f"{label}：{value}" for label, value in table.filters]
    if table.generated_at is not None:
        bits.append(f"导出时间：{table.generated_at:%Y-%m-%d %H:%M}")
    bits.append(f"共 {len(table.rows)} 条")
    story: list[Flowable] = [Title(title, 14.0), para("　".join(bits), st.small), Spacer(1, 2 * mm)]
    tick(10)
    head: list[object] = list(table.headers)
    body: list[list[object]] = [head]
    body += [[cell_text(v) for v in row] for row in table.rows]
    if len(body) == 1:
        body.append(["（无记录）", *([""] * (len(head) - 1))])
    tick(30)
    story.append(grid_table(body, _widths(table, frame_w), st, label_cols=(), header=True))
    tick(50)
    doc = BaseDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=FOOT + 4 * mm,
        title=title,
        author=scope_name or "一站",
        creator="一站",
        subject=table.title,
    )
    frame = Frame(
        MARGIN,
        FOOT + 4 * mm,
        frame_w,
        PAGE[1] - MARGIN - FOOT - 4 * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate("page", [frame])])
    doc.build(story, canvasmaker=_numbered_canvas(title, is_demo))
    tick(100)
    return int(doc.page)
