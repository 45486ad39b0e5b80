"""Per-department facts 履职评价 reads, kept on the assignment cache so it never parses payloads.

A department's row remembers its latest signature (lead only), closing and revisit, each with
whether it met the limit in force; a month's evaluation is then one index range per fact.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, update
from sqlalchemy.orm import Session

from app.domain.enums import EventType
from app.models import CaseAssignment
from app.services.transfer.workflow.fold import CaseState, EventRecord, TransitionError, apply

Facts = dict[str, dict[str, Any]]


def _met(flag: Any, at: datetime, limit: datetime | None) -> bool:
    """The flag the event carries, else whether `at` fell within the limit (none: on time)."""
    if isinstance(flag, bool):
        return flag
    return limit is None or at <= limit


_PETITION_CLOSINGS = frozenset(
    {EventType.PETITION_OPINION, EventType.REVIEW_OPINION, EventType.RECHECK_OPINION}
)
_PETITION_TAKINGS = frozenset({EventType.REVIEW_REQUEST, EventType.RECHECK_REQUEST})


def step_facts(
    before: CaseState | None, ev: EventRecord, after: CaseState
) -> tuple[str, dict[str, Any]] | None:
    """Return the department and the facts one event sets, or None when it sets none."""
    if before is None:
        return None
    if ev.type == EventType.SIGN:
        dept = ev.department_id or before.lead_department_id
        if dept is None or dept != before.lead_department_id:
            return None  # only the lead's signature is rated
        on_time = _met(ev.payload.get("on_time"), ev.at, before.sign_due_at)
        return dept, {"signed_at": ev.at, "sign_on_time": on_time}
    if ev.type == EventType.CLOSE:
        dept = ev.department_id or before.lead_department_id
        if dept is None:
            return None
        on_time = _met(ev.payload.get("on_time"), ev.at, before.due_at)
        return dept, {"closed_at": ev.at, "close_on_time": on_time}
    if ev.type in _PETITION_CLOSINGS and ev.department_id is not None:
        # A written 信访 opinion is the organ's closing of its stage.
        on_time = _met(ev.payload.get("on_time"), ev.at, before.due_at)
        return ev.department_id, {"closed_at": ev.at, "close_on_time": on_time}
    if ev.type in _PETITION_TAKINGS and ev.department_id is not None:
        # Taking a 复查/复核 request is the reviewing organ's signature (3 working days).
        on_time = _met(ev.payload.get("on_time"), ev.at, None)
        return ev.department_id, {"signed_at": ev.at, "sign_on_time": on_time}
    if ev.type == EventType.REVISIT and after.lead_department_id is not None:
        sat = ev.payload.get("satisfaction")
        return after.lead_department_id, {"revisited_at": ev.at, "satisfaction": sat}
    return None


def fold_with_facts(events: Iterable[EventRecord]) -> tuple[CaseState | None, Facts]:
    """Fold events (skipping those that no longer apply) and collect each department's facts."""
    state: CaseState | None = None
    facts: Facts = {}
    for ev in events:
        try:
            new = apply(state, ev)
        except TransitionError:
            continue
        got = step_facts(state, ev, new)
        if got is not None:
            facts.setdefault(got[0], {}).update(got[1])
        state = new
    return state, facts


def write_facts(session: Session, case_id: str, facts: Facts) -> None:
    """Store facts on the case's assignment rows (a department without a row keeps none)."""
    table = cast(Table, CaseAssignment.__table__)
    for dept, values in facts.items():
        session.execute(
            update(table)
            .where(table.c.case_id == case_id, table.c.department_id == dept)
            .values(**values)
        )
