"""Issue case numbers offline that never collide across devices, plus the 6-digit 查询码."""

from __future__ import annotations

import secrets
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.models import CaseNumberSeq
from app.models.base import utcnow
from app.services.setup import ensure_device

SHANGHAI = ZoneInfo("Asia/Shanghai")


def town_suffix(org_code: str) -> str:
    """Return the short township part of a case number (`370911106` → `106`)."""
    return org_code[-3:] if len(org_code) >= 3 else org_code


def next_case_number(session: Session, *, org_code: str, when: datetime | None = None) -> str:
    """Return the next case number of this device, e.g. `106-261127-A-0007`."""
    device = ensure_device(session, org_code=org_code)
    local_day = (when or utcnow()).astimezone(SHANGHAI)
    prefix = f"{town_suffix(org_code)}-{local_day:%y%m%d}-{device.device_code}"
    # An UPDATE first takes SQLite's write lock, so two windows on one file never share a number.
    bumped = session.execute(
        update(CaseNumberSeq)
        .where(CaseNumberSeq.prefix == prefix)
        .values(last=CaseNumberSeq.last + 1)
        .returning(CaseNumberSeq.last)
    ).scalar_one_or_none()
    if bumped is None:
        session.add(CaseNumberSeq(prefix=prefix, last=1))
        session.flush()
        bumped = 1
    return f"{prefix}-{bumped:04d}"


def new_query_code() -> str:
    """Return a random 6-digit 查询码 for the slip (never derived from the case number)."""
    return f"{secrets.randbelow(1_000_000):06d}"
