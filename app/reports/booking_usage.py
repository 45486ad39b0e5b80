"""阵地使用月报: a site's rooms in one month (utilisation, attendance, no-shows) as PDF and Excel.

Both come from the same `UsageReport` (app.services.bookings.usage); the PDF is A4 with the
bundled CJK font (app.reports.fonts), the workbook one sheet with the same columns as numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.domain.bookings import RoomUsage, UsageReport
from app.domain.printables import Paper
from app.reports.layout import GEOMETRY, build_pdf, fmt_dt, grid_table, para, styles
from app.reports.textline import Title

HEADER = (
    "房间",
    "座位",
    "使用时段",
    "利用率",
    "已完成",
    "爽约",
    "取消",
    "预约人数",
    "实到人数",
    "到场率",
    "平均评价",
)
NOTES = (
    "说明：每天分上午、下午两个时段，利用率 = 已使用的时段数 ÷ 本月时段数；"
    "已通过、已完成和爽约的预约都占用时段。",
    "到场率 = 已完成活动的实到人数 ÷ 预约人数；平均评价为已完成活动的1–5星评价的平均值。",
    "同一申请预约多个房间时，在各房间分别计入，在合计中只计一次。",
)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _stars(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def row_values(r: RoomUsage) -> list[Any]:
    """Return one line of the table as printed."""
    return [
        r.name,
        str(r.capacity),
        f"{r.held}/{r.slots}",
        _pct(r.utilisation),
        str(r.completed),
        str(r.no_shows),
        str(r.cancelled),
        str(r.booked_people),
        str(r.attended),
        _pct(r.attendance),
        _stars(r.rating),
    ]


def title(view: UsageReport) -> str:
    """Return the report's title line."""
    return f"{view.site_name} {view.year}年{view.month}月 阵地使用情况"


def render_usage_report(view: UsageReport, out: BinaryIO) -> int:
    """Write the report as an A4 PDF to `out`; return the number of pages."""
    paper = Paper.A4
    st = styles(paper, 0.8)
    width = GEOMETRY[paper].frame_width
    shares = (1.9, 0.8, 1.2, 1.0, 1.0, 0.8, 0.8, 1.2, 1.2, 1.0, 1.2)
    widths = [width * s / sum(shares) for s in shares]
    rows: list[list[object]] = [list(HEADER)]
    rows += [row_values(r) for r in view.rooms]
    rows.append(row_values(view.total))
    t = view.total
    summary = (
        f"本月共{len(view.rooms)}个房间，使用{t.held}个时段，利用率{_pct(t.utilisation)}；"
        f"完成活动{t.completed}场，实到{t.attended}人（到场率{_pct(t.attendance)}），"
        f"爽约{t.no_shows}场，取消{t.cancelled}场，平均评价{_stars(t.rating)}。"
    )
    story: list[Flowable] = [
        Title(title(view), st.size * 1.9, spacing=1),
        Spacer(1, 3 * mm),
        para(summary, st.body),
        Spacer(1, 2 * mm),
        grid_table(
            rows,
            widths,
            st,
            label_cols=(),
            header=True,
            center_cols=tuple(range(1, len(HEADER))),
        ),
        Spacer(1, 3 * mm),
        *(para(n, st.small) for n in NOTES),
        Spacer(1, 4 * mm),
        para(f"生成时间：{fmt_dt(view.issued_at)}", st.right),
    ]
    return build_pdf(
        out,
        story,
        paper=paper,
        title=title(view),
        author=view.site_name,
        is_demo=view.is_demo,
        footer=title(view),
    )


def write_usage_xlsx(view: UsageReport, path: Path) -> None:
    """Write the report as a workbook: the same lines, figures as numbers (rates 0–1)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = f"{view.year}-{view.month:02d}"
    ws.append([title(view)])
    ws["A1"].font = Font(bold=True, size=14)
    header = ["房间", "座位", "使用时段", "本月时段", "利用率", "已完成", "爽约", "取消",
              "预约人数", "实到人数", "到场率", "平均评价"]  # fmt: skip
    ws.append(header)
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="EEEEEE")
    for r in (*view.rooms, view.total):
        ws.append(
            [
                r.name, r.capacity, r.held, r.slots, round(r.utilisation, 4), r.completed,
                r.no_shows, r.cancelled, r.booked_people, r.attended,
                None if r.attendance is None else round(r.attendance, 4),
                None if r.rating is None else round(r.rating, 2),
            ]
        )  # fmt: skip
        for col in ("E", "K"):
            ws[f"{col}{ws.max_row}"].number_format = "0.0%"
    ws[f"A{ws.max_row}"].font = Font(bold=True)
    ws.append([])
    for note in NOTES:
        ws.append([note])
    ws.column_dimensions["A"].width = 18
    for col in "BCDEFGHIJKL":
        ws.column_dimensions[col].width = 11
    ws.freeze_panes = "B3"
    wb.save(path)
