"""督办 / 催办, 会商研判 and the automatic escalation of red cases to the district queue."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import CaseStatus, EventType, TimeUnit
from app.domain.transfer import ActionResult, SupervisionLevel
from app.models import Case
from app.models.base import utcnow
from app.services.common import deadlines
from app.services.errors import Msg, ValidationError
from app.services.transfer.workflow import SYSTEM_ROLE, Actor, CaseState, current_state, record

E = EventType


def _result(case_id: str, state: CaseState, event: EventType) -> ActionResult:
    return ActionResult(case_id, state.status.value, state.status.label, state.due_at, event.value)


def supervise(
    session: Session,
    *,
    actor: Actor,
    case_id: str,
    level: str,
    opinion: str,
    reply_days: int = 3,
    urge: bool = False,
) -> ActionResult:
    """督办 (or 催办 when `urge`): press the handling department; the slip is printable."""
    if level not in SupervisionLevel._value2member_map_:
        raise ValidationError({"level": "请选择督办级别"})
    if not opinion.strip():
        raise ValidationError({"opinion": "请填写督办意见"})
    kind = E.URGE if urge else E.SUPERVISE
    state = current_state(session, case_id)
    reply = deadlines.add_limit(
        utcnow(),
        deadlines.Limit(max(reply_days, 0), TimeUnit.WORKING_DAYS),
        deadlines.load_calendar(session),
    )
    new = record(
        session,
        case_id=case_id,
        type=kind,
        actor=actor,
        payload={
            "level": level,
            "opinion": opinion.strip(),
            "reply_due_at": reply,
            "department_id": state.lead_department_id,
        },
    )
    return _result(case_id, new, kind)


def consult(
    session: Session,
    *,
    actor: Actor,
    case_id: str,
    held_on: str,
    department_ids: Sequence[str],
    opinion: str,
) -> ActionResult:
    """会商研判: record a joint consultation (date, departments, opinion)."""
    errors = {}
    try:
        datetime.fromisoformat(held_on)
    except ValueError:
        errors["held_on"] = "会商日期格式应为 年-月-日"
    if len(set(department_ids)) < 1:
        errors["department_ids"] = "请选择参加会商的部门"
    if not opinion.strip():
        errors["opinion"] = "请填写会商意见"
    if errors:
        raise ValidationError(errors)
    new = record(
        session,
        case_id=case_id,
        type=E.CONSULT,
        actor=actor,
        payload={
            "held_on": held_on,
            "department_ids": list(dict.fromkeys(department_ids)),
            "opinion": opinion.strip(),
        },
    )
    return _result(case_id, new, E.CONSULT)


def escalate_overdue(session: Session, *, now: datetime | None = None, limit: int = 500) -> int:
    """升级督办: put every red (overdue) open case not yet escalated in the district queue."""
    at = now or utcnow()
    rows = session.execute(
        select(Case.id, Case.deadline_at)
        .where(
            Case.status.in_((CaseStatus.TO_SIGN, CaseStatus.IN_PROGRESS, CaseStatus.EXTENDED)),
            Case.deadline_at < at,
            Case.escalated.is_(False),
            Case.deleted_at.is_(None),
        )
        .limit(limit)
    ).all()
    # Stored as plain text; the views translate these fixed words when they show them.
    system = Actor(user_id=None, name=str(Msg("系统自动")), role=SYSTEM_ROLE, org_code="")
    for case_id, deadline_at in rows:
        record(
            session,
            case_id=case_id,
            type=E.ESCALATE,
            actor=system,
            payload={
                "reason": str(Msg("超期未办结，自动升级至区督导")),
                "overdue_since": deadline_at,
            },
        )
    return len(rows)
