"""The written steps of a 信访 case (A4): 受理/不予受理告知书, 处理意见书, 复查/复核 documents.

Each carries the case number, a QR of the number and 查询码 (the receipt's payload, so the
window's scanner opens the case), the 查询码 in words, and one line of legal basis.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from app.domain.printables import Paper, PetitionNoticeView, receipt_qr_payload
from app.reports.codes import QrFlowable
from app.reports.layout import GEOMETRY, build_pdf, fmt_date, para, styles
from app.reports.notice import _close, _head, _indented, _party_table

PETITION_PAPERS = (Paper.A4,)


def render_petition_notice(view: PetitionNoticeView, out: BinaryIO, *, paper: Paper) -> None:
    """Write one written step of the 信访 path as an A4 PDF."""
    if paper not in PETITION_PAPERS:
        raise ValueError(f"{view.title}不支持纸张 {paper}")
    geo = GEOMETRY[paper]
    st = styles(paper)
    indented = _indented(st)
    story = _head(view.title, view.doc_no, view.centre, st, paper)
    story.append(para(f"{view.party.name}：", st.body))
    story += [para(text, indented) for text in view.paragraphs]
    if view.due_line:
        story.append(para(view.due_line, indented))
    story.append(para("特此告知。", indented))
    story.append(Spacer(1, 2 * mm))
    story.append(para(f"法律依据：{view.legal_basis}", st.small))
    story.append(Spacer(1, 2 * mm))
    qr_size = 30 * mm
    width = geo.frame_width
    table = _party_table(view.party, view.case_no, view.query_code, st, width - qr_size - 4 * mm)
    codes = [QrFlowable(receipt_qr_payload(view.case_no, view.query_code), qr_size)]
    codes.append(para(f"查询码 {view.query_code}", st.small))
    side = Table([[table, codes]], colWidths=[width - qr_size - 4 * mm, qr_size + 4 * mm])
    side.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
            ]
        )
    )
    story.append(side)
    story.append(Spacer(1, 1 * mm))
    story.append(para(f"承办机关：{view.organ}", st.small))
    story += _close(view.centre, fmt_date(view.issued_on), st, width, 2)
    build_pdf(
        out,
        story,
        paper=paper,
        title=f"{view.title} {view.case_no}",
        author=view.centre.name,
        is_demo=view.is_demo,
        footer=f"{view.doc_no}　受理编号 {view.case_no}",
    )
