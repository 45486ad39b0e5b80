"""Make cases and actors for workflow tests without going through the intake form."""

from __future__ import annotations

import itertools

from sqlalchemy.orm import Session

from app.domain.enums import CaseKind, Channel, EventType, Role
from app.domain.ids import reference_id, uuid7
from app.models import Case
from app.models.base import utcnow
from app.services.transfer.workflow import Actor, record

ORG = "370911106"
_seq = itertools.count(1)

DESK = Actor(user_id=None, name="窗口甲", role=Role.FRONT_DESK.value, org_code=ORG)
CHIEF = Actor(user_id=None, name="主任乙", role=Role.SUPERVISOR.value, org_code=ORG)
DISTRICT = Actor(user_id=None, name="督导丙", role=Role.DISTRICT_SUPERVISOR.value, org_code=ORG)


def dept(code: str) -> str:
    """Return the id of the shipped department with `code`."""
    return reference_id("department", code)


def handler(code: str, name: str = "承办人") -> Actor:
    """Return a handler acting for department `code`."""
    return Actor(
        user_id=None, name=name, role=Role.HANDLER.value, org_code=ORG, department_id=dept(code)
    )


def make_case(
    session: Session, *, category: str = "LL", kind: str = CaseKind.DISPUTE, accept: bool = True
) -> str:
    """Insert a registered (and accepted) case of `category`; return its id."""
    n = next(_seq)
    case = Case(
        id=uuid7(),
        owner_org=ORG,
        case_no=f"106-261127-T-{n:04d}",
        query_code=f"{n:06d}",
        kind=kind,
        channel=Channel.WALK_IN,
        category_id=reference_id("category", category),
        received_at=utcnow(),
        summary=f"测试案件{n}：邻里排水纠纷",
        facts="两户因排水沟堵塞发生争执。",
    )
    session.add(case)
    session.flush()
    record(session, case_id=case.id, type=EventType.REGISTER, actor=DESK, payload={})
    if accept:
        record(session, case_id=case.id, type=EventType.ACCEPT, actor=DESK, payload={})
    return case.id
