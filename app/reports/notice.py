"""Written notices to a party: 不予受理告知书 / 移送告知书 (A4, A5, 80 mm) and 延期告知书 (A4)."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.domain.printables import (
    CentreInfo,
    ExtensionNoticeView,
    NoticeKind,
    NoticeView,
    Paper,
    PartyView,
)
from app.reports import texts
from app.reports.layout import (
    GEOMETRY,
    Styles,
    build_pdf,
    fmt_date,
    grid_table,
    para,
    signature_lines,
    styles,
)
from app.reports.textline import Title

NOTICE_PAPERS = (Paper.A4, Paper.A5, Paper.ROLL80)
EXTENSION_PAPERS = (Paper.A4,)
NOTICE_TITLES = {NoticeKind.REJECT: "不予受理告知书", NoticeKind.TRANSFER: "移送告知书"}


def _indented(st: Styles) -> ParagraphStyle:
    """Return the body style with the customary two-character first-line indent."""
    return ParagraphStyle("indented", parent=st.body, firstLineIndent=st.size * 2)


def _head(title: str, doc_no: str, centre: CentreInfo, st: Styles, paper: Paper) -> list[Flowable]:
    """Return centre line, title and document number."""
    size = st.size * (1.7 if paper is Paper.ROLL80 else 2.0)
    return [
        para(centre.name, st.subtitle),
        Title(title, size, spacing=1 if paper is Paper.ROLL80 else 3),
        Spacer(1, 1.5 * mm),
        para(doc_no, st.right if paper is not Paper.ROLL80 else st.center),
        Spacer(1, 2 * mm),
    ]


def _party_table(
    party: PartyView, case_no: str, query_code: str, st: Styles, width: float
) -> Flowable:
    """Return a small grid identifying the party and the case (masked identifiers only)."""
    rows = [
        ["当事人", party.name],
        ["证件号码", party.id_masked or "—"],
        ["联系电话", party.phone_masked or "—"],
        ["受理编号", case_no],
        ["查询码", query_code],
    ]
    label_w = max(18 * mm, width * 0.2)
    return grid_table(rows, [label_w, width - label_w], st)


def _close(centre: CentreInfo, when: str, st: Styles, width: float, per_row: int) -> list[Flowable]:
    """Return signature lines, the issuing centre (seal) and the date."""
    return [
        signature_lines(["当事人（签收）", "经办人（签字）"], st, width, per_row=per_row),
        Spacer(1, st.size),
        para(f"{centre.name}（盖章）", st.right),
        para(when, st.right),
        Spacer(1, st.size),
        para(texts.PRIVACY_NOTICE.replace("本回执", "本告知书"), st.small),
    ]


def notice_body(view: NoticeView) -> list[str]:
    """Return the paragraphs of the notice's text."""
    opening = (
        f"你（单位）于{fmt_date(view.received_at)}提出的“{view.summary.rstrip('。')}”事项"
        f"（受理编号：{view.case_no}），经审查，{view.reason.rstrip('。')}。"
    )
    basis = f"根据{view.legal_basis}的规定，" if view.legal_basis else ""
    if view.kind is NoticeKind.TRANSFER:
        decision = f"{basis}本中心已将该事项移送{view.transfer_to}处理，请你与其联系。"
        if view.transfer_contact:
            decision += f"联系方式：{view.transfer_contact}。"
    else:
        decision = f"{basis}本中心决定不予受理。"
    body = [opening, decision]
    if view.guidance:
        body.append(view.guidance)
    body.append("特此告知。")
    return body


def render_notice(view: NoticeView, out: BinaryIO, *, paper: Paper) -> None:
    """Write a 不予受理告知书 or 移送告知书 as a PDF on `paper` (A4, A5 or the 80 mm roll)."""
    if paper not in NOTICE_PAPERS:
        raise ValueError(f"告知书不支持纸张 {paper}")
    geo = GEOMETRY[paper]
    st = styles(paper)
    title = NOTICE_TITLES[view.kind]
    indented = _indented(st)
    story = _head(title, view.doc_no, view.centre, st, paper)
    story.append(para(f"{view.party.name}：", st.body))
    story += [para(text, indented) for text in notice_body(view)]
    story.append(Spacer(1, 2 * mm))
    story.append(_party_table(view.party, view.case_no, view.query_code, st, geo.frame_width))
    if view.clerk:
        story += [Spacer(1, 1 * mm), para(f"经办人：{view.clerk}", st.small)]
    when = fmt_date(view.issued_on or view.received_at)
    per_row = 1 if paper is Paper.ROLL80 else 2
    story += _close(view.centre, when, st, geo.frame_width, per_row)
    build_pdf(
        out,
        story,
        paper=paper,
        title=f"{title} {view.case_no}",
        author=view.centre.name,
        is_demo=view.is_demo,
        footer=f"{view.doc_no}　受理编号 {view.case_no}",
    )


def render_extension_notice(view: ExtensionNoticeView, out: BinaryIO, *, paper: Paper) -> None:
    """Write a 延期告知书 (time limit extended, with the reason) as an A4 PDF."""
    if paper not in EXTENSION_PAPERS:
        raise ValueError(f"延期告知书不支持纸张 {paper}")
    geo = GEOMETRY[paper]
    st = styles(paper)
    indented = _indented(st)
    story = _head("延期办理告知书", view.doc_no, view.centre, st, paper)
    story.append(para(f"{view.party.name}：", st.body))
    story.append(
        para(
            f"你（单位）于{fmt_date(view.received_at)}提出的“{view.summary.rstrip('。')}”事项"
            f"（受理编号：{view.case_no}），由{view.department}承办，原定于"
            f"{fmt_date(view.original_due)}前办结。因{view.reason.rstrip('。')}，"
            f"经批准，办理期限延长{view.extension}，预计于{fmt_date(view.new_due)}前办结。",
            indented,
        )
    )
    phone = f"拨打 {view.centre.phone} " if view.centre.phone else ""
    story.append(
        para(
            f"延期期间，你可以{phone}或到中心窗口，凭受理编号和查询码 {view.query_code} "
            "查询办理进度。对延期有异议的，可以向本中心反映。",
            indented,
        )
    )
    story.append(para("特此告知。", indented))
    story.append(Spacer(1, 2 * mm))
    story.append(_party_table(view.party, view.case_no, view.query_code, st, geo.frame_width))
    story += _close(view.centre, fmt_date(view.issued_on), st, geo.frame_width, 2)
    build_pdf(
        out,
        story,
        paper=paper,
        title=f"延期办理告知书 {view.case_no}",
        author=view.centre.name,
        is_demo=view.is_demo,
        footer=f"{view.doc_no}　受理编号 {view.case_no}",
    )
