"""A site's month: every room by every day, utilisation per room, and the monthly usage report.

Utilisation is the share of a month's half-days (every day × 上午/下午) a room was held
(approved, completed or no-show). The usage report adds what happened: completed bookings with
the people booked and the people who came, no-shows, cancellations and the mean rating. A
request for several rooms counts in each room's line; the site's total counts it once.
"""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.bookings import MonthRoom, MonthView, RoomUsage, UsageReport
from app.domain.enums import BookingStatus
from app.models import Booking, EduRoom, EduSite
from app.services.bookings.booking import _room_view
from app.services.bookings.offline import tentative_ids
from app.services.bookings.rules import HOLDING, SLOT_TIMES
from app.services.errors import NotFound, ValidationError

SLOTS = tuple(SLOT_TIMES)
PENDING = BookingStatus.PENDING.value
TENTATIVE = "tentative"


def _site(session: Session, site_id: str) -> EduSite:
    site = session.get(EduSite, site_id)
    if site is None or site.deleted_at is not None:
        raise NotFound("所选阵地不存在或已删除", field="site_id")
    return site


def _bounds(year: int, month: int) -> tuple[date, date, int]:
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        raise ValidationError({"month": "月份不对"})
    days = calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, days), days


def _rooms(session: Session, site_id: str) -> list[EduRoom]:
    return list(
        session.scalars(
            select(EduRoom)
            .where(
                EduRoom.site_id == site_id,
                EduRoom.active.is_(True),
                EduRoom.deleted_at.is_(None),
            )
            .order_by(EduRoom.code)
        )
    )


def month_view(session: Session, *, site_id: str, year: int, month: int) -> MonthView:
    """Return every room of the site by every day of the month with its half-days' states.

    One query for the month's live bookings of the site's rooms (index room, date, slot).
    """
    site = _site(session, site_id)
    first, last, days = _bounds(year, month)
    rooms = _rooms(session, site_id)
    # plain columns, not ORM objects: a busy month of 40 rooms is over a thousand rows
    rows = session.execute(
        select(
            Booking.id,
            Booking.room_id,
            Booking.date,
            Booking.slot,
            Booking.status,
            Booking.confirmed,
        ).where(
            Booking.room_id.in_([r.id for r in rooms]),
            Booking.date >= first,
            Booking.date <= last,
            Booking.deleted_at.is_(None),
            Booking.status.in_((*HOLDING, PENDING)),
        )  # no ORDER BY: a held half-day wins whatever the order, and pending is pending
    ).all()
    waiting = tentative_ids(session, rows)
    # (room, day index, slot) -> state; a held booking beats a pending one
    state: dict[tuple[str, int, str], str] = {}
    held: set[tuple[str, int, str]] = set()
    for b in rows:
        key = (b.room_id, b.date.day - 1, b.slot)
        if b.status in HOLDING and key not in held:
            held.add(key)
            state[key] = TENTATIVE if b.id in waiting else BookingStatus.APPROVED.value
        elif key not in state:
            state[key] = TENTATIVE if b.id in waiting else PENDING
    held_by_room = Counter(k[0] for k in held)
    out = []
    am, pm = SLOTS
    for r in rooms:
        rid = r.id
        cells = tuple(
            (state.get((rid, d, am), ""), state.get((rid, d, pm), "")) for d in range(days)
        )
        out.append(
            MonthRoom(
                room=_room_view(r),
                cells=cells,
                held=held_by_room[rid],
                pending=sum(1 for c in cells for x in c if x == PENDING),
                slots=days * len(SLOTS),
            )
        )
    return MonthView(site.id, site.name, year, month, days, tuple(out))


def _usage(name: str, capacity: int, slots: int, held: int, rows: list[Booking]) -> RoomUsage:
    done = [b for b in rows if b.status == BookingStatus.COMPLETED.value]
    rated = [b.rating for b in done if b.rating]
    return RoomUsage(
        name=name,
        capacity=capacity,
        slots=slots,
        held=held,
        completed=len(done),
        no_shows=sum(1 for b in rows if b.status == BookingStatus.NO_SHOW.value),
        cancelled=sum(1 for b in rows if b.status == BookingStatus.CANCELLED.value),
        booked_people=sum(b.headcount for b in done),
        attended=sum(b.attended or 0 for b in done),
        rating_sum=sum(rated),
        rated=len(rated),
    )


def usage_report(
    session: Session,
    *,
    site_id: str,
    year: int,
    month: int,
    now: datetime | None = None,
    is_demo: bool = False,
) -> UsageReport:
    """Return the monthly usage report of a site: one line per room, then the site's total."""
    site = _site(session, site_id)
    first, last, days = _bounds(year, month)
    rooms = _rooms(session, site_id)
    rows = session.scalars(
        select(Booking).where(
            Booking.room_id.in_([r.id for r in rooms]),
            Booking.date >= first,
            Booking.date <= last,
            Booking.deleted_at.is_(None),
        )
    ).all()
    by_room: dict[str, list[Booking]] = defaultdict(list)
    for b in rows:
        by_room[b.room_id].append(b)
    slots = days * len(SLOTS)
    lines = []
    for r in rooms:
        mine = by_room.get(r.id, [])
        held = len({(b.date, b.slot) for b in mine if b.status in HOLDING})
        lines.append(_usage(r.name, r.capacity, slots, held, mine))
    leads = [b for b in rows if b.group_id is None or b.group_id == b.id]
    total = _usage(
        "合计",
        sum(r.capacity for r in rooms),
        slots * len(rooms),
        sum(line.held for line in lines),
        leads,
    )
    return UsageReport(
        site_name=site.name,
        year=year,
        month=month,
        rooms=tuple(lines),
        total=total,
        issued_at=now or datetime.now(UTC),
        is_demo=is_demo,
    )
