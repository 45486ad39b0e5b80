"""Refuse what the signed-in user may not do: the role matrix, then township and department.

The matrix itself is `app.domain.permissions.MATRIX`; every service that changes data calls
`require(actor, Action.X, org_code=<owner of the data>)` before it writes.
"""

from __future__ import annotations

from typing import Protocol

from app.domain.enums import Role
from app.domain.permissions import SCOPE, Action, Scope, allowed, covers, is_district
from app.services.errors import Forbidden


class ActorLike(Protocol):
    """What a check needs of the actor (app.services.workflow.Actor has it)."""

    @property
    def user_id(self) -> str | None: ...
    @property
    def role(self) -> str: ...
    @property
    def org_code(self) -> str: ...
    @property
    def department_id(self) -> str | None: ...


def _role(role: str) -> object:
    return Role(role) if role in Role._value2member_map_ else role


def require(
    actor: ActorLike | None,
    action: Action,
    *,
    org_code: str | None = None,
    department_id: str | None = None,
) -> None:
    """Raise Forbidden unless `actor` may take `action` on data of `org_code` / `department_id`."""
    if actor is None:
        raise Forbidden("请先登录")
    if not allowed(actor.role, action):
        raise Forbidden("“{role}”无权{action}", role=_role(actor.role), action=action)
    if SCOPE.get(action) == Scope.DISTRICT and not is_district(actor.org_code):
        raise Forbidden("只有区级账号可以{action}", action=action)
    if org_code is not None and not covers(actor.org_code, org_code):
        raise Forbidden("不能{action}：数据属于其他镇街", action=action)
    if (
        department_id is not None
        and actor.role == Role.HANDLER.value
        and actor.department_id != department_id
    ):
        raise Forbidden("只能以本部门名义{action}", action=action)


def may(actor: ActorLike | None, action: Action, *, org_code: str | None = None) -> bool:
    """Return whether `require` would let `actor` take `action` (for showing buttons)."""
    try:
        require(actor, action, org_code=org_code)
    except Forbidden:
        return False
    return True
