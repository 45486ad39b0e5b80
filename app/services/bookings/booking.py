"""Party-education site bookings: sites and rooms, week availability, booking and listing.

State changes after creation (approve, reject, cancel, complete, no-show, delete) live in
`app.services.bookings.states`. Every function returns frozen views; nothing commits.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from app.domain.bookings import (
    BookingDraft,
    BookingSlipView,
    BookingView,
    CellState,
    CellView,
    RoomView,
    SiteView,
    TownOption,
    WeekView,
)
from app.domain.enums import Activity, BookingSlot, BookingStatus, SiteLevel
from app.domain.ids import uuid7
from app.domain.masking import mask_phone
from app.domain.permissions import Action
from app.models import Booking, EduRoom, EduSite, Region
from app.services.bookings.offline import tentative_ids
from app.services.bookings.rules import HOLDING, SLOT_TIMES, booking_number, slot_bounds
from app.services.bookings.rules import BookingConflict as BookingConflict
from app.services.bookings.validate import check_draft, live_room
from app.services.errors import NotFound
from app.services.permissions import ActorLike, require

LIST_LIMIT = 500


# -- sites and rooms -------------------------------------------------------------------------


def list_towns(session: Session) -> tuple[TownOption, ...]:
    """Return the townships that have at least one live education site, by name."""
    rows = session.execute(
        select(Region.id, Region.name)
        .where(Region.id.in_(select(EduSite.town_id).where(EduSite.deleted_at.is_(None))))
        .order_by(Region.code)
    )
    return tuple(TownOption(id=i, name=n) for i, n in rows)


def list_sites(
    session: Session,
    *,
    level: str | None = None,
    town_id: str | None = None,
    min_capacity: int = 0,
) -> tuple[SiteView, ...]:
    """Return live sites of `level` in `town_id` having a room that seats `min_capacity`."""
    rooms = (
        select(
            EduRoom.site_id,
            func.count().label("n"),
            func.max(EduRoom.capacity).label("cap"),
        )
        .where(EduRoom.active.is_(True), EduRoom.deleted_at.is_(None))
        .group_by(EduRoom.site_id)
        .subquery()
    )
    level_order = case(
        {lv.value: i for i, lv in enumerate(SiteLevel)}, value=EduSite.level, else_=9
    )
    stmt = (
        select(EduSite, rooms.c.n, rooms.c.cap, Region.name)
        .join(rooms, rooms.c.site_id == EduSite.id)
        .outerjoin(Region, Region.id == EduSite.town_id)
        .where(EduSite.deleted_at.is_(None), rooms.c.cap >= min_capacity)
        .order_by(level_order, EduSite.code)
    )
    if level:
        stmt = stmt.where(EduSite.level == level)
    if town_id:
        stmt = stmt.where(EduSite.town_id == town_id)
    out = []
    for site, n, cap, town_name in session.execute(stmt):
        out.append(
            SiteView(
                id=site.id,
                code=site.code,
                name=site.name,
                level=site.level,
                level_label=SiteLevel(site.level).label,
                town_id=site.town_id,
                town_name=town_name or "",
                address=site.address,
                guide_available=site.guide_available,
                room_count=n,
                max_capacity=cap,
            )
        )
    return tuple(out)


def _room_view(r: EduRoom) -> RoomView:
    return RoomView(
        id=r.id, site_id=r.site_id, code=r.code, name=r.name, kind=r.kind, capacity=r.capacity
    )


def list_rooms(session: Session, *, site_id: str, min_capacity: int = 0) -> tuple[RoomView, ...]:
    """Return the active rooms of a site that seat at least `min_capacity`, by code."""
    rows = session.scalars(
        select(EduRoom)
        .where(
            EduRoom.site_id == site_id,
            EduRoom.active.is_(True),
            EduRoom.deleted_at.is_(None),
            EduRoom.capacity >= min_capacity,
        )
        .order_by(EduRoom.code)
    )
    return tuple(_room_view(r) for r in rows)


# -- calendar -------------------------------------------------------------------------------


def week_availability(
    session: Session, *, room_id: str, start: date, now: datetime | None = None
) -> WeekView:
    """Return 7 days × 2 slots from `start`: free, pending (requested) or approved (held)."""
    now = now or datetime.now(UTC)
    room = live_room(session, room_id)
    site = session.get(EduSite, room.site_id)
    end = start + timedelta(days=7)
    rows = session.scalars(
        select(Booking)
        .where(
            Booking.room_id == room_id,
            Booking.deleted_at.is_(None),
            Booking.date >= start,
            Booking.date < end,
            Booking.status.in_((*HOLDING, BookingStatus.PENDING.value)),
        )
        .order_by(Booking.created_at)
    ).all()
    waiting = tentative_ids(session, rows)
    cells = []
    for i in range(7):
        day = start + timedelta(days=i)
        for slot in SLOT_TIMES:
            here = [b for b in rows if b.date == day and b.slot == slot]
            held = next((b for b in here if b.status in HOLDING), None)
            pending = [b for b in here if b.status == BookingStatus.PENDING.value]
            past = slot_bounds(day, slot)[0] <= now
            if held is not None:
                state, first = CellState.APPROVED, held
            elif pending:
                state, first = CellState.PENDING, pending[0]
            else:
                state, first = CellState.FREE, None
            cells.append(
                CellView(
                    tentative=first is not None and first.id in waiting,
                    day=day,
                    slot=slot,
                    state=state,
                    past=past,
                    org_name=first.org_name if first else "",
                    booking_id=(first.group_id or first.id) if first else None,
                    pending_count=len(pending),
                )
            )
    return WeekView(
        room=_room_view(room), site_name=site.name if site else "", start=start, cells=tuple(cells)
    )


# -- create ---------------------------------------------------------------------------------


def create_booking(
    session: Session, *, draft: BookingDraft, actor: ActorLike, now: datetime | None = None
) -> BookingView:
    """Validate `draft` and store a 待审核 booking (one row per room, sharing a group id).

    A room already approved for another organisation at that time is refused with free choices.
    """
    require(actor, Action.CREATE_BOOKING)
    org = actor.org_code
    now = now or datetime.now(UTC)
    clean = check_draft(session, draft, now=now)
    starts, ends = slot_bounds(draft.day, draft.slot)
    lead_id = uuid7()
    rows = []
    for i, room in enumerate(clean.rooms):
        rows.append(
            Booking(
                id=lead_id if i == 0 else uuid7(),
                group_id=lead_id if len(clean.rooms) > 1 else None,
                owner_org=org,
                room_id=room.id,
                org_name=clean.org_name,
                contact_name=clean.contact_name,
                contact_phone=clean.phone,
                headcount=draft.headcount,
                audience=clean.audience,
                date=draft.day,
                slot=draft.slot,
                starts_at=starts,
                ends_at=ends,
                activity=draft.activity,
                topic=clean.topic,
                guide_needed=draft.guide_needed,
                status=BookingStatus.PENDING.value,
                note=draft.note.strip(),
                created_at=now,
            )
        )
    session.add_all(rows)
    session.flush()
    return booking_view(session, rows[0])


# -- read -----------------------------------------------------------------------------------


def site_org(session: Session, room_id: str) -> str:
    """Return the org code a room's site belongs to: its township's, or the district's."""
    room = session.get(EduRoom, room_id)
    site = session.get(EduSite, room.site_id) if room else None
    if site is None:
        return ""
    if site.town_id:
        town = session.get(Region, site.town_id)
        if town is not None:
            return town.code
    return site.owner_org


def booking_view(session: Session, b: Booking, *, tentative: bool | None = None) -> BookingView:
    """Return the frozen view of a booking row (room and site looked up)."""
    room = session.get(EduRoom, b.room_id)
    site = session.get(EduSite, room.site_id) if room else None
    if tentative is None:
        tentative = bool(tentative_ids(session, (b,)))
    return BookingView(
        id=b.id,
        number=booking_number(b.id, b.created_at),
        status=b.status,
        status_label=BookingStatus(b.status).label,
        confirmed=b.confirmed,
        room_id=b.room_id,
        room_name=room.name if room else "",
        site_id=site.id if site else "",
        site_name=site.name if site else "",
        site_address=site.address if site else "",
        org_name=b.org_name,
        contact_name=b.contact_name,
        phone_masked=mask_phone(b.contact_phone),
        headcount=b.headcount,
        audience=b.audience,
        day=b.date,
        slot=b.slot,
        slot_label=BookingSlot(b.slot).label,
        starts_at=b.starts_at,
        ends_at=b.ends_at,
        activity=b.activity,
        activity_label=Activity(b.activity).label,
        topic=b.topic,
        guide_needed=b.guide_needed,
        note=b.note,
        reason=b.reason,
        attended=b.attended,
        rating=b.rating,
        created_at=b.created_at,
        group_id=b.group_id,
        room_names=_group_room_names(session, b),
        series_id=b.series_id,
        owner_org=b.owner_org,
        site_org=site_org(session, b.room_id),
        tentative=tentative,
    )


def _group_room_names(session: Session, b: Booking) -> tuple[str, ...]:
    """Return the names of every room of b's request, b's own room first."""
    if b.group_id is None:
        return ()
    rows = session.execute(
        select(Booking.id, EduRoom.name)
        .join(EduRoom, EduRoom.id == Booking.room_id)
        .where(Booking.group_id == b.group_id, Booking.deleted_at.is_(None))
        .order_by(Booking.id != b.id, EduRoom.code)
    )
    return tuple(name for _, name in rows)


def get_booking(session: Session, *, booking_id: str) -> BookingView:
    """Return one live booking."""
    return booking_view(session, live_booking(session, booking_id))


def live_booking(session: Session, booking_id: str) -> Booking:
    """Return the booking row, or raise NotFound when it is missing or deleted."""
    b = session.get(Booking, booking_id)
    if b is None or b.deleted_at is not None:
        raise NotFound("该预约不存在或已删除")
    return b


def list_bookings(
    session: Session,
    *,
    site_id: str | None = None,
    room_id: str | None = None,
    status: str | None = None,
    limit: int = LIST_LIMIT,
) -> tuple[BookingView, ...]:
    """Return live bookings, 待审核 first, then by date and slot."""
    pending_first = case((Booking.status == BookingStatus.PENDING.value, 0), else_=1)
    stmt = (
        select(Booking)
        .where(Booking.deleted_at.is_(None))
        .order_by(pending_first, Booking.date, Booking.slot, Booking.created_at)
        .limit(limit)
    )
    if room_id:
        stmt = stmt.where(Booking.room_id == room_id)
    else:
        # a multi-room request is listed once, by its lead row
        stmt = stmt.where(or_(Booking.group_id.is_(None), Booking.group_id == Booking.id))
    if site_id and not room_id:
        stmt = stmt.where(Booking.room_id.in_(select(EduRoom.id).where(EduRoom.site_id == site_id)))
    if status:
        stmt = stmt.where(Booking.status == status)
    rows = session.scalars(stmt).all()
    waiting = tentative_ids(session, rows)
    return tuple(booking_view(session, b, tentative=b.id in waiting) for b in rows)


def booking_slip(
    session: Session,
    *,
    booking_id: str,
    issuer: str,
    now: datetime | None = None,
    is_demo: bool = False,
) -> BookingSlipView:
    """Return what the 预约确认单 prints for a booking (phone masked)."""
    v = get_booking(session, booking_id=booking_id)
    return BookingSlipView(
        number=v.number,
        status_label=v.status_label,
        org_name=v.org_name,
        contact_name=v.contact_name,
        phone_masked=v.phone_masked,
        day=v.day,
        slot_label=v.slot_label,
        site_name=v.site_name,
        room_name=v.rooms_label,
        address=v.site_address,
        activity_label=v.activity_label,
        topic=v.topic,
        headcount=v.headcount,
        audience=v.audience,
        guide_needed=v.guide_needed,
        note=v.note,
        issued_at=now or datetime.now(UTC),
        issuer=issuer,
        is_demo=is_demo,
    )
