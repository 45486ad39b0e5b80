"""Records kept by the centre: 回访记录 and the monthly 履职评价 ranking (A4)."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.domain.printables import Paper, PerformanceReportView, RevisitRecordView
from app.reports.layout import (
    GEOMETRY,
    build_pdf,
    cell_limit,
    fmt_date,
    fmt_dt,
    grid_table,
    overflow_sections,
    para,
    signature_lines,
    styles,
)
from app.reports.textline import Title

PAPERS = (Paper.A4,)
SATISFACTION_CHOICES = ("满意", "基本满意", "不满意")


def satisfaction_marks(chosen: str) -> str:
    """Return the three satisfaction choices with the chosen one ticked (■) and others open (□)."""
    return "　".join(("■" if c == chosen else "□") + c for c in SATISFACTION_CHOICES)


def render_revisit_record(view: RevisitRecordView, out: BinaryIO, *, paper: Paper) -> None:
    """Write a 回访记录 as an A4 PDF."""
    if paper not in PAPERS:
        raise ValueError(f"回访记录不支持纸张 {paper}")
    geo = GEOMETRY[paper]
    st = styles(paper)
    w = geo.frame_width
    label = 24 * mm
    cols = [label, w / 2 - label, label, w / 2 - label]
    rows: list[list[str]] = [
        ["受理编号", view.case_no, "回访时间", fmt_dt(view.revisit_at)],
        ["当事人", view.party_name, "联系电话", view.phone_masked or "—"],
        ["承办单位", view.department, "办结日期", fmt_date(view.closed_on) or "—"],
        ["事项摘要", view.summary, "", ""],
        ["办理结果", f"{view.outcome}。{view.result}" if view.result else view.outcome, "", ""],
        ["回访方式", view.channel, "回访人", view.revisitor],
        ["满意程度", satisfaction_marks(view.satisfaction), "", ""],
        ["当事人意见", view.comment or "无", "", ""],
        ["处理意见", view.follow_up, "", ""],
    ]
    spans = [((1, r), (3, r)) for r in range(len(rows)) if rows[r][2] == ""]
    heights = [0.0] * 7 + [16 * mm, 16 * mm]  # room to write the party's words by hand
    moved: list[tuple[str, str]] = []
    table = grid_table(
        rows,
        cols,
        st,
        label_cols=(0, 2),
        spans=spans,
        min_heights=heights,
        overflow=moved,
        max_cell_height=cell_limit(paper),
    )
    story: list[Flowable] = [
        para(view.centre.name, st.subtitle),
        Title("回 访 记 录", st.size * 2.0, spacing=3),
        Spacer(1, 4 * mm),
        table,
        *overflow_sections(moved, st),
        Spacer(1, 1.5 * mm),
        para("回访不满意的，由中心负责人研究后重新交办，并在重办结束后再次回访。", st.small),
        signature_lines(["回访人（签字）", "中心负责人（签字）"], st, w),
    ]
    build_pdf(
        out,
        story,
        paper=paper,
        title=f"回访记录 {view.case_no}",
        author=view.centre.name,
        is_demo=view.is_demo,
        footer=f"回访记录　受理编号 {view.case_no}",
    )


def _rate(value: float | None) -> str:
    """Return a 0..1 rate as a percentage with one decimal, or — when there was nothing to rate."""
    return "—" if value is None else f"{value * 100:.1f}%"


def render_performance_report(view: PerformanceReportView, out: BinaryIO, *, paper: Paper) -> None:
    """Write the monthly 部门履职评价 ranking table as an A4 PDF."""
    if paper not in PAPERS:
        raise ValueError(f"履职评价表不支持纸张 {paper}")
    geo = GEOMETRY[paper]
    st = styles(paper)
    w = geo.frame_width
    header = [
        "排名",
        "单位",
        "受理件数",
        "按时签收率",
        "办结件数",
        "按时办结率",
        "超期件数",
        "退回件数",
        "满意率",
        "综合得分",
    ]
    rows: list[list[str]] = [header]
    for r in view.rows:
        rows.append(
            [
                str(r.rank),
                r.department,
                str(r.received),
                _rate(r.signed_on_time),
                str(r.closed),
                _rate(r.closed_on_time),
                str(r.overdue),
                str(r.returned),
                _rate(r.satisfaction),
                f"{r.score:.1f}",
            ]
        )
    count, rate = 12 * mm, 16.5 * mm
    widths = [9 * mm, 0.0, count, rate, count, rate, count, count, rate, 14 * mm]
    widths[1] = w - sum(widths)
    numeric = (0, *range(2, len(header)))
    dense = styles(paper, scale=0.9)
    table = grid_table(rows, widths, dense, label_cols=(), header=True, center_cols=numeric)
    story: list[Flowable] = [
        para(view.centre.name, st.subtitle),
        Title(f"{view.period}部门履职评价排名", st.size * 1.8, spacing=1),
        Spacer(1, 2 * mm),
        para(f"统计周期：{view.period}　　生成时间：{fmt_dt(view.generated_at)}", st.right),
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 2 * mm),
    ]
    if not view.rows:
        story.append(para("本期没有可评价的部门办件。", st.body))
    if view.scoring_note:
        story.append(para(f"评分说明：{view.scoring_note}", st.small))
    story.append(para("“—”表示本期无可计算的办件；按时率以办理时限（含批准延期）为准。", st.small))
    story.append(signature_lines(["制表人（签字）", "审核人（签字）"], st, w))
    build_pdf(
        out,
        story,
        paper=paper,
        title=f"{view.period}部门履职评价排名",
        author=view.centre.name,
        is_demo=view.is_demo,
        footer=f"{view.period}部门履职评价",
    )
