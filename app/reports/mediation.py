"""调解协议书 (人民调解法 arts. 28–33), A4."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.domain.printables import MediationAgreementView, Paper, PartyView
from app.reports import texts
from app.reports.fonts import font_set, plain
from app.reports.layout import (
    GEOMETRY,
    build_pdf,
    fmt_date,
    para,
    signature_lines,
    styles,
)
from app.reports.textline import Title

PAPERS = (Paper.A4,)
_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """Return 1..99 in Chinese numerals (一, 十二, 二十三) for numbered clauses."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def party_line(p: PartyView) -> str:
    """Return the customary one-line description of a party (masked identifiers only)."""
    if p.organisation:
        bits = [p.name, f"住所地{p.address}" if p.address else ""]
        if p.representative:
            bits.append(f"法定代表人（负责人）{p.representative}")
    else:
        age = f"{p.age}岁" if p.age is not None else ""
        home = f"住{p.address}" if p.address else ""
        bits = [p.name, p.sex, p.ethnicity, age, p.occupation, home]
        if p.id_masked:
            bits.append(f"身份证号码{p.id_masked}")
    if p.phone_masked:
        bits.append(f"联系电话{p.phone_masked}")
    return f"{p.role or '当事人'}：" + "，".join(b for b in bits if b) + "。"


class SealBlock(Flowable):
    """Committee name and date on the right, with a dashed circle where the seal is stamped."""

    def __init__(self, committee: str, when: str, size: float, diameter: float = 42 * mm) -> None:
        super().__init__()
        self.committee = plain(committee)
        self.when = plain(when)
        self.size = size
        self.diameter = diameter

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Return the block's size: the full width, as tall as the seal."""
        self.width = avail_width
        self.height = self.diameter + 4 * mm
        return self.width, self.height

    def draw(self) -> None:
        """Draw the name, the date and the seal placeholder circle centred over them."""
        c = self.canv
        font = font_set().main
        name_w = c.stringWidth(self.committee, font, self.size)
        cx = self.width - max(name_w, self.diameter) / 2
        cy = self.height / 2
        c.saveState()
        c.setFont(font, self.size)
        c.drawCentredString(cx, cy + self.size * 0.4, self.committee)
        c.drawCentredString(cx, cy - self.size * 1.4, self.when)
        c.setStrokeColor(colors.Color(0.7, 0.1, 0.1))
        c.setLineWidth(0.8)
        c.setDash(3, 2)
        c.circle(cx, cy, self.diameter / 2, stroke=1, fill=0)
        c.setFillColor(colors.Color(0.7, 0.1, 0.1))
        c.setFont(font, self.size * 0.75)
        c.drawCentredString(cx, cy - self.diameter / 2 + self.size * 1.9, "（调解委员会印章）")
        c.restoreState()


def render_mediation_agreement(
    view: MediationAgreementView, out: BinaryIO, *, paper: Paper
) -> None:
    """Write a 人民调解协议书 as an A4 PDF."""
    if paper not in PAPERS:
        raise ValueError(f"调解协议书不支持纸张 {paper}")
    geo = GEOMETRY[paper]
    st = styles(paper)
    w = geo.frame_width
    body = ParagraphStyle("agreement", parent=st.body, firstLineIndent=st.size * 2)
    committee = view.centre.committee or view.centre.name
    story: list[Flowable] = [
        para(committee, st.subtitle),
        Title("人民调解协议书", st.size * 2.0, spacing=3),
        Spacer(1, 2 * mm),
        para(view.agreement_no, st.right),
        Spacer(1, 2 * mm),
    ]
    story += [para(party_line(p), st.body) for p in view.parties]
    story.append(para("纠纷主要事实", st.heading))
    story.append(para(view.facts, body))
    story.append(para("争议事项", st.heading))
    story.append(para(view.disputes, body))
    story.append(para("各方责任", st.heading))
    story.append(para(view.responsibilities, body))
    story.append(para("协议内容", st.heading))
    story.append(para("经本委员会主持调解，双方当事人在自愿、平等的基础上达成如下协议：", body))
    story += [para(f"{cn_number(i)}、{t}", body) for i, t in enumerate(view.terms, start=1)]
    story.append(para("履行方式、地点和期限", st.heading))
    story.append(para(f"履行方式：{view.performance_manner}", body))
    story.append(para(f"履行地点：{view.performance_place}", body))
    story.append(para(f"履行期限：{view.performance_deadline}", body))
    story.append(Spacer(1, 2 * mm))
    story += [para(t, body) for t in (texts.AGREEMENT_EFFECT, texts.AGREEMENT_COPIES)]
    labels = [f"{p.role or '当事人'}（签名或按指印）" for p in view.parties]
    labels += ["人民调解员（签名）"] * max(1, len(view.mediators))
    staff = f"人民调解员：{'、'.join(view.mediators)}"
    if view.recorder:
        staff += f"　　记录人：{view.recorder}"
    # The signatures never stand alone on a page: they move with the last clause.
    closing: list[Flowable] = [
        para(texts.JUDICIAL_CONFIRMATION, body),
        para(staff, st.body),
        signature_lines(labels, st, w, per_row=2),
        Spacer(1, 4 * mm),
        SealBlock(committee, fmt_date(view.signed_on), st.size),
    ]
    story.append(KeepTogether(closing))
    build_pdf(
        out,
        story,
        paper=paper,
        title=f"人民调解协议书 {view.agreement_no}",
        author=committee,
        is_demo=view.is_demo,
        footer=f"{view.agreement_no}　受理编号 {view.case_no}",
    )
