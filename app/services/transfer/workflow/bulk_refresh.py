"""Re-fold many cases at once after sync wrote their events (thousands per page).

`refresh_cache` reads, folds and writes one case with a handful of statements; a first sync of
100,000 cases cannot afford that per case. Here a page's cases are read with one query for the
case rows, one for their events and one for their assignment rows; each case is folded in
memory, and only what differs is written back, with one `executemany` per kind of change. The
result is the same as calling `refresh_cache` on each case (a test compares them).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

import orjson
from sqlalchemy import Table, Text, bindparam, delete, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from app.domain.enums import EventType
from app.models import Case, CaseAssignment, CaseEvent
from app.services.common.deadlines import warn_point
from app.services.transfer.workflow.facts import fold_with_facts
from app.services.transfer.workflow.fold import EventRecord, running_limit
from app.services.transfer.workflow.record import (
    CACHED_CASE_COLUMNS,
    _assignment_states,
    _fraction,
)

_CACHED = CACHED_CASE_COLUMNS
_FACTS = (
    "signed_at",
    "sign_on_time",
    "closed_at",
    "close_on_time",
    "revisited_at",
    "satisfaction",
)
_IN = 2000


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(ids), _IN):
        yield ids[i : i + _IN]


def _payload(raw: Any) -> dict[str, Any]:
    """Return an event payload read as text (a driver that parses JSON itself gives a dict)."""
    value = orjson.loads(raw) if isinstance(raw, str | bytes) else raw
    return value or {}


def refresh_many(session: Session, case_ids: Iterable[str]) -> int:
    """Re-fold every case of `case_ids` that exists and has a register event; return how many."""
    ids = sorted(set(case_ids))
    if not ids:
        return 0
    fraction = _fraction(session)
    case_t = cast(Table, Case.__table__)
    event_t = cast(Table, CaseEvent.__table__)
    assign_t = cast(Table, CaseAssignment.__table__)
    cases: dict[str, Any] = {}
    events: dict[str, list[EventRecord]] = {}
    before: dict[str, dict[str, tuple[Any, ...]]] = {}
    for part in _chunks(ids):
        for r in session.execute(
            select(case_t.c.id, *(case_t.c[k] for k in _CACHED)).where(case_t.c.id.in_(part))
        ):
            cases[r.id] = r
        for r in session.execute(
            select(
                event_t.c.case_id,
                event_t.c.id,
                event_t.c.type,
                event_t.c.at,
                # The JSON text as stored, parsed with orjson below: a first sync folds
                # every event of the township, and json.loads was a fifth of that.
                type_coerce(event_t.c.payload, Text).label("payload"),
                event_t.c.actor_id,
                event_t.c.department_id,
            )
            .where(event_t.c.case_id.in_(part), event_t.c.no_effect.is_(False))
            .order_by(
                event_t.c.case_id,
                event_t.c.server_seq.is_(None),
                event_t.c.server_seq,
                event_t.c.id,
            )
        ):
            events.setdefault(r.case_id, []).append(
                EventRecord(
                    id=r.id,
                    type=EventType(r.type),
                    at=r.at,
                    payload=_payload(r.payload),
                    actor_id=r.actor_id,
                    department_id=r.department_id,
                )
            )
        cols = [assign_t.c.department_id, assign_t.c.is_lead, assign_t.c.state]
        cols += [assign_t.c[k] for k in _FACTS]
        for r in session.execute(
            select(assign_t.c.case_id, *cols).where(assign_t.c.case_id.in_(part))
        ):
            before.setdefault(r.case_id, {})[r.department_id] = tuple(r)[2:]
    case_updates: list[dict[str, Any]] = []
    stale: list[str] = []
    fresh: list[dict[str, Any]] = []
    done = 0
    for cid in ids:
        row = cases.get(cid)
        state, facts = fold_with_facts(events.get(cid, ()))
        if row is None or state is None:
            continue
        done += 1
        running = running_limit(state)
        deadline = warn = None
        if running is not None:
            deadline = running[1]
            warn = warn_point(running[0], running[1], fraction) if running[0] is not None else None
        wanted = {
            "status": state.status.value,
            "due_at": state.due_at,
            "closed_at": state.closed_at,
            "outcome": state.outcome,
            "satisfaction": state.satisfaction,
            "escalated": state.escalated,
            "lead_department_id": state.lead_department_id or row.lead_department_id,
            "deadline_at": deadline,
            "warn_at": warn,
        }
        if any(getattr(row, k) != v for k, v in wanted.items()):
            case_updates.append({"b_id": cid, **wanted})
        rows: dict[str, tuple[Any, ...]] = {}
        for dept, (lead, label) in _assignment_states(state).items():
            f = facts.get(dept, {})
            rows[dept] = (lead, label, *(f.get(k) for k in _FACTS))
        if rows != before.get(cid, {}):
            stale.append(cid)
            for dept, vals in rows.items():
                fresh.append(
                    {"case_id": cid, "department_id": dept, "is_lead": vals[0], "state": vals[1]}
                    | dict(zip(_FACTS, vals[2:], strict=True))
                )
    if case_updates:
        stmt = (
            update(case_t)
            .where(case_t.c.id == bindparam("b_id"))
            .values({k: bindparam(k) for k in _CACHED})
        )
        session.connection().execute(stmt, case_updates)
    for part in _chunks(stale):
        session.execute(delete(assign_t).where(assign_t.c.case_id.in_(part)))
    if fresh:
        session.execute(insert(assign_t), fresh)
    return done
