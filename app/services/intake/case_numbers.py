"""Issue case numbers offline that never collide across devices, plus the 6-digit 查询码."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.dml import ReturningUpdate

from app.models import CaseNumberSeq, SyncDevice
from app.models.base import utcnow
from app.services.reference import ensure_device

SHANGHAI = ZoneInfo("Asia/Shanghai")


def town_suffix(org_code: str) -> str:
    """Return the short township part of a case number (`370911106` → `106`)."""
    return org_code[-3:] if len(org_code) >= 3 else org_code


_SEQ = cast(Table, CaseNumberSeq.__table__)


def _bump(prefix: ColumnElement[str]) -> ReturningUpdate[int, str]:
    """Return the UPDATE that takes the next number of `prefix`, returning number and prefix."""
    return (
        update(_SEQ)
        .where(_SEQ.c.prefix == prefix)
        .values(last=_SEQ.c.last + 1)
        .returning(_SEQ.c.last, _SEQ.c.prefix)
    )


# Built once: the usual case takes the number in this one statement, reading the device code
# (the prefix ends with it) in the same UPDATE.
_BUMP_THIS_DEVICE = _bump(
    bindparam("head") + select(SyncDevice.device_code).limit(1).scalar_subquery()
)
_BUMP = _bump(bindparam("day_prefix"))


def next_case_number(session: Session, *, org_code: str, when: datetime | None = None) -> str:
    """Return the next case number of this device, e.g. `106-261127-A-0007`."""
    local_day = (when or utcnow()).astimezone(SHANGHAI)
    head = f"{town_suffix(org_code)}-{local_day:%y%m%d}-"
    # An UPDATE first takes SQLite's write lock, so two windows on one file never share a number.
    conn = session.connection()
    bumped = conn.execute(_BUMP_THIS_DEVICE, {"head": head}).first()
    if bumped is not None:
        return f"{bumped.prefix}-{bumped.last:04d}"
    # The day's first number (or no device row yet): make sure of the device, then start at 1.
    prefix = head + ensure_device(session, org_code=org_code).device_code
    last: int | None = conn.execute(_BUMP, {"day_prefix": prefix}).scalar_one_or_none()
    if last is None:
        session.add(CaseNumberSeq(prefix=prefix, last=1))
        session.flush()
        last = 1
    return f"{prefix}-{last:04d}"


def new_query_code() -> str:
    """Return a random 6-digit 查询码 for the slip (never derived from the case number)."""
    return f"{secrets.randbelow(1_000_000):06d}"
