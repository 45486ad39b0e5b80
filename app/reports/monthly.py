"""The monthly report (月报) as an A4 PDF: a summary line per section, charts drawn with
reportlab's own chart classes, the tables and the warnings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.domain.printables import Paper
from app.domain.reports import Bucket, MonthlyReport, WarningCase
from app.reports.fonts import font_set, plain
from app.reports.layout import GEOMETRY, build_pdf, fmt_dt, grid_table, para, styles
from app.reports.textline import Title

RECEIVED = colors.HexColor("#0969da")
CLOSED = colors.HexColor("#1a7f37")
TOP_BARS = 10
TOP_ROWS = 15
WARN_ROWS = 10


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def line_chart(buckets: Sequence[Bucket], width: float, height: float) -> Drawing:
    """Return received and closed per day (or month) as a line chart."""
    font = font_set().main
    d = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 30, 28
    chart.width, chart.height = width - 45, height - 45
    chart.data = [[b.received for b in buckets] or [0], [b.closed for b in buckets] or [0]]
    step = max(1, len(buckets) // 10)
    chart.categoryAxis.categoryNames = [
        b.label if i % step == 0 else "" for i, b in enumerate(buckets)
    ] or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 0
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = 1
    top = max([b.received for b in buckets] + [b.closed for b in buckets] + [1])
    chart.valueAxis.valueMax = top + max(1, top // 10)
    chart.lines[0].strokeColor = RECEIVED
    chart.lines[1].strokeColor = CLOSED
    chart.lines[0].strokeWidth = chart.lines[1].strokeWidth = 1.4
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 120, height - 6
    legend.fontName = font
    legend.fontSize = 8
    legend.columnMaximum = 1
    legend.alignment = "right"
    legend.colorNamePairs = [(RECEIVED, "受理"), (CLOSED, "办结")]
    d.add(legend)
    return d


def bar_chart(buckets: Sequence[Bucket], width: float) -> Drawing:
    """Return the received count per bucket as horizontal bars, the largest on top."""
    font = font_set().main
    shown = [b for b in buckets if b.received][:TOP_BARS] or [Bucket("", "—", 0)]
    height = 22 + 16 * len(shown)
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 110, 12
    chart.width, chart.height = width - 140, height - 20
    chart.data = [[b.received for b in reversed(shown)]]
    chart.categoryAxis.categoryNames = [plain(b.label)[:10] for b in reversed(shown)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = 1
    chart.valueAxis.valueMax = max(b.received for b in shown) * 1.15 + 1
    chart.bars[0].fillColor = RECEIVED
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def _cases_table(cases: Sequence[WarningCase], w: float, st: object) -> Flowable:
    rows: list[list[str]] = [["案件编号", "受理时间", "类别", "镇街", "事项", "时限"]]
    for c in cases[:WARN_ROWS]:
        rows.append(
            [
                c.case_no,
                fmt_dt(c.received_at),
                c.category_name,
                c.town_name,
                c.summary[:40],
                fmt_dt(c.deadline_at) if c.deadline_at else "—",
            ]
        )
    widths = [34 * mm, 26 * mm, 22 * mm, 20 * mm, 0.0, 26 * mm]
    widths[4] = w - sum(widths)
    return grid_table(rows, widths, st, label_cols=(), header=True)  # type: ignore[arg-type]


def render_monthly_report(
    view: MonthlyReport,
    out: BinaryIO,
    *,
    paper: Paper = Paper.A4,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the 月报 as an A4 PDF; return its number of pages. `progress` hears 0-100."""
    tick = progress or (lambda _p: None)
    geo = GEOMETRY[paper]
    st = styles(paper)
    dense = styles(paper, scale=0.85)
    w = geo.frame_width
    d = view.dashboard
    r = d.rates
    s = view.summaries
    y, m = view.month.split("-")
    title = f"{view.scope_name}{y}年{int(m)}月矛盾纠纷调处化解工作月报"
    story: list[Flowable] = [
        Title(title, st.size * 1.5),
        para(
            f"统计周期：{d.period.start:%Y-%m-%d} 至 {d.period.end:%Y-%m-%d}（北京时间）　"
            f"生成时间：{fmt_dt(datetime.now(UTC))}",
            st.right,
        ),
        para("一、总体情况", st.heading),
        para(s["overview"], st.body),
    ]
    figures = [
        [
            "受理",
            "办结",
            "在办",
            "超期",
            "化解成功率",
            "按时办结率",
            "平均天数",
            "九成天数",
            "满意率",
            "重复件占比",
            "群体性",
        ],
        [
            str(r.received),
            str(r.closed),
            str(r.open),
            str(r.overdue),
            _rate(r.resolution_rate),
            _rate(r.on_time_rate),
            "—" if r.avg_days is None else f"{r.avg_days:.1f}",
            "—" if r.p90_days is None else f"{r.p90_days:.1f}",
            _rate(r.satisfaction_rate),
            _rate(r.repeat_rate),
            str(r.group_cases),
        ],
    ]
    story.append(
        grid_table(figures, [w / 11] * 11, dense, label_cols=(), header=True, center_cols=range(11))
    )
    story += [para("二、办理质量", st.heading), para(s["quality"], st.body)]
    tick(15)
    story += [
        para("三、受理与办结趋势", st.heading),
        para(s["trend"], st.body),
        line_chart(d.series, w, 62 * mm),
    ]
    tick(35)
    story += [
        para("四、类别分布", st.heading),
        para(s["category"], st.body),
        bar_chart(d.by_category, w),
        para("五、来源渠道", st.heading),
        para(s["channel"], st.body),
        bar_chart(d.by_channel, w),
    ]
    tick(55)
    area = d.by_town if d.scope.org is None else d.by_village
    what = "镇街" if d.scope.org is None else "村（社区）"
    rows: list[list[str]] = [[what, "受理", "办结", "在办", "超期"]]
    for b in area[:TOP_ROWS]:
        rows.append([b.label, str(b.received), str(b.closed), str(b.open), str(b.overdue)])
    widths = [0.0, 22 * mm, 22 * mm, 22 * mm, 22 * mm]
    widths[0] = w - sum(widths)
    story += [
        para(f"六、{what}分布", st.heading),
        para(s["area"], st.body),
        grid_table(rows, widths, dense, label_cols=(), header=True, center_cols=(1, 2, 3, 4)),
    ]
    dept_rows: list[list[str]] = [["部门", "在办", "超期", "本月办结", "按时办结率", "退回"]]
    for x in d.departments[:TOP_ROWS]:
        dept_rows.append(
            [
                x.name,
                str(x.queue),
                str(x.overdue),
                str(x.closed),
                _rate(x.on_time_rate),
                str(x.returns),
            ]
        )
    widths = [0.0, 18 * mm, 18 * mm, 20 * mm, 22 * mm, 18 * mm]
    widths[0] = w - sum(widths)
    story += [
        para("七、部门履职", st.heading),
        para(s["departments"], st.body),
        grid_table(
            dept_rows, widths, dense, label_cols=(), header=True, center_cols=(1, 2, 3, 4, 5)
        ),
    ]
    tick(70)
    board = view.warnings
    story += [para("八、监测预警", st.heading), para(s["warnings"], st.body)]
    if board.rising:
        rising = [["上升类别", "本月", "前六月月均", "变化"]]
        for up in board.rising[:WARN_ROWS]:
            change = "新增" if up.change is None else f"{up.change * 100:+.1f}%"
            rising.append([up.name, str(up.this_month), f"{up.mean_before:.1f}", change])
        widths = [0.0, 22 * mm, 26 * mm, 24 * mm]
        widths[0] = w - sum(widths)
        story.append(grid_table(rising, widths, dense, label_cols=(), header=True))
        story.append(Spacer(1, 2 * mm))
    if board.red:
        n_red = board.totals.get("red", len(board.red))
        story += [para(f"红色预警（超期）{n_red} 件，前 {min(WARN_ROWS, n_red)} 件：", st.small)]
        story.append(_cases_table(board.red, w, dense))
    if board.villages:
        v_rows = [["村（社区）", "镇街", "重复来访件数"]]
        v_rows += [[v.name, v.town_name, str(v.repeats)] for v in board.villages[:WARN_ROWS]]
        widths = [0.0, 40 * mm, 30 * mm]
        widths[0] = w - sum(widths)
        story += [Spacer(1, 2 * mm), grid_table(v_rows, widths, dense, label_cols=(), header=True)]
    tick(85)
    pages = build_pdf(
        out,
        story,
        paper=paper,
        title=title,
        author=view.scope_name,
        is_demo=False,
        footer=f"{view.scope_name} {view.month} 月报",
    )
    tick(100)
    return pages
