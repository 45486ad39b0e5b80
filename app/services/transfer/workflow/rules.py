"""Who may take which case action: roles, and departments acting only for themselves."""

from __future__ import annotations

from app.domain.enums import EventType, Role
from app.domain.permissions import CASE_EVENT_ROLES, DEPARTMENT_EVENTS
from app.domain.permissions import SYSTEM_ROLE as SYSTEM_ROLE
from app.services.errors import Forbidden

E = EventType
ROLES_FOR = CASE_EVENT_ROLES  # the case-event rows of the one matrix (app/domain/permissions)


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
