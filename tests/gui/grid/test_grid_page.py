"""The 网格管理 tab: add a worker through the dialog, assign them, duty sign-in, print preview."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.domain.enums import WorkerPost
from app.services.grid import duty as grid_duty
from app.services.grid import grids as grid_service
from app.services.grid import workers as grid_workers
from app.views.context import build_test_context
from app.views.grid.page import GridPage
from tests.conftest import DEMO_ORG
from tests.unit.services.grid.conftest import add_villages

SHOTS = Path(os.environ.get("GRID_SHOTS", "/tmp/grid_shots"))


def type_text(qtbot, widget: QLineEdit, text: str) -> None:
    """Type `text` into `widget` the way an input method commits Chinese."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    assert widget.text().endswith(text)


def shot(widget: QWidget, name: str) -> Path:
    """Save a screenshot of `widget` and return its path."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def _cell_texts(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


@pytest.fixture
def page(qtbot, session_factory):
    with session_factory.begin() as s:
        east, west = add_villages(s)
        grid_service.save_grid(
            s,
            org_code=DEMO_ORG,
            name="东村第一网格",
            village_id=east,
            households=420,
            area="东村一组至三组",
            complaint_phone="0538-8561234",
        )
        grid_service.save_grid(
            s, org_code=DEMO_ORG, name="西苑网格", village_id=west, households=380
        )
        grid_workers.save_worker(
            s, org_code=DEMO_ORG, name="李娜", phone="13905380001", post=WorkerPost.FULL_TIME
        )
    ctx = build_test_context(session_factory, role="grid_coordinator")
    widget = GridPage(ctx)
    widget.resize(1400, 800)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: len(widget.grids) == 2 and widget.roster.table.rowCount() == 1)
    yield widget
    # Let every queued result reach the page before the worker stops, so no callback
    # submits work to a stopped runner.
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10000)
    ctx.runner.shutdown()


def _select_grid(qtbot, page: GridPage, name: str) -> None:
    items = page.tree.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    page.tree.setCurrentItem(items[0])
    qtbot.waitUntil(lambda: page.selected_grid() is not None and page.selected_grid().name == name)


def test_tree_groups_grids_by_village(page):
    root = page.tree.topLevelItem(0)
    assert root.text(0) == "全部网格（2）"
    villages = [root.child(i).text(0) for i in range(root.childCount())]
    assert villages == ["西苑社区", "东村"]
    assert root.child(1).child(0).text(0) == "东村第一网格"
    assert page.title() == "网格管理"


def test_add_worker_assign_and_see_it(qtbot, page):
    dialog = page.roster.add_worker()
    type_text(qtbot, dialog.name, "张三丰")
    qtbot.keyClicks(dialog.phone, "138-1234-5678")
    dialog.post.setCurrentIndex(dialog.post.findData(WorkerPost.GRID_HEAD.value))
    shot(dialog, "grid_worker_dialog")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.roster.table.rowCount() == 2)
    rows = _cell_texts(page.roster.table)
    assert rows[1][:4] == ["张三丰", "网格长", "138 1234 5678", "（未分配）"]

    _select_grid(qtbot, page, "东村第一网格")
    qtbot.waitUntil(lambda: page.roster.table.rowCount() == 0)  # nobody serves it yet
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    qtbot.waitUntil(lambda: page.roster.table.rowCount() == 2)
    page.roster.table.selectRow(1)
    assign = page.roster.assign_worker()
    assign.grid.setCurrentIndex(assign.grid.findText("东村第一网格"))
    assign.start.setDate(assign.start.date().addDays(-10))
    assert assign.post.currentData() == WorkerPost.GRID_HEAD.value  # follows the worker's post
    assign.submit()
    qtbot.waitUntil(lambda: not assign.isVisible())
    qtbot.waitUntil(lambda: "东村第一网格" in _cell_texts(page.roster.table)[1][3])

    _select_grid(qtbot, page, "东村第一网格")
    qtbot.waitUntil(lambda: page.roster.table.rowCount() == 1)
    assert page.roster.table.item(0, 0).text() == "张三丰"
    assert "张三丰（网格长 138 1234 5678）" in page.info.text()
    path = shot(page, "grid_page_roster")
    assert path.stat().st_size > 10_000


def test_bad_worker_input_stays_in_the_dialog(qtbot, page):
    dialog = page.roster.add_worker()
    qtbot.keyClicks(dialog.phone, "1381234567")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert "请填写姓名" in dialog.message.text()
    assert "手机号码应为11位，现在是10位" in dialog.message.text()
    assert dialog.isVisible() and dialog.phone.text() == "1381234567"
    assert "cf222e" in dialog.name.styleSheet()
    shot(dialog, "grid_worker_dialog_error")
    assert page.roster.table.rowCount() == 1


def test_search_by_pinyin_initials(qtbot, page):
    page.roster.search.setText("ln")
    qtbot.waitUntil(lambda: page.roster.table.rowCount() == 1)
    page.roster.search.setText("zsf")
    qtbot.waitUntil(lambda: page.roster.table.rowCount() == 0)


def test_duty_shift_added_and_signed_in(qtbot, page):
    page.tabs.setCurrentWidget(page.duty)
    qtbot.waitUntil(lambda: page.duty.week is not None)
    dialog = page.duty.add_shift()
    type_text(qtbot, dialog.place, "矛调窗口1")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.duty.lines.count() == 1)
    assert "李娜" in page.duty.lines.item(0).text()
    page.duty.sign_in_button.click()
    qtbot.waitUntil(
        lambda: "✔" in page.duty.lines.item(0).text() if page.duty.lines.count() else False
    )
    shot(page, "grid_page_duty")


def test_copy_last_week_fills_this_week(qtbot, page, session_factory):
    monday = page.duty.monday
    with session_factory.begin() as s:
        li = grid_workers.search_workers(s, org_code=DEMO_ORG)[0]
        grid_duty.add_shifts(
            s,
            org_code=DEMO_ORG,
            shifts=[
                grid_duty.ShiftInput(
                    monday - timedelta(days=7), "morning", "window", worker_id=li.id
                )
            ],
        )
    page.duty.copy_last_week()
    qtbot.waitUntil(
        lambda: page.duty.week is not None and len(page.duty.week.shifts) == 1, timeout=5000
    )
    assert page.duty.week.shifts[0].date == monday
    page.duty.prev_button.click()
    qtbot.waitUntil(lambda: page.duty.week.monday == monday - timedelta(days=7))


def test_patrol_added_through_the_dialog(qtbot, page):
    page.tabs.setCurrentWidget(page.patrol)
    qtbot.waitUntil(lambda: len(page.patrol.workers) == 1)
    dialog = page.patrol.add_patrol()
    type_text(qtbot, dialog.place, "东村三组")
    dialog.issue.setPlainText("排水沟堵塞")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.patrol.table.rowCount() == 1)
    assert page.patrol.table.item(0, 3).text() == "东村三组"
    shot(page, "grid_page_patrol")


def test_notice_print_preview(qtbot, page):
    _select_grid(qtbot, page, "东村第一网格")
    page.print_notices()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible())
    assert page.preview.page_count() == 1
    assert page.preview.pdf_path.read_bytes().startswith(b"%PDF")
    qtbot.wait(200)
    shot(page.preview, "grid_notice_preview")
    page.preview.close()
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    page.print_roster()
    qtbot.waitUntil(lambda: page.preview is not None and "roster" in page.preview.pdf_path.name)
    assert page.preview.page_count() == 1
    qtbot.wait(200)
    shot(page.preview, "grid_roster_preview")


def test_new_grid_through_the_dialog(qtbot, page):
    dialog = page.new_grid()
    type_text(qtbot, dialog.name, "东村第二网格")
    dialog.village.setCurrentIndex(dialog.village.findText("东村"))
    dialog.households.setValue(360)
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "0538-8561234")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: len(page.grids) == 3)
    items = page.tree.findItems(
        "东村第二网格", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
    )
    assert items and items[0].parent().text(0) == "东村" and items[0].text(1) == "360"


def test_duplicate_grid_name_keeps_the_dialog_open(qtbot, page):
    dialog = page.new_grid()
    type_text(qtbot, dialog.name, "西苑网格")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert dialog.message.text() == "本镇街已有名为“西苑网格”的网格"
    assert dialog.isVisible() and len(page.grids) == 2


def test_print_sends_every_page_to_the_printer(qtbot, page, tmp_path):
    import subprocess

    from PySide6.QtPrintSupport import QPrinter

    from app.views.grid.preview import print_document

    _select_grid(qtbot, page, "东村第一网格")
    page.print_notices()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_document(page.preview.doc, printer) == 1
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert "Pages:           1" in info.stdout
    page.preview.close()


def test_enter_on_the_table_opens_the_worker_without_the_full_id(qtbot, page):
    from app.views.grid.dialogs import WorkerDialog

    page.roster.table.selectRow(0)
    page.roster.table.setFocus()
    qtbot.waitUntil(page.roster.table.hasFocus)
    qtbot.keyClick(page.roster.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.roster.findChildren(WorkerDialog)))
    dialog = next(d for d in page.roster.findChildren(WorkerDialog) if d.isVisible())
    assert dialog.name.text() == "李娜" and dialog.id_number.text() == ""
    dialog.reject()
