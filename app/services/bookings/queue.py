"""Requests already waiting (待审核) on a slot: a new one may still queue behind them.

A pending request does not hold a room, so a second request for the same slot is allowed; the
booker is told who is ahead so the queue is a choice, not a surprise.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import BookingStatus
from app.models import Booking, EduRoom


def waiting_requests(
    session: Session, *, room_ids: Sequence[str], day: date, slot: str
) -> tuple[tuple[str, str], ...]:
    """Return (room name, organisation) of each 待审核 request on these rooms at that time.

    Oldest first (the order the clerk reviews them); one line per room and organisation.
    """
    if not room_ids:
        return ()
    rows = session.execute(
        select(EduRoom.name, Booking.org_name)
        .join(EduRoom, EduRoom.id == Booking.room_id)
        .where(
            Booking.room_id.in_(list(room_ids)),
            Booking.date == day,
            Booking.slot == slot,
            Booking.status == BookingStatus.PENDING.value,
            Booking.deleted_at.is_(None),
        )
        .order_by(Booking.created_at, Booking.id)
    ).all()
    seen: dict[tuple[str, str], None] = {}
    for room, org in rows:
        seen.setdefault((room, org), None)
    return tuple(seen)
