"""阵地预约 tab: book a free slot through the dialog, approve it, see the cell change, print."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QInputMethodEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.bookings import BookingDraft, CellState
from app.domain.enums import Activity, BookingSlot, Role
from app.services.bookings import booking as bookings
from app.services.bookings import states as booking_states
from app.views.bookings.calendar import COLOURS
from app.views.bookings.page import BookingsPage
from app.views.context import build_test_context
from tests.conftest import DEMO_ORG

SHOTS = Path("/tmp/bk_shots")
AM, PM = BookingSlot.MORNING.value, BookingSlot.AFTERNOON.value


def type_chinese(widget: QWidget, text: str) -> None:
    """Commit `text` into `widget` as an input method would (keyClicks aborts on Chinese)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def next_tuesday() -> date:
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    return today - timedelta(days=today.weekday()) + timedelta(days=8)


@pytest.fixture
def page(qtbot, session_factory):
    ctx = build_test_context(session_factory, role=Role.BOOKING_CLERK.value, org_code=DEMO_ORG)
    p = BookingsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    qtbot.waitUntil(lambda: p.week is not None, timeout=5000)
    yield p
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    ctx.runner.shutdown()


def _colour(page: BookingsPage, day: date, slot: str) -> str:
    return page.calendar.cell_at(day, slot).background().color().name()


def test_book_through_dialog_approve_and_print(qtbot, page, tmp_path):
    assert page.title() == "阵地预约" and page.icon_name == "booking"
    # a township clerk starts at the township's own party school
    assert page.current_site().name == "满庄镇党校"
    page.room_list.setCurrentRow(1)  # 研讨室, 30 seats
    page.go_week(1)
    day = next_tuesday()
    qtbot.waitUntil(
        lambda: page.week.room.name == "研讨室" and page.week.start == day - timedelta(1)
    )
    assert _colour(page, day, AM) == QColor(COLOURS[CellState.FREE]).name()

    item = page.calendar.cell_at(day, AM)
    rect = page.calendar.visualItemRect(item)
    qtbot.mouseClick(page.calendar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dlg = page.dialog
    assert dlg.slot_combo.currentData() == AM and dlg.day_edit.date().toPython() == day

    # submit with a bad phone first: the message is inline and the typed text stays
    type_chinese(dlg.org_edit, "满庄镇北淳于村党支部")
    type_chinese(dlg.contact_edit, "王建国")
    qtbot.keyClicks(dlg.phone_edit, "1380538")
    dlg.headcount_spin.setValue(25)
    type_chinese(dlg.topic_edit, "重温入党誓词")
    # the reading room joins the request for the same half-day
    extra = dlg.extra_list.findItems("阅览室", Qt.MatchFlag.MatchStartsWith)[0]
    extra.setCheckState(Qt.CheckState.Checked)
    SHOTS.mkdir(exist_ok=True)
    assert dlg.grab().save(str(SHOTS / "booking_dialog.png"))
    dlg.submit_btn.click()
    qtbot.waitUntil(lambda: dlg.error_label.isVisible())
    assert "手机号码应为11位" in dlg.error_label.text()
    assert dlg.org_edit.text() == "满庄镇北淳于村党支部" and dlg.isVisible()
    qtbot.keyClicks(dlg.phone_edit, "1234")
    dlg.submit_btn.click()
    qtbot.waitUntil(lambda: dlg.saved is not None and not dlg.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: _colour(page, day, AM) == QColor(COLOURS[CellState.PENDING]).name())
    assert "待审核" in page.calendar.cell_at(day, AM).text()

    # the new booking is selected in the list; the clerk approves it
    qtbot.waitUntil(
        lambda: page.table.current() is not None and page.table.current().id == dlg.saved.id
    )
    assert page.table.current().phone_masked == "138****1234"
    assert page.table.current().rooms_label == "研讨室、阅览室"
    assert (
        page.action_buttons["approve"].isEnabled()
        and not page.action_buttons["complete"].isEnabled()
    )
    page.action_buttons["approve"].click()
    qtbot.waitUntil(lambda: _colour(page, day, AM) == QColor(COLOURS[CellState.APPROVED]).name())
    assert "满庄镇北淳于村党支部" in page.calendar.cell_at(day, AM).text()
    qtbot.waitUntil(lambda: page.table.current().status == "approved")
    assert (
        page.action_buttons["cancel"].isEnabled() and not page.action_buttons["approve"].isEnabled()
    )
    # attendance can be recorded only once the slot has begun
    assert (
        not page.action_buttons["complete"].isEnabled()
        and not page.action_buttons["no_show"].isEnabled()
    )
    SHOTS.mkdir(exist_ok=True)
    assert page.grab().save(str(SHOTS / "bookings_page.png"))

    # an approved cell no longer opens the booking dialog
    page.dialog = None
    qtbot.mouseClick(page.calendar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(100)
    assert page.dialog is None

    page.print_slip()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=8000)
    assert page.preview.doc.pageCount() == 1
    assert page.preview.grab().save(str(SHOTS / "booking_preview.png"))
    # 打印 asks for a printer first (a non-blocking dialog)
    qtbot.keyClick(page.preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    chooser = page.preview.findChild(QPrintDialog)
    qtbot.waitUntil(lambda: chooser is not None and chooser.isVisible())
    chooser.reject()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert page.preview.print_to(printer) == 1
    assert out.stat().st_size > 5000


def test_conflict_in_dialog_offers_alternatives_and_switches(qtbot, page, session_factory):
    day = next_tuesday()
    room = page.current_room()
    draft = BookingDraft(
        room_id=room.id,
        org_name="粥店街道某社区党委",
        contact_name="李",
        contact_phone="13905381111",
        headcount=10,
        day=day,
        slot=AM,
        activity=Activity.PARTY_LECTURE.value,
    )
    with session_factory.begin() as s:
        b = bookings.create_booking(s, draft=draft, org=DEMO_ORG)
        booking_states.approve_booking(s, booking_id=b.id)
    from app.views.bookings.dialogs import BookingDialog

    dlg = BookingDialog(page.ctx, room, page.current_site().name, day, AM, page)
    qtbot.addWidget(dlg)
    dlg.open()
    type_chinese(dlg.org_edit, "满庄镇南淳于村党支部")
    type_chinese(dlg.contact_edit, "赵")
    qtbot.keyClicks(dlg.phone_edit, "13805381234")
    dlg.headcount_spin.setValue(12)
    dlg.submit_btn.click()
    qtbot.waitUntil(lambda: bool(dlg.alt_buttons))
    assert "已被“粥店街道某社区党委”预约" in dlg.error_label.text()
    assert "下午" in dlg.alt_buttons[0].text()
    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(50)
    assert dlg.grab().save(str(SHOTS / "booking_dialog_conflict.png"))
    dlg.alt_buttons[0].click()
    assert dlg.slot_combo.currentData() == PM and dlg.org_edit.text() == "满庄镇南淳于村党支部"
    dlg.submit_btn.click()
    qtbot.waitUntil(lambda: dlg.saved is not None, timeout=5000)
    assert dlg.saved.slot == PM and dlg.saved.status == "pending"


def test_reject_asks_for_a_reason(qtbot, page, session_factory):
    day = next_tuesday()
    room = page.current_room()
    with session_factory.begin() as s:
        bookings.create_booking(
            s,
            draft=BookingDraft(
                room_id=room.id,
                org_name="某党支部",
                contact_name="钱",
                contact_phone="13905381111",
                headcount=10,
                day=day,
                slot=PM,
                activity=Activity.OATH.value,
            ),
            org=DEMO_ORG,
        )
    page.refresh()
    qtbot.waitUntil(lambda: page.table.current() is not None)
    page.action_buttons["reject"].click()
    dlg = page.reason_dialog
    assert dlg.isVisible() and dlg.windowTitle() == "驳回预约"
    ok = dlg.ok_btn
    ok.click()
    assert dlg.isVisible() and "请填写理由" in dlg.hint.text()
    type_chinese(dlg.edit, "当日场馆检修")
    ok.click()
    qtbot.waitUntil(
        lambda: page.table.current() is not None and page.table.current().status == "rejected"
    )
    assert "当日场馆检修" in page.table.item(page.table.currentRow(), 7).text()


def test_other_roles_cannot_approve(qtbot, session_factory):
    ctx = build_test_context(session_factory, role=Role.FRONT_DESK.value)
    p = BookingsPage(ctx)
    qtbot.addWidget(p)
    qtbot.waitUntil(lambda: p.week is not None, timeout=5000)
    room = p.current_room()
    with session_factory.begin() as s:
        bookings.create_booking(
            s,
            draft=BookingDraft(
                room_id=room.id,
                org_name="某党支部",
                contact_name="孙",
                contact_phone="13905381111",
                headcount=10,
                day=next_tuesday(),
                slot=PM,
                activity=Activity.OATH.value,
            ),
            org=DEMO_ORG,
        )
    p.refresh()
    qtbot.waitUntil(lambda: p.table.current() is not None)
    assert not p.action_buttons["approve"].isEnabled() and p.action_buttons["cancel"].isEnabled()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    ctx.runner.shutdown()


def test_picker_filters_and_enter_on_a_free_cell_opens_the_dialog(qtbot, page):
    page.picker.level_combo.setCurrentIndex(page.picker.level_combo.findData("district_platform"))
    qtbot.waitUntil(lambda: page.week is not None and page.week.site_name.startswith("岱岳区"))
    assert page.site_combo.count() == 1 and page.room_list.count() == 36
    page.picker.capacity_spin.setValue(100)
    page.picker.capacity_spin.editingFinished.emit()
    qtbot.waitUntil(lambda: page.site_combo.count() == 0)
    assert page.week is None and page.table.rowCount() == 0
    page.picker.level_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.site_combo.count() == 11 and page.week is not None)
    assert page.room_list.count() == 1  # only the 多功能教室 seats 100

    page.go_week(1)
    day = next_tuesday()
    qtbot.waitUntil(lambda: page.week.start == day - timedelta(1))
    page.calendar.setFocus()
    page.calendar.setCurrentItem(page.calendar.cell_at(day, PM))
    qtbot.keyClick(page.calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog.slot_combo.currentData() == PM
    assert "多功能教室" in page.dialog.place.text()
    page.dialog.reject()


def test_complete_records_attendance_after_the_activity(qtbot, page, session_factory):
    room = page.current_room()
    yesterday = datetime.now(ZoneInfo("Asia/Shanghai")).date() - timedelta(days=1)
    then = datetime.now(ZoneInfo("Asia/Shanghai")) - timedelta(days=3)
    draft = BookingDraft(
        room_id=room.id,
        org_name="满庄镇机关党支部",
        contact_name="周",
        contact_phone="13905381111",
        headcount=30,
        day=yesterday,
        slot=AM,
        activity=Activity.FIELD_TEACHING.value,
    )
    with session_factory.begin() as s:
        b = bookings.create_booking(s, draft=draft, org=DEMO_ORG, now=then)
        booking_states.approve_booking(s, booking_id=b.id, now=then)
    page.refresh()
    qtbot.waitUntil(lambda: page.table.current() is not None)
    assert (
        page.action_buttons["complete"].isEnabled()
        and not page.action_buttons["cancel"].isEnabled()
    )
    page.action_buttons["complete"].click()
    dlg = next(w for w in page.findChildren(QWidget) if w.windowTitle() == "活动完成登记")
    dlg.attended_spin.setValue(28)
    dlg.rating_combo.setCurrentIndex(1)  # four stars
    dlg.accept()
    qtbot.waitUntil(lambda: page.table.current().status == "completed")
    v = page.table.current()
    assert (v.attended, v.rating) == (28, 4)
