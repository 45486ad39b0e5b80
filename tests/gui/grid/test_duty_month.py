"""#14: the duty month view follows the selected grid, is typed into in place, and shows the
checks (a person in two places, on leave) in the cells without blocking the save."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from app.domain.enums import DutyPost, Shift
from app.domain.grid import SHEET_COLUMNS, ShiftInput
from app.services.grid import duty as grid_duty
from app.services.grid import grids as grid_service
from app.services.grid import leave as grid_leave
from tests.actors import GRID
from tests.conftest import DEMO_ORG
from tests.gui.grid import test_grid_page as base
from tests.gui.grid.test_grid_defects import _grid_id, _worker

page = base.page
PATROL = SHEET_COLUMNS.index((Shift.FULL_DAY, DutyPost.PATROL))
RECEPTION = SHEET_COLUMNS.index((Shift.FULL_DAY, DutyPost.RECEPTION))


def _month(qtbot, page):
    page.resize(1280, 800)
    page.tabs.setCurrentWidget(page.duty)
    page.duty.month_view_button.click()
    month = page.duty.month
    qtbot.waitUntil(lambda: month.loaded is not None and month.table.rowCount() >= 28)
    return month


def _text(month, row: int, col: int) -> str:
    item = month.table.item(row, col)
    return item.text() if item else ""


def test_month_view_follows_the_selected_grid(qtbot, page, session_factory):
    east, west = _grid_id(page, "东村第一网格"), _grid_id(page, "西苑网格")
    first = grid_service.today().replace(day=1)
    with session_factory.begin() as s:
        e = _worker(s, "赵东", "13905380003", east)
        w = _worker(s, "钱西", "13905380004", west)
        grid_duty.add_shifts(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            shifts=[
                ShiftInput(first, "full_day", "patrol", worker_id=e),
                ShiftInput(first, "full_day", "patrol", worker_id=w),
            ],
        )
    page.refresh()
    month = _month(qtbot, page)
    qtbot.waitUntil(lambda: _text(month, 0, PATROL) in ("赵东、钱西", "钱西、赵东"))
    base._select_grid(qtbot, page, "西苑网格")
    qtbot.waitUntil(lambda: _text(month, 0, PATROL) == "钱西")
    base._select_grid(qtbot, page, "东村第一网格")
    qtbot.waitUntil(lambda: _text(month, 0, PATROL) == "赵东")


def test_typing_a_double_booking_saves_it_and_marks_the_cells(qtbot, page, session_factory):
    first = grid_service.today().replace(day=1)
    with session_factory.begin() as s:
        grid_duty.set_cell(  # typed "李娜": the township's worker of that name
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            day=first,
            shift="full_day",
            post="patrol",
            names=["李娜"],
        )
        li = grid_duty.duty_range(s, org_code=DEMO_ORG, start=first, end=first).shifts[0]
        assert li.worker_id
        grid_leave.add_leave(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            worker_id=li.worker_id,
            start_date=first + timedelta(days=1),
            end_date=first + timedelta(days=1),
            reason="事假",
        )
        grid_duty.add_shifts(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            shifts=[
                ShiftInput(first + timedelta(days=1), "full_day", "patrol", worker_id=li.worker_id)
            ],
        )
    month = _month(qtbot, page)
    qtbot.waitUntil(lambda: _text(month, 0, PATROL) == "李娜")
    month.table.item(0, RECEPTION).setText("李娜")  # as if typed: 李娜 also at reception
    qtbot.waitUntil(lambda: "1 处一人同时两岗" in month.checks.text(), timeout=5000)
    with session_factory() as s:
        lines = grid_duty.duty_range(s, org_code=DEMO_ORG, start=first, end=first).shifts
    assert sorted(v.post.value for v in lines) == ["patrol", "reception"]  # saved, not blocked
    for col in (PATROL, RECEPTION):
        item = month.table.item(0, col)
        assert "李娜同时排在" in item.toolTip()
        assert item.background().color().name() == "#ffcecb"
    leave = month.table.item(1, PATROL)
    assert "李娜当天请假（事假）" in leave.toolTip()
    assert "1 处请假仍排班" in month.checks.text()
    base.shot(page, "duty_month_conflict")


def test_month_view_in_english(english, qtbot, page, session_factory):
    first = grid_service.today().replace(day=1)
    with session_factory.begin() as s:
        grid_duty.set_cell(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            day=first,
            shift="full_day",
            post="patrol",
            names=["李娜"],
        )
        grid_duty.set_cell(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            day=first,
            shift="morning",
            post="window",
            names=["李娜"],
        )
    month = _month(qtbot, page)
    qtbot.waitUntil(lambda: "1 double-booked," in month.checks.text(), timeout=5000)
    chrome = [month.table.horizontalHeaderItem(c).text() for c in range(month.table.columnCount())]
    chrome += [month.table.verticalHeaderItem(0).text(), month.month_label.text()]
    chrome += [
        b.text() for b in (month.leave_button, month.print_button, page.duty.month_view_button)
    ]
    assert not [t for t in chrome if any("\u4e00" <= ch <= "\u9fff" for ch in t)], chrome
    tip = month.table.item(0, 0).toolTip()
    assert tip == "李娜 is on Morning Mediation window and All day Grid patrol at the same time"
    # nothing forces the page wider in English (it was 1460)
    qtbot.wait(50)  # let the layout settle after the texts changed
    page.layout().activate()
    assert page.layout().minimumSize().width() <= 1280, page.layout().minimumSize()
    base.shot(page, "duty_month_conflict_en")


def test_week_and_month_sheets_print_from_the_view(qtbot, page, session_factory):
    first = grid_service.today().replace(day=1)
    with session_factory.begin() as s:
        grid_duty.set_cell(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            day=first,
            shift="full_day",
            post="patrol",
            names=["李娜"],
        )
    month = _month(qtbot, page)
    month.print_button.click()
    duty = page.duty
    qtbot.waitUntil(lambda: getattr(duty, "preview", None) is not None, timeout=10000)
    assert duty.preview.pdf_path.read_bytes().startswith(b"%PDF")
    assert duty.preview.page_count() <= 2  # the month on page 1, the checks' list may follow
    import shutil

    shutil.copy(duty.preview.pdf_path, base.SHOTS / "duty_month_sheet.pdf")
    base.shot(duty.preview, "duty_month_sheet_preview")
    duty.preview.close()
    duty.preview = None
    duty.week_view_button.click()
    duty.print_week_button.click()
    qtbot.waitUntil(lambda: getattr(duty, "preview", None) is not None, timeout=10000)
    assert duty.preview.page_count() == 1
    duty.preview.close()


def test_leave_and_rotation_dialogs_save_through_the_worker(qtbot, page, session_factory):
    from app.views.grid.dialogs import to_qdate

    first = grid_service.today().replace(day=1)
    with session_factory.begin() as s:
        for d, name in ((0, "李娜"), (1, "志愿者老周")):
            grid_duty.set_cell(
                s,
                actor=GRID,
                org_code=DEMO_ORG,
                day=first + timedelta(days=d),
                shift="full_day",
                post="patrol",
                names=[name],
            )
    month = _month(qtbot, page)
    qtbot.waitUntil(lambda: _text(month, 1, PATROL) == "志愿者老周")
    month.table.setCurrentCell(0, PATROL)
    month.add_leave()
    qtbot.waitUntil(lambda: getattr(month, "leave_dialog", None) is not None, timeout=5000)
    dialog = month.leave_dialog
    dialog.worker.setCurrentIndex(dialog.worker.findText("李娜", Qt.MatchFlag.MatchStartsWith))
    dialog.reason.setText("病假")
    dialog.submit()
    qtbot.waitUntil(
        lambda: "李娜当天请假（病假）" in month.table.item(0, PATROL).toolTip(), timeout=5000
    )
    saver = month.save_rotation()
    saver.name.setText("两日轮巡")
    saver.days.setValue(2)
    saver.submit()
    qtbot.waitUntil(lambda: saver.result() == 1, timeout=5000)
    month.table.setCurrentCell(2, PATROL)
    month.apply_rotation()
    qtbot.waitUntil(lambda: getattr(month, "rotation_dialog", None) is not None, timeout=5000)
    applier = month.rotation_dialog
    applier.end.setDate(to_qdate(first + timedelta(days=5)))
    applier.submit()
    qtbot.waitUntil(lambda: _text(month, 5, PATROL) == "志愿者老周", timeout=5000)
    assert [_text(month, r, PATROL) for r in range(6)] == ["李娜", "志愿者老周"] * 3
