"""Bookings made offline: 待确认 until the district server accepts them; refusals and free slots.

A desk that books while out of reach of the district server cannot know whether another desk
booked the same room meanwhile. Such a booking is *tentative* (待确认) while the server has not
answered for it: its change still waits in the outbox, or it is approved but the server has not
confirmed the room (app/server/bookings.py). A booking the server refused for a clash comes
back 已驳回; `app.services.bookings.refusals` tells the booker why, with the nearest free slots
computed here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.bookings import Alternative
from app.domain.enums import BookingStatus
from app.models import Booking, EduRoom, SyncDevice, SyncOutbox
from app.services.bookings.rules import HOLDING, SLOT_TIMES, _alt, china_today, slot_bounds

NEAREST_LIMIT = 5
NEAREST_DAYS = 14


def desk_syncs(session: Session) -> bool:
    """Return whether this desk is registered with a district server (else nothing is tentative)."""
    device = session.scalars(select(SyncDevice).limit(1)).first()
    return bool(device and device.registered_at and device.token)


class _Row(Protocol):
    id: str
    status: str
    confirmed: bool


def tentative_ids(session: Session, rows: Iterable[_Row]) -> frozenset[str]:
    """Return the ids among `rows` the district server has not yet accepted (待确认).

    Not yet accepted: a change to it still waits in the outbox, or it is approved and the server
    has not confirmed the room. A desk that does not sync has nothing tentative. `rows` are
    Booking rows or result rows with id, status and confirmed.
    """
    rows = list(rows)
    if not rows or not desk_syncs(session):
        return frozenset()
    # the unacknowledged ops are few (a desk pushes every few minutes): no IN over the rows
    waiting = set(
        session.scalars(
            select(SyncOutbox.entity_id).where(
                SyncOutbox.acked_at.is_(None), SyncOutbox.entity == "booking"
            )
        )
    )
    approved = BookingStatus.APPROVED.value
    return frozenset(
        b.id for b in rows if b.id in waiting or (b.status == approved and not b.confirmed)
    )


def nearest_free_slots(
    session: Session,
    *,
    room_id: str,
    day: date,
    slot: str,
    headcount: int,
    now: datetime | None = None,
    limit: int = NEAREST_LIMIT,
    days: int = NEAREST_DAYS,
) -> tuple[Alternative, ...]:
    """Return the free half-days nearest in time to `day` `slot`: this room first, then rooms
    of the same site that seat `headcount`. Only slots not yet begun; one query for the window."""
    now = now or datetime.now(UTC)
    room = session.get(EduRoom, room_id)
    if room is None:
        return ()
    rooms = [
        room,
        *session.scalars(
            select(EduRoom)
            .where(
                EduRoom.site_id == room.site_id,
                EduRoom.id != room.id,
                EduRoom.active.is_(True),
                EduRoom.deleted_at.is_(None),
                EduRoom.capacity >= headcount,
            )
            .order_by(EduRoom.code)
        ),
    ]
    first = max(china_today(now), day - timedelta(days=days))
    last = day + timedelta(days=days)
    held = {
        (rid, on, half)
        for rid, on, half in session.execute(
            select(Booking.room_id, Booking.date, Booking.slot).where(
                Booking.room_id.in_([r.id for r in rooms]),
                Booking.deleted_at.is_(None),
                Booking.status.in_(HOLDING),
                Booking.date >= first,
                Booking.date <= last,
            )
        )
    }
    wanted = slot_bounds(day, slot)[0]
    # (distance in time, other room?, room order, day, slot): other rooms at the very time
    # wanted, then this room at the nearest other half-days (earlier or later, not yet begun)
    ranked = [(timedelta(0), 1, i, day, slot) for i in range(1, len(rooms))]
    d = first
    while d <= last:
        for s in SLOT_TIMES:
            if (d, s) != (day, slot):
                ranked.append((abs(slot_bounds(d, s)[0] - wanted), 0, 0, d, s))
        d += timedelta(days=1)
    ranked.sort()
    out: list[Alternative] = []
    other_rooms = 0  # at most limit - 2: the same room's nearest half-days are offered too
    for _, other, i, d, s in ranked:
        r = rooms[i]
        if slot_bounds(d, s)[0] <= now or (r.id, d, s) in held:
            continue
        if other and other_rooms >= max(1, limit - 2):
            continue
        other_rooms += other
        out.append(_alt(r, d, s))
        if len(out) >= limit:
            break
    return tuple(out)
