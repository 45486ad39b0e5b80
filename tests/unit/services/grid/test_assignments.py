"""Assignments: one 网格长 per grid at a time, no overlapping spells, end not before start."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.domain.enums import WorkerPost
from app.models import GridAssignment
from app.services.errors import ValidationError
from app.services.grid import assign as grid_assign
from app.services.grid import grids as grid
from app.services.grid import workers as grid_workers
from tests.conftest import DEMO_ORG
from tests.unit.services.grid.conftest import GridWorld

JAN = date(2026, 1, 1)


def test_assigned_workers_show_on_the_grid_head_first(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        grid_assign.assign_worker(s, grid_id=world.grid_id, worker_id=world.li, start_date=JAN)
        grid_assign.assign_worker(s, grid_id=world.grid_id, worker_id=world.zhang, start_date=JAN)
        g = grid.get_grid(s, grid_id=world.grid_id, as_of=date(2026, 6, 1))
        assert [(a.worker_name, a.post) for a in g.workers] == [
            ("张三丰", WorkerPost.GRID_HEAD),
            ("李娜", WorkerPost.FULL_TIME),
        ]
        assert grid.get_grid(s, grid_id=world.grid_id, as_of=date(2025, 12, 31)).workers == ()


def test_second_active_grid_head_is_refused(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        grid_assign.assign_worker(s, grid_id=world.grid_id, worker_id=world.zhang, start_date=JAN)
        with pytest.raises(ValidationError) as err:
            grid_assign.assign_worker(
                s,
                grid_id=world.grid_id,
                worker_id=world.li,
                start_date=date(2026, 3, 1),
                post=WorkerPost.GRID_HEAD,
            )
        assert err.value.errors == {
            "post": "本网格这段时间已有网格长“张三丰”，一个网格只能有一名网格长"
        }
        assert s.scalar(select(func.count()).select_from(GridAssignment)) == 1


def test_grid_head_may_follow_one_who_left(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        first = grid_assign.assign_worker(
            s, grid_id=world.grid_id, worker_id=world.zhang, start_date=JAN
        )
        grid_assign.end_assignment(s, assignment_id=first.id, end_date=date(2026, 2, 28))
        second = grid_assign.assign_worker(
            s,
            grid_id=world.grid_id,
            worker_id=world.li,
            start_date=date(2026, 3, 1),
            post=WorkerPost.GRID_HEAD,
        )
        assert second.post is WorkerPost.GRID_HEAD
        history = grid_assign.list_assignments(s, grid_id=world.grid_id)
        assert [(a.worker_name, a.end_date) for a in history] == [
            ("李娜", None),
            ("张三丰", date(2026, 2, 28)),
        ]


def test_end_date_before_start_is_refused(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        with pytest.raises(ValidationError) as err:
            grid_assign.assign_worker(
                s,
                grid_id=world.grid_id,
                worker_id=world.li,
                start_date=JAN,
                end_date=date(2025, 12, 31),
            )
        assert err.value.errors == {"end_date": "结束日期不能早于开始日期"}
        a = grid_assign.assign_worker(s, grid_id=world.grid_id, worker_id=world.li, start_date=JAN)
        with pytest.raises(ValidationError) as end_err:
            grid_assign.end_assignment(s, assignment_id=a.id, end_date=date(2025, 6, 1))
        assert end_err.value.errors == {"end_date": "结束日期不能早于开始日期"}
        assert s.get(GridAssignment, a.id).end_date is None


def test_same_worker_twice_in_one_period_is_refused(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        grid_assign.assign_worker(s, grid_id=world.grid_id, worker_id=world.wang, start_date=JAN)
        with pytest.raises(ValidationError) as err:
            grid_assign.assign_worker(
                s, grid_id=world.grid_id, worker_id=world.wang, start_date=date(2026, 5, 1)
            )
        assert err.value.errors == {"start_date": "“王小明”在这段时间已分配到本网格"}


def test_inactive_worker_cannot_be_assigned(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        grid_workers.set_worker_active(s, worker_id=world.wang, active=False)
        with pytest.raises(ValidationError) as err:
            grid_assign.assign_worker(
                s, grid_id=world.grid_id, worker_id=world.wang, start_date=JAN
            )
        assert err.value.errors == {"worker": "“王小明”已停用，不能分配到网格"}


def test_roster_and_notice_views(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        grid_assign.assign_worker(s, grid_id=world.grid_id, worker_id=world.zhang, start_date=JAN)
        grid.save_grid(s, org_code=DEMO_ORG, name="西苑网格", village_id=world.west, households=300)
        roster = grid_assign.roster_sheet(s, org_code=DEMO_ORG, as_of=date(2026, 6, 1))
        notice = grid_assign.grid_notice(s, grid_id=world.grid_id, as_of=date(2026, 6, 1))
    assert roster.town_name == "满庄镇"
    assert [(r.grid_name, r.worker_name, r.phone) for r in roster.rows] == [
        ("西苑网格", "（暂无）", ""),  # villages in code order: 西苑社区 001 before 东村 201
        ("东村第一网格", "张三丰", "138 1234 5678"),
    ]
    assert notice.grid_name == "东村第一网格" and notice.households == 420
    assert notice.complaint_phone == "0538-8561234"
    assert [(w.name, w.post, w.phone) for w in notice.workers] == [
        ("张三丰", "网格长", "138 1234 5678")
    ]
