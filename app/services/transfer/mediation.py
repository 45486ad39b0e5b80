"""调解协议 (人民调解法 arts. 28–33): record an agreement, number it, remind of 司法确认."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.enums import EventType
from app.models import Case, CaseEvent, CaseParty, Region
from app.services.errors import Msg, NotFound, ValidationError
from app.services.transfer.workflow import Actor, record

JUDICIAL_CONFIRMATION_DAYS = 30  # 人民调解法 art. 33: apply jointly within 30 days


@dataclass(frozen=True)
class AgreementInput:
    """What the mediator writes into a 调解协议书."""

    facts: str
    disputes: str
    responsibilities: str
    terms: tuple[str, ...]
    performance_manner: str
    performance_place: str
    performance_deadline: str
    mediators: tuple[str, ...]
    signed_on: date
    recorder: str = ""


@dataclass(frozen=True)
class AgreementRecorded:
    """The number given to an agreement, its copies and the 司法确认 reminder date."""

    case_id: str
    agreement_no: str
    copies: int
    judicial_deadline: date


def agreement_number(session: Session, *, org_code: str, year: int) -> str:
    """Return the next court-style number, e.g. （2026）岱满调字第015号."""
    town = session.scalars(select(Region).where(Region.code == org_code)).first()
    short = (town.short or town.name)[:1] if town else ""
    done = session.scalar(
        select(func.count())
        .select_from(CaseEvent)
        .where(
            CaseEvent.owner_org == org_code,
            CaseEvent.type == EventType.MEDIATION_AGREEMENT.value,
            CaseEvent.no_effect.is_(False),
            func.json_extract(CaseEvent.payload, "$.year") == year,
        )
    )
    return f"（{year}）岱{short}调字第{(done or 0) + 1:03d}号"


def record_agreement(
    session: Session, *, actor: Actor, case_id: str, data: AgreementInput
) -> AgreementRecorded:
    """Record a mediation agreement and a 司法确认 reminder due 30 days after it takes effect."""
    errors = {}
    if not data.facts.strip():
        errors["facts"] = "请填写纠纷主要事实"
    if not data.disputes.strip():
        errors["disputes"] = "请填写争议事项"
    if not [t for t in data.terms if t.strip()]:
        errors["terms"] = "请至少填写一项协议内容"
    if not data.performance_deadline.strip():
        errors["performance_deadline"] = "请填写履行期限"
    if not [m for m in data.mediators if m.strip()]:
        errors["mediators"] = "请填写调解员"
    if errors:
        raise ValidationError(errors)
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("案件不存在")
    parties = session.scalar(
        select(func.count())
        .select_from(CaseParty)
        .where(CaseParty.case_id == case_id, CaseParty.deleted_at.is_(None))
    )
    copies = max(int(parties or 0), 2) + 1  # one per party plus one kept by the committee
    number = agreement_number(session, org_code=case.owner_org, year=data.signed_on.year)
    deadline = data.signed_on + timedelta(days=JUDICIAL_CONFIRMATION_DAYS)
    record(
        session,
        case_id=case_id,
        type=EventType.MEDIATION_AGREEMENT,
        actor=actor,
        payload={
            "agreement_no": number,
            "year": data.signed_on.year,
            "facts": data.facts.strip(),
            "disputes": data.disputes.strip(),
            "responsibilities": data.responsibilities.strip(),
            "terms": [t.strip() for t in data.terms if t.strip()],
            "performance_manner": data.performance_manner.strip(),
            "performance_place": data.performance_place.strip(),
            "performance_deadline": data.performance_deadline.strip(),
            "mediators": [m.strip() for m in data.mediators if m.strip()],
            "recorder": data.recorder.strip(),
            "signed_on": data.signed_on,
            "copies": copies,
        },
    )
    record(
        session,
        case_id=case_id,
        type=EventType.JUDICIAL_REMINDER,
        actor=actor,
        payload={
            "agreement_no": number,
            "due_on": deadline,
            # the timeline rebuilds this text from due_on in the UI language
            "text": str(
                Msg(
                    "当事人可于{due}前共同申请司法确认（人民调解法第三十三条）",
                    due=deadline.isoformat(),
                )
            ),
        },
    )
    return AgreementRecorded(case_id, number, copies, deadline)


def judicial_reminders_due(session: Session, *, org_code: str, on: date) -> list[tuple[str, str]]:
    """Return (case id, agreement no.) of 司法确认 reminders due within 7 days of `on`."""
    rows = session.execute(
        select(CaseEvent.case_id, CaseEvent.payload).where(
            CaseEvent.owner_org == org_code,
            CaseEvent.type == EventType.JUDICIAL_REMINDER.value,
        )
    )
    out = []
    for case_id, payload in rows:
        due = date.fromisoformat(str(payload.get("due_on")))
        if on <= due <= on + timedelta(days=7):
            out.append((case_id, str(payload.get("agreement_no", ""))))
    return out
