"""Append an event to a case and refresh the case's cached state from the fold."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import EventType
from app.domain.ids import uuid7
from app.models import Case, CaseEvent
from app.models.base import utcnow
from app.models.serialize import to_json_value
from app.services.errors import NotFound
from app.services.workflow.fold import CaseState, EventRecord, apply


@dataclass(frozen=True)
class Actor:
    """Who acts: a user of the app, with the role and department the rules check."""

    user_id: str | None
    name: str
    role: str
    org_code: str
    department_id: str | None = None


def load_events(session: Session, case_id: str) -> list[EventRecord]:
    """Return a case's effective events in fold order (server order first, then local)."""
    rows = session.scalars(
        select(CaseEvent)
        .where(CaseEvent.case_id == case_id, CaseEvent.no_effect.is_(False))
        .order_by(CaseEvent.server_seq.is_(None), CaseEvent.server_seq, CaseEvent.id)
    )
    return [
        EventRecord(
            id=r.id,
            type=EventType(r.type),
            at=r.at,
            payload=r.payload,
            actor_id=r.actor_id,
            department_id=r.department_id,
        )
        for r in rows
    ]


def record(
    session: Session,
    *,
    case_id: str,
    type: EventType,
    actor: Actor,
    payload: dict[str, Any] | None = None,
    department_id: str | None = None,
) -> CaseState:
    """Append one event to the case if the workflow allows it now; return the new state."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("案件不存在")
    events = load_events(session, case_id)
    state: CaseState | None = None
    for ev in events:
        state = apply(state, ev)
    data = {k: to_json_value(v) for k, v in (payload or {}).items()}
    now = utcnow()
    event = EventRecord(
        id=uuid7(),
        type=type,
        at=now,
        payload=data,
        actor_id=actor.user_id,
        department_id=department_id,
    )
    new_state = apply(state, event)  # raises TransitionError before anything is written
    session.add(
        CaseEvent(
            id=event.id,
            case_id=case_id,
            owner_org=case.owner_org,
            type=type.value,
            at=now,
            actor_id=actor.user_id,
            actor_name=actor.name,
            department_id=department_id,
            base_case_version=case.version,
            payload=data,
        )
    )
    case.status = new_state.status.value
    case.due_at = new_state.due_at
    case.closed_at = new_state.closed_at
    case.outcome = new_state.outcome
    case.lead_department_id = new_state.lead_department_id or case.lead_department_id
    return new_state
