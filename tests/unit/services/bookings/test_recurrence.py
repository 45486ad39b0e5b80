"""Recurring bookings: dates of the rule, conflicts skipped and listed, series cancelled."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.bookings import SeriesRule
from app.domain.enums import BookingStatus
from app.services.bookings import booking as bookings
from app.services.bookings import recurrence
from app.services.bookings import states as booking_states
from app.services.errors import DomainError, ValidationError
from tests.actors import CLERK, DISTRICT_CLERK
from tests.unit.services.bookings.conftest import NOW, other

SECOND_TUESDAYS = SeriesRule(first=date(2026, 12, 1), count=6, monthly_nth=2, weekday=1)


def test_second_tuesday_of_each_month():
    assert recurrence.series_dates(SECOND_TUESDAYS) == (
        date(2026, 12, 8),
        date(2027, 1, 12),
        date(2027, 2, 9),
        date(2027, 3, 9),
        date(2027, 4, 13),
        date(2027, 5, 11),
    )
    last_friday = SeriesRule(first=date(2026, 12, 1), count=2, monthly_nth=-1, weekday=4)
    assert recurrence.series_dates(last_friday) == (date(2026, 12, 25), date(2027, 1, 29))
    fortnightly = SeriesRule(first=date(2026, 12, 3), count=3, interval_weeks=2)
    assert recurrence.series_dates(fortnightly) == (
        date(2026, 12, 3), date(2026, 12, 17), date(2026, 12, 31),
    )  # fmt: skip
    with pytest.raises(ValidationError):
        recurrence.series_dates(replace(SECOND_TUESDAYS, count=0))


def test_series_skips_and_lists_conflicts_and_books_the_rest(session_factory, draft):
    with session_factory.begin() as s:
        taken = bookings.create_booking(
            s, draft=other(draft, day=date(2027, 1, 12)), actor=CLERK, now=NOW
        )
        booking_states.approve_booking(s, booking_id=taken.id, actor=DISTRICT_CLERK, now=NOW)
        # a pending request does not hold the room: that date is booked (queued) all the same
        bookings.create_booking(
            s, draft=other(draft, day=date(2027, 2, 9), org_name="某某党总支"), actor=CLERK,
            now=NOW,
        )  # fmt: skip
    with session_factory.begin() as s:
        preview = recurrence.preview_series(s, draft=draft, rule=SECOND_TUESDAYS, now=NOW)
    skipped = {d.day: d.problem for d in preview.skipped}
    assert date(2027, 1, 12) in skipped and "满庄镇南淳于村党支部" in skipped[date(2027, 1, 12)]
    # the booking horizon skips the far dates too, each with its reason
    assert all(p for p in skipped.values())
    assert date(2026, 12, 8) in preview.bookable and date(2027, 2, 9) in preview.bookable
    with session_factory.begin() as s:
        result = recurrence.book_series(s, draft=draft, rule=SECOND_TUESDAYS, actor=CLERK, now=NOW)
    assert tuple(b.day for b in result.booked) == preview.bookable
    assert {d.day for d in result.skipped} == set(skipped)
    assert all(b.series_id == result.series_id for b in result.booked)
    assert all(b.status == BookingStatus.PENDING.value for b in result.booked)


def test_a_form_error_refuses_the_whole_series(session_factory, draft):
    with session_factory.begin() as s:
        with pytest.raises(ValidationError) as err:
            recurrence.book_series(
                s, draft=replace(draft, contact_phone="123"), rule=SECOND_TUESDAYS,
                actor=CLERK, now=NOW,
            )  # fmt: skip
        assert set(err.value.errors) == {"contact_phone"}
        assert bookings.list_bookings(s, site_id=_site(s, draft), status=None) == ()


def _site(s, draft) -> str:
    from app.models import EduRoom

    return s.get(EduRoom, draft.room_id).site_id


def test_cancel_one_date_then_the_whole_series(session_factory, draft):
    rule = replace(SECOND_TUESDAYS, count=2)
    with session_factory.begin() as s:
        result = recurrence.book_series(s, draft=draft, rule=rule, actor=CLERK, now=NOW)
        first, second = result.booked
        booking_states.approve_booking(s, booking_id=second.id, actor=DISTRICT_CLERK, now=NOW)
        booking_states.cancel_booking(s, booking_id=first.id, actor=CLERK, reason="改期", now=NOW)
        assert (
            recurrence.cancel_series(
                s, series_id=result.series_id, actor=CLERK, reason="停办", now=NOW
            )
            == 1
        )
        rows = bookings.list_bookings(s, site_id=_site(s, draft), status=None)
    assert {b.status for b in rows} == {BookingStatus.CANCELLED.value}
    assert {b.reason for b in rows} == {"改期", "停办"}


def test_nothing_bookable_is_refused(session_factory, draft):
    far = SeriesRule(first=date(2029, 1, 1), count=2, monthly_nth=2, weekday=1)
    with session_factory.begin() as s, pytest.raises(DomainError) as err:
        recurrence.book_series(s, draft=draft, rule=far, actor=CLERK, now=NOW)
    assert "所有日期都无法预约" in err.value.message
