"""Build the intake slips (受理回执, 不予受理/移送告知书) from the database and log every print."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.enums import CaseKind, CaseStatus, Channel, EventType, PartyRole, Sex
from app.domain.masking import mask_id, mask_phone
from app.domain.printables import NoticeKind, NoticeView, PartyView, ReceiptView
from app.models import (
    Case,
    CaseEvent,
    CaseParty,
    Category,
    Department,
    Organisation,
    Person,
    Region,
)
from app.services import audit
from app.services.common import deadlines
from app.services.errors import DomainError, NotFound
from app.services.reference import centre_of
from app.services.search import find_case_id
from app.services.transfer import Actor, record

RECEIPT = "receipt"
NOTICE = "notice"
_NOTICE_STATUSES = {
    CaseStatus.REJECTED.value: NoticeKind.REJECT,
    CaseStatus.TRANSFERRED_OUT.value: NoticeKind.TRANSFER,
}
_GUIDANCE = "如对本告知有异议，可依法申请行政复议、提起诉讼或通过其他合法途径反映。"


@dataclass(frozen=True)
class Slip:
    """A document ready for a renderer: `kind` is a key of app.reports.RENDERERS."""

    kind: str
    title: str
    case_id: str
    case_no: str
    view: ReceiptView | NoticeView
    prints_so_far: int
    org_code: str = ""  # the township that owns the case


def _case(session: Session, case_id: str) -> Case:
    case = session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound("案件不存在")
    return case


def _age(born: date | None, on: date) -> int | None:
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _parties(session: Session, case: Case) -> tuple[PartyView, ...]:
    rows = session.execute(
        select(CaseParty, Person, Organisation)
        .outerjoin(Person, Person.id == CaseParty.person_id)
        .outerjoin(Organisation, Organisation.id == CaseParty.organisation_id)
        .where(CaseParty.case_id == case.id, CaseParty.deleted_at.is_(None))
        .order_by(CaseParty.id)
    ).all()
    names = {party.id: party.name for party, _p, _o in rows}
    order = {r.value: i for i, r in enumerate(PartyRole)}
    views: list[PartyView] = []
    on = deadlines.local_date(case.received_at)
    for party, person, org in sorted(rows, key=lambda r: order.get(r[0].role, 9)):
        role = PartyRole(party.role).label
        if org is not None:
            views.append(
                PartyView(
                    role=role,
                    name=party.name,
                    phone_masked=mask_phone(org.phone),
                    organisation=True,
                    representative=org.legal_rep,
                )
            )
            continue
        rep = names.get(party.represents_id or "", "")
        views.append(
            PartyView(
                role=f"{role}（代理{rep}）" if rep else role,
                name=party.name,
                id_masked=mask_id(person.id_number or "") if person else "",
                phone_masked=mask_phone(person.phone) if person else "",
                sex=Sex(person.sex).label if person and person.sex != "U" else "",
                age=_age(person.birth_date, on) if person else None,
            )
        )
    return tuple(views)


def _clerk(session: Session, case_id: str) -> str:
    name = session.scalar(
        select(CaseEvent.actor_name)
        .where(CaseEvent.case_id == case_id, CaseEvent.type == EventType.REGISTER.value)
        .limit(1)
    )
    return name or ""


def receipt_view(session: Session, *, case_id: str) -> ReceiptView:
    """Return the 受理回执 of a case: masked identifiers, limit and due date."""
    case = _case(session, case_id)
    category = session.get(Category, case.category_id) if case.category_id else None
    dept = session.get(Department, case.lead_department_id) if case.lead_department_id else None
    limit = deadlines.handling_limit(session, kind=case.kind, category_id=case.category_id)
    return ReceiptView(
        centre=centre_of(session, case.owner_org),
        case_no=case.case_no,
        query_code=case.query_code,
        received_at=case.received_at,
        parties=_parties(session, case),
        summary=case.summary,
        kind=CaseKind(case.kind).label,
        category=category.name if category else "",
        channel=Channel(case.channel).label,
        window=case.window_name,
        clerk=_clerk(session, case.id),
        time_limit=limit.label,
        due_date=deadlines.local_date(case.due_at) if case.due_at else None,
        department=dept.name if dept else "",
        is_mediation=case.kind == CaseKind.DISPUTE.value,
        is_demo=case.is_demo,
    )


def notice_view(session: Session, *, case_id: str) -> NoticeView:
    """Return the 不予受理/移送告知书 of a rejected or transferred case."""
    case = _case(session, case_id)
    kind = _NOTICE_STATUSES.get(case.status)
    if kind is None:
        raise DomainError("只有不予受理或移送的案件才有告知书")
    event_type = EventType.REJECT if kind is NoticeKind.REJECT else EventType.TRANSFER_OUT
    event = session.scalars(
        select(CaseEvent)
        .where(CaseEvent.case_id == case.id, CaseEvent.type == event_type.value)
        .order_by(CaseEvent.id.desc())
        .limit(1)
    ).one()
    year = deadlines.local_date(case.received_at).year
    # The document number counts this township's notices of the same kind this year.
    seq = session.scalar(
        select(func.count())
        .select_from(Case)
        .where(
            Case.owner_org == case.owner_org,
            Case.status == case.status,
            Case.case_no.op("GLOB")(case.case_no[:6] + "*"),
            Case.received_at <= case.received_at,
        )
    )
    town = session.scalars(select(Region).where(Region.code == case.owner_org)).first()
    short = (town.short or town.name)[:1] if town else ""
    word = "不受告" if kind is NoticeKind.REJECT else "移告"
    parties = _parties(session, case)
    applicant = next((p for p in parties if p.role.startswith("申请人")), parties[0])
    return NoticeView(
        kind=kind,
        centre=centre_of(session, case.owner_org),
        doc_no=f"岱{short}{word}字〔{year}〕第{seq}号",
        case_no=case.case_no,
        query_code=case.query_code,
        party=applicant,
        received_at=case.received_at,
        summary=case.summary,
        reason=str(event.payload.get("reason", "")),
        transfer_to=str(event.payload.get("to", "")),
        guidance=_GUIDANCE,
        issued_on=deadlines.local_date(event.at),
        clerk=event.actor_name,
        is_demo=case.is_demo,
    )


def _prints(session: Session, case_id: str, kind: str) -> int:
    payloads = session.scalars(
        select(CaseEvent.payload).where(
            CaseEvent.case_id == case_id, CaseEvent.type == EventType.PRINT.value
        )
    )
    return sum(1 for p in payloads if p.get("document") == kind)


def slip_for(session: Session, *, case_id: str | None = None, case_no: str = "") -> Slip:
    """Return the window slip of a case (by id or number): notice if refused, else receipt."""
    cid = case_id or (find_case_id(session, case_no=case_no) if case_no else None)
    if cid is None:
        raise NotFound("没有编号为 {no} 的案件", no=case_no)
    case = _case(session, cid)
    view: ReceiptView | NoticeView
    if case.status in _NOTICE_STATUSES:
        view, kind = notice_view(session, case_id=cid), NOTICE
        title = "不予受理告知书" if view.kind is NoticeKind.REJECT else "移送告知书"
    else:
        view, kind, title = receipt_view(session, case_id=cid), RECEIPT, "受理回执"
    return Slip(kind, title, cid, case.case_no, view, _prints(session, cid, kind), case.owner_org)


def record_print(
    session: Session, *, case_id: str, document: str, paper: str, copies: int, actor: Actor
) -> int:
    """Log a print (or reprint) of `document` on the case; return how many prints it now has."""
    if copies < 1:
        raise DomainError("打印份数至少为1")
    before = _prints(session, case_id, document)
    record(
        session,
        case_id=case_id,
        type=EventType.PRINT,
        actor=actor,
        payload={"document": document, "copies": copies, "paper": paper, "reprint": before > 0},
    )
    # Also in the audit trail's own terms, so the viewer's 打印 filter finds every print.
    audit.log_print(session, actor=actor, document=document, entity="case", entity_id=case_id)
    return before + 1
