"""Bookings the district server refused for a clash: why, the nearest free slots, rebooking.

When two offline desks booked one room's half-day, the server keeps the first; the other comes
back 已驳回 with the reason and a booking conflict (app/server/bookings.py). The booker sees
each such booking here with the nearest free slots (computed on the desk, `offline`) and may
book one of them with the same form.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.bookings import Alternative, BookingDraft, BookingView, RefusedBooking
from app.domain.enums import BookingStatus
from app.models import Booking, EduRoom, SyncConflict
from app.services.bookings.booking import booking_view, create_booking, live_booking
from app.services.bookings.offline import nearest_free_slots
from app.services.errors import DomainError
from app.services.permissions import ActorLike


def refused_bookings(
    session: Session, *, site_id: str | None = None, now: datetime | None = None
) -> tuple[RefusedBooking, ...]:
    """Return the bookings the district server refused for a clash and nobody has dealt with.

    Each comes with the server's reason, the organisation that holds the slot, and the nearest
    free slots (computed on this desk, so they reflect everything pulled since).
    """
    now = now or datetime.now(UTC)
    stmt = (
        select(SyncConflict, Booking)
        .join(Booking, Booking.id == SyncConflict.entity_id)
        .where(
            SyncConflict.kind == "booking",
            SyncConflict.resolved_at.is_(None),
            Booking.status == BookingStatus.REJECTED.value,
            Booking.deleted_at.is_(None),
        )
        .order_by(Booking.date, Booking.slot)
    )
    if site_id:
        stmt = stmt.where(Booking.room_id.in_(select(EduRoom.id).where(EduRoom.site_id == site_id)))
    out = []
    for conflict, b in session.execute(stmt):
        theirs = conflict.theirs if isinstance(conflict.theirs, dict) else {}
        winner = theirs.get("winner", {}) if isinstance(theirs.get("winner"), dict) else {}
        out.append(
            RefusedBooking(
                booking=booking_view(session, b, tentative=False),
                reason=b.reason or conflict.reason,
                winner=str(winner.get("org_name", "")),
                nearest=nearest_free_slots(
                    session,
                    room_id=b.room_id,
                    day=b.date,
                    slot=b.slot,
                    headcount=b.headcount,
                    now=now,
                ),
            )
        )
    return tuple(out)


def rebook_refused(
    session: Session,
    *,
    booking_id: str,
    choice: Alternative,
    actor: ActorLike,
    now: datetime | None = None,
) -> BookingView:
    """Book a refused booking again at a free `choice` (待审核, same organisation and form).

    The refusal is then settled: the server's outcome stands and the page no longer lists it.
    A choice taken meanwhile is refused like any booking, with the free choices left.
    """
    now = now or datetime.now(UTC)
    b = live_booking(session, booking_id)
    if b.status != BookingStatus.REJECTED.value:
        raise DomainError("只有被退回的预约可以改约", field="status")
    draft = BookingDraft(
        room_id=choice.room_id,
        org_name=b.org_name,
        contact_name=b.contact_name,
        contact_phone=b.contact_phone,
        headcount=b.headcount,
        day=choice.day,
        slot=choice.slot,
        activity=b.activity,
        audience=b.audience,
        topic=b.topic,
        guide_needed=b.guide_needed,
        note=b.note,
    )
    view = create_booking(session, draft=draft, actor=actor, now=now)
    for c in session.scalars(
        select(SyncConflict).where(
            SyncConflict.kind == "booking",
            SyncConflict.entity_id == b.id,
            SyncConflict.resolved_at.is_(None),
        )
    ):
        c.resolution, c.resolved_at = "theirs", now
    session.flush()
    return view
