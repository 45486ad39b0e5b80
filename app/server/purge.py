"""Purge personal fields from what the server keeps only as history (issue #11 item 5).

Every change-log entry carries the full row after that change, so an entry that a later entry
of the same row supersedes is history: a device pulling from before it applies the later full
row next. Past `keep_days`, such superseded entries lose their personal fields (ID numbers,
phones, addresses, birth dates, password hashes), and so do the conflict and rejection copies
kept for devices' review (each device pulled its own long before). The current state of every
row, and entries that are still the latest of their row, are never touched: a device that
snapshots or pulls still gets complete rows. Entries below the log horizon are deleted outright
by `compact_log`.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session, aliased

from app.domain.masking import PERSONAL_FIELDS
from app.models.base import utcnow
from app.server.changelog import CONFLICT_ENTITY
from app.server.tables import ChangeLog, ServerConflict

_BATCH = 1000


def _scrub(payload: Any) -> tuple[Any, bool]:
    if not isinstance(payload, dict):
        return payload, False
    if not PERSONAL_FIELDS & payload.keys():
        return payload, False
    return {k: v for k, v in payload.items() if k not in PERSONAL_FIELDS}, True


def _scrub_conflict(payload: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """Scrub the values a conflict (or its log entry) keeps for review."""
    mine, a = _scrub(payload.get("mine"))
    theirs, b = _scrub(payload.get("theirs"))
    personal = payload.get("field") in PERSONAL_FIELDS and (
        payload.get("mine") is not None or payload.get("theirs") is not None
    )
    if personal:
        mine, theirs = None, None
    if not (a or b or personal):
        return payload, False
    return {**payload, "mine": mine, "theirs": theirs}, True


def purge_personal(session: Session, *, keep_days: int) -> tuple[int, int]:
    """Scrub superseded change-log entries and review copies older than `keep_days`.

    Return (log entries scrubbed, conflict rows scrubbed).
    """
    cutoff = utcnow() - timedelta(days=keep_days)
    later = aliased(ChangeLog)
    superseded = exists().where(later.entity_id == ChangeLog.entity_id, later.seq > ChangeLog.seq)
    history = or_(ChangeLog.entity == CONFLICT_ENTITY, superseded)
    scrubbed_log = 0
    after = -1
    while True:
        rows = session.scalars(
            select(ChangeLog)
            .where(ChangeLog.committed_at < cutoff, ChangeLog.seq > after, history)
            .order_by(ChangeLog.seq)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        for row in rows:
            if row.entity == CONFLICT_ENTITY:
                clean, changed = _scrub_conflict(row.payload)
            else:
                clean, changed = _scrub(row.payload)
            if changed:
                row.payload = clean
                scrubbed_log += 1
        after = rows[-1].seq
        session.flush()
    scrubbed_conflicts = 0
    for c in session.scalars(select(ServerConflict).where(ServerConflict.created_at < cutoff)):
        clean, changed = _scrub_conflict({"field": c.field, "mine": c.mine, "theirs": c.theirs})
        if changed:
            c.mine, c.theirs = clean["mine"], clean["theirs"]
            scrubbed_conflicts += 1
    return scrubbed_log, scrubbed_conflicts
