"""Editing a booking or a series; approved bookings locked for the booker; the township head."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.bookings import BookingEdit, EditLock, SeriesRule, edit_lock
from app.domain.enums import BookingStatus
from app.services.bookings import booking as bookings
from app.services.bookings import editing, recurrence
from app.services.bookings import states as st
from app.services.errors import DomainError, Forbidden
from tests.actors import CLERK, DISTRICT_CLERK, FRONT_DESK, HEAD, actor
from tests.unit.services.bookings.conftest import NOW, TOWN_SEMINAR

EDIT = BookingEdit(
    org_name="满庄镇北淳于村党支部",
    contact_name="李明",
    contact_phone="",
    headcount=28,
    audience="全体党员",
    topic="学习新修订的党章",
    note="自带音响",
)


def _book(session_factory, draft, who=FRONT_DESK):
    with session_factory.begin() as s:
        return bookings.create_booking(s, draft=draft, actor=who, now=NOW)


def test_the_booker_edits_a_pending_booking_and_the_phone_is_kept(session_factory, draft):
    b = _book(session_factory, draft)
    with session_factory.begin() as s:
        v = editing.edit_booking(s, booking_id=b.id, edit=EDIT, actor=FRONT_DESK, now=NOW)
    assert (v.contact_name, v.headcount, v.topic, v.note) == (
        "李明",
        28,
        "学习新修订的党章",
        "自带音响",
    )
    assert v.phone_masked == b.phone_masked  # an empty phone keeps the stored number


def test_an_approved_booking_is_locked_for_the_booker_not_for_the_site_clerk(
    session_factory, draft
):
    b = _book(session_factory, draft)  # a 满庄镇 desk books the district platform
    with session_factory.begin() as s:
        approved = st.approve_booking(s, booking_id=b.id, actor=DISTRICT_CLERK, now=NOW)
    assert edit_lock(approved, role=FRONT_DESK.role, org_code=FRONT_DESK.org_code, now=NOW) == (
        EditLock.APPROVED
    )
    with session_factory.begin() as s, pytest.raises(DomainError) as err:
        editing.edit_booking(s, booking_id=b.id, edit=EDIT, actor=FRONT_DESK, now=NOW)
    assert "已锁定" in err.value.message
    # the township's booking clerk is a booker here too
    with session_factory.begin() as s, pytest.raises(DomainError):
        editing.edit_booking(s, booking_id=b.id, edit=EDIT, actor=CLERK, now=NOW)
    with session_factory.begin() as s:  # the district platform's clerk reviews it: may edit
        v = editing.edit_booking(s, booking_id=b.id, edit=EDIT, actor=DISTRICT_CLERK, now=NOW)
    assert v.status == BookingStatus.APPROVED.value and v.topic == "学习新修订的党章"


def test_another_townships_booking_cannot_be_edited(session_factory, draft):
    b = _book(session_factory, draft)
    stranger = actor("front_desk", "370911107")
    with session_factory.begin() as s, pytest.raises(Forbidden):
        editing.edit_booking(s, booking_id=b.id, edit=EDIT, actor=stranger, now=NOW)


def test_edit_checks_the_form(session_factory, draft):
    b = _book(session_factory, draft)
    bad = replace(EDIT, org_name=" ", headcount=41, contact_phone="123")
    with session_factory.begin() as s, pytest.raises(DomainError) as err:
        editing.edit_booking(s, booking_id=b.id, edit=bad, actor=FRONT_DESK, now=NOW)
    assert set(err.value.errors) == {"org_name", "headcount", "contact_phone"}


def test_edit_a_whole_series_skips_and_lists_locked_dates(session_factory, draft):
    rule = SeriesRule(first=date(2026, 12, 1), count=3, monthly_nth=2, weekday=1)
    with session_factory.begin() as s:
        result = recurrence.book_series(s, draft=draft, rule=rule, actor=FRONT_DESK, now=NOW)
        first, second, third = result.booked
        st.approve_booking(s, booking_id=second.id, actor=DISTRICT_CLERK, now=NOW)
        st.cancel_booking(s, booking_id=third.id, actor=FRONT_DESK, now=NOW)
    with session_factory.begin() as s:
        done = editing.edit_series(
            s, series_id=result.series_id, edit=EDIT, actor=FRONT_DESK, now=NOW
        )
        assert done.edited == 1
        assert [d.day for d in done.skipped] == [second.day] and "已锁定" in done.skipped[0].problem
        assert bookings.get_booking(s, booking_id=first.id).topic == "学习新修订的党章"
        assert bookings.get_booking(s, booking_id=second.id).topic == draft.topic
        # one date at a time: the first date alone
        one = editing.edit_booking(
            s, booking_id=first.id, edit=replace(EDIT, topic="单独改这一次"), actor=FRONT_DESK,
            now=NOW,
        )  # fmt: skip
        assert one.topic == "单独改这一次"
        assert bookings.get_booking(s, booking_id=second.id).topic == draft.topic


def test_the_township_head_approves_the_townships_own_site(session_factory, draft):
    """满庄镇's 中心负责人 may approve bookings of 满庄镇党校, not of the district platform."""
    town = _book(session_factory, replace(draft, room_id=TOWN_SEMINAR))
    platform = _book(session_factory, draft)
    with session_factory.begin() as s:
        v = st.approve_booking(s, booking_id=town.id, actor=HEAD, now=NOW)
    assert v.status == BookingStatus.APPROVED.value and v.site_org == HEAD.org_code
    with session_factory.begin() as s, pytest.raises(Forbidden) as err:
        st.approve_booking(s, booking_id=platform.id, actor=HEAD, now=NOW)
    assert "其他镇街" in err.value.message
