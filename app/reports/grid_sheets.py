"""Grid printables: the roster sheet (网格员花名册), the weekly and monthly duty sheets (值班表,
A4 landscape, the same days × (shift, post) as the month view) and grid notices.

The public notice board (网格公示牌) shows each worker's real work phone and the complaint line:
posting them is what the grid regulations require, so nothing on it is masked.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.grid import (
    SHEET_COLUMNS,
    DutySheetView,
    GridNoticeView,
    RosterSheetView,
    sheet_column,
)
from app.domain.printables import Paper
from app.reports.fonts import font_set, plain
from app.reports.layout import (
    GEOMETRY,
    GRID,
    LABEL_BG,
    Styles,
    _draw_watermark,
    build_pdf,
    fmt_date,
    grid_table,
    para,
    styles,
)
from app.reports.textline import Title

ROSTER_MARGIN = 14 * mm
# Column shares of the landscape roster: 序号 村/社区 网格 姓名 岗位 联系电话 任职日期 签字/备注
_ROSTER_SHARES = (0.06, 0.15, 0.19, 0.11, 0.12, 0.15, 0.12, 0.10)
_ROSTER_HEAD = ("序号", "村/社区", "网格名称", "姓名", "岗位", "联系电话", "任职日期", "备注")


def roster_story(view: RosterSheetView, st: Styles, width: float) -> list[Flowable]:
    """Return the flowables of the roster sheet: title, date line and the ruled table."""
    rows: list[Sequence[object]] = [_ROSTER_HEAD]
    for i, r in enumerate(view.rows, start=1):
        rows.append(
            (
                str(i),
                r.village_name or "—",
                r.grid_name,
                r.worker_name,
                r.post,
                r.phone,
                fmt_date(r.start_date) if r.start_date else "",
                "",
            )
        )
    widths = [width * share for share in _ROSTER_SHARES]
    table = grid_table(rows, widths, st, label_cols=(), header=True, center_cols=(0, 4))
    grids = len({r.grid_name for r in view.rows})
    workers = sum(1 for r in view.rows if r.post)
    return [
        Title(f"{view.town_name}网格员花名册", st.size * 1.9, spacing=2),
        Spacer(1, 2 * mm),
        para(
            f"截至{fmt_date(view.as_of)}　共{grids}个网格、{workers}人次在岗",
            st.right,
        ),
        Spacer(1, 1.5 * mm),
        table,
    ]


def render_roster_sheet(view: RosterSheetView, out: BinaryIO) -> None:
    """Write the roster sheet as an A4 landscape PDF (the header row repeats on every page)."""
    width, height = landscape(A4)
    st = styles(Paper.A4)
    frame_w = width - 2 * ROSTER_MARGIN
    story = roster_story(view, st, frame_w)
    footer = f"{view.town_name}　网格员花名册　打印日期 {fmt_date(view.as_of)}"

    def on_page_end(canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFont(font_set().main, st.size * 0.75)
        canv.setFillColor(colors.Color(0.35, 0.35, 0.35))
        canv.drawString(ROSTER_MARGIN, ROSTER_MARGIN / 2, plain(footer))
        canv.drawRightString(width - ROSTER_MARGIN, ROSTER_MARGIN / 2, f"第 {doc.page} 页")
        canv.restoreState()
        if view.is_demo:
            _draw_watermark(canv, width, height, height / 6.5)

    doc = BaseDocTemplate(
        out,
        pagesize=(width, height),
        title=f"{view.town_name}网格员花名册",
        author=view.town_name,
        creator="一站",
    )
    frame = Frame(
        ROSTER_MARGIN,
        ROSTER_MARGIN,
        frame_w,
        height - 2 * ROSTER_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate("roster", [frame], onPageEnd=on_page_end)])
    doc.build(story)


_WEEKDAYS = "一二三四五六日"
_DAY_MARK = {"holiday": "（休）", "makeup": "（班）"}
_DAY_BG = {
    "holiday": colors.Color(1.0, 0.94, 0.88),
    "weekend": colors.Color(0.96, 0.97, 0.98),
    "makeup": colors.Color(0.87, 0.95, 1.0),
}
_PROBLEM_BG = colors.Color(1.0, 0.85, 0.84)


def _day_runs(days: list[date]) -> str:
    """Return days as runs: 12/1–12/4、12/7、12/9–12/11."""
    runs: list[list[date]] = []
    for day in sorted(days):
        if runs and (day - runs[-1][-1]).days == 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    md = "{d.month}/{d.day}".format
    return "、".join(md(d=r[0]) if len(r) == 1 else f"{md(d=r[0])}–{md(d=r[-1])}" for r in runs)


def _sheet_title(view: DutySheetView) -> str:
    start, end = view.sheet.start, view.sheet.end
    scope = f"（{view.scope}）" if view.scope else ""
    if (end - start).days <= 6:
        return f"{view.town_name}值班表{scope}"
    return f"{view.town_name}{start.year}年{start.month}月值班表{scope}"


def duty_sheet_story(view: DutySheetView, st: Styles, width: float) -> list[Flowable]:
    """Return the flowables of a duty sheet: title, period, the table and the findings."""
    sheet = view.sheet
    days = sheet.days()
    head = ["日期", *(f"{shift.label}\n{post.label}" for shift, post in SHEET_COLUMNS), "其他"]
    cells: dict[tuple[int, int], list[str]] = {}
    where: dict[str, tuple[int, int]] = {}
    for s in sheet.shifts:
        key = ((s.date - sheet.start).days, sheet_column(s.shift, s.post))
        name = s.person_name + (f"（{s.substitute_name}替）" if s.substitute_name else "")
        if key[1] == len(SHEET_COLUMNS):
            name = f"{s.shift.label}{s.post.label}：{name}"
        cells.setdefault(key, []).append(name)
        where[s.id] = key
    flagged: set[tuple[int, int]] = set()
    notes: list[str] = []
    uncovered: dict[str, list[date]] = {}  # one line per missing post, listing its days
    for p in view.problems:
        keys = {where[i] for i in p.shift_ids if i in where}
        if not keys and p.kind == "uncovered" and p.post is not None:
            keys = {((p.date - sheet.start).days, sheet_column(p.shift, p.post))}
        flagged |= keys
        if p.kind == "uncovered":
            uncovered.setdefault(str(p.message), []).append(p.date)
        else:
            notes.append(f"{p.date.month}月{p.date.day}日　{p.message}")
    notes += [f"{message}：{_day_runs(days)}" for message, days in uncovered.items()]
    rows: list[Sequence[object]] = [head]
    for r, day in enumerate(days):
        kind = sheet.day_kinds[r] if r < len(sheet.day_kinds) else ""
        label = f"{day.month}/{day.day} 周{_WEEKDAYS[day.weekday()]}{_DAY_MARK.get(kind, '')}"
        row: list[object] = [label]
        for c in range(len(SHEET_COLUMNS) + 1):
            text = "、".join(cells.get((r, c), []))
            row.append(("※" + text) if (r, c) in flagged else text)
        rows.append(row)
    first = width * (0.12 if len(days) <= 7 else 0.15)
    rest = (width - first) / (len(SHEET_COLUMNS) + 1)
    table = grid_table(
        rows,
        [first] + [rest] * (len(SHEET_COLUMNS) + 1),
        st,
        label_cols=(0,),
        header=True,
        center_cols=tuple(range(1, len(SHEET_COLUMNS) + 1)),
    )
    style: list[tuple[object, ...]] = []
    for r, _day in enumerate(days, start=1):
        bg = _DAY_BG.get(sheet.day_kinds[r - 1] if r - 1 < len(sheet.day_kinds) else "")
        if bg is not None:
            style.append(("BACKGROUND", (1, r), (-1, r), bg))
    for r, c in sorted(flagged):
        style.append(("BACKGROUND", (c + 1, r + 1), (c + 1, r + 1), _PROBLEM_BG))
    table.setStyle(TableStyle(style))
    period = (
        f"{fmt_date(sheet.start)}至{fmt_date(sheet.end)}"
        f"　（休）法定节假日　（班）调休上班　※ 有排班提示"
    )
    story: list[Flowable] = [
        Title(_sheet_title(view), st.size * 1.9, spacing=2),
        Spacer(1, 2 * mm),
        para(period, st.right),
        Spacer(1, 1.5 * mm),
        table,
    ]
    if notes:
        story += [Spacer(1, 3 * mm), para("排班提示（不影响排班，请核对）：", st.heading)]
        story += [para(n, st.body) for n in notes]
    story += [
        Spacer(1, 6 * mm),
        para("带班领导（签字）：　　　　　　　　　　　编制：　　　　　　　　　　", st.body),
    ]
    return story


def render_duty_sheet(view: DutySheetView, out: BinaryIO) -> None:
    """Write a duty sheet as an A4 PDF: a week landscape, a month portrait (on one page)."""
    days = (view.sheet.end - view.sheet.start).days + 1
    width, height = landscape(A4) if days <= 7 else A4
    st = styles(Paper.A4, 0.8 if days > 7 else 1.0)
    frame_w = width - 2 * ROSTER_MARGIN
    story = duty_sheet_story(view, st, frame_w)
    title = _sheet_title(view)
    footer = f"{title}　打印日期 {fmt_date(view.as_of)}"

    def on_page_end(canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFont(font_set().main, st.size * 0.75)
        canv.setFillColor(colors.Color(0.35, 0.35, 0.35))
        canv.drawString(ROSTER_MARGIN, ROSTER_MARGIN / 2, plain(footer))
        canv.drawRightString(width - ROSTER_MARGIN, ROSTER_MARGIN / 2, f"第 {doc.page} 页")
        canv.restoreState()
        if view.is_demo:
            _draw_watermark(canv, width, height, height / 6.5)

    doc = BaseDocTemplate(
        out, pagesize=(width, height), title=title, author=view.town_name, creator="一站"
    )
    frame = Frame(
        ROSTER_MARGIN,
        ROSTER_MARGIN,
        frame_w,
        height - 2 * ROSTER_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate("duty", [frame], onPageEnd=on_page_end)])
    doc.build(story)


def _big(st: Styles, scale: float) -> ParagraphStyle:
    """Return a centred style `scale` times the base size (notice boards are read from afar)."""
    size = st.size * scale
    return ParagraphStyle(
        f"grid-notice-{scale}",
        parent=st.center,
        fontSize=size,
        leading=size * 1.35,
    )


def notice_story(view: GridNoticeView, st: Styles, width: float) -> list[Flowable]:
    """Return the flowables of one grid's public notice."""
    cell = ParagraphStyle("grid-notice-cell", parent=st.cell, fontSize=st.size * 1.3)
    cell.leading = cell.fontSize * 1.4
    label = ParagraphStyle("grid-notice-label", parent=cell, alignment=1)
    facts = [
        ("所属村/社区", view.village_name or "—"),
        ("网格范围", view.area or "—"),
        ("户数", f"{view.households}户"),
    ]
    label_w = 34 * mm
    fact_rows = [[para(k, label), para(v, cell)] for k, v in facts]
    fact_table = Table(fact_rows, colWidths=[label_w, width - label_w])
    fact_table.setStyle(_ruled(st, label_col=True))
    worker_rows: list[list[object]] = [[para(h, label) for h in ("岗位", "姓名", "联系电话")]]
    for w in view.workers:
        worker_rows.append([para(w.post, label), para(w.name, label), para(w.phone, label)])
    if not view.workers:
        worker_rows.append([para("（网格员待配备）", label), "", ""])
    worker_table = Table(worker_rows, colWidths=[width * 0.3, width * 0.3, width * 0.4])
    style = _ruled(st, label_col=False)
    style.add("BACKGROUND", (0, 0), (-1, 0), LABEL_BG)
    if not view.workers:
        style.add("SPAN", (0, 1), (-1, 1))
    worker_table.setStyle(style)
    complaint = view.complaint_phone or "12345"
    return [
        para(view.town_name, _big(st, 1.4)),
        Title("网格公示牌", st.size * 2.8, spacing=6),
        Spacer(1, 6 * mm),
        para(view.grid_name, _big(st, 2.2)),
        Spacer(1, 6 * mm),
        fact_table,
        Spacer(1, 6 * mm),
        worker_table,
        Spacer(1, 8 * mm),
        para(f"投诉监督电话：{complaint}", _big(st, 1.8)),
        Spacer(1, 4 * mm),
        para(
            "网格员负责本网格内信息采集、矛盾纠纷排查化解、隐患巡查上报和便民服务。"
            "群众有困难、有诉求，请直接联系本网格网格员；对网格员工作有意见，请拨打投诉监督电话。",
            st.body,
        ),
        Spacer(1, 10 * mm),
        para(f"{view.town_name}社会治理综合服务中心　{fmt_date(view.as_of)}公示", st.right),
    ]


def _ruled(st: Styles, *, label_col: bool) -> TableStyle:
    """Return the ruled style of the notice tables."""
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.8, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), st.size * 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), st.size * 0.6),
    ]
    if label_col:
        commands.append(("BACKGROUND", (0, 0), (0, -1), LABEL_BG))
    return TableStyle(commands)


def render_grid_notices(views: Sequence[GridNoticeView], out: BinaryIO) -> None:
    """Write one A4 public notice page per grid into a single PDF."""
    if not views:
        raise ValueError("没有要打印的网格")
    st = styles(Paper.A4)
    width = GEOMETRY[Paper.A4].frame_width
    story: list[Flowable] = []
    for i, view in enumerate(views):
        if i:
            story.append(PageBreak())
        story += notice_story(view, st, width)
    first = views[0]
    build_pdf(
        out,
        story,
        paper=Paper.A4,
        title=f"网格公示牌 {first.grid_name}" if len(views) == 1 else "网格公示牌",
        author=first.town_name,
        is_demo=any(v.is_demo for v in views),
        footer=f"{first.town_name}　网格公示牌",
    )
