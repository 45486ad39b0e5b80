"""阵地预约 (#14 items 5–7 in the page): month view, 待确认 hatching, refused offline bookings,
the township head's approval, greyed buttons that say why, the edit lock and the usage report."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from app.domain.bookings import BookingDraft
from app.domain.enums import Activity, BookingSlot, BookingStatus, Role
from app.models import Booking, SyncConflict, SyncDevice
from app.models.base import utcnow
from app.services.bookings import booking as bookings
from app.services.bookings import states as st
from app.views.bookings.calendar import TENTATIVE_ROLE
from app.views.bookings.page import BookingsPage
from app.views.context import build_test_context
from tests.actors import CLERK, FRONT_DESK, HEAD
from tests.conftest import DEMO_ORG

SHOTS = Path(os.environ.get("YIZHAN_SHOTS", "/tmp/yizhan-shots")) / "bookings"
AM, PM = BookingSlot.MORNING.value, BookingSlot.AFTERNOON.value
CHINA = ZoneInfo("Asia/Shanghai")


def next_tuesday() -> date:
    today = datetime.now(CHINA).date()
    return today - timedelta(days=today.weekday()) + timedelta(days=8)


def _draft(room_id: str, day: date, slot: str = AM, org: str = "满庄镇北淳于村党支部"):
    return BookingDraft(
        room_id=room_id, org_name=org, contact_name="王建国", contact_phone="13805381234",
        headcount=20, day=day, slot=slot, activity=Activity.THEME_DAY.value, audience="全体党员",
    )  # fmt: skip


def _page(qtbot, session_factory, role=Role.BOOKING_CLERK.value, org=DEMO_ORG):
    ctx = build_test_context(session_factory, role=role, org_code=org)
    p = BookingsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitUntil(lambda: p.week is not None, timeout=5000)
    return p


def _close(qtbot, p):
    qtbot.waitUntil(lambda: p.ctx.runner.pending == 0, timeout=5000)
    p.ctx.runner.shutdown()


def _register(session_factory) -> None:
    """Make the desk one that syncs with a district server (only then is anything 待确认)."""
    from app.services.reference.setup import ensure_device

    with session_factory.begin() as s:
        ensure_device(s, org_code=DEMO_ORG)
        s.execute(update(SyncDevice).values(token="t", registered_at=utcnow()))


def _room(page, name: str):
    return next(r for r in page.picker.rooms if r.name == name)


def _go_next_week(qtbot, page):
    page.go_week(1)
    qtbot.waitUntil(lambda: page.week.start == next_tuesday() - timedelta(1))


def _fill_month(session_factory, page, day: date) -> None:
    """Some bookings of the next weeks: approved, pending and one made offline (待确认)."""
    seminar, hall = _room(page, "研讨室"), _room(page, "多功能教室")
    with session_factory.begin() as s:
        for i, room in enumerate((seminar, hall, seminar)):
            v = bookings.create_booking(
                s, draft=_draft(room.id, day + timedelta(days=i), PM if i == 2 else AM),
                actor=CLERK,
            )  # fmt: skip
            st.approve_booking(s, booking_id=v.id, actor=CLERK)
        bookings.create_booking(s, draft=_draft(hall.id, day + timedelta(days=2)), actor=CLERK)
        # the server has accepted these
        s.execute(update(Booking).where(Booking.status == "approved").values(confirmed=True))
    _register(session_factory)
    with session_factory.begin() as s:  # made after the last sync: 待确认
        bookings.create_booking(
            s, draft=_draft(seminar.id, day, PM, "满庄镇南淳于村党支部"), actor=CLERK
        )
    with session_factory.begin() as s:  # every earlier change reached the server
        from app.models import SyncOutbox

        newest = s.query(SyncOutbox).order_by(SyncOutbox.device_seq.desc()).first()
        s.execute(
            update(SyncOutbox)
            .where(SyncOutbox.device_seq < newest.device_seq)
            .values(acked_at=utcnow())
        )


def test_tentative_booking_is_hatched_and_labelled(qtbot, session_factory):
    page = _page(qtbot, session_factory)
    page.room_list.setCurrentRow(1)  # 研讨室
    day = next_tuesday()
    _fill_month(session_factory, page, day)
    _go_next_week(qtbot, page)
    page.refresh()
    qtbot.waitUntil(lambda: "待确认" in page.calendar.cell_at(day, PM).text())
    item = page.calendar.cell_at(day, PM)
    assert item.data(TENTATIVE_ROLE) and "区级服务器" in item.toolTip()
    assert not page.calendar.cell_at(day, AM).data(TENTATIVE_ROLE)  # accepted: plain 已约
    qtbot.waitUntil(lambda: any("（待确认·未同步）" in (page.table.item(r, 7).text() or "")
                                for r in range(page.table.rowCount())))  # fmt: skip
    _close(qtbot, page)


def test_month_view_shows_every_room_with_utilisation_and_opens_a_week(qtbot, session_factory):
    page = _page(qtbot, session_factory)
    day = next_tuesday()
    _fill_month(session_factory, page, day)
    page.month_first = day.replace(day=1)
    page.view_tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.month is not None and page.month.month == day.month)
    month = page.month
    assert len(month.rooms) == page.room_list.count() == page.month_grid.model().rowCount()
    seminar = next(r for r in month.rooms if r.room.name == "研讨室")
    assert seminar.cells[day.day - 1] == ("approved", "tentative")
    assert "利用率" in page.month_label.text()
    model = page.month_grid.model()
    row = month.rooms.index(seminar)
    assert model.data(model.index(row, 0)) == f"{seminar.utilisation * 100:.0f}%"
    page.month_grid._chosen(model.index(row, day.day))  # double-click on that day
    qtbot.waitUntil(lambda: page.view_tabs.currentIndex() == 0 and page.week is not None
                    and page.week.room.name == "研讨室" and page.week.start <= day)  # fmt: skip
    _close(qtbot, page)


def test_refused_offline_booking_says_why_and_rebooks_the_nearest_free_slot(qtbot, session_factory):
    page = _page(qtbot, session_factory)
    seminar = _room(page, "研讨室")
    day = next_tuesday()
    with session_factory.begin() as s:
        won = bookings.create_booking(s, draft=_draft(seminar.id, day), actor=CLERK)
        lost = bookings.create_booking(
            s, draft=_draft(seminar.id, day, org="满庄镇南淳于村党支部"), actor=CLERK
        )
        st.approve_booking(s, booking_id=won.id, actor=CLERK)
        # what a sync brings back when the server kept the other desk's booking
        s.execute(
            update(Booking).where(Booking.id == lost.id).values(
                status=BookingStatus.REJECTED.value, reason="时段已被“满庄镇北淳于村党支部”预约"
            )
        )  # fmt: skip
        s.add(
            SyncConflict(
                id="c1",
                kind="booking",
                entity="booking",
                entity_id=lost.id,
                field="room_id",
                mine={"room_id": seminar.id},
                theirs={"winner": {"org_name": "满庄镇北淳于村党支部"}},
                reason="时段已被“满庄镇北淳于村党支部”预约",
            )
        )
    page.refresh()
    qtbot.waitUntil(lambda: page.refused_label.isVisible())
    assert "退回了 1 个" in page.refused_label.text() and "北淳于村" in page.refused_label.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SHOTS / "refused_banner_zh.png"))
    dlg = page.show_refused()
    qtbot.waitUntil(dlg.isVisible)
    assert dlg.choice_buttons and "改约" in dlg.choice_buttons[0].text()
    assert dlg.grab().save(str(SHOTS / "refused_dialog_zh.png"))
    dlg.choice_buttons[0].click()
    qtbot.waitUntil(lambda: not page.refused_label.isVisible(), timeout=5000)
    with session_factory() as s:
        rows = bookings.list_bookings(s, site_id=page.current_site().id, status="pending")
    assert [b.org_name for b in rows] == ["满庄镇南淳于村党支部"]
    _close(qtbot, page)


def test_the_township_head_may_approve_own_sites_and_greyed_buttons_say_why(qtbot, session_factory):
    page = _page(qtbot, session_factory, role=Role.SUPERVISOR.value)
    assert page.current_site().name == "满庄镇党校"
    with session_factory.begin() as s:
        bookings.create_booking(
            s, draft=_draft(page.current_room().id, next_tuesday()), actor=CLERK
        )
    page.refresh()
    qtbot.waitUntil(lambda: page.table.current() is not None)
    approve = page.action_buttons["approve"]
    assert approve.isEnabled(), approve.toolTip()
    complete = page.action_buttons["complete"]
    assert not complete.isEnabled() and "只适用于：已通过" in complete.toolTip()
    approve.click()
    qtbot.waitUntil(lambda: page.table.current().status == "approved")
    assert "已通过" in approve.toolTip() and not approve.isEnabled()
    assert "活动开始后" in complete.toolTip()
    _close(qtbot, page)
    desk = _page(qtbot, session_factory, role=Role.FRONT_DESK.value)
    with session_factory.begin() as s:
        bookings.create_booking(
            s, draft=_draft(desk.current_room().id, next_tuesday(), PM), actor=FRONT_DESK
        )
    desk.refresh()
    qtbot.waitUntil(lambda: desk.table.rowCount() == 2)
    desk.table.selectRow(0)  # the pending one is listed first
    assert desk.table.current().status == "pending"
    assert not desk.action_buttons["approve"].isEnabled()
    assert "中心负责人" in desk.action_buttons["approve"].toolTip()
    _close(qtbot, desk)


def test_approved_booking_is_locked_for_the_booker_and_the_page_says_why(qtbot, session_factory):
    page = _page(qtbot, session_factory, role=Role.FRONT_DESK.value)
    day = next_tuesday()
    with session_factory.begin() as s:
        v = bookings.create_booking(s, draft=_draft(page.current_room().id, day), actor=FRONT_DESK)
    page.refresh()
    qtbot.waitUntil(lambda: page.table.current() is not None)
    assert page.edit_btn.isEnabled()
    dlg = page.edit(series=False)
    dlg.topic_edit.setText("学习新党章")
    dlg.save_btn.click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    with session_factory.begin() as s:
        assert bookings.get_booking(s, booking_id=v.id).topic == "学习新党章"
        st.approve_booking(s, booking_id=v.id, actor=HEAD)
    page.refresh()
    qtbot.waitUntil(lambda: page.table.current() is not None
                    and page.table.current().status == "approved")  # fmt: skip
    assert not page.edit_btn.isEnabled() and "已锁定" in page.edit_btn.toolTip()
    assert page.edit(series=False) is None
    _close(qtbot, page)


def test_usage_report_opens_as_pdf_and_exports_a_workbook(qtbot, session_factory, tmp_path):
    page = _page(qtbot, session_factory)
    page.view_tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.month is not None)
    page.report_btn.click()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=10000)
    assert "阵地使用月报" in page.preview.windowTitle()
    page.preview.reject()
    target = tmp_path / "u.xlsx"
    page.usage_xlsx(str(target))
    qtbot.waitUntil(target.is_file, timeout=5000)
    _close(qtbot, page)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_screenshots(qtbot, session_factory, lang, request):
    if lang == "en":
        request.getfixturevalue("english")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = _page(qtbot, session_factory)
    page.room_list.setCurrentRow(1)
    day = next_tuesday()
    _fill_month(session_factory, page, day)
    _go_next_week(qtbot, page)
    page.refresh()
    qtbot.waitUntil(lambda: page.calendar.cell_at(day, PM).data(TENTATIVE_ROLE))
    qtbot.wait(100)
    assert page.width() == 1280, _widest(page)
    assert page.grab().save(str(SHOTS / f"week_tentative_{lang}.png"))
    page.month_first = day.replace(day=1)
    page.view_tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.month is not None and page.month.month == day.month)
    qtbot.wait(100)
    assert page.grab().save(str(SHOTS / f"month_{lang}.png"))
    page.table.selectRow(0)
    qtbot.wait(50)
    dlg = page.edit(series=False)
    if dlg is not None:
        qtbot.waitUntil(dlg.isVisible)
        assert dlg.grab().save(str(SHOTS / f"edit_{lang}.png"))
        dlg.reject()
    _close(qtbot, page)


def _widest(page) -> str:
    """Name the widgets wider than the page may be (to say what to fix)."""
    from PySide6.QtWidgets import QWidget

    wide = [
        f"{type(c).__name__}:{c.objectName()}:{c.minimumSizeHint().width()}"
        for c in page.findChildren(QWidget)
        if c.minimumSizeHint().width() > 900
    ]
    return f"page {page.width()} min {page.minimumSizeHint().width()}: {wide}"
