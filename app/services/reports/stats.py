"""Counts of what a database holds: per-table live rows, and today's figures for the home page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.enums import CaseStatus
from app.models import SYNCED_MODELS, Case

CHINA = ZoneInfo("Asia/Shanghai")
OPEN_STATUSES = (
    CaseStatus.REGISTERED,
    CaseStatus.ACCEPTED,
    CaseStatus.TO_DISPATCH,
    CaseStatus.TO_SIGN,
    CaseStatus.IN_PROGRESS,
    CaseStatus.EXTENDED,
)


def table_counts(session: Session) -> dict[str, int]:
    """Return, for every domain table, its number of live (not soft-deleted) rows."""
    counts: dict[str, int] = {}
    for name, model in sorted(SYNCED_MODELS.items()):
        stmt = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        counts[name] = session.scalar(stmt) or 0
    return counts


@dataclass(frozen=True)
class TodayCounts:
    """The home page's figures for one township (or all, when org is None)."""

    received_today: int
    open: int
    overdue: int
    due_soon: int
    closed_today: int


def today_counts(session: Session, *, org: str | None, now: datetime) -> TodayCounts:
    """Return today's received, open, overdue, due-within-3-days and closed counts."""
    local = now.astimezone(CHINA)
    start = datetime.combine(local.date(), time.min, tzinfo=CHINA)
    end = start + timedelta(days=1)

    def count(*where: Any) -> int:
        stmt = select(func.count()).select_from(Case).where(Case.deleted_at.is_(None), *where)
        if org:
            stmt = stmt.where(Case.owner_org == org)
        return session.scalar(stmt) or 0

    open_ = Case.status.in_([s.value for s in OPEN_STATUSES])
    return TodayCounts(
        received_today=count(Case.received_at >= start, Case.received_at < end),
        open=count(open_),
        overdue=count(open_, Case.due_at < now),
        due_soon=count(open_, Case.due_at >= now, Case.due_at < now + timedelta(days=3)),
        closed_today=count(Case.closed_at >= start, Case.closed_at < end),
    )
