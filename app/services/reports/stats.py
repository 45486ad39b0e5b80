"""Counts of what a database holds: per-table live rows, and today's figures for the home page."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.reports import TodayCounts
from app.models import SYNCED_MODELS, Case
from app.services.transfer import OPEN_QUEUES, queue_counts

CHINA = ZoneInfo("Asia/Shanghai")


def table_counts(session: Session) -> dict[str, int]:
    """Return, for every domain table, its number of live (not soft-deleted) rows."""
    counts: dict[str, int] = {}
    for name, model in sorted(SYNCED_MODELS.items()):
        stmt = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        counts[name] = session.scalar(stmt) or 0
    return counts


def today_counts(session: Session, *, org: str | None, now: datetime) -> TodayCounts:
    """Return today's received and closed counts, and the live 在办 / 黄色预警 / 红色预警.

    The live figures are the 案件流转 tab's (app.services.transfer.queue_counts) for the same
    township, so the two tabs never disagree: 在办 is the sum of the open queues, 红色预警
    (已超期) the cases past their current step's deadline, 黄色预警 those past the warning time.
    """
    local = now.astimezone(CHINA)
    start = datetime.combine(local.date(), time.min, tzinfo=CHINA)
    end = start + timedelta(days=1)

    def count(*where: Any) -> int:
        stmt = select(func.count()).select_from(Case).where(Case.deleted_at.is_(None), *where)
        if org:
            stmt = stmt.where(Case.owner_org == org)
        return session.scalar(stmt) or 0

    live = queue_counts(session, org=org, now=now)
    return TodayCounts(
        received_today=count(Case.received_at >= start, Case.received_at < end),
        open=sum(live.count(q.value) for q in OPEN_QUEUES),
        overdue=live.red,
        due_soon=live.yellow,
        closed_today=count(Case.closed_at >= start, Case.closed_at < end),
    )
