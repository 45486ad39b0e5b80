"""Transfer documents are built from the database and render to PDF with their key facts."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.domain.enums import PartyRole
from app.domain.ids import uuid7
from app.models import CaseParty, Person
from app.reports import render
from app.services.errors import DomainError, ValidationError
from app.services.transfer import actions as transfer
from app.services.transfer import mediation as transfer_mediation
from app.services.transfer import printing as transfer_printing
from app.services.transfer import supervision as transfer_supervision
from tests.unit.services.transfer.helpers import CHIEF, DESK, ORG, dept, handler, make_case

SFS = handler("T-SFS", "司法所王")


def _with_party(s: Session, cid: str) -> None:
    person = Person(
        id=uuid7(), owner_org=ORG, name="张三丰", id_number="11010519491231002X",
        phone="13812341234",
    )  # fmt: skip
    s.add(person)
    s.flush()
    s.add(CaseParty(owner_org=ORG, case_id=cid, role=PartyRole.APPLICANT, person_id=person.id,
                    name="张三丰"))  # fmt: skip
    s.add(CaseParty(owner_org=ORG, case_id=cid, role=PartyRole.RESPONDENT, name="李四"))
    s.flush()


def _text(kind: str, view: object, tmp_path: Path) -> str:
    buf = io.BytesIO()
    render(kind, view, buf)
    pdf = tmp_path / f"{kind}.pdf"
    pdf.write_bytes(buf.getvalue())
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-singlefile", pdf, tmp_path / kind], check=True
    )
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, check=True)
    return out.stdout.decode()


def test_documents_of_a_full_case(session_factory: sessionmaker[Session], tmp_path: Path) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
        _with_party(s, cid)
        with pytest.raises(DomainError, match="交办"):
            transfer_printing.assignment_slip(s, case_id=cid)
        transfer.dispatch(
            s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"),
            assist_department_ids=[dept("T-ZZB")],
        )  # fmt: skip
        slip = transfer_printing.assignment_slip(s, case_id=cid)
        transfer.sign(s, actor=SFS, case_id=cid)
        transfer_supervision.supervise(
            s, actor=CHIEF, case_id=cid, level="key", opinion="请于三日内反馈进展"
        )
        sup = transfer_printing.supervision_slip(s, case_id=cid)
        transfer.request_extension(s, actor=SFS, case_id=cid, days=15, reason="需等待伤情鉴定")
        transfer.decide_extension(s, actor=CHIEF, case_id=cid, approve=True)
        ext = transfer_printing.extension_notice(s, case_id=cid)
        got = transfer_mediation.record_agreement(
            s, actor=SFS, case_id=cid,
            data=transfer_mediation.AgreementInput(
                facts="两户因排水沟堵塞发生争执", disputes="排水沟疏通费用",
                responsibilities="双方均有责任", terms=("李四承担疏通费用500元", "张三丰配合施工"),
                performance_manner="现金", performance_place="村委会",
                performance_deadline="2026年12月10日前", mediators=("王调解",),
                signed_on=date(2026, 11, 27),
            ),
        )  # fmt: skip
        assert got.agreement_no == "（2026）岱满调字第001号"
        assert got.copies == 3 and got.judicial_deadline == date(2026, 12, 27)
        med, copies = transfer_printing.mediation_agreement(s, case_id=cid)
    assert slip.lead_department == "司法所" and slip.assist_departments[0].startswith("平安法治")
    assert slip.parties[0].id_masked.startswith("1101") and "*" in slip.parties[0].id_masked
    assert sup.level == "重点督办" and sup.department == "司法所"
    assert ext.reason == "需等待伤情鉴定" and ext.new_due > ext.original_due
    assert copies == 3
    text = _text("assignment", slip, tmp_path)
    assert "交办单" in text and "司法所" in text and "11010519491231002X" not in text
    assert "需等待伤情鉴定" in _text("extension", ext, tmp_path)
    assert "重点督办" in _text("supervision", sup, tmp_path)
    assert "（2026）岱满调字第001号" in _text("mediation_agreement", med, tmp_path).replace(" ", "")


def test_revisit_record_and_agreement_validation(
    session_factory: sessionmaker[Session], tmp_path: Path
) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
        _with_party(s, cid)
        with pytest.raises(ValidationError):
            transfer_mediation.record_agreement(
                s, actor=SFS, case_id=cid,
                data=transfer_mediation.AgreementInput(
                    "", "", "", (), "", "", "", (), date(2026, 11, 27)
                ),
            )  # fmt: skip
        transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"))
        transfer.sign(s, actor=SFS, case_id=cid)
        transfer.close(s, actor=SFS, case_id=cid, outcome="resolved", result="已疏通排水沟")
        transfer.revisit(
            s, actor=DESK, case_id=cid, satisfaction="unsatisfied", channel="phone",
            reopen_reason="施工后仍积水",
        )  # fmt: skip
        view = transfer_printing.revisit_record(s, case_id=cid)
    assert view.satisfaction == "不满意" and view.follow_up.startswith("重新交办")
    assert view.phone_masked == "138****1234"
    assert "已疏通排水沟" in _text("revisit", view, tmp_path)
