"""Booking arbitration: an approved booking is confirmed only if its room is free.

The database has the last word (PostgreSQL exclusion constraint, SQLite triggers, migration
s002); the check here finds the winner first so the loser comes back with useful detail.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import BookingStatus
from app.models import Booking, EduRoom
from app.server.changelog import ChangeSet
from app.server.outcome import Outcome
from app.server.tables import ServerConflict
from app.sync.protocol import Op

MAX_ALTERNATIVES = 5


def _overlapping(
    session: Session, b: Booking, *, room_id: str | None = None, shift: timedelta = timedelta(0)
) -> Booking | None:
    starts, ends = b.starts_at + shift, b.ends_at + shift
    return session.scalars(
        select(Booking)
        .where(
            Booking.room_id == (room_id or b.room_id),
            Booking.id != b.id,
            Booking.confirmed.is_(True),
            Booking.deleted_at.is_(None),
            Booking.starts_at < ends,
            starts < Booking.ends_at,
        )
        .order_by(Booking.version)
        .limit(1)
    ).first()


def free_alternatives(session: Session, b: Booking) -> list[dict[str, Any]]:
    """Return up to five free (room, same slot) choices: sibling rooms first, then later days."""
    room = session.get(EduRoom, b.room_id)
    out: list[dict[str, Any]] = []
    if room is not None:
        siblings = session.scalars(
            select(EduRoom)
            .where(EduRoom.site_id == room.site_id, EduRoom.id != room.id, EduRoom.active)
            .order_by(EduRoom.code)
        )
        for r in siblings:
            if _overlapping(session, b, room_id=r.id) is None:
                out.append({"room_id": r.id, "room": r.name, "date": b.date.isoformat()})
            if len(out) >= MAX_ALTERNATIVES // 2 + 1:
                break
    for days in range(1, 15):
        if len(out) >= MAX_ALTERNATIVES:
            break
        if _overlapping(session, b, shift=timedelta(days=days)) is None:
            day = b.date + timedelta(days=days)
            out.append(
                {"room_id": b.room_id, "room": room.name if room else "", "date": day.isoformat()}
            )
    return out


def arbitrate_booking(
    session: Session, device_id: str, b: Booking, op: Op, changes: ChangeSet, out: Outcome
) -> None:
    """Confirm an approved live booking, or turn it down with the winner and alternatives."""
    wants = b.status == BookingStatus.APPROVED and b.deleted_at is None
    if not wants:
        if b.confirmed:
            b.confirmed = False
            changes.touch(b, "update", {"confirmed"}, old_version=_old(changes, b))
        return
    if b.confirmed:
        return
    with session.no_autoflush:
        winner = _overlapping(session, b)
    if winner is None:
        b.confirmed = True
        changes.touch(b, "update", {"confirmed"}, old_version=_old(changes, b))
        return
    alternatives = free_alternatives(session, b)
    b.status = BookingStatus.REJECTED.value
    b.reason = f"时段已被“{winner.org_name}”预约"
    changes.touch(b, "update", {"status", "reason"}, old_version=_old(changes, b))
    detail = {
        "winner": {"id": winner.id, "org_name": winner.org_name},
        "alternatives": alternatives,
    }
    changes.add_conflict(
        ServerConflict(
            device_id=device_id,
            kind="booking",
            entity="booking",
            entity_id=b.id,
            field="room_id",
            mine={"room_id": b.room_id, "date": b.date.isoformat(), "slot": b.slot},
            theirs=detail,
            kept="theirs",
            reason=b.reason,
        )
    )
    out.status, out.reason, out.detail = "rejected", "booking_overlap", detail


def _old(changes: ChangeSet, b: Booking) -> int:
    seen = changes.rows.get(("booking", b.id))
    return seen.old_version if seen else b.version
