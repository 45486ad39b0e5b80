"""The case state as a pure fold over its events (DESIGN.md §4).

Everything time-dependent (due dates) is computed when an action is taken and carried in the
event payload, so the fold is deterministic on every device and on the server.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from app.domain.enums import CaseStatus, EventType
from app.services.errors import DomainError


@dataclass(frozen=True)
class EventRecord:
    """One case event as the fold sees it."""

    id: str
    type: EventType
    at: datetime
    payload: dict[str, Any] = field(default_factory=dict)
    actor_id: str | None = None
    department_id: str | None = None


@dataclass(frozen=True)
class CaseState:
    """Where a case stands after its events."""

    status: CaseStatus = CaseStatus.REGISTERED
    due_at: datetime | None = None
    closed_at: datetime | None = None
    outcome: str | None = None
    lead_department_id: str | None = None


class TransitionError(DomainError):
    """An event whose precondition does not hold in the current state."""


# Which statuses each event may be applied in, and the status it leads to (None: unchanged).
_INTAKE: dict[EventType, tuple[frozenset[CaseStatus], CaseStatus | None]] = {
    EventType.REGISTER: (frozenset(), CaseStatus.REGISTERED),
    EventType.ACCEPT: (frozenset({CaseStatus.REGISTERED}), CaseStatus.ACCEPTED),
    EventType.QUICK_RESOLVE: (
        frozenset({CaseStatus.REGISTERED, CaseStatus.ACCEPTED}),
        CaseStatus.CLOSED,
    ),
    EventType.REJECT: (frozenset({CaseStatus.REGISTERED}), CaseStatus.REJECTED),
    EventType.TRANSFER_OUT: (frozenset({CaseStatus.REGISTERED}), CaseStatus.TRANSFERRED_OUT),
}
_ANY_STATE = frozenset({EventType.PRINT, EventType.NOTE, EventType.CORRECT})


def apply(state: CaseState | None, event: EventRecord) -> CaseState:
    """Return the state after `event`, or raise TransitionError if it may not happen now."""
    if event.type in _ANY_STATE:
        if state is None:
            raise TransitionError("案件尚未登记")
        return state
    if event.type == EventType.REGISTER:
        if state is not None:
            raise TransitionError("案件已登记")
        return CaseState(due_at=_dt(event.payload.get("due_at")))
    if state is None:
        raise TransitionError("案件尚未登记")
    rule = _INTAKE.get(event.type)
    if rule is None:
        raise TransitionError(f"未知的事件类型：{event.type}")
    allowed, target = rule
    if state.status not in allowed:
        raise TransitionError(f"当前状态“{state.status.label}”不能{event.type.label}")
    new = state if target is None else replace(state, status=target)
    if target in (CaseStatus.CLOSED, CaseStatus.REJECTED, CaseStatus.TRANSFERRED_OUT):
        new = replace(new, closed_at=event.at, outcome=event.payload.get("outcome"))
    if "due_at" in event.payload:
        new = replace(new, due_at=_dt(event.payload["due_at"]))
    return new


def fold(events: Iterable[EventRecord]) -> CaseState:
    """Return the state after all `events` in order; events that do not apply are skipped."""
    state: CaseState | None = None
    for event in events:
        try:
            state = apply(state, event)
        except TransitionError:
            continue  # stored as no_effect by whoever received it
    if state is None:
        raise TransitionError("案件没有登记事件")
    return state


def _dt(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)
