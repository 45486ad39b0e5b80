"""Recurring bookings on the page: preview the dates, book the series, cancel it as a whole."""

from __future__ import annotations

from datetime import timedelta

from app.domain.bookings import BookingDraft
from app.domain.enums import Activity, BookingStatus
from app.services.bookings import booking as bookings
from app.services.bookings import states as booking_states
from tests.actors import CLERK, DISTRICT_CLERK
from tests.gui.bookings import test_bookings_page as base
from tests.gui.bookings.test_booking_defects import _fill

page = base.page  # the page fixture of the bookings tests
AM = base.AM


def test_monthly_series_preview_skips_a_clash_books_the_rest_and_cancels(
    qtbot, page, session_factory
):
    page.go_week(1)
    day = base.next_tuesday()
    qtbot.waitUntil(lambda: page.week.start == day - timedelta(1))
    room = page.current_room()
    page.calendar.setCurrentItem(page.calendar.cell_at(day, AM))
    dlg = page.new_booking()
    series = dlg.series
    series.enabled.setChecked(True)
    series.count.setValue(3)
    rule = series.rule(day)
    from app.services.bookings import recurrence

    dates = recurrence.series_dates(rule)
    with session_factory.begin() as s:  # someone holds the second date already
        taken = bookings.create_booking(
            s,
            draft=BookingDraft(
                room_id=room.id, org_name="满庄镇南淳于村党支部", contact_name="李四",
                contact_phone="13905381111", headcount=20, day=dates[1], slot=AM,
                activity=Activity.THEME_DAY.value, audience="全体党员", topic="",
                guide_needed=False, note="",
            ),
            actor=CLERK,
        )  # fmt: skip
        booking_states.approve_booking(s, booking_id=taken.id, actor=DISTRICT_CLERK)
    _fill(qtbot, dlg, "满庄镇北淳于村党支部")
    series.preview_button.click()
    qtbot.waitUntil(lambda: series.dates.count() == 3)
    texts = [series.dates.item(i).text() for i in range(3)]
    assert "跳过" in texts[1] and "满庄镇南淳于村党支部" in texts[1]
    assert "跳过" not in texts[0] and series.summary.text() == "可预约 2 次，跳过 1 次"
    assert dlg.grab().save(str(base.SHOTS / "booking_series_preview.png"))
    dlg.submit_btn.click()
    qtbot.waitUntil(lambda: dlg.series_result is not None and not dlg.isVisible(), timeout=8000)
    result = dlg.series_result
    assert [b.day for b in result.booked] == [dates[0], dates[2]]
    assert [d.day for d in result.skipped] == [dates[1]]
    # the whole series is cancelled from the list
    qtbot.waitUntil(
        lambda: page.table.current() is not None and page.table.current().series_id is not None
    )
    assert page.cancel_series_btn.isEnabled()
    page.cancel_series()
    page.reason_dialog.edit.setPlainText("停办")
    page.reason_dialog.accept()
    with session_factory() as s:
        qtbot.waitUntil(
            lambda: all(
                b.status == BookingStatus.CANCELLED.value
                for b in bookings.list_bookings(s, site_id=page.current_site().id, status=None)
                if b.series_id == result.series_id
            ),
            timeout=5000,
        )
