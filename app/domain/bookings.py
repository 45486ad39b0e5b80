"""Frozen views of party-education sites, rooms, week calendars and bookings (stdlib only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.domain.enums import BookingStatus
from app.domain.masking import looks_unmasked_mobile
from app.domain.permissions import Action, allowed, covers


class CellState(StrEnum):
    """How a half-day slot of a room looks on the week calendar."""

    FREE = "free"
    PENDING = "pending"  # requested, not yet approved: still bookable by others
    APPROVED = "approved"  # held (approved, completed or no-show)


@dataclass(frozen=True)
class TownOption:
    """A township that has at least one education site."""

    id: str
    name: str


@dataclass(frozen=True)
class SiteView:
    """An education site as the picker shows it."""

    id: str
    code: str
    name: str
    level: str  # SiteLevel value
    level_label: str
    town_id: str | None
    town_name: str
    address: str
    guide_available: bool
    room_count: int
    max_capacity: int


@dataclass(frozen=True)
class RoomView:
    """A bookable room (or outdoor site) of an education site."""

    id: str
    site_id: str
    code: str
    name: str
    kind: str
    capacity: int


@dataclass(frozen=True)
class CellView:
    """One half-day slot of one room on the week calendar."""

    day: date
    slot: str  # BookingSlot value
    state: CellState
    past: bool
    org_name: str = ""  # the approved holder, or the first requester
    booking_id: str | None = None
    pending_count: int = 0  # the booking_id is the request's lead row (multi-room requests)
    tentative: bool = False  # 待确认: made on this desk, not yet accepted by the district server


@dataclass(frozen=True)
class WeekView:
    """A room's 7 days × 2 half-day slots starting on `start` (a Monday)."""

    room: RoomView
    site_name: str
    start: date
    cells: tuple[CellView, ...]

    def cell(self, day: date, slot: str) -> CellView:
        """Return the cell of `day` and `slot`."""
        for c in self.cells:
            if c.day == day and c.slot == slot:
                return c
        raise KeyError((day, slot))


@dataclass(frozen=True)
class Alternative:
    """A free choice offered instead of a taken slot: another slot that day or another room."""

    room_id: str
    room_name: str
    day: date
    slot: str
    label: str  # 12月3日 下午 · 研讨室


@dataclass(frozen=True)
class BookingDraft:
    """What the clerk typed into the booking dialog (validated by the service)."""

    room_id: str
    org_name: str
    contact_name: str
    contact_phone: str
    headcount: int
    day: date
    slot: str
    activity: str
    audience: str = ""
    topic: str = ""
    guide_needed: bool = False
    note: str = ""
    extra_room_ids: tuple[str, ...] = ()  # more rooms of the same site for the same slot


@dataclass(frozen=True)
class BookingView:
    """A booking as lists and dialogs show it; the phone only masked."""

    id: str
    number: str
    status: str  # BookingStatus value
    status_label: str
    confirmed: bool
    room_id: str
    room_name: str
    site_id: str
    site_name: str
    site_address: str
    org_name: str
    contact_name: str
    phone_masked: str
    headcount: int
    audience: str
    day: date
    slot: str
    slot_label: str
    starts_at: datetime
    ends_at: datetime
    activity: str
    activity_label: str
    topic: str
    guide_needed: bool
    note: str
    reason: str
    attended: int | None
    rating: int | None
    created_at: datetime
    group_id: str | None = None
    room_names: tuple[str, ...] = ()  # every room of the request, this row's first
    series_id: str | None = None  # a recurring series (SeriesResult.series_id)
    owner_org: str = ""  # the township (or district) that made the booking
    site_org: str = ""  # the township (or district) whose clerk reviews the site's bookings
    tentative: bool = False  # 待确认: not yet accepted by the district server

    def __post_init__(self) -> None:
        if looks_unmasked_mobile(self.phone_masked):
            raise ValueError("booking views carry a masked phone number only")

    @property
    def rooms_label(self) -> str:
        """Return the room, or all rooms of a multi-room request, joined by 、."""
        return "、".join(self.room_names) if self.room_names else self.room_name


@dataclass(frozen=True)
class BookingSlipView:
    """预约确认单: what the organisation takes away; the phone only masked."""

    number: str
    status_label: str
    org_name: str
    contact_name: str
    phone_masked: str
    day: date
    slot_label: str
    site_name: str
    room_name: str
    address: str
    activity_label: str
    topic: str
    headcount: int
    audience: str
    guide_needed: bool
    note: str
    issued_at: datetime
    issuer: str
    is_demo: bool = False

    def __post_init__(self) -> None:
        if looks_unmasked_mobile(self.phone_masked):
            raise ValueError("printable booking slips take a masked phone number only")


@dataclass(frozen=True)
class SeriesRule:
    """When a recurring booking repeats: monthly on the `nth` `weekday` (0 = Monday; -1 = last)
    or every `interval` weeks on `first`'s weekday; `count` dates from `first` on."""

    first: date
    count: int
    monthly_nth: int | None = None  # 2 with weekday 1: the second Tuesday of every month
    weekday: int = 0
    interval_weeks: int = 1


@dataclass(frozen=True)
class SeriesDate:
    """One date of a series and why it is skipped ("" when it can be booked)."""

    day: date
    problem: str = ""


@dataclass(frozen=True)
class SeriesPreview:
    """Every date a series would take, the ones to skip with their reason."""

    dates: tuple[SeriesDate, ...]

    @property
    def bookable(self) -> tuple[date, ...]:
        """Return the dates that would be booked."""
        return tuple(d.day for d in self.dates if not d.problem)

    @property
    def skipped(self) -> tuple[SeriesDate, ...]:
        """Return the dates that would be skipped, with their reason."""
        return tuple(d for d in self.dates if d.problem)


@dataclass(frozen=True)
class SeriesResult:
    """What booking a series did: its id, the bookings made and the dates skipped."""

    series_id: str
    booked: tuple[BookingView, ...]
    skipped: tuple[SeriesDate, ...]


@dataclass(frozen=True)
class BookingEdit:
    """What may change on a booking after it was made (the time and room are rebooked instead)."""

    org_name: str
    contact_name: str
    contact_phone: str  # "" keeps the stored number (views only ever see it masked)
    headcount: int
    audience: str = ""
    topic: str = ""
    guide_needed: bool = False
    note: str = ""


@dataclass(frozen=True)
class SeriesEditResult:
    """What editing a whole series did: how many dates changed, which were left and why."""

    edited: int
    skipped: tuple[SeriesDate, ...]


@dataclass(frozen=True)
class RefusedBooking:
    """A booking the district server refused for a clash: why, and the nearest free slots."""

    booking: BookingView
    reason: str
    winner: str  # the organisation that holds the slot
    nearest: tuple[Alternative, ...]


@dataclass(frozen=True)
class MonthRoom:
    """One room's month: per day the state of 上午 and 下午, and how much of it was used."""

    room: RoomView
    cells: tuple[tuple[str, str], ...]  # per day (am, pm): "" free / pending / approved / tentative
    held: int  # half-days held (approved, completed or no-show)
    pending: int
    slots: int  # half-days in the month

    @property
    def utilisation(self) -> float:
        """Return the share of the month's half-days held, 0–1."""
        return self.held / self.slots if self.slots else 0.0


@dataclass(frozen=True)
class MonthView:
    """A site's month: every room by every day."""

    site_id: str
    site_name: str
    year: int
    month: int
    days: int
    rooms: tuple[MonthRoom, ...]

    @property
    def utilisation(self) -> float:
        """Return the share of all rooms' half-days held, 0–1."""
        slots = sum(r.slots for r in self.rooms)
        return sum(r.held for r in self.rooms) / slots if slots else 0.0


@dataclass(frozen=True)
class RoomUsage:
    """One room's line of the monthly usage report."""

    name: str
    capacity: int
    slots: int  # half-days in the month
    held: int  # half-days approved, completed or no-show
    completed: int
    no_shows: int
    cancelled: int
    booked_people: int  # headcount booked of completed bookings
    attended: int  # people who came to completed bookings
    rating_sum: int
    rated: int

    @property
    def utilisation(self) -> float:
        """Return held half-days over the month's half-days, 0–1."""
        return self.held / self.slots if self.slots else 0.0

    @property
    def attendance(self) -> float | None:
        """Return people who came over people booked (completed bookings), None if none."""
        return self.attended / self.booked_people if self.booked_people else None

    @property
    def rating(self) -> float | None:
        """Return the mean rating, None if nothing was rated."""
        return self.rating_sum / self.rated if self.rated else None


@dataclass(frozen=True)
class UsageReport:
    """The monthly usage report of a site: one line per room and the site's total."""

    site_name: str
    year: int
    month: int
    rooms: tuple[RoomUsage, ...]
    total: RoomUsage
    issued_at: datetime
    is_demo: bool = False


class EditLock(StrEnum):
    """Why a booking cannot be edited (the service and the page word it)."""

    NONE = ""
    STATUS = "status"  # neither 待审核 nor 已通过
    STARTED = "started"  # its time has begun
    APPROVED = "approved"  # approved: locked for the booker, only the site's reviewer edits
    OTHER_ORG = "other_org"  # made by another township


def edit_lock(view: BookingView, *, role: str, org_code: str, now: datetime) -> EditLock:
    """Return why `view` cannot be edited by an account of `role` at `org_code` (NONE: it can)."""
    if view.status not in (BookingStatus.PENDING.value, BookingStatus.APPROVED.value):
        return EditLock.STATUS
    if view.starts_at <= now:
        return EditLock.STARTED
    reviewer = allowed(role, Action.REVIEW_BOOKING) and covers(org_code, view.site_org)
    if view.status == BookingStatus.APPROVED.value and not reviewer:
        return EditLock.APPROVED
    booker = allowed(role, Action.CREATE_BOOKING) and covers(org_code, view.owner_org)
    if not reviewer and not booker:
        return EditLock.OTHER_ORG
    return EditLock.NONE
