"""Who may take which case action: roles, and departments acting only for themselves."""

from __future__ import annotations

from app.domain.enums import EventType, Role
from app.services.errors import Forbidden

E = EventType
SYSTEM_ROLE = "system"  # automatic actions (escalation, reminders) taken by the app itself

_DESK = frozenset({Role.FRONT_DESK.value})
_DISPATCHERS = frozenset({Role.FRONT_DESK.value, Role.SUPERVISOR.value})
_SUPERVISORS = frozenset({Role.SUPERVISOR.value, Role.DISTRICT_SUPERVISOR.value})
_HANDLERS = frozenset({Role.HANDLER.value})
_ALL_STAFF = frozenset(
    {Role.FRONT_DESK.value, Role.HANDLER.value, *_SUPERVISORS, Role.GRID_COORDINATOR.value}
)

# Roles that may record each event type (admin may record all of them).
ROLES_FOR: dict[EventType, frozenset[str]] = {
    E.REGISTER: _DESK | {Role.GRID_COORDINATOR.value, Role.SUPERVISOR.value},
    E.ACCEPT: _DISPATCHERS,
    E.QUICK_RESOLVE: _DISPATCHERS,
    E.REJECT: _DISPATCHERS,
    E.TRANSFER_OUT: _DISPATCHERS,
    E.DISPATCH: _DISPATCHERS,
    E.RULE_REASSIGN: _DISPATCHERS,
    E.RULE_INSIST: _DISPATCHERS,
    E.SIGN: _HANDLERS,
    E.RETURN: _HANDLERS,
    E.PROGRESS: _HANDLERS,
    E.EXTEND_REQUEST: _HANDLERS,
    E.ASSIST_REPORT: _HANDLERS,
    E.CLOSE: _HANDLERS,
    E.EXTEND_APPROVE: _SUPERVISORS,
    E.EXTEND_DENY: _SUPERVISORS,
    E.SUPERVISE: _SUPERVISORS,
    E.URGE: _SUPERVISORS | _DESK,
    E.CONSULT: _SUPERVISORS | _DESK,
    E.ESCALATE: _SUPERVISORS | {SYSTEM_ROLE},
    E.REVISIT: _DISPATCHERS,
    E.REOPEN: _DISPATCHERS,
    E.ARCHIVE: _DISPATCHERS,
    E.MEDIATION_AGREEMENT: _DESK | _HANDLERS | _SUPERVISORS,
    E.JUDICIAL_REMINDER: _ALL_STAFF | {SYSTEM_ROLE},
    E.PRINT: _ALL_STAFF,
    E.NOTE: _ALL_STAFF,
    E.CORRECT: _SUPERVISORS,
}
# Events a handler records on behalf of a department: it must be their own department.
DEPARTMENT_EVENTS = frozenset(
    {E.SIGN, E.RETURN, E.PROGRESS, E.EXTEND_REQUEST, E.ASSIST_REPORT, E.CLOSE}
)


def check_allowed(
    event_type: EventType, *, role: str, actor_department_id: str | None, department_id: str | None
) -> None:
    """Raise Forbidden (Chinese message) unless `role` may record `event_type` for a department."""
    if role == Role.ADMIN.value:
        return
    allowed = ROLES_FOR.get(event_type, frozenset())
    if role not in allowed:
        who = Role(role) if role in Role._value2member_map_ else role
        raise Forbidden("“{role}”无权{event}", role=who, event=event_type)
    if event_type in DEPARTMENT_EVENTS:
        if department_id is None:
            raise Forbidden("{event}须注明承办部门", event=event_type)
        if actor_department_id != department_id:
            raise Forbidden("只能以本部门名义{event}", event=event_type)


def may(
    event_type: EventType, *, role: str, actor_department_id: str | None, department_id: str | None
) -> bool:
    """Return whether `role` may record `event_type` (for enabling buttons)."""
    try:
        check_allowed(
            event_type,
            role=role,
            actor_department_id=actor_department_id,
            department_id=department_id,
        )
    except Forbidden:
        return False
    return True
