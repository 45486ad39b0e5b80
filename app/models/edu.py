"""Party-education sites, their rooms, and bookings of them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, ReferenceMixin, SyncMixin


class EduSite(ReferenceMixin, Base):
    """A district platform, a township party school or a village teaching site."""

    __tablename__ = "edu_site"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(128))
    level: Mapped[str] = mapped_column(String(24))  # SiteLevel
    town_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"), index=True)
    village_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"))
    address: Mapped[str] = mapped_column(String(200), default="")
    guide_available: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")


class EduRoom(ReferenceMixin, Base):
    """A bookable room (or outdoor site) of an education site."""

    __tablename__ = "edu_room"

    site_id: Mapped[str] = mapped_column(ForeignKey("edu_site.id"), index=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16), default="basic")  # basic / feature / outdoor
    capacity: Mapped[int] = mapped_column(Integer, default=30)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Booking(SyncMixin, Base):
    """A party organisation's booking of a room for a half-day slot; tentative until confirmed."""

    __tablename__ = "booking"
    __table_args__ = (
        Index("ix_booking_room_date", "room_id", "date", "slot"),
        # the clerk's list: 待审核 first, by date
        Index("ix_booking_status_date", "status", "date"),
    )

    room_id: Mapped[str] = mapped_column(ForeignKey("edu_room.id"))
    org_name: Mapped[str] = mapped_column(String(128))
    contact_name: Mapped[str] = mapped_column(String(64))
    contact_phone: Mapped[str] = mapped_column(String(32))
    headcount: Mapped[int] = mapped_column(Integer)
    audience: Mapped[str] = mapped_column(String(64), default="")
    date: Mapped[date]
    slot: Mapped[str] = mapped_column(String(4))  # BookingSlot
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    activity: Mapped[str] = mapped_column(String(24))  # Activity
    topic: Mapped[str] = mapped_column(String(200), default="")
    guide_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), default="pending")  # BookingStatus
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    attended: Mapped[int | None] = mapped_column(Integer, default=None)
    rating: Mapped[int | None] = mapped_column(Integer, default=None)
    reason: Mapped[str] = mapped_column(Text, default="")  # why rejected / cancelled
    note: Mapped[str] = mapped_column(Text, default="", server_default="")  # printed on the slip
    # One request for several rooms of a site: every row carries the id of the first (lead) row.
    group_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    # A recurring series (e.g. the monthly 主题党日): every booking of it carries the same id.
    series_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
