"""Page geometry, paragraph styles and the shared building blocks of every printable."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import BinaryIO
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from app.domain.printables import Paper
from app.reports import rl_setup
from app.reports.fonts import font_set, markup, plain
from app.reports.textline import TextLine, plain_line_style

rl_setup.configure()

LOCAL_TZ = ZoneInfo("Asia/Shanghai")
ROLL_WIDTH = 80 * mm
# PDF viewers and printer drivers cap a page side at 200 in; a longer roll slip continues on a
# second roll page instead of being cut.
MAX_ROLL_HEIGHT = 200 * 72.0
WATERMARK = "示例数据"
LABEL_BG = colors.Color(0.94, 0.94, 0.94)
GRID = colors.Color(0.25, 0.25, 0.25)


@dataclass(frozen=True)
class Geometry:
    """Size and margins of one paper, and the base type size used on it."""

    width: float
    height: float  # 0 for the roll: fitted to the content
    left: float
    right: float
    top: float
    bottom: float
    font_size: float

    @property
    def frame_width(self) -> float:
        """Return the width available to the content."""
        return self.width - self.left - self.right


GEOMETRY = {
    Paper.A4: Geometry(A4[0], A4[1], 22 * mm, 22 * mm, 20 * mm, 20 * mm, 11.0),
    Paper.A5: Geometry(A5[0], A5[1], 12 * mm, 12 * mm, 11 * mm, 13 * mm, 9.0),
    Paper.ROLL80: Geometry(ROLL_WIDTH, 0.0, 4 * mm, 4 * mm, 4 * mm, 8 * mm, 8.5),
}


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one paper."""

    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    label: ParagraphStyle
    center: ParagraphStyle
    right: ParagraphStyle
    heading: ParagraphStyle
    subtitle: ParagraphStyle
    big: ParagraphStyle
    size: float


def styles(paper: Paper, scale: float = 1.0) -> Styles:
    """Return the paragraph styles for `paper` (optionally scaled, e.g. for a dense table)."""
    s = GEOMETRY[paper].font_size * scale
    name = font_set().main

    def mk(tag: str, size: float, **kw: object) -> ParagraphStyle:
        base = {"fontName": name, "fontSize": size, "leading": size * 1.5, "wordWrap": "CJK"}
        base.update(kw)
        return ParagraphStyle(f"{paper}-{tag}-{scale}", **base)

    return Styles(
        body=mk("body", s, firstLineIndent=0, spaceAfter=s * 0.3),
        small=mk("small", s * 0.85, leading=s * 0.85 * 1.45, textColor=colors.Color(0.2, 0.2, 0.2)),
        cell=mk("cell", s, leading=s * 1.35),
        label=mk("label", s, leading=s * 1.35, alignment=TA_CENTER),
        center=mk("center", s, alignment=TA_CENTER),
        right=mk("right", s, alignment=TA_RIGHT),
        heading=mk("heading", s * 1.1, spaceBefore=s * 0.6, spaceAfter=s * 0.2, alignment=TA_LEFT),
        subtitle=mk("subtitle", s * 0.95, alignment=TA_CENTER, spaceAfter=s * 0.4),
        big=mk("big", s * 1.5, leading=s * 1.9),
        size=s,
    )


def para(text: str, style: ParagraphStyle) -> Flowable:
    """Return a paragraph printing `text` literally (markup characters stay characters).

    A short plain line (the common case: names, numbers, labels) is drawn as a `TextLine`,
    which sets it exactly where the Paragraph would, without parsing or breaking it.
    """
    fonts = font_set()
    if (
        len(text) <= 60
        and text == " ".join(text.split())  # no line break, tab or space Paragraph would fold
        and text.isprintable()
        and style.fontName == fonts.main
        and all(ord(ch) in fonts.main_cmap for ch in text)
        and plain_line_style(style)
    ):
        return TextLine(text, markup(text), style)
    return Paragraph(markup(text), style)


def fmt_dt(value: datetime | None) -> str:
    """Return a time as 2026年11月27日 14:05 in China time (naive values are taken as local)."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone(LOCAL_TZ)
    return f"{value.year}年{value.month}月{value.day}日 {value:%H:%M}"


def fmt_date(value: date | datetime | None) -> str:
    """Return a calendar date as 2026年11月27日 (China time for datetimes)."""
    if value is None:
        return ""
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone(LOCAL_TZ)
    return f"{value.year}年{value.month}月{value.day}日"


def grid_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    st: Styles,
    *,
    label_cols: Sequence[int] = (0,),
    spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
    header: bool = False,
    center_cols: Sequence[int] = (),
    min_heights: Sequence[float] | None = None,
    overflow: list[tuple[str, str]] | None = None,
    max_cell_height: float = 0.0,
) -> Table:
    """Return a ruled table; str cells become wrapped paragraphs, label columns are shaded.

    A table row cannot break across pages, so with `overflow` given, a cell whose text would
    stand taller than `max_cell_height` says 见表后全文 and (row label, text) is appended to
    `overflow` for the caller to print after the table (see `overflow_sections`).
    """
    span_width = {start: sum(widths[start[0] : end[0] + 1]) for start, end in spans}
    fonts = font_set()
    data = []
    centred_cells = []
    for r, row in enumerate(rows):
        cells: list[object] = []
        for c, cell in enumerate(row):
            if not isinstance(cell, str):
                cells.append(cell)
                continue
            centred = c in label_cols or c in center_cols or (header and r == 0)
            if centred:
                centred_cells.append((c, r))
            inner = span_width.get((c, r), widths[c]) - st.size * 0.8
            # A one-line text the main font can draw goes in as a plain string: the table
            # draws it directly, several times cheaper than parsing and wrapping a Paragraph.
            if (
                len(cell) < 60
                and "\n" not in cell
                and all(ord(ch) in fonts.main_cmap for ch in cell)
                and stringWidth(cell, fonts.main, st.size) <= inner
            ):
                cells.append(cell)
                continue
            style = st.label if centred else st.cell
            p = para(cell, style)
            if overflow is not None and len(cell) > 120 and p.wrap(inner, 1e9)[1] > max_cell_height:
                overflow.append((str(row[0]), cell))
                p = para(f"（内容较长，见表后“{row[0]}”全文）", style)
            cells.append(p)
        data.append(cells)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.main, st.size, st.size * 1.35),
        *(("ALIGN", cell, cell, "CENTER") for cell in centred_cells),
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), st.size * 0.3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), st.size * 0.35),
        ("LEFTPADDING", (0, 0), (-1, -1), st.size * 0.4),
        ("RIGHTPADDING", (0, 0), (-1, -1), st.size * 0.4),
    ]
    covered = {
        (c, r)
        for (c0, r0), (c1, r1) in spans
        for c in range(c0, c1 + 1)
        for r in range(r0, r1 + 1)
        if (c, r) != (c0, r0)
    }
    for c in label_cols:
        for r in range(len(rows)):
            if (c, r) not in covered:  # a label column cell swallowed by a span stays white
                commands.append(("BACKGROUND", (c, r), (c, r), LABEL_BG))
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), LABEL_BG))
    for start, end in spans:
        commands.append(("SPAN", start, end))
    table = Table(
        data,
        colWidths=list(widths),
        repeatRows=1 if header else 0,
        minRowHeights=list(min_heights) if min_heights else None,
    )
    table.setStyle(TableStyle(commands))
    return table


def overflow_sections(overflow: list[tuple[str, str]], st: Styles) -> list[Flowable]:
    """Return the full texts moved out of a table, each under its row label."""
    story: list[Flowable] = []
    for label, text in overflow:
        story.append(para(f"{label}（全文）", st.heading))
        story.append(para(text, st.body))
    return story


def cell_limit(paper: Paper) -> float:
    """Return the tallest a table cell may grow before its text moves below the table."""
    geo = GEOMETRY[paper]
    height = geo.height or MAX_ROLL_HEIGHT / 4
    return (height - geo.top - geo.bottom) * 0.3


def signature_lines(labels: Sequence[str], st: Styles, width: float, *, per_row: int = 2) -> Table:
    """Return signature blocks: a label, a rule to sign on and a date line beneath it."""
    widest = max(stringWidth(f"{lb}：", font_set().main, st.size) for lb in labels)
    col = width / per_row
    label_w = min(widest + st.size, col * 0.7)
    blocks: list[list[object]] = []
    for i in range(0, len(labels), per_row):
        names: list[object] = []
        dates: list[object] = []
        for label in labels[i : i + per_row]:
            names += [para(f"{label}：", st.cell), ""]
            dates += [TextLine(_DATE_TEXT, _DATE_LINE, st.right), ""]
        pad = per_row * 2 - len(names)
        blocks += [names + [""] * pad, dates + [""] * pad]
    widths = [label_w, col - label_w] * per_row
    commands: list[tuple[object, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), st.size * 0.8),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]
    for r in range(0, len(blocks), 2):
        commands.append(("TOPPADDING", (0, r), (-1, r), st.size * 1.8))
        for c in range(1, per_row * 2, 2):
            if blocks[r][c - 1] != "":
                commands.append(("LINEBELOW", (c, r), (c, r), 0.6, GRID))
                # the date line spans label and rule so it never wraps in a narrow column
                commands.append(("SPAN", (c - 1, r + 1), (c, r + 1)))
    table = Table(blocks, colWidths=widths)
    table.setStyle(TableStyle(commands))
    return table


# Constant markup (not user text), so the non-breaking spaces survive paragraph whitespace folding.
_DATE_LINE = "&nbsp;" * 6 + "年" + "&nbsp;" * 4 + "月" + "&nbsp;" * 4 + "日"
_DATE_TEXT = "\xa0" * 6 + "年" + "\xa0" * 4 + "月" + "\xa0" * 4 + "日"  # the same, as text


def _draw_watermark(canv: Canvas, width: float, height: float, size: float) -> None:
    """Stamp 示例数据 diagonally across the page, translucent, over the content."""
    canv.saveState()
    canv.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.16))
    canv.setFont(font_set().main, size)
    step_y = size * 3.6
    y = step_y * 0.5
    while y < height:
        canv.saveState()
        canv.translate(width / 2, y)
        canv.rotate(28)
        canv.drawCentredString(0, -size / 3, WATERMARK)
        canv.restoreState()
        y += step_y
    canv.restoreState()


def build_pdf(
    out: BinaryIO,
    story: list[Flowable],
    *,
    paper: Paper,
    title: str,
    author: str,
    is_demo: bool,
    footer: str = "",
) -> int:
    """Lay `story` out on `paper`, write the PDF to `out` and return its number of pages.

    The roll's height fits the content."""
    geo = GEOMETRY[paper]
    height = geo.height or _roll_height(story, geo)
    mark_size = min(geo.width, height) / 6.5 if paper is not Paper.ROLL80 else 30.0

    def on_page_end(canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFont(font_set().main, geo.font_size * 0.75)
        canv.setFillColor(colors.Color(0.35, 0.35, 0.35))
        page_label = f"第 {doc.page} 页"
        if paper is Paper.ROLL80:
            if doc.page > 1 or height >= MAX_ROLL_HEIGHT:
                canv.drawCentredString(geo.width / 2, geo.bottom / 2, page_label)
        else:
            canv.drawString(geo.left, geo.bottom / 2, plain(footer))
            canv.drawRightString(geo.width - geo.right, geo.bottom / 2, page_label)
        canv.restoreState()
        if is_demo:
            _draw_watermark(canv, geo.width, height, mark_size)

    doc = BaseDocTemplate(
        out,
        pagesize=(geo.width, height),
        leftMargin=geo.left,
        rightMargin=geo.right,
        topMargin=geo.top,
        bottomMargin=geo.bottom,
        title=title,
        author=author,
        creator="一站",
        subject=title,
    )
    frame = Frame(
        geo.left,
        geo.bottom,
        geo.frame_width,
        height - geo.top - geo.bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate("page", [frame], onPageEnd=on_page_end)])
    doc.build(story)
    return int(doc.page)


def _roll_height(story: list[Flowable], geo: Geometry) -> float:
    """Return the roll page height that holds the whole story (capped at the PDF limit)."""
    total = 0.0
    prev_after = 0.0
    for f in story:
        _, h = f.wrap(geo.frame_width, MAX_ROLL_HEIGHT)
        before = f.getSpaceBefore()
        # platypus collapses adjacent spacing to the larger of the two
        total += h + max(before, prev_after) if total else h
        prev_after = f.getSpaceAfter()
    total += prev_after + geo.top + geo.bottom + 6.0
    return min(total, MAX_ROLL_HEIGHT)
