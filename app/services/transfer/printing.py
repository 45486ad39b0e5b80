"""Build the transfer documents (交办单, 督办单, 延期告知书, 调解协议书, 回访记录) from the DB."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import (
    CaseKind,
    Channel,
    EventType,
    Outcome,
    PartyRole,
    RiskGrade,
    Satisfaction,
)
from app.domain.masking import mask_id, mask_phone
from app.domain.printables import (
    AssignmentSlipView,
    ExtensionNoticeView,
    MediationAgreementView,
    PartyView,
    RevisitRecordView,
    SupervisionSlipView,
)
from app.domain.transfer import SupervisionLevel
from app.models import Case, CaseEvent, CaseParty, Category, Department, Person
from app.models.base import utcnow
from app.services.common import deadlines
from app.services.errors import DomainError, NotFound
from app.services.reference import centre_of

_CHANNELS = {"phone": "电话", "window": "窗口", "visit": "上门", "sms": "短信",
             "query_code": "查询码自评"}  # fmt: skip


def _case(session: Session, case_id: str) -> Case:
    case = session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound("案件不存在")
    return case


def _last(session: Session, case_id: str, *types: EventType) -> CaseEvent:
    event = session.scalars(
        select(CaseEvent)
        .where(
            CaseEvent.case_id == case_id,
            CaseEvent.type.in_([t.value for t in types]),
            CaseEvent.no_effect.is_(False),
        )
        .order_by(CaseEvent.id.desc())
        .limit(1)
    ).first()
    if event is None:
        raise DomainError("该案件还没有“{events}”记录，无法打印", events=types)
    return event


def _dept_name(session: Session, dept_id: str | None) -> str:
    dept = session.get(Department, dept_id) if dept_id else None
    return dept.name if dept else ""


def _parties(session: Session, case_id: str) -> tuple[PartyView, ...]:
    rows = session.execute(
        select(CaseParty, Person)
        .outerjoin(Person, Person.id == CaseParty.person_id)
        .where(CaseParty.case_id == case_id, CaseParty.deleted_at.is_(None))
        .order_by(CaseParty.id)
    ).all()
    return tuple(
        PartyView(
            role=PartyRole(p.role).label if p.role in PartyRole._value2member_map_ else p.role,
            name=p.name,
            id_masked=mask_id(person.id_number or "") if person else "",
            phone_masked=mask_phone(person.phone or "") if person else "",
            organisation=p.party_type == "organisation",
        )
        for p, person in rows
    )


def _doc_no(session: Session, case: Case, event_type: EventType, word: str, event_id: str) -> str:
    """Number a document by counting this township's events of its kind up to this one."""
    year = deadlines.local_date(utcnow()).year
    seq = len(
        session.scalars(
            select(CaseEvent.id).where(
                CaseEvent.owner_org == case.owner_org,
                CaseEvent.type == event_type.value,
                CaseEvent.id <= event_id,
            )
        ).all()
    )
    return f"岱{word}〔{year}〕第{seq:03d}号"


def assignment_slip(session: Session, *, case_id: str) -> AssignmentSlipView:
    """Return the 交办单 of the case's current assignment."""
    case = _case(session, case_id)
    ev = _last(session, case_id, EventType.DISPATCH, EventType.RULE_REASSIGN)
    p: dict[str, Any] = ev.payload
    category = session.get(Category, case.category_id) if case.category_id else None
    limit = deadlines.handling_limit(session, kind=case.kind, category_id=case.category_id)
    due = p.get("due_at")
    sign_due = p.get("sign_due_at")
    return AssignmentSlipView(
        centre=centre_of(session, case.owner_org),
        slip_no=_doc_no(session, case, EventType(ev.type), "交", ev.id),
        case_no=case.case_no,
        dispatched_at=ev.at,
        kind=CaseKind(case.kind).label,
        category=category.name if category else "",
        risk_grade=RiskGrade(case.risk_grade).label,
        channel=Channel(case.channel).label,
        summary=case.summary,
        facts=case.facts,
        demands=case.demands,
        parties=_parties(session, case_id),
        lead_department=_dept_name(session, p.get("lead_department_id")),
        assist_departments=tuple(
            _dept_name(session, d) for d in p.get("assist_department_ids") or ()
        ),
        sign_due_at=datetime.fromisoformat(sign_due) if sign_due else None,
        time_limit=limit.label,
        due_date=deadlines.local_date(datetime.fromisoformat(due)) if due else None,
        requirements=str(p.get("requirements") or "请于签收期限内签收，按期办结并反馈结果。"),
        dispatcher=ev.actor_name,
        is_demo=case.is_demo,
    )


def supervision_slip(session: Session, *, case_id: str) -> SupervisionSlipView:
    """Return the 督办单 of the case's latest 督办 or 催办."""
    case = _case(session, case_id)
    ev = _last(session, case_id, EventType.SUPERVISE, EventType.URGE)
    p = ev.payload
    today = deadlines.local_date(ev.at)
    due = deadlines.local_date(case.due_at) if case.due_at else None
    overdue = max((today - due).days, 0) if due else 0
    level = p.get("level", "normal")
    reply = p.get("reply_due_at")
    return SupervisionSlipView(
        centre=centre_of(session, case.owner_org),
        slip_no=_doc_no(session, case, EventType(ev.type), "督", ev.id),
        case_no=case.case_no,
        level=SupervisionLevel(level).label if level in SupervisionLevel._value2member_map_ else "",
        department=_dept_name(session, p.get("department_id") or case.lead_department_id),
        summary=case.summary,
        received_at=case.received_at,
        due_date=due,
        overdue_days=overdue,
        reason="已超过办理期限" if overdue else "办理进度需加快",
        requirements=str(p.get("opinion", "")),
        reply_due=deadlines.local_date(datetime.fromisoformat(reply)) if reply else None,
        supervisor=ev.actor_name,
        issued_on=today,
        is_demo=case.is_demo,
    )


def extension_notice(session: Session, *, case_id: str) -> ExtensionNoticeView:
    """Return the 延期告知书 of the case's latest approved extension."""
    case = _case(session, case_id)
    ev = _last(session, case_id, EventType.EXTEND_APPROVE)
    p = ev.payload
    parties = _parties(session, case_id)
    if not parties:
        raise DomainError("该案件没有当事人信息，无法出具延期告知书")
    new_due = datetime.fromisoformat(p["due_at"])
    old = p.get("previous_due_at")
    old_due = datetime.fromisoformat(old) if old else new_due
    return ExtensionNoticeView(
        centre=centre_of(session, case.owner_org),
        doc_no=_doc_no(session, case, EventType.EXTEND_APPROVE, "延告", ev.id),
        case_no=case.case_no,
        query_code=case.query_code,
        party=parties[0],
        received_at=case.received_at,
        summary=case.summary,
        original_due=deadlines.local_date(old_due),
        new_due=deadlines.local_date(new_due),
        extension=f"{p.get('days', '')}日",
        reason=str(p.get("reason", "")),
        department=_dept_name(session, case.lead_department_id),
        issued_on=deadlines.local_date(ev.at),
        is_demo=case.is_demo,
    )


def mediation_agreement(session: Session, *, case_id: str) -> tuple[MediationAgreementView, int]:
    """Return the 调解协议书 of the case and how many copies to print (parties + 1)."""
    case = _case(session, case_id)
    ev = _last(session, case_id, EventType.MEDIATION_AGREEMENT)
    p = ev.payload
    view = MediationAgreementView(
        centre=centre_of(session, case.owner_org),
        agreement_no=str(p["agreement_no"]),
        case_no=case.case_no,
        parties=_parties(session, case_id),
        facts=str(p.get("facts", "")),
        disputes=str(p.get("disputes", "")),
        responsibilities=str(p.get("responsibilities", "")),
        terms=tuple(p.get("terms") or ()),
        performance_manner=str(p.get("performance_manner", "")),
        performance_place=str(p.get("performance_place", "")),
        performance_deadline=str(p.get("performance_deadline", "")),
        mediators=tuple(p.get("mediators") or ()),
        signed_on=date.fromisoformat(str(p["signed_on"])),
        recorder=str(p.get("recorder", "")),
        is_demo=case.is_demo,
    )
    return view, int(p.get("copies", 3))


def revisit_record(session: Session, *, case_id: str) -> RevisitRecordView:
    """Return the 回访记录 of the case's latest revisit."""
    case = _case(session, case_id)
    ev = _last(session, case_id, EventType.REVISIT)
    closing = _last(session, case_id, EventType.CLOSE, EventType.QUICK_RESOLVE)
    after = session.scalars(
        select(CaseEvent.type).where(CaseEvent.case_id == case_id, CaseEvent.id > ev.id)
    ).all()
    parties = _parties(session, case_id)
    first = parties[0] if parties else None
    sat = ev.payload.get("satisfaction", "")
    outcome = closing.payload.get("outcome", "")
    return RevisitRecordView(
        centre=centre_of(session, case.owner_org),
        case_no=case.case_no,
        party_name=first.name if first else "",
        phone_masked=first.phone_masked if first else "",
        summary=case.summary,
        department=_dept_name(session, case.lead_department_id),
        outcome=Outcome(outcome).label if outcome in Outcome._value2member_map_ else outcome,
        result=str(closing.payload.get("result", "")),
        closed_on=deadlines.local_date(closing.at),
        revisit_at=ev.at,
        channel=_CHANNELS.get(str(ev.payload.get("channel", "")), "电话"),
        revisitor=ev.actor_name,
        satisfaction=Satisfaction(sat).label if sat in Satisfaction._value2member_map_ else sat,
        comment=str(ev.payload.get("comment", "")),
        follow_up="重新交办（重办）" if EventType.REOPEN.value in after else "同意归档",
        is_demo=case.is_demo,
    )


DOCUMENTS = {
    "assignment": assignment_slip,
    "supervision": supervision_slip,
    "extension": extension_notice,
    "revisit": revisit_record,
}
