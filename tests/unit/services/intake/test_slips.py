"""Slips: views carry masked identifiers and the due date; every print is logged on the case."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main as cli_main
from app.domain.intake import WindowAction
from app.domain.printables import NoticeKind, Paper, ReceiptView
from app.models import CaseEvent
from app.reports import render
from app.services.intake import register as svc
from app.services.intake import slips
from tests.unit.services.intake.conftest import applicant, intake, resident_id

ID = resident_id("37091119800101001")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def pdf_text(data: bytes, tmp: Path) -> str:
    """Return the text of a PDF."""
    path = tmp / "x.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_receipt_view_masks_and_has_due_date(session_factory, actor):
    with session_factory.begin() as s:
        res = svc.register_case(s, data=intake(), actor=actor)
    with session_factory() as s:
        slip = slips.slip_for(s, case_id=res.case_id)
    assert slip.kind == "receipt" and slip.prints_so_far == 0
    view = slip.view
    assert isinstance(view, ReceiptView)
    party = view.parties[0]
    assert party.id_masked == ID[:4] + "*" * 10 + ID[-4:]
    assert party.phone_masked == "138****5678"
    assert view.due_date is not None and view.time_limit == "30日"
    assert view.category == "邻里纠纷" and view.clerk == "测试员"
    assert view.centre.name.endswith("社会治理综合服务中心") and "满庄" in view.centre.name


@needs_poppler
@pytest.mark.parametrize("paper", [Paper.A4, Paper.A5, Paper.ROLL80])
def test_receipt_renders_without_full_identifiers(session_factory, actor, tmp_path, paper):
    with session_factory.begin() as s:
        res = svc.register_case(s, data=intake(is_demo=True), actor=actor)
        slip = slips.slip_for(s, case_id=res.case_id)
    buf = io.BytesIO()
    render(slip.kind, slip.view, buf, paper=paper)
    txt = pdf_text(buf.getvalue(), tmp_path)
    flat = txt.replace(" ", "")
    assert res.case_no in flat and res.query_code in flat
    assert ID not in flat and "13812345678" not in flat
    assert all(ch in flat for ch in "示例数据")  # a diagonal watermark: order is not kept


@pytest.mark.parametrize(
    ("action", "extra", "kind"),
    [
        (WindowAction.REJECT, {"reason": "该事项已由法院立案审理"}, NoticeKind.REJECT),
        (
            WindowAction.TRANSFER_OUT,
            {"reason": "属劳动争议", "transfer_to": "区劳动人事争议仲裁院"},
            NoticeKind.TRANSFER,
        ),
    ],
)
def test_notice_for_refused_cases(session_factory, actor, action, extra, kind):
    with session_factory.begin() as s:
        res = svc.register_case(s, data=intake(action=action, **extra), actor=actor)
        slip = slips.slip_for(s, case_no=res.case_no)
    assert slip.kind == "notice"
    view = slip.view
    assert view.kind is kind and view.reason == extra["reason"]  # type: ignore[union-attr]
    assert view.doc_no.endswith("第1号") and "〔20" in view.doc_no  # type: ignore[union-attr]
    assert view.transfer_to == extra.get("transfer_to", "")  # type: ignore[union-attr]
    render(slip.kind, view, io.BytesIO(), paper=Paper.A4)


def test_every_print_and_reprint_is_logged(session_factory, actor):
    with session_factory.begin() as s:
        res = svc.register_case(s, data=intake(), actor=actor)
        assert (
            slips.record_print(
                s, case_id=res.case_id, document="receipt", paper="a5", copies=1, actor=actor
            )
            == 1
        )
        assert (
            slips.record_print(
                s, case_id=res.case_id, document="receipt", paper="roll80", copies=2, actor=actor
            )
            == 2
        )
    with session_factory() as s:
        events = s.scalars(
            select(CaseEvent.payload).where(
                CaseEvent.case_id == res.case_id, CaseEvent.type == "print"
            )
        ).all()
        assert [e["reprint"] for e in events] == [False, True]
        assert slips.slip_for(s, case_id=res.case_id).prints_so_far == 2


@needs_poppler
def test_cli_slip(session_factory, actor, engine, tmp_path, capsys):
    with session_factory.begin() as s:
        res = svc.register_case(s, data=intake(parties=(applicant(name="欧阳娜娜"),)), actor=actor)
    db = engine.url.database
    out = tmp_path / "slip.pdf"
    assert cli_main(["slip", res.case_no, "--db", db, "--out", str(out), "--format", "80mm"]) == 0
    assert "第1次打印" in capsys.readouterr().out
    assert res.case_no in pdf_text(out.read_bytes(), tmp_path).replace(" ", "")
    assert cli_main(["slip", "106-000000-X-0001", "--db", db, "--out", str(out)]) == 1
    assert "没有编号" in capsys.readouterr().err
