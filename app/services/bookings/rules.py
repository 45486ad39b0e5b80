"""Booking rules shared by the booking services: slot times, the holder of a slot, alternatives.

The local rule mirrors the district server's arbitration (app/server/bookings.py): among live
bookings of a room, only one may be approved for an overlapping time; a later one is refused and
offered free choices. Offline clerks therefore see a conflict the moment they make it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.domain.bookings import Alternative
from app.domain.enums import BookingSlot, BookingStatus
from app.models import Booking, EduRoom
from app.services.errors import Joined, Msg, ValidationError

CHINA = ZoneInfo("Asia/Shanghai")
SLOT_TIMES: dict[str, tuple[time, time]] = {
    BookingSlot.MORNING.value: (time(9, 0), time(11, 30)),
    BookingSlot.AFTERNOON.value: (time(14, 30), time(17, 0)),
}
SLOT_SHORT = {BookingSlot.MORNING.value: Msg("上午"), BookingSlot.AFTERNOON.value: Msg("下午")}
# Statuses that hold a room: a completed or no-show booking still occupied its slot.
HOLDING = (
    BookingStatus.APPROVED.value,
    BookingStatus.COMPLETED.value,
    BookingStatus.NO_SHOW.value,
)
MAX_ROOM_ALTERNATIVES = 5


class BookingConflict(ValidationError):
    """The room is already approved for that slot; `alternatives` are free choices instead.

    `taken` names who holds the slot (the message without the free choices).
    """

    def __init__(self, message: str, alternatives: tuple[Alternative, ...], taken: str) -> None:
        super().__init__({"slot": message})
        self.alternatives = alternatives
        self.taken = taken


def slot_bounds(day: date, slot: str) -> tuple[datetime, datetime]:
    """Return the aware UTC start and end of `slot` on `day` (China time)."""
    start, end = SLOT_TIMES[slot]
    return (
        datetime.combine(day, start, CHINA).astimezone(UTC),
        datetime.combine(day, end, CHINA).astimezone(UTC),
    )


def china_today(now: datetime | None = None) -> date:
    """Return today's date in China for `now` (default: the current time)."""
    return (now or datetime.now(UTC)).astimezone(CHINA).date()


def week_start(day: date) -> date:
    """Return the Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def day_label(day: date) -> str:
    """Return 12月3日（周三） for `day`."""
    return f"{day.month}月{day.day}日（周{'一二三四五六日'[day.weekday()]}）"


# Built once (a booking check runs it for every room): the statement, not its values.
_HOLDER = (
    select(Booking)
    .where(
        Booking.room_id == bindparam("room_id"),
        # a half-day lies within its date: the index (room, date, slot) finds the few rows
        Booking.date == bindparam("day"),
        Booking.deleted_at.is_(None),
        Booking.status.in_(HOLDING),
        Booking.starts_at < bindparam("ends"),
        bindparam("starts") < Booking.ends_at,
        Booking.id != bindparam("exclude_id"),
    )
    .order_by(Booking.created_at)
    .limit(1)
)


def holder(
    session: Session, *, room_id: str, day: date, slot: str, exclude_id: str | None = None
) -> Booking | None:
    """Return the live booking holding the room at that time (approved first-come), or None."""
    starts, ends = slot_bounds(day, slot)
    params = {
        "room_id": room_id,
        "day": day,
        "starts": starts,
        "ends": ends,
        "exclude_id": exclude_id or "",
    }
    return session.scalars(_HOLDER, params).first()


def alternatives(
    session: Session, *, room: EduRoom, day: date, slot: str, headcount: int, now: datetime
) -> tuple[Alternative, ...]:
    """Return free choices: the other slot(s) that day in this room, then other rooms that fit.

    Two queries whatever the number of rooms: the site's other rooms, and what is held that day.
    """
    siblings = session.scalars(
        select(EduRoom)
        .where(
            EduRoom.site_id == room.site_id,
            EduRoom.id != room.id,
            EduRoom.active.is_(True),
            EduRoom.deleted_at.is_(None),
            EduRoom.capacity >= headcount,
        )
        .order_by(EduRoom.code)
    ).all()
    held = {
        (rid, half)
        for rid, half in session.execute(
            select(Booking.room_id, Booking.slot).where(
                Booking.room_id.in_([room.id, *(r.id for r in siblings)]),
                Booking.date == day,
                Booking.deleted_at.is_(None),
                Booking.status.in_(HOLDING),
            )
        )
    }
    out: list[Alternative] = []
    for other in SLOT_TIMES:
        if other == slot or slot_bounds(day, other)[0] <= now:
            continue
        if (room.id, other) not in held:
            out.append(_alt(room, day, other))
    found = 0
    for r in siblings:
        if (r.id, slot) not in held:
            out.append(_alt(r, day, slot))
            found += 1
            if found >= MAX_ROOM_ALTERNATIVES:
                break
    return tuple(out)


def _alt(room: EduRoom, day: date, slot: str) -> Alternative:
    label = Msg(
        "{month}月{day}日 {slot} · {room}",
        month=day.month,
        day=day.day,
        slot=SLOT_SHORT[slot],
        room=room.name,
    )
    return Alternative(room_id=room.id, room_name=room.name, day=day, slot=slot, label=label)


def conflict(
    taken_by: Booking,
    room: EduRoom,
    day: date,
    slot: str,
    alts: tuple[Alternative, ...],
    *,
    approving: bool = False,
) -> BookingConflict:
    """Return the error naming who holds the slot and what is still free."""
    taken = Msg(
        "{room}{month}月{day}日{slot}已被“{org}”预约（已通过）",
        room=room.name,
        month=day.month,
        day=day.day,
        slot=SLOT_SHORT[slot],
        org=taken_by.org_name,
    )
    if not alts:
        message = Msg("{taken}；当天本阵地没有其他空闲时段或房间，请另选日期", taken=taken)
    else:
        message = Msg(
            "{taken}。可选空闲：{free}", taken=taken, free=Joined((a.label for a in alts), "；")
        )
    if approving:
        message = Msg("{conflict}。请驳回本预约并告知对方改约。", conflict=message)
    return BookingConflict(message, alts, taken)


def booking_number(booking_id: str, created_at: datetime) -> str:
    """Return the printed booking number: YY + creation date + the id's random tail."""
    local = created_at.astimezone(CHINA)
    return f"YY{local:%y%m%d}-{booking_id.replace('-', '')[-6:].upper()}"
