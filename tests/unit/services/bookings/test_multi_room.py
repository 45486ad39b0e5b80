"""One request for several rooms of a site: capacity adds up, every room is held together."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from app.domain.bookings import CellState
from app.domain.ids import reference_id
from app.models import Booking
from app.services.bookings import booking as bookings
from app.services.bookings import states as st
from app.services.errors import ValidationError
from tests.conftest import DEMO_ORG
from tests.unit.services.bookings.conftest import NOW, PLATFORM_ROOM, TUESDAY, other

SEMINAR = reference_id("edu_room", "EDU-370911106-02")  # 研讨室 30
READING = reference_id("edu_room", "EDU-370911106-06")  # 阅览室 30


def test_two_rooms_seat_their_sum_and_are_listed_once(session_factory, draft):
    d = replace(draft, room_id=SEMINAR, extra_room_ids=(READING,), headcount=55)
    with session_factory.begin() as s:
        v = bookings.create_booking(s, draft=d, org=DEMO_ORG, now=NOW)
    assert v.room_names == ("研讨室", "阅览室") and v.rooms_label == "研讨室、阅览室"
    with session_factory() as s:
        rows = s.scalars(select(Booking).where(Booking.group_id == v.id)).all()
        assert len(rows) == 2 and {r.room_id for r in rows} == {SEMINAR, READING}
        assert len(bookings.list_bookings(s)) == 1
        assert bookings.list_bookings(s, room_id=READING)[0].rooms_label == "阅览室、研讨室"
        week = bookings.week_availability(s, room_id=READING, start=TUESDAY, now=NOW)
        assert week.cell(TUESDAY, d.slot).booking_id == v.id  # the lead row, as listed
        slip = bookings.booking_slip(s, booking_id=v.id, issuer="x", now=NOW)
        assert slip.room_name == "研讨室、阅览室"


def test_capacity_of_the_rooms_together_is_checked(session_factory, draft):
    d = replace(draft, room_id=SEMINAR, extra_room_ids=(READING,), headcount=61)
    with session_factory() as s, pytest.raises(ValidationError) as err:
        bookings.create_booking(s, draft=d, org=DEMO_ORG, now=NOW)
    assert err.value.errors["headcount"] == "参加人数61人超过所选2个房间的合计容量60人"


def test_rooms_of_another_site_are_refused(session_factory, draft):
    d = replace(draft, room_id=SEMINAR, extra_room_ids=(PLATFORM_ROOM,))
    with session_factory() as s, pytest.raises(ValidationError) as err:
        bookings.create_booking(s, draft=d, org=DEMO_ORG, now=NOW)
    assert err.value.errors["room_id"] == "同一预约的多个房间须属于同一阵地"


def test_the_whole_request_moves_together_and_blocks_each_room(session_factory, draft):
    d = replace(draft, room_id=SEMINAR, extra_room_ids=(READING,), headcount=40)
    with session_factory.begin() as s:
        v = bookings.create_booking(s, draft=d, org=DEMO_ORG, now=NOW)
        st.approve_booking(s, booking_id=v.id, now=NOW)
    with session_factory() as s:
        assert {r.status for r in s.scalars(select(Booking))} == {"approved"}
        week = bookings.week_availability(s, room_id=READING, start=TUESDAY, now=NOW)
        assert week.cell(TUESDAY, d.slot).state == CellState.APPROVED
        # the second room alone is taken for anyone else
        with pytest.raises(bookings.BookingConflict, match="阅览室12月1日上午已被"):
            bookings.create_booking(
                s,
                draft=other(d, room_id=READING, extra_room_ids=(), headcount=20),
                org=DEMO_ORG,
                now=NOW,
            )
    with session_factory.begin() as s:
        st.cancel_booking(s, booking_id=v.id, now=NOW)
    with session_factory() as s:
        assert {r.status for r in s.scalars(select(Booking))} == {"cancelled"}
