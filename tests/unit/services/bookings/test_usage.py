"""The month view and the monthly usage report on a hand-built December."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.domain.enums import BookingSlot
from app.domain.ids import reference_id
from app.services.bookings import booking as bookings
from app.services.bookings import states as st
from app.services.bookings import usage
from tests.actors import CLERK, FRONT_DESK
from tests.unit.reports.pdftools import needs_poppler, text
from tests.unit.services.bookings.conftest import NOW, TOWN_SEMINAR

AM, PM = BookingSlot.MORNING.value, BookingSlot.AFTERNOON.value
HALL = reference_id("edu_room", "EDU-370911106-01")  # 多功能教室, 120 seats
LATER = NOW + timedelta(days=40)  # every December slot has begun


@pytest.fixture
def december(session_factory, draft):
    """Book December at 满庄镇党校 by hand; return the site id.

    研讨室: 1日上午 completed (25 booked, 20 came, ★5), 2日下午 completed (30, 30, ★4),
    3日上午 no-show, 4日上午 cancelled, 5日上午 pending. 研讨室+多功能教室 together on 8日上午:
    completed (100 booked, 80 came, ★3). Another month's booking must not count.
    """
    base = replace(draft, room_id=TOWN_SEMINAR)

    def book(day, slot=AM, **kw):
        with session_factory.begin() as s:
            return bookings.create_booking(
                s, draft=replace(base, day=date(2026, 12, day), slot=slot, **kw), actor=FRONT_DESK,
                now=NOW,
            ).id  # fmt: skip

    def act(fn, bid, **kw):
        with session_factory.begin() as s:
            fn(s, booking_id=bid, actor=CLERK, **kw)

    for day, slot, n, came, stars in ((1, AM, 25, 20, 5), (2, PM, 30, 30, 4)):
        bid = book(day, slot, headcount=n)
        act(st.approve_booking, bid, now=NOW)
        act(st.complete_booking, bid, attended=came, rating=stars, now=LATER)
    bid = book(3)
    act(st.approve_booking, bid, now=NOW)
    act(st.mark_no_show, bid, now=LATER)
    act(st.cancel_booking, book(4), now=NOW)
    book(5)
    bid = book(8, headcount=100, extra_room_ids=(HALL,))
    act(st.approve_booking, bid, now=NOW)
    act(st.complete_booking, bid, attended=80, rating=3, now=LATER)
    with session_factory.begin() as s:
        bookings.create_booking(
            s, draft=replace(base, day=date(2027, 1, 5)), actor=FRONT_DESK, now=NOW
        )
        return bookings.get_booking(s, booking_id=bid).site_id


def test_usage_report_numbers(session_factory, december):
    with session_factory() as s:
        rep = usage.usage_report(s, site_id=december, year=2026, month=12)
    rooms = {r.name: r for r in rep.rooms}
    seminar, hall = rooms["研讨室"], rooms["多功能教室"]
    assert seminar.slots == 62 and seminar.held == 4  # 1上, 2下, 3上 (no-show), 8上
    assert seminar.utilisation == pytest.approx(4 / 62)
    assert (seminar.completed, seminar.no_shows, seminar.cancelled) == (3, 1, 1)
    assert (seminar.booked_people, seminar.attended) == (155, 130)
    assert seminar.rating == pytest.approx(4.0)
    assert (hall.held, hall.completed, hall.attended, hall.rating) == (1, 1, 80, 3.0)
    assert all(r.held == 0 for n, r in rooms.items() if n not in ("研讨室", "多功能教室"))
    # the total counts the two-room request once
    total = rep.total
    assert total.slots == 62 * len(rep.rooms) and total.held == 5
    assert (total.completed, total.no_shows, total.cancelled) == (3, 1, 1)
    assert (total.booked_people, total.attended) == (155, 130)
    assert total.attendance == pytest.approx(130 / 155)
    assert total.rating == pytest.approx(4.0)


def test_month_view_states_and_utilisation(session_factory, december):
    with session_factory() as s:
        month = usage.month_view(s, site_id=december, year=2026, month=12)
    assert month.days == 31 and month.site_name == "满庄镇党校"
    seminar = next(r for r in month.rooms if r.room.name == "研讨室")
    assert seminar.cells[0] == ("approved", "") and seminar.cells[1] == ("", "approved")
    assert seminar.cells[3] == ("", "")  # cancelled: free again
    assert seminar.cells[4] == ("pending", "")
    assert (seminar.held, seminar.pending) == (4, 1)
    assert seminar.utilisation == pytest.approx(4 / 62)
    assert month.utilisation == pytest.approx(5 / (62 * len(month.rooms)))


@needs_poppler
def test_usage_report_pdf_and_workbook_print_the_same_numbers(session_factory, december, tmp_path):
    from openpyxl import load_workbook

    from app.reports.booking_usage import render_usage_report, write_usage_xlsx

    with session_factory() as s:
        rep = usage.usage_report(s, site_id=december, year=2026, month=12)
    pdf = tmp_path / "usage.pdf"
    with pdf.open("wb") as fh:
        assert render_usage_report(rep, fh) == 1
    words = text(pdf)
    assert "满庄镇党校2026年12月阵地使用情况" in words
    # 研讨室 | 30 seats | 4/62 | 6.5% | 3 done | 1 no-show | 1 cancelled | 155 | 130 | 83.9% | 4.0
    assert "研讨室304/626.5%31115513083.9%4.0" in words
    assert "合计" in words and "到场率83.9%" in words
    xlsx = tmp_path / "usage.xlsx"
    write_usage_xlsx(rep, xlsx)
    ws = load_workbook(xlsx).active
    lines = {row[0]: row for row in ws.iter_rows(min_row=3, values_only=True) if row[0]}
    assert lines["研讨室"][1:12] == (30, 4, 62, round(4 / 62, 4), 3, 1, 1, 155, 130, 0.8387, 4.0)
    assert lines["合计"][2] == 5 and lines["合计"][5:8] == (3, 1, 1)


def test_site_usage_command_writes_pdf_and_workbook(session_factory, december, engine, tmp_path):
    from app.cli import main as cli_main

    db = str(engine.url.database)
    pdf, xlsx = tmp_path / "u.pdf", tmp_path / "u.xlsx"
    args = ["site_usage", "--db", db, "--site", "EDU-370911106", "--month", "2026-12"]
    assert cli_main([*args, "--out", str(pdf), "--xlsx", str(xlsx)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.stat().st_size > 0
    assert cli_main([*args[:-1], "2026-13", "--out", str(pdf)]) == 2
    assert cli_main([*args[:4], "EDU-NOPE", *args[5:], "--out", str(pdf)]) == 2
