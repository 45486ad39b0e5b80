"""The one case view's read model: a case with its parties, files, timeline and the viewer's rights.

`case_view()` answers everything the view shows in one call (a frozen `CaseView`); the numbers of
parties come masked, and `reveal_parties()` gives them in full only to a role that may see them,
writing an audit entry per person first (as the intake form's 显示完整号码 does).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import CaseKind, Channel
from app.domain.masking import mask_id, mask_name, mask_phone
from app.domain.transfer import AttachmentLine, CaseView, PartyLine
from app.models import Attachment, Case, CaseParty, Organisation, Person
from app.models.base import utcnow
from app.services.audit import log_reveal
from app.services.errors import Msg, NotFound
from app.services.transfer.queries import case_detail
from app.services.transfer.workflow import Actor, correction_refusal, current_state

_ROLE_ORDER = {"applicant": 0, "respondent": 1, "third": 2, "representative": 3}


def due_words(deadline: datetime | None, now: datetime) -> Msg | None:
    """Return the time left on a limit in days ("剩 3 天") or how long it is overdue.

    Overdue is given in days and hours ("已超期 2 天 5 小时"), never in hours alone.
    """
    if deadline is None:
        return None
    left = deadline - now
    if left >= timedelta(0):
        if left.days >= 1:
            return Msg("剩 {days} 天", days=left.days)
        hours = left.seconds // 3600
        return Msg("剩 {hours} 小时", hours=hours) if hours else Msg("不足 1 小时")
    late = now - deadline
    hours = late.seconds // 3600
    if late.days >= 1:
        if hours:
            return Msg("已超期 {days} 天 {hours} 小时", days=late.days, hours=hours)
        return Msg("已超期 {days} 天", days=late.days)
    return Msg("已超期 {hours} 小时", hours=hours) if hours else Msg("刚刚超期")


def case_view(
    session: Session, *, case_id: str, actor: Actor, now: datetime | None = None
) -> CaseView:
    """Return everything the case view shows about one case, for `actor`."""
    at = now or utcnow()
    case = session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound("案件不存在")
    detail = case_detail(session, case_id=case_id, now=at)
    rows = session.execute(
        select(
            CaseParty.id,
            CaseParty.role,
            CaseParty.party_type,
            CaseParty.name,
            CaseParty.person_id,
            CaseParty.organisation_id,
            Person.id_type,
            Person.id_number,
            Person.phone.label("person_phone"),
            Person.address.label("person_address"),
            Organisation.uscc,
            Organisation.phone.label("org_phone"),
            Organisation.address.label("org_address"),
        )
        .select_from(CaseParty)
        .outerjoin(Person, Person.id == CaseParty.person_id)
        .outerjoin(Organisation, Organisation.id == CaseParty.organisation_id)
        .where(CaseParty.case_id == case_id, CaseParty.deleted_at.is_(None))
    ).all()
    parties = []
    for r in sorted(rows, key=lambda r: (_ROLE_ORDER.get(r.role, 9), r.id)):
        number = r.id_number if r.person_id else r.uscc
        parties.append(
            PartyLine(
                id=r.id,
                role=r.role,
                party_type=r.party_type,
                name=mask_name(r.name) if case.confidential else r.name,
                person_id=r.person_id,
                organisation_id=r.organisation_id,
                id_type=r.id_type or "",
                id_masked=mask_id(number or ""),
                phone_masked=mask_phone((r.person_phone if r.person_id else r.org_phone) or ""),
                address=(r.person_address if r.person_id else r.org_address) or "",
            )
        )
    files = session.scalars(
        select(Attachment)
        .where(Attachment.case_id == case_id, Attachment.deleted_at.is_(None))
        .order_by(Attachment.created_at, Attachment.id)
    ).all()
    state = current_state(session, case_id)
    refusal = correction_refusal(actor.role, state=state, now=at)
    due = due_words(detail.row.deadline_at, at)
    kind = CaseKind(case.kind) if case.kind in CaseKind._value2member_map_ else case.kind
    channel = Channel(case.channel) if case.channel in Channel._value2member_map_ else case.channel
    return CaseView(
        detail=detail,
        kind=kind,
        channel=channel,
        category_id=case.category_id,
        received_at=case.received_at,
        summary=case.summary,
        confidential=case.confidential,
        parties=tuple(parties),
        attachments=tuple(
            AttachmentLine(f.id, f.filename, f.size, f.note, f.created_at) for f in files
        ),
        due_text=due or "",
        overdue=detail.row.deadline_at is not None and detail.row.deadline_at < at,
        correct_refusal=refusal or "",
    )


def reveal_parties(session: Session, *, actor: Actor, case_id: str) -> dict[str, tuple[str, str]]:
    """Return {party id: (full ID number, full phone)} after auditing each person shown.

    Refused (Forbidden) for a role that may not see full numbers.
    """
    rows = session.execute(
        select(
            CaseParty.id,
            CaseParty.person_id,
            CaseParty.organisation_id,
            Person.id_number,
            Person.phone,
            Organisation.uscc,
            Organisation.phone.label("org_phone"),
        )
        .select_from(CaseParty)
        .outerjoin(Person, Person.id == CaseParty.person_id)
        .outerjoin(Organisation, Organisation.id == CaseParty.organisation_id)
        .where(CaseParty.case_id == case_id, CaseParty.deleted_at.is_(None))
    ).all()
    out: dict[str, tuple[str, str]] = {}
    for r in rows:
        if r.person_id:
            log_reveal(
                session, actor=actor, entity="person", entity_id=r.person_id, field="id_number"
            )
            out[r.id] = (r.id_number or "", r.phone or "")
        elif r.organisation_id:
            out[r.id] = (r.uscc or "", r.org_phone or "")
    return out
