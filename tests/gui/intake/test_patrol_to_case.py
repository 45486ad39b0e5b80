"""#14: 上报为案件 — a patrol record opens the intake form pre-filled, and once saved the patrol
points at the case and the case's detail names the patrol."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.domain.enums import WorkerPost
from app.domain.grid import PatrolReport
from app.models import Case, PatrolLog
from app.services.grid import assign as grid_assign
from app.services.grid import duty as grid_duty
from app.services.grid import grids as grid_service
from app.services.grid import workers as grid_workers
from app.services.transfer import queries as transfer_queries
from tests.actors import GRID
from tests.conftest import DEMO_ORG
from tests.gui.intake.test_intake_drills import finish, make_page, wait_saved
from tests.unit.services.grid.conftest import add_villages

DAY = date(2026, 11, 20)


def test_report_patrol_as_case_links_both_ways(qtbot, session_factory, tmp_path):
    with session_factory.begin() as s:
        east, _west = add_villages(s)
        grid = grid_service.save_grid(
            s, actor=GRID, org_code=DEMO_ORG, name="东村第一网格", village_id=east, households=1
        )
        worker = grid_workers.save_worker(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            name="李娜",
            phone="13905380001",
            post=WorkerPost.FULL_TIME,
        )
        grid_assign.assign_worker(
            s, actor=GRID, grid_id=grid.id, worker_id=worker.id, start_date=date(2026, 1, 1)
        )
        log = grid_duty.add_patrol(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            day=DAY,
            worker_id=worker.id,
            grid_id=grid.id,
            place="东村三组",
            issue="两户因排水沟堵塞争吵",
            action="现场劝解",
        )
    ctx, page = make_page(qtbot, session_factory)
    page.start_from_patrol(
        PatrolReport(
            log.id, DAY, "李娜", "13905380001", east, grid.id, "东村三组", log.issue, "现场劝解"
        )
    )
    f = page.fields
    assert f.channel.currentData() == "grid"
    assert page.applicant.name.text() == "李娜"
    assert "两户因排水沟堵塞争吵" in f.facts.toPlainText()
    qtbot.waitUntil(lambda: f.village.value() == east and f.grid.value() == grid.id, timeout=5000)
    f.category.setCurrentIndex(f.category.findText("邻里纠纷"))
    assert page.missing.text() == ""
    page.save()
    saved = wait_saved(qtbot, page)
    page.grab().save(str(tmp_path / "intake_from_patrol.png"))
    with session_factory() as s:
        case = s.get(Case, saved.case_id)
        assert (case.channel, case.village_id, case.grid_id) == ("grid", east, grid.id)
        assert s.scalar(select(PatrolLog.case_id).where(PatrolLog.id == log.id)) == case.id
        assert grid_duty.get_patrol(s, patrol_id=log.id).case_no == saved.case_no
        detail = transfer_queries.case_detail(s, case_id=case.id)
    assert [str(p) for p in detail.patrols] == [f"{DAY} 李娜巡查东村三组：两户因排水沟堵塞争吵"]
    finish(ctx, page)
