"""Fixtures for booking services: a fixed clock and a draft on the district platform."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from app.domain.bookings import BookingDraft
from app.domain.enums import Activity, BookingSlot
from app.domain.ids import reference_id

# Friday 2026-11-27 10:00 in China
NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
TUESDAY = date(2026, 12, 1)
PLATFORM_ROOM = reference_id("edu_room", "EDU-D-06")  # 研讨室一, capacity 40
TOWN_SEMINAR = reference_id("edu_room", "EDU-370911106-02")  # 满庄镇党校 研讨室, capacity 30


@pytest.fixture
def draft() -> BookingDraft:
    """Return a valid draft for Tuesday morning in the platform's 研讨室一."""
    return BookingDraft(
        room_id=PLATFORM_ROOM,
        org_name="满庄镇北淳于村党支部",
        contact_name="王建国",
        contact_phone="138 0538 1234",
        headcount=25,
        day=TUESDAY,
        slot=BookingSlot.MORNING.value,
        activity=Activity.THEME_DAY.value,
        audience="全体党员",
        topic="学习贯彻党的二十届四中全会精神",
        guide_needed=True,
        note="需投影仪",
    )


def other(d: BookingDraft, **kw: object) -> BookingDraft:
    """Return a copy of `d` by another organisation with `kw` changed."""
    base: dict[str, object] = {"org_name": "满庄镇南淳于村党支部", "contact_phone": "13905381111"}
    base.update(kw)
    return replace(d, **base)  # type: ignore[arg-type]
