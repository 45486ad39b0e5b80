"""Duty roster (a week, copy last week, sign in/out, substitute) and patrol logs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.domain.enums import DutyPost, Shift
from app.models import Case, DutyShift, PatrolLog
from app.services.errors import ValidationError
from app.services.grid import duty as grid_duty
from app.domain.grid import ShiftInput
from tests.conftest import DEMO_ORG
from tests.unit.services.grid.conftest import GridWorld

MON = date(2026, 11, 16)  # a Monday


def _week(world: GridWorld) -> list[ShiftInput]:
    return [
        ShiftInput(MON, Shift.MORNING, DutyPost.WINDOW, worker_id=world.li, place="矛调窗口1"),
        ShiftInput(MON, Shift.AFTERNOON, DutyPost.RECEPTION, worker_id=world.wang),
        ShiftInput(MON + timedelta(days=2), Shift.FULL_DAY, DutyPost.LEADER, person_name="周主任"),
    ]


def test_week_is_created_and_listed_in_order(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        week = grid_duty.add_shifts(s, org_code=DEMO_ORG, shifts=_week(world))
    assert week.monday == MON
    assert [(x.date.weekday(), x.shift, x.person_name) for x in week.shifts] == [
        (0, Shift.MORNING, "李娜"),
        (0, Shift.AFTERNOON, "王小明"),
        (2, Shift.FULL_DAY, "周主任"),
    ]
    with session_factory.begin() as s:
        same = grid_duty.duty_week(s, org_code=DEMO_ORG, day=MON + timedelta(days=6))
    assert len(same.shifts) == 3 and same.days()[-1] == date(2026, 11, 22)


def test_one_bad_line_writes_no_line(session_factory, world: GridWorld):
    bad = [*_week(world), ShiftInput(MON, Shift.NIGHT, DutyPost.EMERGENCY)]
    with session_factory.begin() as s:
        with pytest.raises(ValidationError) as err:
            grid_duty.add_shifts(s, org_code=DEMO_ORG, shifts=bad)
        assert err.value.errors == {"person_name": "第4条：请选择或填写值班人员"}
        assert s.scalar(select(func.count()).select_from(DutyShift)) == 0


def test_copy_last_week_skips_lines_already_there(session_factory, world: GridWorld):
    next_mon = MON + timedelta(days=7)
    with session_factory.begin() as s:
        week = grid_duty.add_shifts(s, org_code=DEMO_ORG, shifts=_week(world))
        grid_duty.sign_in(s, shift_id=week.shifts[0].id)
        assert grid_duty.copy_week(s, org_code=DEMO_ORG, from_monday=MON, to_monday=next_mon) == 3
        assert grid_duty.copy_week(s, org_code=DEMO_ORG, from_monday=MON, to_monday=next_mon) == 0
        copied = grid_duty.duty_week(s, org_code=DEMO_ORG, day=next_mon)
    assert [x.date for x in copied.shifts] == [next_mon, next_mon, next_mon + timedelta(days=2)]
    assert all(x.signed_in_at is None for x in copied.shifts)
    assert copied.shifts[0].place == "矛调窗口1"


def test_copy_from_an_empty_week_is_refused(session_factory, world: GridWorld):
    with session_factory.begin() as s, pytest.raises(ValidationError) as err:
        grid_duty.copy_week(s, org_code=DEMO_ORG, from_monday=MON, to_monday=MON + timedelta(7))
    assert err.value.errors == {"week": "上周没有排班可复制"}


def test_sign_in_then_out_in_order(session_factory, world: GridWorld):
    t0 = datetime(2026, 11, 16, 0, 30, tzinfo=UTC)
    with session_factory.begin() as s:
        sid = grid_duty.add_shifts(s, org_code=DEMO_ORG, shifts=_week(world)).shifts[0].id
        with pytest.raises(ValidationError) as early:
            grid_duty.sign_out(s, shift_id=sid, at=t0)
        assert early.value.errors == {"signed_out_at": "尚未签到，不能签退"}
        grid_duty.sign_in(s, shift_id=sid, at=t0)
        with pytest.raises(ValidationError) as twice:
            grid_duty.sign_in(s, shift_id=sid, at=t0)
        assert twice.value.errors == {"signed_in_at": "该班次已签到"}
        with pytest.raises(ValidationError) as back:
            grid_duty.sign_out(s, shift_id=sid, at=t0 - timedelta(hours=1))
        assert back.value.errors == {"signed_out_at": "签退时间不能早于签到时间"}
        done = grid_duty.sign_out(s, shift_id=sid, at=t0 + timedelta(hours=4))
    assert (done.signed_in_at, done.signed_out_at) == (t0, t0 + timedelta(hours=4))


def test_substitute_must_be_someone_else(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        sid = grid_duty.add_shifts(s, org_code=DEMO_ORG, shifts=_week(world)).shifts[0].id
        with pytest.raises(ValidationError) as err:
            grid_duty.set_substitute(s, shift_id=sid, substitute_id=world.li)
        assert err.value.errors == {"substitute_id": "替班人员不能是原值班人员本人"}
        view = grid_duty.set_substitute(s, shift_id=sid, substitute_id=world.zhang, note="病假")
    assert (view.substitute_name, view.note) == ("张三丰", "病假")


def test_deleted_shift_leaves_the_week(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        sid = grid_duty.add_shifts(s, org_code=DEMO_ORG, shifts=_week(world)).shifts[0].id
        grid_duty.delete_shift(s, shift_id=sid)
        assert len(grid_duty.duty_week(s, org_code=DEMO_ORG, day=MON).shifts) == 2
        assert s.get(DutyShift, sid).deleted_at is not None


def _case(s, case_no: str) -> str:
    c = Case(
        case_no=case_no,
        query_code="123456",
        kind="dispute",
        channel="grid",
        received_at=datetime(2026, 11, 16, 2, tzinfo=UTC),
        owner_org=DEMO_ORG,
    )
    s.add(c)
    s.flush()
    return c.id


def test_patrol_links_a_case_by_number(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        case_id = _case(s, "106-261116-A-0001")
        log = grid_duty.add_patrol(
            s,
            org_code=DEMO_ORG,
            day=MON,
            worker_id=world.li,
            grid_id=world.grid_id,
            place="东村三组",
            issue="邻里因排水沟堵塞争吵",
            action="现场劝解，上报中心",
            result="已登记案件",
            case_no="106-261116-a-0001",
        )
        assert (log.case_id, log.case_no, log.grid_name) == (
            case_id,
            "106-261116-A-0001",
            "东村第一网格",
        )
        listed = grid_duty.list_patrols(s, org_code=DEMO_ORG, grid_id=world.grid_id)
        assert [x.worker_name for x in listed] == ["李娜"]


def test_patrol_with_unknown_case_writes_nothing(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        with pytest.raises(ValidationError) as err:
            grid_duty.add_patrol(
                s,
                org_code=DEMO_ORG,
                day=MON,
                worker_id=world.li,
                place="东村",
                case_no="106-000000-A-9999",
            )
        assert err.value.errors == {"case_no": "找不到案件编号 106-000000-A-9999"}
        with pytest.raises(ValidationError) as empty:
            grid_duty.add_patrol(s, org_code=DEMO_ORG, day=MON, worker_id="")
        assert empty.value.errors == {
            "worker_id": "请选择巡查的网格员",
            "place": "请至少填写巡查地点或发现的问题",
        }
        assert s.scalar(select(func.count()).select_from(PatrolLog)) == 0
