"""Frozen views of party-education sites, rooms, week calendars and bookings (stdlib only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.domain.masking import looks_unmasked_mobile


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
