"""#14: 上报为案件 on a patrol record hands the intake form a pre-filled report; a record already
reported opens its case instead (the patrol shows the case number)."""

from __future__ import annotations

from app.domain.enums import WorkerPost
from app.services.grid import assign as grid_assign
from app.services.grid import duty as grid_duty
from app.services.grid import grids as grid_service
from app.services.grid import workers as grid_workers
from app.views.context import build_test_context
from app.views.grid.page import GridPage
from tests.actors import FRONT_DESK, GRID
from tests.conftest import DEMO_ORG
from tests.gui.grid import test_grid_page as base
from tests.unit.services.grid.conftest import add_villages


def test_report_button_hands_over_the_patrol(qtbot, session_factory):
    today = grid_service.today()
    with session_factory.begin() as s:
        east, _west = add_villages(s)
        grid = grid_service.save_grid(
            s, actor=GRID, org_code=DEMO_ORG, name="东村第一网格", village_id=east, households=1
        )
        w = grid_workers.save_worker(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            name="李娜",
            phone="13905380001",
            post=WorkerPost.FULL_TIME,
        )
        grid_assign.assign_worker(s, actor=GRID, grid_id=grid.id, worker_id=w.id, start_date=today)
        log = grid_duty.add_patrol(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            day=today,
            worker_id=w.id,
            grid_id=grid.id,
            place="东村三组",
            issue="排水沟堵塞",
            action="现场劝解",
        )
    ctx = build_test_context(session_factory, role="front_desk")
    page = GridPage(ctx)
    page.resize(1280, 800)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.patrol)
    tab = page.patrol
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1 and bool(tab.workers), timeout=5000)
    tab.table.selectRow(0)
    assert tab.report_button.isVisible() and tab.report_button.isEnabled()
    assert not tab.open_case_button.isEnabled()
    with qtbot.waitSignal(ctx.bus.sig_report_patrol) as got:
        tab.report_button.click()
    report = got.args[0]
    assert (report.patrol_id, report.village_id, report.grid_id) == (log.id, east, grid.id)
    assert (report.worker_name, report.worker_phone, report.issue) == (
        "李娜",
        "13905380001",
        "排水沟堵塞",
    )
    base.shot(page, "patrol_report_button")
    # Once the case exists the record shows its number and opens it.
    from tests.unit.services.grid.test_roster_month import _case

    with session_factory.begin() as s:
        case_id = _case(s, east)
        grid_duty.link_patrol_case(s, actor=FRONT_DESK, patrol_id=log.id, case_id=case_id)
    tab.refresh()
    qtbot.waitUntil(
        lambda: bool(tab.table.item(0, 7) and tab.table.item(0, 7).text()), timeout=5000
    )
    tab.table.selectRow(0)
    assert tab.table.item(0, 7).text() == "106-261116-A-0007"
    assert tab.open_case_button.isEnabled() and not tab.report_button.isEnabled()
    tab.open_case()
    qtbot.waitUntil(lambda: tab.case_dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: "来源巡查" in tab.case_dialog.panel.header.text(), timeout=5000)
    base.shot(tab.case_dialog, "case_from_patrol")
    tab.case_dialog.close()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10000)
    ctx.runner.shutdown()
