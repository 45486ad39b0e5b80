"""预约确认单: the confirmation a party organisation takes away after booking a room (A5, A4)."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.domain.bookings import BookingSlipView
from app.domain.enums import BookingStatus
from app.domain.printables import Paper
from app.reports.codes import QrFlowable
from app.reports.layout import (
    GEOMETRY,
    Styles,
    build_pdf,
    fmt_date,
    fmt_dt,
    grid_table,
    para,
    styles,
)
from app.reports.textline import Title

PAPERS = (Paper.A5, Paper.A4)
QR_PREFIX = "YYBK"
ARRIVAL_NOTICE = (
    "请于活动开始前15分钟到达，凭本确认单签到；如需变更或取消，请至少提前一个工作日联系阵地管理员。"
    "活动期间请爱护场馆设施，遵守参观讲解秩序。"
)
PENDING_NOTICE = "本预约尚在审核中，审核通过后本确认单方可生效。"


def slip_qr_payload(number: str) -> str:
    """Return what the slip's QR code carries (the check-in desk scans it)."""
    return f"{QR_PREFIX}|{number}"


def _head(view: BookingSlipView, st: Styles, width: float, qr_size: float) -> Table:
    """Return the booking number and status beside a QR code of the number."""
    info: list[Flowable] = [
        para(f"预约编号：{view.number}", st.big),
        Spacer(1, 1 * mm),
        para(f"审核状态：{view.status_label}", st.body),
        para(f"开具时间：{fmt_dt(view.issued_at)}", st.small),
    ]
    table = Table(
        [[info, QrFlowable(slip_qr_payload(view.number), qr_size)]],
        colWidths=[width - qr_size - 2 * mm, qr_size + 2 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _details(view: BookingSlipView, st: Styles, width: float) -> Table:
    """Return the ruled grid of who, when, where and what."""
    lw = max(16 * mm, width * 0.17)
    vw = width / 2 - lw
    place = f"{view.site_name} · {view.room_name}"
    rows: list[list[object]] = [
        ["预约单位", view.org_name, "", ""],
        ["联系人", view.contact_name, "联系电话", view.phone_masked],
        ["参加人数", f"{view.headcount}人", "参加对象", view.audience or "—"],
        ["活动日期", fmt_date(view.day), "时段", view.slot_label],
        ["活动阵地", place, "", ""],
        ["地址", view.address or "—", "", ""],
        ["活动类型", view.activity_label, "讲解服务", "需要" if view.guide_needed else "不需要"],
        ["活动主题", view.topic or "—", "", ""],
        ["备注", view.note or "—", "", ""],
    ]
    spans = [((1, r), (3, r)) for r in (0, 4, 5, 7, 8)]
    return grid_table(rows, [lw, vw, lw, vw], st, label_cols=(0, 2), spans=spans)


def render_booking_slip(view: BookingSlipView, out: BinaryIO, *, paper: Paper = Paper.A5) -> None:
    """Write the 预约确认单 of `view` as a PDF on `paper` (A5 or A4)."""
    if paper not in PAPERS:
        raise ValueError(f"预约确认单不支持纸张 {paper}")
    geo = GEOMETRY[paper]
    st = styles(paper)
    width = geo.frame_width
    qr_size = 26 * mm if paper is Paper.A5 else 32 * mm
    story: list[Flowable] = [
        para(view.site_name, st.subtitle),
        Title("党员教育阵地预约确认单", st.size * 1.8, spacing=2),
        Spacer(1, 2 * mm),
        _head(view, st, width, qr_size),
        Spacer(1, 2 * mm),
        _details(view, st, width),
        Spacer(1, 3 * mm),
    ]
    if view.status_label == BookingStatus.PENDING.label:
        story.append(para(PENDING_NOTICE, st.body))
    story.append(para(ARRIVAL_NOTICE, st.small))
    story += [
        Spacer(1, st.size * 1.2),
        para(f"{view.site_name}（盖章）", st.right),
        para(f"经办人：{view.issuer}　　{fmt_date(view.issued_at)}", st.right),
    ]
    build_pdf(
        out,
        story,
        paper=paper,
        title=f"预约确认单 {view.number}",
        author=view.site_name,
        is_demo=view.is_demo,
        footer=f"预约编号 {view.number}",
    )
