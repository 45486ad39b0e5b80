"""Who may take which case action: roles, and departments acting only for themselves."""

from __future__ import annotations

from datetime import datetime

from app.domain.enums import EventType, Role
from app.domain.permissions import CASE_EVENT_ROLES, DEPARTMENT_EVENTS
from app.domain.permissions import SYSTEM_ROLE as SYSTEM_ROLE
from app.services.common.deadlines import local_date
from app.services.errors import Forbidden, Msg
from app.services.transfer.workflow.fold import CaseState

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


def correction_refusal(role: str, *, state: CaseState, now: datetime) -> Msg | None:
    """Return why `role` may not correct (更正) the case now, or None when it may.

    A centre head (or the district) corrects any time; the window clerk only on the day the case
    was registered (Asia/Shanghai) and before it was dispatched to a department.
    """
    if role == Role.ADMIN.value:
        return None
    if role not in ROLES_FOR.get(E.CORRECT, frozenset()):
        who = Role(role) if role in Role._value2member_map_ else role
        return Msg("“{role}”无权{event}", role=who, event=E.CORRECT)
    if role != Role.FRONT_DESK.value:
        return None
    if state.dispatched_at is not None or state.lead_department_id is not None:
        return Msg("案件已交办，窗口只能在交办前更正；请中心负责人更正")
    registered = state.registered_at
    if registered is None or local_date(registered) != local_date(now):
        return Msg("窗口只能更正当天登记的案件；请中心负责人更正")
    return None


def check_correction(role: str, *, state: CaseState, now: datetime) -> None:
    """Raise Forbidden unless `role` may correct the case now (correction_refusal)."""
    why = correction_refusal(role, state=state, now=now)
    if why is not None:
        raise Forbidden(why)
