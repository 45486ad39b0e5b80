"""Every document renders on every paper it supports, carries its data and only masked IDs."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path
from typing import Any

import pytest

from app.domain.printables import NoticeKind, Paper, PartyView
from app.reports import PAPERS, RENDERERS, TITLES, render, samples
from app.reports.layout import ROLL_WIDTH
from tests.unit.reports import pdftools
from tests.unit.reports.pdftools import needs_poppler

FULL_ID = "370911199001011231"

VIEWS: dict[str, Any] = {
    "receipt": samples.receipt(),
    "notice": samples.notice(NoticeKind.REJECT),
    "assignment": samples.assignment(),
    "supervision": samples.supervision(),
    "extension": samples.extension(),
    "mediation_agreement": samples.mediation(),
    "revisit": samples.revisit(),
    "performance": samples.performance(),
    **{doc: samples.petition(doc) for doc in samples.PETITION_TITLES},
}
# What each document must show besides its title.
MUST_SHOW: dict[str, tuple[str, ...]] = {
    "receipt": (
        samples.CASE_NO,
        "3709**********1231",
        "138****1234",
        samples.QUERY_CODE,
        "满庄镇司法所",
        "2026年12月27日",
        "2号窗口",
        "王晓梅",
        "0538-8561234",
        "当事人（签字）",
        "受理人（签字）",
        samples.CENTRE.name,
    ),
    "notice": (samples.CASE_NO, "3709**********1231", "岱满不受告字〔2026〕第3号", "决定不予受理"),
    "assignment": (
        samples.CASE_NO,
        "3709**********1231",
        "3709**********004X",
        "主办单位",
        "北留村村民委员会、满庄镇自然资源所",
        "签收时间",
    ),
    "supervision": (samples.CASE_NO, "重点督办", "已超期3日", "反馈期限"),
    "extension": (samples.CASE_NO, "3709**********1231", "2027年1月8日", "15个工作日"),
    "mediation_agreement": (
        "（2026）岱满调字第015号",
        "3709**********1231",
        "本协议一式三份，双方当事人各执一份，调解委员会留存一份。",
        "三十日内共同向人民法院申请司法确认",
        "调解委员会印章",
        "履行地点：北留村村民委员会",
        "二、被申请人李四赔偿",
    ),
    "revisit": (samples.CASE_NO, "138****1234", "■满意", "□不满意", "同意归档"),
    "performance": ("2026年11月部门履职评价排名", "满庄镇人力资源和社会保障所", "100.0%", "98.5"),
    **{
        doc: (samples.CASE_NO, "岱满信处〔2026〕第1号", "《信访工作条例》", samples.QUERY_CODE)
        for doc in samples.PETITION_TITLES
    },
}
TITLE_TEXT = {
    "receipt": "受理回执",
    "notice": "不予受理告知书",
    "assignment": "矛盾纠纷交办单",
    "supervision": "督办单",
    "extension": "延期办理告知书",
    "mediation_agreement": "人民调解协议书",
    "revisit": "回访记录",
    "performance": "部门履职评价排名",
    **samples.PETITION_TITLES,
}
CASES = [(kind, paper) for kind in RENDERERS for paper in PAPERS[kind]]


def _render(kind: str, view: Any, paper: Paper, tmp_path: Path) -> Path:
    path = tmp_path / f"{kind}-{paper}.pdf"
    with path.open("wb") as out:
        RENDERERS[kind](view, out, paper=paper)
    return path


def test_registry_is_complete() -> None:
    assert set(RENDERERS) == set(PAPERS) == set(TITLES) == set(VIEWS)
    assert set(PAPERS["receipt"]) == set(PAPERS["notice"]) == set(Paper)


@needs_poppler
@pytest.mark.parametrize(("kind", "paper"), CASES)
def test_document_renders_with_its_data(kind: str, paper: Paper, tmp_path: Path) -> None:
    path = _render(kind, VIEWS[kind], paper, tmp_path)
    assert path.read_bytes().startswith(b"%PDF")
    text = pdftools.text(path)
    for expected in (TITLE_TEXT[kind], *MUST_SHOW[kind]):
        assert "".join(expected.split()) in text, expected
    assert "示例数据" in text  # the samples are demo data: watermark
    assert FULL_ID not in text
    assert not re.search(r"\d{17}[\dX]", text)  # no complete ID number of anyone
    assert not re.search(r"1[3-9]\d{9}", text)  # no complete mobile number


@needs_poppler
@pytest.mark.parametrize(("kind", "paper"), CASES)
def test_real_data_has_no_watermark(kind: str, paper: Paper, tmp_path: Path) -> None:
    view = dataclasses.replace(VIEWS[kind], is_demo=False)
    assert "示例数据" not in pdftools.text(_render(kind, view, paper, tmp_path))


@needs_poppler
@pytest.mark.parametrize(("kind", "paper"), CASES)
def test_sample_fits_one_sheet_and_roll_is_80mm(kind: str, paper: Paper, tmp_path: Path) -> None:
    path = _render(kind, VIEWS[kind], paper, tmp_path)
    width, height = pdftools.page_size(path)
    if paper is Paper.ROLL80:
        assert width == pytest.approx(ROLL_WIDTH, abs=0.5)
        assert 150 * 2.8346 < height < 500 * 2.8346  # fitted to content, not a fixed sheet
        assert pdftools.page_count(path) == 1
    elif kind != "mediation_agreement":  # the agreement's signatures may take a second page
        assert pdftools.page_count(path) == 1


@needs_poppler
def test_transfer_notice_names_the_receiving_organ(tmp_path: Path) -> None:
    view = samples.notice(NoticeKind.TRANSFER)
    for paper in PAPERS["notice"]:
        text = pdftools.text(_render("notice", view, paper, tmp_path))
        assert "移送告知书" in text
        assert "本中心已将该事项移送岱岳区劳动人事争议仲裁委员会处理" in text
        assert "不予受理告知书" not in text


@needs_poppler
def test_receipt_mediation_rights_only_for_mediation(tmp_path: Path) -> None:
    with_rights = pdftools.text(_render("receipt", samples.receipt(), Paper.A5, tmp_path))
    assert "第二十三条" in with_rights
    assert "不收取任何费用" in with_rights
    assert "选择或者接受人民调解员" in with_rights
    plain_view = samples.receipt(is_mediation=False)
    without = pdftools.text(_render("receipt", plain_view, Paper.A5, tmp_path))
    assert "第二十三条" not in without
    assert "个人信息告知" in without  # the privacy notice is on every receipt


@needs_poppler
@pytest.mark.parametrize("paper", list(Paper))
def test_markup_and_sql_print_literally(paper: Paper, tmp_path: Path) -> None:
    nasty = '<b>加粗</b>&amp;<script>alert(1)</script>\'; DROP TABLE "case"; --'
    view = samples.receipt(summary=nasty)
    text = pdftools.text(_render("receipt", view, paper, tmp_path))
    assert "".join(nasty.split()) in text


def test_unsupported_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="不支持纸张"):
        render("mediation_agreement", VIEWS["mediation_agreement"], io.BytesIO(), paper=Paper.A5)
    with pytest.raises(ValueError, match="不支持纸张"):
        RENDERERS["performance"](VIEWS["performance"], io.BytesIO(), paper=Paper.ROLL80)
    with pytest.raises(ValueError, match="未知的打印文书类型"):
        render("nonsense", VIEWS["receipt"], io.BytesIO())


def test_render_by_name_uses_default_paper() -> None:
    out = io.BytesIO()
    render("receipt", VIEWS["receipt"], out)
    assert out.getvalue().startswith(b"%PDF")
    assert b"/MediaBox [ 0 0 419.5" in out.getvalue()  # A5 is the receipt's default


def test_views_refuse_unmasked_identifiers() -> None:
    with pytest.raises(ValueError, match="masked ID"):
        PartyView(role="申请人", name="张三", id_masked=FULL_ID)
    with pytest.raises(ValueError, match="masked phone"):
        PartyView(role="申请人", name="张三", phone_masked="138 1234 1234")
    with pytest.raises(ValueError, match="masked phone"):
        dataclasses.replace(samples.revisit(), phone_masked="13812341234")


@needs_poppler
def test_empty_performance_report_says_so(tmp_path: Path) -> None:
    view = dataclasses.replace(samples.performance(), rows=())
    path = _render("performance", view, Paper.A4, tmp_path)
    assert "本期没有可评价的部门办件" in pdftools.text(path)


@needs_poppler
@pytest.mark.parametrize("paper", list(Paper))
def test_receipt_before_dispatch_says_so(paper: Paper, tmp_path: Path) -> None:
    view = dataclasses.replace(samples.receipt(), department="", due_date=None, window="")
    text = pdftools.text(_render("receipt", view, paper, tmp_path))
    assert "待中心交办" in text
    assert "预计办结—" in text


@needs_poppler
def test_a5_receipt_with_three_parties_stays_on_one_sheet(tmp_path: Path) -> None:
    """Three parties and the mediation notice overflow A5 at full size: set smaller, one sheet."""
    third = dataclasses.replace(samples.RESPONDENT, role="第三人", name="王五")
    view = dataclasses.replace(
        samples.receipt(), parties=(samples.APPLICANT, samples.RESPONDENT, third)
    )
    path = _render("receipt", view, Paper.A5, tmp_path)
    assert pdftools.page_count(path) == 1
    text = pdftools.text(path)
    assert "王五" in text and "第二十三条" in text and "2026年11月27日" in text
