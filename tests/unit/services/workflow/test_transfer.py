"""The transfer services: dispatch → sign → return → rule → extend → close → revisit → reopen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.enums import CaseStatus, EventType, Satisfaction, WarningLevel
from app.domain.intake import StoredFile
from app.domain.transfer import Queue
from app.models import Attachment, Case, CaseAssignment, CaseEvent
from app.models.base import utcnow
from app.services.errors import DomainError, Forbidden, ValidationError
from app.services.transfer import actions as transfer
from app.services.transfer import queries as transfer_queries
from app.services.transfer import supervision as transfer_supervision
from app.services.transfer.workflow import TransitionError, current_state
from tests.unit.services.transfer.helpers import CHIEF, DESK, dept, handler, make_case

SFS = handler("T-SFS", "司法所王")
ZZB = handler("T-ZZB", "综治办李")
RSS = handler("T-RSS", "人社所赵")


def test_suggestion_comes_from_routing_rule_and_time_limits(
    session_factory: sessionmaker[Session],
) -> None:
    with session_factory.begin() as s:
        cid = make_case(s, category="LL")
        sug = transfer.suggest_routing(s, case_id=cid)
    assert sug.lead_department_id == dept("T-SFS")
    assert sug.assist_department_ids == (dept("T-ZZB"),)
    assert sug.limit_label == "30日"
    assert sug.duty_titles and "邻里纠纷" in sug.duty_titles[0]
    assert sug.sign_due_at < sug.due_at


def test_full_joint_handling_path(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
        transfer.dispatch(
            s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"),
            assist_department_ids=[dept("T-ZZB")],
        )  # fmt: skip
        page = transfer_queries.queue(s, queue=Queue.TO_SIGN, department_id=dept("T-ZZB"))
        assert [r.id for r in page.rows] == [cid]
        for code in ("T-ZZB", "T-SFS"):  # assisting and lead department both have it to sign
            assert transfer_queries.queue_counts(s, department_id=dept(code)).count("to_sign") == 1
        transfer.sign(s, actor=SFS, case_id=cid)
        zzb = transfer_queries.queue_counts(s, department_id=dept("T-ZZB"))
        assert (zzb.count("to_sign"), zzb.count("in_progress")) == (1, 1)
        transfer.sign(s, actor=ZZB, case_id=cid)
        sfs = transfer_queries.queue_counts(s, department_id=dept("T-SFS"))
        assert (sfs.count("to_sign"), sfs.count("in_progress"), sfs.red) == (0, 1, 0)
        assert (
            transfer_queries.queue(s, queue=Queue.TO_SIGN, department_id=dept("T-ZZB")).total == 0
        )
        with pytest.raises(ValidationError) as blank_note:
            transfer.add_progress(s, actor=SFS, case_id=cid, note="  ")
        assert blank_note.value.errors == {"note": "请填写办理进展"}
        transfer.add_progress(s, actor=SFS, case_id=cid, note="已约双方到所调解")
        with pytest.raises(TransitionError, match="协办部门未反馈"):
            transfer.close(s, actor=SFS, case_id=cid, outcome="resolved", result="调解成功")
        with pytest.raises(ValidationError) as blank_result:
            transfer.assist_report(s, actor=ZZB, case_id=cid, result="")
        assert blank_result.value.errors == {"result": "请填写协办结果"}
        transfer.assist_report(s, actor=ZZB, case_id=cid, result="已协助现场勘查")
        files = [StoredFile("a" * 64, "调解笔录.pdf", 1024, "application/pdf")]
        res = transfer.close(
            s, actor=SFS, case_id=cid, outcome="resolved", result="调解成功", attachments=files
        )
        assert res.status == CaseStatus.TO_REVISIT
        att = s.scalars(select(Attachment).where(Attachment.case_id == cid)).one()
        assert att.filename == "调解笔录.pdf" and att.event_id is not None
        case = s.get(Case, cid)
        assert case.status == "to_revisit" and case.deadline_at is not None
        rows = s.scalars(select(CaseAssignment).where(CaseAssignment.case_id == cid)).all()
        assert {r.state for r in rows} == {"done"}


def test_return_then_reassign_and_insist(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
        transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-RSS"))
        with pytest.raises(ValidationError):
            transfer.return_case(s, actor=RSS, case_id=cid, reason_code="other", reason=" ")
        transfer.return_case(s, actor=RSS, case_id=cid, reason_code="not_our_duty")
        counts = transfer_queries.queue_counts(s)
        assert counts.count(Queue.TO_DISPATCH) == 1
        transfer.rule_insist(s, actor=DESK, case_id=cid, reason="职责清单第12项属人社所")
        transfer.return_case(s, actor=RSS, case_id=cid, reason_code="not_our_duty")
        sug = transfer.suggest_routing(s, case_id=cid)
        assert dict(sug.return_counts)[dept("T-RSS")] == 2
        res = transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"))
        assert res.event_type == EventType.RULE_REASSIGN and res.status == CaseStatus.TO_SIGN
        assert s.get(Case, cid).lead_department_id == dept("T-SFS")
        assert (
            transfer_queries.queue(s, queue=Queue.TO_SIGN, department_id=dept("T-RSS")).total == 0
        )


def test_roles_and_departments_are_enforced(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
        with pytest.raises(Forbidden, match="无权交办"):
            transfer.dispatch(s, actor=SFS, case_id=cid, lead_department_id=dept("T-SFS"))
        transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"))
        with pytest.raises(TransitionError, match="不是该案件的承办部门"):
            transfer.sign(s, actor=RSS, case_id=cid)
        with pytest.raises(Forbidden):
            transfer.sign(s, actor=DESK, case_id=cid)
        transfer.sign(s, actor=SFS, case_id=cid)
        transfer.request_extension(s, actor=SFS, case_id=cid, days=10, reason="需等待鉴定结论")
        with pytest.raises(Forbidden, match="无权批准延期"):
            transfer.decide_extension(s, actor=SFS, case_id=cid, approve=True)


def test_extension_moves_the_deadline_later(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
        transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"))
        transfer.sign(s, actor=SFS, case_id=cid)
        before = current_state(s, cid).due_at
        transfer.request_extension(s, actor=SFS, case_id=cid, days=15, reason="需等待鉴定结论")
        with pytest.raises(TransitionError, match="待审批"):
            transfer.request_extension(s, actor=SFS, case_id=cid, days=5, reason="再延")
        res = transfer.decide_extension(s, actor=CHIEF, case_id=cid, approve=True)
        assert res.status == CaseStatus.EXTENDED
        assert res.due_at - before >= timedelta(days=14)
        with pytest.raises(DomainError, match="没有待审批"):
            transfer.decide_extension(s, actor=CHIEF, case_id=cid, approve=False, reason="x")


def _closed_case(s: Session) -> str:
    cid = make_case(s)
    transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"))
    transfer.sign(s, actor=SFS, case_id=cid)
    transfer.close(s, actor=SFS, case_id=cid, outcome="resolved", result="双方达成协议")
    return cid


def test_unsatisfied_revisit_reopens(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        cid = _closed_case(s)
        with pytest.raises(ValidationError):
            transfer.revisit(
                s, actor=DESK, case_id=cid, satisfaction="unsatisfied", channel="phone"
            )
        res = transfer.revisit(
            s, actor=DESK, case_id=cid, satisfaction=Satisfaction.UNSATISFIED, channel="phone",
            reopen_reason="排水沟仍未疏通",
        )  # fmt: skip
        assert res.status == CaseStatus.IN_PROGRESS and res.event_type == EventType.REOPEN
        types = s.scalars(
            select(CaseEvent.type).where(CaseEvent.case_id == cid).order_by(CaseEvent.id)
        ).all()
        assert types[-2:] == ["revisit", "reopen"]


def test_revisit_by_query_code(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        cid = _closed_case(s)
        case = s.get(Case, cid)
        with pytest.raises(DomainError, match="查询码不正确"):
            transfer.revisit_by_query_code(
                s, actor=DESK, case_no=case.case_no, query_code="000000x", satisfaction="satisfied"
            )
        res = transfer.revisit_by_query_code(
            s, actor=DESK, case_no=case.case_no, query_code=case.query_code,
            satisfaction="basic",
        )  # fmt: skip
        assert res.status == CaseStatus.EVALUATED
        assert s.get(Case, cid).satisfaction == "basic"


def test_supervise_consult_and_escalation(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
        transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"))
        transfer.sign(s, actor=SFS, case_id=cid)
        transfer_supervision.supervise(
            s, actor=CHIEF, case_id=cid, level="key", opinion="三日内反馈"
        )
        transfer_supervision.consult(
            s, actor=CHIEF, case_id=cid, held_on="2026-11-27",
            department_ids=[dept("T-SFS"), dept("T-ZZB")], opinion="由司法所牵头再次调解",
        )  # fmt: skip
        with pytest.raises(ValidationError):
            transfer_supervision.consult(
                s, actor=CHIEF, case_id=cid, held_on="27号", department_ids=[], opinion=""
            )
        case = s.get(Case, cid)
        late = case.deadline_at + timedelta(hours=1)
        yellow = case.warn_at + timedelta(minutes=1)
        row = transfer_queries.queue(s, queue=Queue.IN_PROGRESS, now=yellow).rows[0]
        assert row.warning == WarningLevel.YELLOW
        assert transfer_queries.queue_counts(s, now=late).red == 1
        assert transfer_supervision.escalate_overdue(s, now=late) == 1
        assert transfer_supervision.escalate_overdue(s, now=late) == 0
        page = transfer_queries.queue(s, queue=Queue.ESCALATED, now=late)
        assert [r.id for r in page.rows] == [cid] and page.rows[0].warning == WarningLevel.RED
        overdue = transfer_queries.overdue_list(s, now=late)
        assert overdue[0].limit == "办理" and overdue[0].overdue_hours >= 1
        detail = transfer_queries.case_detail(s, case_id=cid)
        labels = [t.label for t in detail.timeline]
        assert labels == ["登记", "受理", "交办", "签收", "督办", "会商研判", "升级督办"]
        assert "司法所牵头" in detail.timeline[5].text


def test_sign_starts_the_clock(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
        transfer.dispatch(
            s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"),
            due_at=utcnow() + timedelta(days=2),
        )  # fmt: skip
        transfer.sign(s, actor=SFS, case_id=cid)
        assert current_state(s, cid).due_at > utcnow() + timedelta(days=29)
