"""Append an event to a case and refresh the case's cached state from the fold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, delete, event, insert, select, update
from sqlalchemy.orm import Session

from app.domain.enums import CaseStatus, EventType, Role
from app.domain.ids import uuid7
from app.domain.permissions import SYSTEM_ROLE, covers
from app.models import Case, CaseAssignment, CaseEvent
from app.models.base import utcnow
from app.models.serialize import to_json_value
from app.services.common.deadlines import warn_point, yellow_fraction
from app.services.errors import Forbidden, NotFound
from app.services.transfer.workflow.facts import fold_with_facts, step_facts, write_facts
from app.services.transfer.workflow.fold import (
    HANDLING,
    CaseState,
    EventRecord,
    TransitionError,
    apply,
    running_limit,
)
from app.services.transfer.workflow.rules import check_allowed

# Per-session memo of what record() last wrote: {case_id: CaseState} plus the yellow fraction.
# A second record() on the same case in one transaction (intake's register + accept) then needs
# no reload, no re-fold and no flush. Dropped when the transaction ends, so it never outlives
# the rows it describes.
_MEMO = "workflow_state_memo"
# Department handlers serve cases of every township (department checks apply instead).
_ANY_TOWNSHIP = frozenset({Role.HANDLER.value, SYSTEM_ROLE})
_FRACTION = "workflow_yellow_fraction"


@event.listens_for(Session, "after_soft_rollback")
def _forget_on_rollback(session: Session, previous_transaction: Any) -> None:
    _forget(session)


@event.listens_for(Session, "after_commit")
def _forget_on_commit(session: Session) -> None:
    _forget(session)


def _forget(session: Session) -> None:
    session.info.pop(_MEMO, None)
    session.info.pop(_FRACTION, None)


def _memo(session: Session) -> dict[str, CaseState]:
    memo: dict[str, CaseState] = session.info.setdefault(_MEMO, {})
    return memo


def _fraction(session: Session) -> float:
    if _FRACTION not in session.info:
        session.info[_FRACTION] = yellow_fraction(session)
    return float(session.info[_FRACTION])


# Case columns that cache the event fold: refresh_cache (and bulk_refresh) write them from the
# events, and the server derives them rather than merging what a desk sent.
CACHED_CASE_COLUMNS = (
    "status",
    "due_at",
    "closed_at",
    "outcome",
    "satisfaction",
    "escalated",
    "lead_department_id",
    "deadline_at",
    "warn_at",
)


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
    rows = session.execute(
        select(
            CaseEvent.id,
            CaseEvent.type,
            CaseEvent.at,
            CaseEvent.payload,
            CaseEvent.actor_id,
            CaseEvent.department_id,
        )
        .where(CaseEvent.case_id == case_id, CaseEvent.no_effect.is_(False))
        .order_by(CaseEvent.server_seq.is_(None), CaseEvent.server_seq, CaseEvent.id)
    )
    return [
        EventRecord(
            id=r.id,
            type=EventType(r.type),
            at=r.at,
            payload=r.payload or {},
            actor_id=r.actor_id,
            department_id=r.department_id,
        )
        for r in rows
    ]


def current_state(session: Session, case_id: str) -> CaseState:
    """Return the folded state of a case (events that no longer apply are skipped)."""
    state: CaseState | None = None
    for ev in load_events(session, case_id):
        try:
            state = apply(state, ev)
        except TransitionError:
            continue
    if state is None:
        raise NotFound("案件没有登记记录")
    return state


def record(
    session: Session,
    *,
    case_id: str,
    type: EventType,
    actor: Actor,
    payload: dict[str, Any] | None = None,
    department_id: str | None = None,
    at: datetime | None = None,
    case: Case | None = None,
    event_id: str | None = None,
) -> CaseState:
    """Append one event to the case if the role and workflow allow it now; return the new state.

    `case` is the case row when the caller holds it, e.g. intake's new case before its flush;
    `event_id` a given id (the demo loader's repeatable ids), else a new UUIDv7.
    """
    if case is None:
        case = session.get(Case, case_id)
    if case is None:
        raise NotFound("案件不存在")
    check_allowed(
        type,
        role=actor.role,
        actor_department_id=actor.department_id,
        department_id=department_id,
    )
    if actor.role not in _ANY_TOWNSHIP and not covers(actor.org_code, case.owner_org):
        raise Forbidden("不能处理其他镇街的案件", field="case")
    memo = _memo(session)
    known = memo.get(case_id)
    before: dict[str, tuple[bool, str]] | None = None  # assignment rows now; None: read them
    if type == EventType.REGISTER:
        state = None
        before = {}  # the first event of a new case: no department holds it yet
    elif known is not None:
        state = known  # what this session's last record() wrote: the fold would give the same
    else:
        state = current_state(session, case_id)
    now = at or utcnow()
    data = {k: to_json_value(v) for k, v in (payload or {}).items()}
    if state is not None:
        data.update(_on_time(state, type, department_id, now, data))
    ev = EventRecord(
        id=event_id or uuid7(),
        type=type,
        at=now,
        payload=data,
        actor_id=actor.user_id,
        department_id=department_id,
    )
    new_state = apply(state, ev)  # raises TransitionError before anything is written
    # Nothing below needs to read back what is pending: one flush (the caller's) writes it all.
    with session.no_autoflush:
        session.add(
            CaseEvent(
                id=ev.id,
                case_id=case_id,
                owner_org=case.owner_org,
                type=type.value,
                at=now,
                actor_id=actor.user_id,
                actor_name=actor.name,
                department_id=department_id,
                base_case_version=abs(case.version),
                payload=data,
            )
        )
        # The assignment rows match `known` (this session wrote them); otherwise rewrite all.
        if known is not None:
            before = _assignment_states(known)
        write_cache(session, case, new_state, fraction=_fraction(session), before=before)
        got = step_facts(state, ev, new_state)
        if got is not None:
            write_facts(session, case_id, {got[0]: got[1]})
    memo[case_id] = new_state
    return new_state


def _on_time(
    state: CaseState,
    type: EventType,
    department_id: str | None,
    now: datetime,
    data: dict[str, Any],
) -> dict[str, Any]:
    """Note whether a signature or closing met the limit in force (履职评价 reads it)."""
    if "on_time" in data:
        return {}
    lead = department_id in (None, state.lead_department_id)
    if type == EventType.SIGN and lead and state.sign_due_at is not None:
        return {"on_time": now <= state.sign_due_at}
    if type == EventType.CLOSE and state.due_at is not None:
        return {"on_time": now <= state.due_at}
    if type == EventType.ACCEPTANCE_NOTICE and state.acceptance_due_at is not None:
        return {"on_time": now <= state.acceptance_due_at}
    if type in _OPINIONS and state.due_at is not None:
        return {"on_time": now <= state.due_at}
    accept_due = data.get("accept_due_at")
    if type in (EventType.REVIEW_REQUEST, EventType.RECHECK_REQUEST) and accept_due:
        # The reviewing organ accepts within 3 working days of the petitioner's request.
        return {"on_time": now <= datetime.fromisoformat(accept_due)}
    return {}


_OPINIONS = frozenset(
    {EventType.PETITION_OPINION, EventType.REVIEW_OPINION, EventType.RECHECK_OPINION}
)


def refresh_cache(session: Session, case_id: str) -> CaseState:
    """Re-fold a case and rewrite its cached columns (call after applying pulled events)."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("案件不存在")
    state, facts = fold_with_facts(load_events(session, case_id))
    if state is None:
        raise NotFound("案件没有登记记录")
    with session.no_autoflush:
        write_cache(session, case, state, fraction=_fraction(session))
        write_facts(session, case_id, facts)
    _memo(session)[case_id] = state
    return state


def write_cache(
    session: Session,
    case: Case,
    state: CaseState,
    *,
    fraction: float,
    before: dict[str, tuple[bool, str]] | None = None,
) -> None:
    """Copy the fold's result into the case row and the department assignment cache.

    `before` is what the assignment rows hold now when the caller knows it (None: unknown).
    """
    case.status = state.status.value
    case.due_at = state.due_at
    case.closed_at = state.closed_at
    case.outcome = state.outcome
    case.satisfaction = state.satisfaction
    case.escalated = state.escalated
    case.lead_department_id = state.lead_department_id or case.lead_department_id
    running = running_limit(state)
    if running is None:
        case.deadline_at = None
        case.warn_at = None
    else:
        start, due = running
        case.deadline_at = due
        case.warn_at = warn_point(start, due, fraction) if start is not None else None
    _write_assignments(session, case.id, _assignment_states(state), before)


def _assignment_states(state: CaseState) -> dict[str, tuple[bool, str]]:
    if state.lead_department_id is None or state.status in (
        CaseStatus.TO_DISPATCH,
        CaseStatus.REGISTERED,
        CaseStatus.ACCEPTED,
    ):
        return {}
    finished = state.status not in HANDLING and state.status != CaseStatus.TO_SIGN
    out: dict[str, tuple[bool, str]] = {}
    for dept in (state.lead_department_id, *state.assist_department_ids):
        lead = dept == state.lead_department_id
        if finished:
            label = "done"
        elif not lead and dept in state.reported:
            label = "reported"
        elif dept in state.signed:
            label = "signed"
        else:
            label = "to_sign"
        out[dept] = (lead, label)
    for dept in state.former_departments:  # earlier 信访 stages: the organ's 已办结 history
        out.setdefault(dept, (False, "done"))
    return out


def _write_assignments(
    session: Session,
    case_id: str,
    wanted: dict[str, tuple[bool, str]],
    before: dict[str, tuple[bool, str]] | None,
) -> None:
    """Bring the case's assignment rows from `before` to `wanted` with plain SQL statements.

    The table is a local, non-synced cache, so it needs no ORM objects (nor outbox capture).
    """
    table = cast(Table, CaseAssignment.__table__)
    if before is None:
        rows = session.execute(
            select(table.c.department_id, table.c.is_lead, table.c.state).where(
                table.c.case_id == case_id
            )
        )
        before = {r.department_id: (bool(r.is_lead), r.state) for r in rows}
    if before == wanted:
        return
    gone = [d for d in before if d not in wanted]
    if gone:
        session.execute(
            delete(table).where(table.c.case_id == case_id, table.c.department_id.in_(gone))
        )
    for dept, (lead, label) in wanted.items():
        old = before.get(dept)
        if old is None:
            session.execute(
                insert(table).values(case_id=case_id, department_id=dept, is_lead=lead, state=label)
            )
        elif old != (lead, label):
            session.execute(
                update(table)
                .where(table.c.case_id == case_id, table.c.department_id == dept)
                .values(is_lead=lead, state=label)
            )
