"""受理回执: the slip a resident takes home after registering at the window (A4, A5, 80 mm)."""

from __future__ import annotations

from io import BytesIO
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.domain.printables import Paper, PartyView, ReceiptView, receipt_qr_payload
from app.reports import texts
from app.reports.codes import BarcodeFlowable, QrFlowable
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
    signature_lines,
    styles,
)
from app.reports.textline import Title

PAPERS = (Paper.A4, Paper.A5, Paper.ROLL80)


def _party_rows(parties: tuple[PartyView, ...]) -> list[tuple[str, str]]:
    """Return (label, value) pairs describing each party."""
    rows: list[tuple[str, str]] = []
    for p in parties:
        rows.append((p.role or "当事人", p.name))
        if p.id_masked:
            rows.append(("证件号码", p.id_masked))
        if p.phone_masked:
            rows.append(("联系电话", p.phone_masked))
    return rows


def _matter_rows(view: ReceiptView) -> list[tuple[str, str]]:
    """Return (label, value) pairs of the matter and its handling."""
    return [
        ("事项类型", view.kind),
        ("纠纷类别", view.category or "—"),
        ("来访方式", view.channel),
        ("受理时间", fmt_dt(view.received_at)),
        ("受理窗口", view.window or "—"),
        ("受理人", view.clerk),
        ("承办部门", view.department or "待中心交办"),
        ("办理时限", view.time_limit or "—"),
        ("预计办结", fmt_date(view.due_date) or "—"),
    ]


def _pairs_table(pairs: list[tuple[str, str]], st: Styles, width: float) -> Table:
    """Return a four-column label/value grid (two pairs per row)."""
    rows: list[list[object]] = []
    for i in range(0, len(pairs), 2):
        left = pairs[i]
        right = pairs[i + 1] if i + 1 < len(pairs) else ("", "")
        rows.append([left[0], left[1], right[0], right[1]])
    lw = max(15 * mm, width * 0.16)
    return grid_table(rows, [lw, width / 2 - lw, lw, width / 2 - lw], st, label_cols=(0, 2))


def _codes_side(view: ReceiptView, st: Styles, width: float, qr_size: float) -> Table:
    """Return the QR on the left and number, barcode and 查询码 on the right."""
    qr = QrFlowable(receipt_qr_payload(view.case_no, view.query_code), qr_size)
    right_w = width - qr_size - 4 * mm
    bar = BarcodeFlowable(view.case_no, width=right_w * 0.9, bar_height=qr_size * 0.32)
    info: list[Flowable] = [
        para(f"受理编号：{view.case_no}", st.big),
        Spacer(1, 1 * mm),
        bar,
        Spacer(1, 1.5 * mm),
        para(f"查询码：{view.query_code}", st.big),
    ]
    table = Table([[qr, info]], colWidths=[qr_size + 4 * mm, right_w])
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


def _roll_codes(view: ReceiptView, st: Styles, width: float) -> list[Flowable]:
    """Return number, QR, barcode and 查询码 stacked and centred for the narrow roll."""
    qr = QrFlowable(receipt_qr_payload(view.case_no, view.query_code), 32 * mm)
    qr.hAlign = "CENTER"
    bar = BarcodeFlowable(view.case_no, width=width, bar_height=9 * mm, max_bar=0.9)
    bar.hAlign = "CENTER"
    return [
        para(f"受理编号：{view.case_no}", st.center),
        qr,
        bar,
        Spacer(1, 1 * mm),
        para(f"查询码：{view.query_code}", st.center),
    ]


def _notices(view: ReceiptView, st: Styles) -> list[Flowable]:
    """Return progress enquiry, rights (mediation), privacy and keep-safe notices."""
    story: list[Flowable] = [
        para(texts.progress_hint(view.centre.phone, view.case_no, view.query_code), st.body)
    ]
    if view.is_mediation:
        story.append(para("当事人权利告知", st.heading))
        story.append(para(texts.MEDIATION_RIGHTS, st.small))
    story.append(Spacer(1, st.size * 0.4))
    story.append(para(texts.PRIVACY_NOTICE, st.small))
    story.append(para(texts.RECEIPT_KEEP, st.small))
    return story


def _issuer(view: ReceiptView, st: Styles, *, one_line: bool = False) -> list[Flowable]:
    """Return the centre name (seal here) and the date, right-aligned.

    On A5 they share one line: a full receipt with the mediation rights notice fills the sheet,
    and a date pushed alone onto a second sheet is a slip nobody can use.
    """
    issuer = f"{view.centre.name}（盖章）"
    if one_line:
        return [
            Spacer(1, st.size * 0.4),
            para(f"{issuer}　{fmt_date(view.received_at)}", st.right),
        ]
    return [
        Spacer(1, st.size * 0.8),
        para(issuer, st.right),
        para(fmt_date(view.received_at), st.right),
    ]


# A5 holds a receipt with three parties and the mediation notice only at a slightly smaller type.
A5_FIT_SCALE = 0.9


def render_receipt(view: ReceiptView, out: BinaryIO, *, paper: Paper) -> None:
    """Write the 受理回执 of `view` as a PDF on `paper` (A4, A5 or the 80 mm roll).

    An A5 receipt that runs onto a second sheet is set again at A5_FIT_SCALE: the resident
    takes home one sheet. (Only long texts moved out of the table may still need two.)
    """
    if paper not in PAPERS:
        raise ValueError(f"受理回执不支持纸张 {paper}")
    if paper is not Paper.A5:
        _render(view, out, paper, 1.0)
        return
    first = BytesIO()
    if _render(view, first, paper, 1.0) > 1:
        second = BytesIO()
        if _render(view, second, paper, A5_FIT_SCALE) == 1:
            first = second
    out.write(first.getvalue())


def _render(view: ReceiptView, out: BinaryIO, paper: Paper, scale: float) -> int:
    geo = GEOMETRY[paper]
    st = styles(paper, scale)
    width = geo.frame_width
    pairs = _party_rows(view.parties) + _matter_rows(view)
    story: list[Flowable] = [para(view.centre.name, st.subtitle)]
    if paper is Paper.ROLL80:
        story += [Title("受理回执", st.size * 1.7, spacing=2)]
        story += _roll_codes(view, st, width)
        rows = [[k, v] for k, v in pairs] + [["事项摘要", view.summary]]
        story.append(Spacer(1, 1.5 * mm))
        moved: list[tuple[str, str]] = []
        limit = cell_limit(paper)
        table = grid_table(
            rows, [16 * mm, width - 16 * mm], st, overflow=moved, max_cell_height=limit
        )
        story.append(table)
        story += overflow_sections(moved, st)
        story.append(Spacer(1, 1.5 * mm))
        story += _notices(view, st)
        story.append(signature_lines(["当事人（签字）", "受理人（签字）"], st, width, per_row=1))
        story += _issuer(view, st)
    else:
        story += [Title("受 理 回 执", st.size * 2.0, spacing=4), Spacer(1, 2 * mm)]
        qr_size = 34 * mm if paper is Paper.A4 else 27 * mm
        story.append(_codes_side(view, st, width, qr_size))
        story.append(Spacer(1, 2 * mm))
        table = _pairs_table(pairs, st, width)
        moved = []
        summary = grid_table(
            [["事项摘要", view.summary, "", ""]],
            table._colWidths,  # same columns so the rules line up
            st,
            spans=[((1, 0), (3, 0))],
            overflow=moved,
            max_cell_height=cell_limit(paper),
        )
        story += [table, summary, *overflow_sections(moved, st), Spacer(1, 2 * mm)]
        story += _notices(view, st)
        story.append(signature_lines(["当事人（签字）", "受理人（签字）"], st, width))
        story += _issuer(view, st, one_line=paper is Paper.A5)
    return build_pdf(
        out,
        story,
        paper=paper,
        title=f"受理回执 {view.case_no}",
        author=view.centre.name,
        is_demo=view.is_demo,
        footer=f"受理编号 {view.case_no}",
    )
