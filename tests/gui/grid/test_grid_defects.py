"""Defects of #14 seen at 1280×800 on the 网格管理 tab; each test failed before its fix."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate

from app.domain.enums import WorkerPost
from app.domain.grid import ShiftInput
from app.services.grid import assign as grid_assign
from app.services.grid import duty as grid_duty
from app.services.grid import grids as grid_service
from app.services.grid import workers as grid_workers
from tests.actors import GRID
from tests.conftest import DEMO_ORG
from tests.gui.grid import test_grid_page as base

page = base.page  # the page fixture of the grid tests
LONG = (
    "巡查发现两户村民因院墙排水问题发生口角，双方情绪激动，现场有十余名村民围观，存在矛盾激化风险"
)


def _grid_id(page, name: str) -> str:
    return next(g.id for g in page.grids if g.name == name)


def _worker(s, name: str, phone: str, grid_id: str | None) -> str:
    w = grid_workers.save_worker(
        s, actor=GRID, org_code=DEMO_ORG, name=name, phone=phone, post=WorkerPost.FULL_TIME
    )
    if grid_id:
        grid_assign.assign_worker(
            s, actor=GRID, grid_id=grid_id, worker_id=w.id, start_date=grid_service.today()
        )
    return w.id


def test_new_patrol_defaults_to_a_worker_of_the_selected_grid(qtbot, page, session_factory):
    west = _grid_id(page, "西苑网格")
    with session_factory.begin() as s:
        # 李娜 (no grid) sorts first by initials; 赵西 serves 西苑网格.
        zhao = _worker(s, "赵西", "13905380002", west)
    page.refresh()
    base._select_grid(qtbot, page, "西苑网格")
    qtbot.waitUntil(lambda: len(page.patrol.workers) == 2 and bool(page.selected_grid().workers))
    dialog = page.patrol.add_patrol()
    assert dialog.worker.currentData() == zhao
    assert dialog.grid.currentData() == west
    dialog.reject()


def test_patrol_log_has_a_date_filter_and_shows_long_texts_whole(qtbot, page, session_factory):
    east = _grid_id(page, "东村第一网格")
    today = grid_service.today()
    with session_factory.begin() as s:
        wid = _worker(s, "赵东", "13905380003", east)
        for day, place in ((today, "东村三组文化广场北侧"), (today - timedelta(days=60), "旧记录")):
            grid_duty.add_patrol(
                s, actor=GRID, org_code=DEMO_ORG, day=day, worker_id=wid, grid_id=east, place=place,
                issue=LONG, action=LONG, result="已化解",
            )  # fmt: skip
    page.resize(1280, 800)
    page.tabs.setCurrentWidget(page.patrol)
    page.patrol.refresh()
    qtbot.waitUntil(lambda: page.patrol.table.rowCount() == 2)
    page.patrol.date_from.setDate(QDate(today.year, today.month, today.day).addDays(-30))
    qtbot.waitUntil(lambda: page.patrol.table.rowCount() == 1)
    table = page.patrol.table
    assert table.item(0, 3).text() == "东村三组文化广场北侧"
    metrics = table.fontMetrics()
    for column in (3, 4, 5):
        text = table.item(0, column).text()
        width = table.columnWidth(column) - 8
        lines = -(-metrics.horizontalAdvance(text) // max(width, 1))
        assert table.wordWrap() and table.rowHeight(0) >= lines * metrics.lineSpacing(), column
    base.shot(page, "patrol_filtered_1280")


def test_duty_sheet_follows_the_selected_grid(qtbot, page, session_factory):
    east, west = _grid_id(page, "东村第一网格"), _grid_id(page, "西苑网格")
    monday = page.duty.monday
    with session_factory.begin() as s:
        e = _worker(s, "赵东", "13905380003", east)
        w = _worker(s, "钱西", "13905380004", west)
        grid_duty.add_shifts(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            shifts=[
                ShiftInput(monday, "full_day", "patrol", worker_id=e, place="东村"),
                ShiftInput(monday, "full_day", "patrol", worker_id=w, place="西苑"),
                ShiftInput(monday, "full_day", "reception", person_name="孙主任"),
                ShiftInput(monday, "full_day", "leader", person_name="周书记"),
            ],
        )
    page.refresh()
    page.tabs.setCurrentWidget(page.duty)
    full_day = list(grid_duty.Shift).index(grid_duty.Shift.FULL_DAY)

    def cell() -> str:
        item = page.duty.table.item(full_day, 0)
        return item.text() if item else ""

    qtbot.waitUntil(lambda: "钱西" in cell() and "赵东" in cell())
    base._select_grid(qtbot, page, "西苑网格")
    qtbot.waitUntil(lambda: "钱西" in cell() and "赵东" not in cell())
    base._select_grid(qtbot, page, "东村第一网格")
    qtbot.waitUntil(lambda: "赵东" in cell() and "钱西" not in cell())
    base.shot(page, "duty_follows_grid")


def test_full_day_cells_are_not_cut(qtbot, page, session_factory):
    monday = page.duty.monday
    with session_factory.begin() as s:
        grid_duty.add_shifts(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            shifts=[
                ShiftInput(monday + timedelta(days=d), "full_day", post, person_name=name)
                for d in range(7)
                for post, name in (
                    ("reception", "欧阳晓明"),
                    ("patrol", "司马文静"),
                    ("leader", "诸葛建国"),
                )
            ],
        )
    page.resize(1280, 800)
    page.tabs.setCurrentWidget(page.duty)
    page.duty.refresh()
    full_day = list(grid_duty.Shift).index(grid_duty.Shift.FULL_DAY)
    table = page.duty.table
    qtbot.waitUntil(
        lambda: table.item(full_day, 0) and table.item(full_day, 0).text().count("\n") == 2
    )
    qtbot.wait(50)
    metrics = table.fontMetrics()
    item = table.item(full_day, 0)
    rect = metrics.boundingRect(
        0,
        0,
        table.columnWidth(0) - 6,
        10_000,
        0x1000 | 0x0001,
        item.text(),  # wrap, left
    )
    assert table.rowHeight(full_day) >= rect.height(), (table.rowHeight(full_day), rect.height())
    base.shot(page, "duty_full_day_1280")


def test_duty_checks_show_in_the_week_without_blocking(qtbot, page, session_factory):
    monday = page.duty.monday
    with session_factory.begin() as s:
        li = grid_workers.search_workers(s, org_code=DEMO_ORG)[0].id
        grid_duty.add_shifts(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            shifts=[
                ShiftInput(monday, "full_day", "patrol", worker_id=li),
                ShiftInput(monday, "morning", "window", worker_id=li),
            ],
        )
    page.resize(1280, 800)
    page.tabs.setCurrentWidget(page.duty)
    page.duty.refresh()
    morning = list(grid_duty.Shift).index(grid_duty.Shift.MORNING)
    qtbot.waitUntil(lambda: "1 处一人同时两岗" in page.duty.checks.text())
    item = page.duty.table.item(morning, 0)
    assert "李娜同时排在上午矛调窗口和全天网格巡查" in item.toolTip()
    assert "⚠" in item.text() and item.background().color().name() == "#ffebe9"
    assert "1 处一人同时两岗" in page.duty.checks.text()
    base.shot(page, "duty_checks_1280")
