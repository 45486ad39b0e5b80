"""Duty sheet checks: one person in two places at once, a post left uncovered on a working day
(with the National Day holiday and its 调休 make-up Saturday), the night watch every day."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.enums import Shift
from app.domain.grid import ShiftInput
from app.services.grid import duty as grid_duty
from app.services.grid import duty_checks
from tests.actors import GRID
from tests.conftest import DEMO_ORG
from tests.unit.services.grid.conftest import GridWorld

MONDAY = date(2026, 10, 5)  # 5–7 National Day holiday; 8, 9 workdays; Sat 10 a make-up workday


def _day(n: int) -> date:
    return MONDAY + timedelta(days=n)


def test_week_checks_name_doubles_and_uncovered_posts(session_factory, world: GridWorld):
    lines = [ShiftInput(_day(i), "night", "emergency", person_name="值班员") for i in range(7)]
    for i in (3, 4):  # Thursday and Friday fully staffed ...
        lines += [
            ShiftInput(_day(i), "morning", "window", person_name="窗口甲"),
            ShiftInput(_day(i), "afternoon", "window", person_name="窗口乙"),
            ShiftInput(_day(i), "full_day", "leader", person_name="周书记"),
        ]
    # ... but 李娜 patrols all Thursday and also sits at the window that morning
    lines += [
        ShiftInput(_day(3), "full_day", "patrol", worker_id=world.li),
        ShiftInput(_day(3), "morning", "window", worker_id=world.li),
        ShiftInput(_day(4), "night", "emergency", worker_id=world.zhang),  # two night lines: fine
    ]
    with session_factory.begin() as s:
        grid_duty.add_shifts(
            s, actor=GRID, org_code=DEMO_ORG, shifts=lines
        )  # never blocked by a check
        problems = duty_checks.check_week(s, org_code=DEMO_ORG, day=MONDAY)
    doubles = [p for p in problems if p.kind == "double"]
    assert [(p.date, p.shift, str(p.message)) for p in doubles] == [
        (_day(3), Shift.MORNING, "李娜同时排在上午矛调窗口和全天网格巡查")
    ]
    uncovered = {(p.date, str(p.message)) for p in problems if p.kind == "uncovered"}
    # holidays 5–7 need a leader and the night watch, Sunday 11 only the night watch;
    # Saturday 10 is a make-up workday left empty
    assert uncovered == {(_day(i), "全天没有安排带班领导") for i in range(3)} | {
        (_day(5), "上午没有安排矛调窗口"),
        (_day(5), "下午没有安排矛调窗口"),
        (_day(5), "全天没有安排带班领导"),
    }


def test_an_empty_week_asks_for_the_night_watch_every_day(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        problems = duty_checks.check_week(s, org_code=DEMO_ORG, day=MONDAY)
    nights = [p.date for p in problems if str(p.message) == "夜间没有安排应急值守"]
    assert nights == [_day(i) for i in range(7)]
    # three workdays need window ×2 and a leader; three statutory holidays a leader
    assert len(problems) == 7 + 3 * 3 + 3
