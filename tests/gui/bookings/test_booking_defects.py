"""Defects of #14 in 阵地预约; each test failed before its fix."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from app.domain.bookings import BookingDraft
from app.domain.enums import Activity, BookingStatus
from app.services.bookings import booking as bookings
from tests.actors import CLERK
from tests.gui.bookings import test_bookings_page as base

page = base.page  # the page fixture of the bookings tests
AM = base.AM


def _fill(qtbot, dlg, org: str) -> None:
    base.type_chinese(dlg.org_edit, org)
    base.type_chinese(dlg.contact_edit, "王建国")
    qtbot.keyClicks(dlg.phone_edit, "13805381234")
    dlg.headcount_spin.setValue(20)


def test_new_booking_button_and_ctrl_n_open_the_form_on_a_free_slot(qtbot, page):
    page.go_week(1)
    day = base.next_tuesday()
    qtbot.waitUntil(lambda: page.week.start == day - timedelta(1))
    # chosen cell: the button books it
    page.calendar.setCurrentItem(page.calendar.cell_at(day, AM))
    page.new_btn.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog.day_edit.date().toPython() == day
    assert page.dialog.slot_combo.currentData() == AM
    page.dialog.reject()
    # keyboard only: Ctrl+N from the calendar with no cell chosen takes the week's first free slot
    page.dialog = None
    page.calendar.setCurrentItem(None)
    page.calendar.setFocus()
    qtbot.keyClick(page.calendar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog.day_edit.date().toPython() == page.week.start
    page.dialog.reject()


def test_a_second_request_on_a_pending_slot_warns_then_queues(qtbot, page, session_factory):
    page.go_week(1)
    day = base.next_tuesday()
    qtbot.waitUntil(lambda: page.week.start == day - timedelta(1))
    room = page.current_room()
    with session_factory.begin() as s:
        bookings.create_booking(
            s,
            draft=BookingDraft(
                room_id=room.id, org_name="满庄镇南淳于村党支部", contact_name="李四",
                contact_phone="13905381111", headcount=20, day=day, slot=AM,
                activity=Activity.THEME_DAY.value, audience="全体党员", topic="",
                guide_needed=False, note="",
            ),
            actor=CLERK,
        )  # fmt: skip
    page.refresh()
    qtbot.waitUntil(lambda: "待审核" in page.calendar.cell_at(day, AM).text())
    page.calendar.setCurrentItem(page.calendar.cell_at(day, AM))
    dlg = page.new_booking()
    _fill(qtbot, dlg, "满庄镇北淳于村党支部")
    dlg.submit_btn.click()
    qtbot.waitUntil(lambda: dlg.queue_box is not None and dlg.queue_box.isVisible())
    assert "满庄镇南淳于村党支部" in dlg.queue_box.text() and dlg.isVisible()
    assert dlg.queue_button.text() == "仍要提交（排队）"
    base.SHOTS.mkdir(exist_ok=True)
    assert dlg.queue_box.grab().save(str(base.SHOTS / "booking_queue_warning.png"))
    assert dlg.saved is None  # nothing stored until the booker chooses to queue
    dlg.queue_button.click()
    qtbot.waitUntil(lambda: dlg.saved is not None and not dlg.isVisible(), timeout=5000)
    with session_factory() as s:
        rows = bookings.list_bookings(s, site_id=page.current_site().id, status=None)
    waiting = [b for b in rows if b.day == day and b.status == BookingStatus.PENDING.value]
    assert len(waiting) == 2


def test_no_warning_on_a_free_slot(qtbot, page):
    page.go_week(1)
    day = base.next_tuesday()
    qtbot.waitUntil(lambda: page.week.start == day - timedelta(1))
    page.calendar.setCurrentItem(page.calendar.cell_at(day, AM))
    dlg = page.new_booking()
    _fill(qtbot, dlg, "满庄镇北淳于村党支部")
    dlg.submit_btn.click()
    qtbot.waitUntil(lambda: dlg.saved is not None and not dlg.isVisible(), timeout=5000)
    assert dlg.queue_box is None
