"""Offline bookings (#14 item 6): 待确认 until the server accepts; a refused one says why and
offers the nearest free slots; attendance and rating recorded after the event reach every desk."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from app.domain.bookings import BookingDraft
from app.domain.enums import Activity, BookingSlot, BookingStatus
from app.domain.ids import reference_id
from app.models import Booking
from app.services.bookings import booking as bookings
from app.services.bookings import refusals
from app.services.bookings import states as st

NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # Friday 10:00 in China
DAY = date(2026, 12, 8)
AM = BookingSlot.MORNING.value
SEMINAR = reference_id("edu_room", "EDU-370911106-02")  # 满庄镇党校 研讨室
DRAFT = BookingDraft(
    room_id=SEMINAR,
    org_name="满庄镇北淳于村党支部",
    contact_name="王建国",
    contact_phone="13805381234",
    headcount=25,
    day=DAY,
    slot=AM,
    activity=Activity.THEME_DAY.value,
)


def _book_and_approve(desk, draft):
    with desk.factory.begin() as s:
        v = bookings.create_booking(s, draft=draft, actor=desk.actor, now=NOW)
        return st.approve_booking(s, booking_id=v.id, actor=desk.actor, now=NOW).id


def _tentative(desk, booking_id) -> bool:
    with desk.factory() as s:
        return bookings.get_booking(s, booking_id=booking_id).tentative


def test_two_offline_desks_book_one_slot_the_loser_sees_why_and_free_slots(server, desk):
    a, b = desk(server, "a"), desk(server, "b")
    first = _book_and_approve(a, DRAFT)
    second = _book_and_approve(b, replace(DRAFT, org_name="满庄镇南淳于村党支部"))
    # neither desk has synced since: both bookings are 待确认, also on the week calendar
    assert _tentative(a, first) and _tentative(b, second)
    with b.factory() as s:
        week = bookings.week_availability(s, room_id=SEMINAR, start=DAY - timedelta(1), now=NOW)
    assert week.cell(DAY, AM).tentative
    assert a.sync().ok
    assert a.sync().ok  # the server's confirmation comes back on the next pull
    assert not _tentative(a, first) and a.get(Booking, first).confirmed
    result = b.sync()
    assert result.ok and result.rejected == 1
    lost = b.get(Booking, second)
    assert lost.status == BookingStatus.REJECTED.value and not _tentative(b, second)
    with b.factory() as s:
        refused = refusals.refused_bookings(s, site_id=bookings.get_booking(
            s, booking_id=second).site_id, now=NOW)  # fmt: skip
        listed = bookings.list_bookings(s, room_id=SEMINAR)
    (r,) = refused
    assert r.booking.id == second and "满庄镇北淳于村党支部" in r.reason
    assert r.winner == "满庄镇北淳于村党支部"
    # the nearest free slots: never the slot the winner holds, nearest first
    assert r.nearest and all((n.room_id, n.day, n.slot) != (SEMINAR, DAY, AM) for n in r.nearest)
    assert r.nearest[0].day == DAY  # another room that morning or the same room that afternoon
    assert {v.id: v.status for v in listed}[second] == BookingStatus.REJECTED.value
    # the booker takes the nearest free slot: a new request, and the refusal is settled
    with b.factory.begin() as s:
        again = refusals.rebook_refused(
            s, booking_id=second, choice=r.nearest[0], actor=b.actor, now=NOW
        )
    assert (again.org_name, again.day, again.status) == ("满庄镇南淳于村党支部", DAY, "pending")
    assert again.tentative  # made on this desk, not yet on the server
    with b.factory() as s:
        assert refusals.refused_bookings(s, now=NOW) == ()


def test_attendance_and_rating_recorded_after_the_event_reach_the_other_desk(server, desk):
    a, b = desk(server, "a"), desk(server, "b")
    bid = _book_and_approve(a, DRAFT)
    assert a.sync().ok and b.sync().ok
    after = NOW + timedelta(days=12)
    with a.factory.begin() as s:
        st.complete_booking(s, booking_id=bid, attended=23, rating=4, actor=a.actor, now=after)
    assert _tentative(a, bid)  # the outcome waits for the server like any change
    assert a.sync().ok and b.sync().ok
    seen = b.get(Booking, bid)
    assert (seen.status, seen.attended, seen.rating) == ("completed", 23, 4)
    assert server_row(server, bid).rating == 4


def server_row(server, bid):
    with server.factory() as s:
        return s.get(Booking, bid)
