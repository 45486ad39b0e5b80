"""Internal slips between the centre and departments: 交办单 and 督办单 (A4)."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.domain.printables import AssignmentSlipView, CentreInfo, Paper, SupervisionSlipView
from app.reports.layout import (
    GEOMETRY,
    Styles,
    build_pdf,
    cell_limit,
    fmt_date,
    fmt_dt,
    grid_table,
    overflow_sections,
    para,
    styles,
)
from app.reports.textline import Title

PAPERS = (Paper.A4,)


def _head(title: str, centre: CentreInfo, left: str, right: str, st: Styles, w: float) -> list:
    """Return centre line, title and a number/date line above the form."""
    line = Table([[para(left, st.cell), para(right, st.right)]], colWidths=[w * 0.55, w * 0.45])
    flush = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    line.setStyle(TableStyle(flush))
    return [
        para(centre.name, st.subtitle),
        Title(title, st.size * 2.0, spacing=3),
        Spacer(1, 2 * mm),
        line,
        Spacer(1, 1 * mm),
    ]


def _columns(width: float) -> list[float]:
    """Return the four column widths of a form: label, value, label, value."""
    label = 24 * mm
    return [label, width / 2 - label, label, width / 2 - label]


def _wide(label: str, text: str) -> list[str]:
    """Return a form row whose value spans the three right-hand columns."""
    return [label, text or "—", "", ""]


def _receipt_part(st: Styles, width: float, labels: tuple[str, str, str]) -> list[Flowable]:
    """Return the tear-off part the department fills in and sends back."""
    rows = [[labels[0], "", labels[1], ""], [labels[2], "", "", ""]]
    table = grid_table(
        rows,
        _columns(width),
        st,
        label_cols=(0, 2),
        spans=[((1, 1), (3, 1))],
        min_heights=(10 * mm, 30 * mm),
    )
    dashes = "- " * 16
    return [
        Spacer(1, 4 * mm),
        para(f"{dashes}此处为回执联，请承办单位填写后交回 {dashes}", st.center),
        Spacer(1, 2 * mm),
        table,
    ]


def render_assignment_slip(view: AssignmentSlipView, out: BinaryIO, *, paper: Paper) -> None:
    """Write a 交办单 (the centre assigns a case to lead and assisting departments) as A4 PDF."""
    if paper not in PAPERS:
        raise ValueError(f"交办单不支持纸张 {paper}")
    geo = GEOMETRY[paper]
    st = styles(paper)
    w = geo.frame_width
    when = f"交办时间：{fmt_dt(view.dispatched_at)}"
    story = _head("矛盾纠纷交办单", view.centre, f"编号：{view.slip_no}", when, st, w)
    rows: list[list[str]] = [
        ["受理编号", view.case_no, "风险等级", view.risk_grade],
        ["事项类型", view.kind, "纠纷类别", view.category or "—"],
        ["来源渠道", view.channel, "交办人", view.dispatcher or "—"],
    ]
    for p in view.parties:
        rows.append([p.role or "当事人", p.name, "证件号码", p.id_masked or "—"])
        rows.append(["联系电话", p.phone_masked or "—", "住址", p.address or "—"])
    first_wide = len(rows)
    rows += [
        _wide("事项摘要", view.summary),
        _wide("基本情况", view.facts),
        _wide("当事人诉求", view.demands),
        _wide("主办单位", view.lead_department),
        _wide("协办单位", "、".join(view.assist_departments) or "无"),
        ["签收时限", fmt_dt(view.sign_due_at) or "—", "办理时限", view.time_limit or "—"],
        _wide("办结期限", fmt_date(view.due_date)),
        _wide("办理要求", view.requirements),
    ]
    spans = [((1, r), (3, r)) for r in range(first_wide, len(rows)) if rows[r][2] == ""]
    notice = (
        "请主办单位在签收时限内签收；不属于本单位职责的，应在签收时限内说明理由退回，"
        "不得推诿。协办单位应配合主办单位办理并及时报告协办结果。"
    )
    _finish(
        out, view, paper, story, rows, spans, notice, ("签收人", "签收时间", "办理结果"), "交办单"
    )


def render_supervision_slip(view: SupervisionSlipView, out: BinaryIO, *, paper: Paper) -> None:
    """Write a 督办单 (a supervisor presses a department on a case) as an A4 PDF."""
    if paper not in PAPERS:
        raise ValueError(f"督办单不支持纸张 {paper}")
    geo = GEOMETRY[paper]
    st = styles(paper)
    w = geo.frame_width
    when = f"督办日期：{fmt_date(view.issued_on)}"
    story = _head("督 办 单", view.centre, f"编号：{view.slip_no}", when, st, w)
    overdue = f"已超期 {view.overdue_days} 日" if view.overdue_days > 0 else "未超期"
    rows: list[list[str]] = [
        ["受理编号", view.case_no, "督办级别", view.level],
        ["被督办单位", view.department, "受理时间", fmt_dt(view.received_at)],
        ["办结期限", fmt_date(view.due_date) or "—", "超期情况", overdue],
        _wide("事项摘要", view.summary),
        _wide("督办事由", view.reason),
        _wide("督办要求", view.requirements),
        ["反馈期限", fmt_date(view.reply_due) or "—", "督办人", view.supervisor],
    ]
    spans = [((1, r), (3, r)) for r in range(len(rows)) if rows[r][2] == ""]
    notice = (
        "被督办单位应在反馈期限内书面反馈办理情况；逾期未反馈或办理不力的，"
        "纳入月度履职评价并按规定通报。"
    )
    _finish(
        out, view, paper, story, rows, spans, notice, ("反馈人", "反馈时间", "办理情况"), "督办单"
    )


def _finish(
    out: BinaryIO,
    view: AssignmentSlipView | SupervisionSlipView,
    paper: Paper,
    story: list[Flowable],
    rows: list[list[str]],
    spans: list[tuple[tuple[int, int], tuple[int, int]]],
    notice: str,
    receipt_labels: tuple[str, str, str],
    title: str,
) -> None:
    """Lay out a slip's field table, its notice and tear-off reply part, and write the PDF."""
    st = styles(paper)
    w = GEOMETRY[paper].frame_width
    moved: list[tuple[str, str]] = []
    story.append(
        grid_table(
            rows,
            _columns(w),
            st,
            label_cols=(0, 2),
            spans=spans,
            overflow=moved,
            max_cell_height=cell_limit(paper),
        )
    )
    story.append(Spacer(1, 1.5 * mm))
    story.append(para(notice, st.small))
    story += overflow_sections(moved, st)
    story += _receipt_part(st, w, receipt_labels)
    build_pdf(
        out,
        story,
        paper=paper,
        title=f"{title} {view.case_no}",
        author=view.centre.name,
        is_demo=view.is_demo,
        footer=f"{view.slip_no}　受理编号 {view.case_no}",
    )
