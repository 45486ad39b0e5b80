"""Build the transfer documents (交办单, 督办单, 延期告知书, 调解协议书, 回访记录) from the DB."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
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
    PetitionNoticeView,
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


_LAW = "《信访工作条例》（2022年）"
_SD = "《山东省信访条例》"
# Title, document-number word and legal-basis line of each written step of the 信访 path.
PETITION_DOCUMENTS: dict[str, tuple[str, str, str]] = {
    "acceptance_notice": ("受理告知书", "信受", f"{_LAW}第二十二条、第二十三条、第三十四条"),
    "petition_opinion": ("信访事项处理意见书", "信处", f"{_LAW}第三十四条、第三十五条"),
    "review_request": ("复查受理告知书", "信复受", f"{_LAW}第三十五条；{_SD}第四十三条"),
    "review_opinion": ("信访事项复查意见书", "信复", f"{_LAW}第三十五条、第三十六条"),
    "recheck_request": ("复核受理告知书", "信核受", f"{_LAW}第三十六条；{_SD}第四十四条"),
    "recheck_opinion": ("信访事项复核意见书", "信核", f"{_LAW}第三十六条"),
    "petition_final": ("信访事项终结告知书", "信终", f"{_LAW}第三十六条"),
}


def fmt_date(value: date | datetime | None) -> str:
    """Return a date as 2026年11月27日 (China time for datetimes), as the printables write it."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = deadlines.local_date(value)
    return f"{value.year}年{value.month}月{value.day}日"


def _day(value: Any) -> str:
    return fmt_date(datetime.fromisoformat(value)) if value else ""


def petition_notice(session: Session, *, case_id: str, document: str) -> PetitionNoticeView:
    """Return the printable of a written 信访 step (the case's latest event of that type)."""
    title, word, basis = PETITION_DOCUMENTS[document]
    case = _case(session, case_id)
    ev = _last(session, case_id, EventType(document))
    p: dict[str, Any] = ev.payload
    parties = _parties(session, case_id)
    if not parties:
        raise DomainError("该案件没有信访人信息，无法出具{title}", title=title)
    organ = _dept_name(session, ev.department_id)
    opening = (
        f"你（单位）于{fmt_date(case.received_at)}提出的“{case.summary.rstrip('。')}”信访事项"
        f"（受理编号：{case.case_no}）"
    )
    paragraphs: list[str] = []
    due_line = ""
    if document == "acceptance_notice" and not p.get("accepted"):
        title = "不予受理告知书"
        paragraphs = [
            f"{opening}，经审查，{str(p.get('reason', '')).rstrip('。')}，本机关决定不予受理。",
            f"请你{str(p.get('go_to', '')).rstrip('。')}。",
        ]
    elif document == "acceptance_notice":
        paragraphs = [f"{opening}，经审查，符合受理条件，{organ}决定予以受理。"]
        due_line = f"本机关将于{_day(p.get('due_at'))}前办结并向你出具书面处理意见。"
    elif document in ("petition_opinion", "review_opinion", "recheck_opinion"):
        what = {"petition_opinion": "处理", "review_opinion": "复查", "recheck_opinion": "复核"}
        paragraphs = [
            f"{opening}，{organ}已依法{what[document]}完毕，意见如下：",
            str(p.get("opinion", "")),
        ]
        if document == "petition_opinion":
            review = _dept_name(session, p.get("review_department_id"))
            due_line = (
                f"如对本处理意见不服，可以自收到本意见书之日起30日内（{_day(p.get('request_due_at'))}"
                f"前）向{review}请求复查。"
            )
        elif document == "review_opinion":
            recheck = _dept_name(session, p.get("recheck_department_id"))
            due_line = (
                f"如对本复查意见不服，可以自收到本意见书之日起30日内（{_day(p.get('request_due_at'))}"
                f"前）向{recheck}请求复核。"
            )
        else:
            due_line = (
                "本复核意见为最终意见。对复核意见不服，仍以同一事实和理由提出投诉请求的，"
                "不再受理（信访终结）。"
            )
    elif document in ("review_request", "recheck_request"):
        step = "复查" if document == "review_request" else "复核"
        paragraphs = [
            f"{opening}，你于{_day(p.get('requested_at'))}提出的{step}请求，"
            f"{organ}已于{fmt_date(ev.at)}受理。"
        ]
        due_line = f"本机关将于{_day(p.get('due_at'))}前出具{step}意见。"
    else:  # petition_final
        paragraphs = [
            f"{opening}，已经处理、复查、复核，{organ}已出具复核意见。",
            str(p.get("reason", "")) + "。",
        ]
    return PetitionNoticeView(
        document=document,
        title=title,
        centre=centre_of(session, case.owner_org),
        organ=organ,
        doc_no=_doc_no(session, case, EventType(document), word, ev.id),
        case_no=case.case_no,
        query_code=case.query_code,
        party=parties[0],
        received_at=case.received_at,
        summary=case.summary,
        paragraphs=tuple(paragraphs),
        legal_basis=basis,
        issued_on=deadlines.local_date(ev.at),
        due_line=due_line,
        is_demo=case.is_demo,
    )


DOCUMENTS: dict[str, Callable[..., Any]] = {
    "assignment": assignment_slip,
    "supervision": supervision_slip,
    "extension": extension_notice,
    "revisit": revisit_record,
    **{doc: partial(petition_notice, document=doc) for doc in PETITION_DOCUMENTS},
}
