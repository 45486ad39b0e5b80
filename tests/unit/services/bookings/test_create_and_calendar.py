"""Sites, rooms, week availability and creating bookings (validation and conflicts)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.domain.bookings import CellState
from app.domain.enums import BookingSlot, BookingStatus, SiteLevel
from app.domain.ids import reference_id
from app.models import Booking
from app.services.bookings import booking as bookings
from app.services.bookings import states as booking_states
from app.services.bookings.rules import slot_bounds
from app.services.errors import ValidationError
from tests.actors import DISTRICT_CLERK, FRONT_DESK
from tests.conftest import DEMO_ORG
from tests.unit.services.bookings.conftest import NOW, PLATFORM_ROOM, TOWN_SEMINAR, TUESDAY, other

AM, PM = BookingSlot.MORNING.value, BookingSlot.AFTERNOON.value


def _count(s) -> int:
    return s.scalar(select(func.count()).select_from(Booking))


def test_sites_filter_by_level_town_and_capacity(session_factory):
    with session_factory() as s:
        every = bookings.list_sites(s)
        assert every[0].level == SiteLevel.DISTRICT_PLATFORM and every[0].room_count == 36
        schools = bookings.list_sites(s, level=SiteLevel.TOWN_SCHOOL.value)
        assert len(schools) == 11 and all(x.level_label == "镇街党校" for x in schools)
        towns = bookings.list_towns(s)
        assert len(towns) == 11
        one = bookings.list_sites(s, town_id=towns[0].id)
        assert [x.town_name for x in one] == [towns[0].name]
        # only the town schools' 多功能教室 seats 100; the platform's rooms seat 40
        big = bookings.list_sites(s, min_capacity=100)
        assert len(big) == 11 and SiteLevel.DISTRICT_PLATFORM not in {x.level for x in big}
        rooms = bookings.list_rooms(s, site_id=schools[0].id, min_capacity=45)
        assert {r.name for r in rooms} == {"多功能教室", "党史展厅", "电教室", "党员活动室"}


def test_create_stores_pending_with_utc_slot_times_and_masks_phone(session_factory, draft):
    with session_factory.begin() as s:
        v = bookings.create_booking(s, draft=draft, actor=FRONT_DESK, now=NOW)
    assert v.status == BookingStatus.PENDING and v.status_label == "待审核"
    assert v.phone_masked == "138****1234" and v.room_name == "研讨室一"
    assert v.starts_at.utcoffset() == timedelta(0)
    assert (v.starts_at.hour, v.starts_at.minute) == (1, 0)  # 09:00 China
    assert (v.ends_at.hour, v.ends_at.minute) == (3, 30)  # 11:30 China
    assert v.number.startswith("YY261127-") and len(v.number) == 15
    with session_factory() as s:
        row = s.get(Booking, v.id)
        assert row.contact_phone == "13805381234" and row.owner_org == DEMO_ORG
        assert row.note == "需投影仪"


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"org_name": "  "}, "org_name", "请填写预约单位"),
        ({"contact_name": ""}, "contact_name", "联系人"),
        ({"contact_phone": "1380538123"}, "contact_phone", "11位"),
        ({"contact_phone": "0538-8123456"}, "contact_phone", "手机号码"),
        ({"headcount": 41}, "headcount", "超过研讨室一的容量40人"),
        ({"headcount": 0}, "headcount", "至少为1人"),
        ({"day": TUESDAY - timedelta(days=7)}, "day", "已过"),
        ({"day": NOW.date(), "slot": AM}, "slot", "已经开始"),
        ({"day": TUESDAY + timedelta(days=400)}, "day", "180天"),
        ({"slot": "night"}, "slot", "上午或下午"),
        ({"activity": "party"}, "activity", "活动类型"),
        ({"topic": "题" * 201}, "topic", "不能超过200个字"),
    ],
)
def test_invalid_drafts_are_refused_in_chinese_and_nothing_is_written(
    session_factory, draft, change, field, words
):
    with session_factory() as s:
        with pytest.raises(ValidationError) as err:
            bookings.create_booking(s, draft=replace(draft, **change), actor=FRONT_DESK, now=NOW)
        assert field in err.value.errors and words in err.value.errors[field]
        assert _count(s) == 0


def test_several_errors_are_reported_together(session_factory, draft):
    with session_factory() as s, pytest.raises(ValidationError) as err:
        bad = replace(draft, org_name="", headcount=99, contact_phone="12")
        bookings.create_booking(s, draft=bad, actor=FRONT_DESK, now=NOW)
    assert set(err.value.errors) == {"org_name", "headcount", "contact_phone"}


def test_this_afternoon_is_still_bookable_at_ten(session_factory, draft):
    with session_factory.begin() as s:
        v = bookings.create_booking(
            s, draft=replace(draft, day=NOW.date(), slot=PM), actor=FRONT_DESK, now=NOW
        )
    assert v.day == NOW.date()


def test_pending_requests_compete_but_an_approved_slot_is_refused_with_alternatives(
    session_factory, draft
):
    with session_factory.begin() as s:
        first = bookings.create_booking(s, draft=draft, actor=FRONT_DESK, now=NOW)
        # a second pending request for the same slot is allowed: the clerk chooses
        bookings.create_booking(s, draft=other(draft), actor=FRONT_DESK, now=NOW)
        booking_states.approve_booking(s, actor=DISTRICT_CLERK, booking_id=first.id, now=NOW)
    with session_factory() as s:
        with pytest.raises(bookings.BookingConflict) as err:
            bookings.create_booking(
                s, draft=other(draft, org_name="某某党总支"), actor=FRONT_DESK, now=NOW
            )
        msg = err.value.errors["slot"]
        assert "研讨室一12月1日上午已被“满庄镇北淳于村党支部”预约" in msg
        alts = err.value.alternatives
        assert alts[0].slot == PM and alts[0].room_id == PLATFORM_ROOM  # same room, afternoon
        assert all(a.day == TUESDAY for a in alts)
        rooms = [a for a in alts if a.room_id != PLATFORM_ROOM]
        assert rooms and all(a.slot == AM for a in rooms)
        assert "12月1日 下午 · 研讨室一" in msg
        assert _count(s) == 2


def test_alternatives_leave_out_rooms_too_small(session_factory, draft):
    hall = reference_id("edu_room", "EDU-370911106-03")  # 党史展厅, 60 seats
    d = replace(draft, room_id=hall, headcount=45)
    with session_factory.begin() as s:
        b = bookings.create_booking(s, draft=d, actor=FRONT_DESK, now=NOW)
        booking_states.approve_booking(s, actor=DISTRICT_CLERK, booking_id=b.id, now=NOW)
    with session_factory() as s, pytest.raises(bookings.BookingConflict) as err:
        bookings.create_booking(s, draft=other(d), actor=FRONT_DESK, now=NOW)
    names = [a.room_name for a in err.value.alternatives if a.slot == AM]
    assert names == ["多功能教室", "电教室", "党员活动室"]


def test_week_shows_free_pending_approved_and_past(session_factory, draft):
    with session_factory.begin() as s:
        a = bookings.create_booking(s, draft=draft, actor=FRONT_DESK, now=NOW)
        booking_states.approve_booking(s, actor=DISTRICT_CLERK, booking_id=a.id, now=NOW)
        bookings.create_booking(s, draft=other(draft, slot=PM), actor=FRONT_DESK, now=NOW)
        bookings.create_booking(
            s, draft=other(draft, slot=PM, org_name="乙"), actor=FRONT_DESK, now=NOW
        )
    with session_factory() as s:
        week = bookings.week_availability(
            s, room_id=PLATFORM_ROOM, start=TUESDAY - timedelta(1), now=NOW
        )
    assert len(week.cells) == 14 and week.site_name == "岱岳区党员教育管理服务综合平台"
    am = week.cell(TUESDAY, AM)
    assert am.state == CellState.APPROVED and am.org_name == "满庄镇北淳于村党支部"
    pm = week.cell(TUESDAY, PM)
    assert pm.state == CellState.PENDING and pm.pending_count == 2
    assert week.cell(TUESDAY + timedelta(1), AM).state == CellState.FREE
    assert not any(c.past for c in week.cells)
    with session_factory() as s:
        this_week = bookings.week_availability(
            s, room_id=PLATFORM_ROOM, start=NOW.date() - timedelta(4), now=NOW
        )
    assert this_week.cell(NOW.date(), AM).past and not this_week.cell(NOW.date(), PM).past


def test_list_puts_pending_first_and_filters(session_factory, draft):
    with session_factory.begin() as s:
        a = bookings.create_booking(s, draft=draft, actor=FRONT_DESK, now=NOW)
        booking_states.approve_booking(s, actor=DISTRICT_CLERK, booking_id=a.id, now=NOW)
        later = replace(draft, day=TUESDAY + timedelta(days=3))
        bookings.create_booking(s, draft=later, actor=FRONT_DESK, now=NOW)
        d = replace(draft, room_id=TOWN_SEMINAR)
        bookings.create_booking(s, draft=d, actor=FRONT_DESK, now=NOW)
    with session_factory() as s:
        rows = bookings.list_bookings(s)
        assert [r.status for r in rows] == ["pending", "pending", "approved"]
        site = rows[2].site_id
        assert len(bookings.list_bookings(s, site_id=site)) == 2
        assert len(bookings.list_bookings(s, room_id=TOWN_SEMINAR)) == 1
        assert len(bookings.list_bookings(s, status="approved")) == 1


def test_slot_bounds_are_china_time():
    start, end = slot_bounds(TUESDAY, PM)
    assert (start.hour, start.minute, end.hour) == (6, 30, 9)


def test_nearest_free_slots_offer_other_rooms_then_this_rooms_nearest_half_days(
    session_factory, draft
):
    from app.domain.enums import BookingSlot as Slot
    from app.services.bookings import offline
    from app.services.bookings import states as st
    from tests.actors import DISTRICT_CLERK, FRONT_DESK

    with session_factory.begin() as s:
        v = bookings.create_booking(s, draft=draft, actor=FRONT_DESK, now=NOW)
        st.approve_booking(s, booking_id=v.id, actor=DISTRICT_CLERK, now=NOW)
        free = offline.nearest_free_slots(
            s, room_id=draft.room_id, day=draft.day, slot=draft.slot, headcount=25, now=NOW
        )
    assert len(free) == 5
    others = [f for f in free if f.room_id != draft.room_id]
    mine = [f for f in free if f.room_id == draft.room_id]
    assert len(others) == 3 and all((f.day, f.slot) == (draft.day, draft.slot) for f in others)
    # this room: that afternoon first, then the nearest half-day before it (Monday afternoon)
    assert next((f.day, f.slot) for f in mine) == (draft.day, Slot.AFTERNOON.value)
    assert all(f.day != draft.day or f.slot != draft.slot for f in mine)
