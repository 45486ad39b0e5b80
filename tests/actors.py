"""Actors for tests that call services directly (who acts is part of every write)."""

from __future__ import annotations

from app.services.transfer import Actor

DEMO_ORG = "370911106"  # 满庄镇
DISTRICT = "370911"


def actor(role: str, org_code: str = DEMO_ORG, department_id: str | None = None) -> Actor:
    """Return an actor of `role` at `org_code` (a made-up user, as a service test needs)."""
    return Actor(
        user_id=None, name="测试员", role=role, org_code=org_code, department_id=department_id
    )


FRONT_DESK = actor("front_desk")
HEAD = actor("supervisor")  # 中心负责人 of the demo township
GRID = actor("grid_coordinator")
CLERK = actor("booking_clerk")
DISTRICT_CLERK = actor("booking_clerk", DISTRICT)
DISTRICT_ADMIN = actor("admin", DISTRICT)
