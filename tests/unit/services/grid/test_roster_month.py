"""#14 roster: leave, statutory holidays, make-up days, the month sheet edited in place,
rotation templates, and the patrol-to-case link with the on-duty worker sent on site."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.domain.enums import EventType, Shift
from app.domain.grid import ShiftInput
from app.models import Case, CaseEvent, DutyShift
from app.services.errors import ValidationError
from app.services.grid import assign as grid_assign
from app.services.grid import duty as grid_duty
from app.services.grid import duty_checks, onsite
from app.services.grid import leave as grid_leave
from app.services.transfer import queries as transfer_queries
from app.services.transfer import record
from tests.actors import FRONT_DESK, GRID
from tests.conftest import DEMO_ORG
from tests.unit.services.grid.conftest import GridWorld

NATIONAL_DAY = date(2026, 10, 5)  # Mon; 5–7 holiday, Sat 10 a 调休 make-up workday
PLAIN_MONDAY = date(2026, 11, 16)


def _full_workday(day: date) -> list[ShiftInput]:
    return [
        ShiftInput(day, "morning", "window", person_name="窗口甲"),
        ShiftInput(day, "afternoon", "window", person_name="窗口乙"),
        ShiftInput(day, "full_day", "leader", person_name="周书记"),
        ShiftInput(day, "night", "emergency", person_name="值班员"),
    ]


def _problems(s, start: date, end: date | None = None):
    return duty_checks.check_range(s, org_code=DEMO_ORG, start=start, end=end or start)


def test_overlap_is_found_in_a_month_range(session_factory, world: GridWorld):
    day = PLAIN_MONDAY
    with session_factory.begin() as s:
        grid_duty.add_shifts(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            shifts=[
                *_full_workday(day),
                ShiftInput(day, "full_day", "patrol", worker_id=world.li),
                ShiftInput(day, "afternoon", "reception", worker_id=world.li),
            ],
        )
        problems = _problems(s, day.replace(day=1), day.replace(day=30))
    doubles = [p for p in problems if p.kind == "double"]
    assert [(p.date, p.shift, str(p.message)) for p in doubles] == [
        (day, Shift.AFTERNOON, "李娜同时排在下午接访和全天网格巡查")
    ]


def test_a_worker_on_leave_is_flagged_but_saved(session_factory, world: GridWorld):
    day = PLAIN_MONDAY
    with session_factory.begin() as s:
        grid_leave.add_leave(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            worker_id=world.li,
            start_date=day,
            end_date=day + timedelta(days=2),
            reason="病假",
        )
        grid_duty.add_shifts(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            shifts=[
                *_full_workday(day),
                ShiftInput(day, "full_day", "patrol", worker_id=world.li),
                ShiftInput(day + timedelta(days=3), "full_day", "patrol", worker_id=world.li),
            ],
        )
        problems = _problems(s, day, day + timedelta(days=3))
        assert s.scalar(select(DutyShift.id).where(DutyShift.worker_id == world.li)) is not None
    leave = [(p.date, str(p.message)) for p in problems if p.kind == "leave"]
    assert leave == [(day, "李娜当天请假（病假）")]  # back on Thursday: no finding


def test_overlapping_leave_of_one_worker_is_refused(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        grid_leave.add_leave(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            worker_id=world.li,
            start_date=PLAIN_MONDAY,
            end_date=PLAIN_MONDAY,
        )
        with pytest.raises(ValidationError) as err:
            grid_leave.add_leave(
                s,
                actor=GRID,
                org_code=DEMO_ORG,
                worker_id=world.li,
                start_date=PLAIN_MONDAY - timedelta(days=1),
                end_date=PLAIN_MONDAY + timedelta(days=1),
            )
    assert "已有请假记录" in err.value.errors["start_date"]


def test_uncovered_working_day(session_factory, world: GridWorld):
    day = PLAIN_MONDAY
    with session_factory.begin() as s:
        grid_duty.add_shifts(
            s, actor=GRID, org_code=DEMO_ORG, shifts=_full_workday(day)[1:]
        )  # no morning window
        problems = _problems(s, day)
    assert [(p.kind, str(p.message)) for p in problems] == [("uncovered", "上午没有安排矛调窗口")]


def test_uncovered_statutory_holiday_needs_a_leader_and_the_night_watch(
    session_factory, world: GridWorld
):
    holiday, weekend = NATIONAL_DAY, date(2026, 10, 11)  # Sunday after the holiday
    with session_factory.begin() as s:
        problems = _problems(s, holiday)
        sunday = _problems(s, weekend)
        grid_duty.add_shifts(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            shifts=[
                ShiftInput(holiday, "full_day", "leader", person_name="周书记"),
                ShiftInput(holiday, "night", "emergency", person_name="值班员"),
            ],
        )
        covered = _problems(s, holiday)
    assert {str(p.message) for p in problems} == {"全天没有安排带班领导", "夜间没有安排应急值守"}
    assert [str(p.message) for p in sunday] == ["夜间没有安排应急值守"]  # a weekend: night only
    assert covered == ()


def test_make_up_working_day_needs_the_window(session_factory, world: GridWorld):
    makeup = date(2026, 10, 10)  # a Saturday made a working day
    with session_factory.begin() as s:
        kinds = duty_checks.day_kinds(s, start=NATIONAL_DAY, end=makeup + timedelta(days=1))
        problems = _problems(s, makeup)
    # Mon–Wed 5–7 holiday, Thu–Fri 8–9 workdays, Sat 10 make-up, Sun 11 weekend
    assert kinds == ("holiday",) * 3 + ("workday",) * 2 + ("makeup", "weekend")
    assert {str(p.message) for p in problems} == {
        "上午没有安排矛调窗口",
        "下午没有安排矛调窗口",
        "全天没有安排带班领导",
        "夜间没有安排应急值守",
    }


def test_a_cell_typed_in_the_month_view_replaces_only_its_lines(session_factory, world):
    day = PLAIN_MONDAY
    with session_factory.begin() as s:
        grid_duty.add_shifts(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            shifts=[
                ShiftInput(day, "full_day", "patrol", worker_id=world.li),
                ShiftInput(day, "night", "emergency", worker_id=world.wang),
            ],
        )
        shown = [
            v.id
            for v in grid_duty.duty_range(s, org_code=DEMO_ORG, start=day, end=day).shifts
            if v.post.value == "patrol"
        ]
        changed = grid_duty.set_cell(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            day=day,
            shift="full_day",
            post="patrol",
            names=["王小明", "志愿者老周", "王小明"],
            replace_ids=tuple(shown),
        )
        lines = grid_duty.duty_range(s, org_code=DEMO_ORG, start=day, end=day).shifts
    assert changed == 3  # 李娜 out, 王小明 and 老周 in
    assert sorted((v.post.value, v.person_name, bool(v.worker_id)) for v in lines) == [
        ("emergency", "王小明", True),
        ("patrol", "志愿者老周", False),
        ("patrol", "王小明", True),
    ]


def test_rotation_template_is_saved_and_applied_over_a_range(session_factory, world):
    start = date(2026, 11, 2)  # Monday
    with session_factory.begin() as s:
        grid_duty.add_shifts(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            shifts=[
                ShiftInput(start, "full_day", "patrol", worker_id=world.li),
                ShiftInput(start + timedelta(days=1), "full_day", "patrol", worker_id=world.wang),
                ShiftInput(start + timedelta(days=2), "full_day", "patrol", worker_id=world.zhang),
            ],
        )
        saved = grid_duty.save_rotation(
            s, actor=GRID, org_code=DEMO_ORG, name="三人轮巡", start=start, days=3
        )
        assert [r.name for r in grid_duty.list_rotations(s, org_code=DEMO_ORG)] == ["三人轮巡"]
        first, last = date(2026, 12, 1), date(2026, 12, 7)
        added, skipped = grid_duty.apply_rotation(
            s, actor=GRID, org_code=DEMO_ORG, rotation_id=saved.id, start=first, end=last
        )
        again, _ = grid_duty.apply_rotation(
            s, actor=GRID, org_code=DEMO_ORG, rotation_id=saved.id, start=first, end=last
        )
        lines = grid_duty.duty_range(s, org_code=DEMO_ORG, start=first, end=last).shifts
    assert (saved.days, saved.lines, added, skipped, again) == (3, 3, 7, (), 0)
    assert [v.person_name for v in lines] == [
        "李娜",
        "王小明",
        "张三丰",
        "李娜",
        "王小明",
        "张三丰",
        "李娜",
    ]


def _case(s, village_id: str) -> str:
    c = Case(
        case_no="106-261116-A-0007",
        query_code="654321",
        kind="dispute",
        channel="grid",
        village_id=village_id,
        received_at=datetime(2026, 11, 16, 2, tzinfo=UTC),
        owner_org=DEMO_ORG,
    )
    s.add(c)
    s.flush()
    record(s, case_id=c.id, type=EventType.REGISTER, actor=FRONT_DESK, payload={}, case=c)
    return c.id


def test_patrol_and_case_link_both_ways(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        case_id = _case(s, world.east)
        log = grid_duty.add_patrol(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            day=PLAIN_MONDAY,
            worker_id=world.li,
            grid_id=world.grid_id,
            place="东村三组",
            issue="排水沟堵塞",
        )
        grid_duty.link_patrol_case(s, actor=FRONT_DESK, patrol_id=log.id, case_id=case_id)
        back = grid_duty.get_patrol(s, patrol_id=log.id)
        from_case = grid_duty.patrols_of_case(s, case_id=case_id)
    assert back.case_no == "106-261116-A-0007"
    assert [(p.id, p.worker_name, p.place) for p in from_case] == [(log.id, "李娜", "东村三组")]


def test_on_duty_worker_of_the_village_is_assigned_and_on_the_timeline(session_factory, world):
    day = PLAIN_MONDAY
    with session_factory.begin() as s:
        for wid in (world.li, world.wang):
            grid_assign.assign_worker(
                s, actor=GRID, grid_id=world.grid_id, worker_id=wid, start_date=date(2026, 1, 1)
            )
        grid_leave.add_leave(
            s, actor=GRID, org_code=DEMO_ORG, worker_id=world.li, start_date=day, end_date=day
        )
        grid_duty.add_shifts(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            shifts=[  # 李娜 is on the patrol but away; 王小明 stands the reception
                ShiftInput(day, "full_day", "patrol", worker_id=world.li),
                ShiftInput(day, "morning", "reception", worker_id=world.wang),
                ShiftInput(day, "full_day", "patrol", worker_id=world.zhang),  # not of 东村
            ],
        )
        case_id = _case(s, world.east)
        sent = onsite.assign_onsite(s, actor=FRONT_DESK, case_id=case_id, day=day)
        events = s.execute(
            select(CaseEvent.type, CaseEvent.payload).where(CaseEvent.case_id == case_id)
        ).all()
        timeline = transfer_queries.case_detail(s, case_id=case_id).timeline
        with pytest.raises(ValidationError) as err:
            onsite.assign_onsite(s, actor=FRONT_DESK, case_id=case_id, day=day + timedelta(1))
    assert sent.worker_name == "王小明"
    note = [p for t, p in events if t == EventType.NOTE.value]
    assert note[0]["onsite_worker"] == "王小明" and note[0]["onsite_worker_id"] == world.wang
    assert "指派在岗网格员王小明现场核查（2026-11-16）" in [str(e.text) for e in timeline]
    assert "没有在岗值班的网格员" in err.value.errors["village_id"]
