"""Grids and workers: validation in Chinese, nothing written on bad input, soft delete, search."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from stdnum.cn import ric

from app.domain.enums import WorkerPost
from app.models import Grid, GridAssignment, GridWorker, SyncOutbox
from app.services.errors import DomainError, ValidationError
from app.services.grid import assign as grid_assign
from app.services.grid import grids as grid
from app.services.grid import workers as grid_workers
from tests.conftest import DEMO_ORG
from tests.unit.services.grid.conftest import GridWorld


def _count(s, model) -> int:
    return s.scalar(select(func.count()).select_from(model))


def test_grid_lists_with_village_and_generated_code(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        grids = grid.list_grids(s, org_code=DEMO_ORG)
    assert [(g.name, g.village_name, g.code) for g in grids] == [
        ("东村第一网格", "东村", f"{DEMO_ORG}-G001")
    ]
    assert grids[0].complaint_phone == "05388561234"
    assert grids[0].workers == ()


def test_grid_validation_is_chinese_and_writes_nothing(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        before = (_count(s, Grid), _count(s, SyncOutbox))
        with pytest.raises(ValidationError) as err:
            grid.save_grid(
                s,
                org_code=DEMO_ORG,
                name="  ",
                village_id="not-a-village",
                households=-3,
                complaint_phone="0531-86123456",
            )
        assert err.value.errors == {
            "name": "请填写网格名称",
            "village_id": "所选村/社区不属于本镇街",
            "households": "户数应在0到100000之间",
            "complaint_phone": "固定电话应为泰安本地号码（区号0538）",
        }
        with pytest.raises(ValidationError) as dup:
            grid.save_grid(s, org_code=DEMO_ORG, name="东村第一网格", village_id=None, households=1)
        assert dup.value.errors["name"] == "本镇街已有名为“东村第一网格”的网格"
        assert (_count(s, Grid), _count(s, SyncOutbox)) == before


def test_service_line_is_a_valid_complaint_line(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        g = grid.save_grid(
            s,
            org_code=DEMO_ORG,
            name="西苑网格",
            village_id=world.west,
            households=350,
            complaint_phone="12345",
        )
    assert g.complaint_phone == "12345" and g.code == f"{DEMO_ORG}-G002"


def test_worker_validation_messages(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        before = _count(s, GridWorker)
        with pytest.raises(ValidationError) as err:
            grid_workers.save_worker(
                s,
                org_code=DEMO_ORG,
                name="张3",
                phone="1381234567",
                post="boss",
                id_number="370911198001010010",
            )
        errors = err.value.errors
        assert errors["name"] == "姓名只能包含汉字、字母或间隔号"
        assert errors["phone"] == "手机号码应为11位，现在是10位"
        assert errors["post"] == "请选择岗位类型"
        assert errors["id_number"] == "证件号码校验位不对，请核对每一位"
        with pytest.raises(ValidationError) as missing:
            grid_workers.save_worker(
                s, org_code=DEMO_ORG, name="", phone="", post=WorkerPost.FULL_TIME
            )
        assert missing.value.errors == {"name": "请填写姓名", "phone": "请填写联系电话"}
        assert _count(s, GridWorker) == before


def test_worker_id_number_is_validated_masked_and_unique(session_factory, world: GridWorld):
    first17 = "37091119850315002"
    number = first17 + ric.calc_check_digit(first17 + "0")
    with session_factory.begin() as s:
        w = grid_workers.save_worker(
            s,
            org_code=DEMO_ORG,
            name="赵敏",
            phone="+86 138-0000-1111",
            post=WorkerPost.INSTRUCTOR,
            id_number=number,
        )
        assert w.phone == "13800001111"
        assert w.id_masked == "3709**********" + number[-4:]
        with pytest.raises(ValidationError) as err:
            grid_workers.save_worker(
                s,
                org_code=DEMO_ORG,
                name="赵敏敏",
                phone="13800001112",
                post=WorkerPost.ASSISTANT,
                id_number=number,
            )
        assert err.value.errors == {"id_number": "该身份证号已登记为网格员“赵敏”"}


def test_search_by_initials_name_phone_and_post(session_factory, world: GridWorld):
    with session_factory.begin() as s:

        def names(**kw):
            return [w.name for w in grid_workers.search_workers(s, org_code=DEMO_ORG, **kw)]

        assert names(text="zsf") == ["张三丰"]
        assert names(text="LN") == ["李娜"]
        assert names(text="小明") == ["王小明"]
        assert names(text="0538812") == ["王小明"]
        assert names(post=WorkerPost.FULL_TIME) == ["李娜"]
        assert sorted(names()) == ["张三丰", "李娜", "王小明"]


def test_edit_worker_keeps_id_and_updates_initials(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        w = grid_workers.save_worker(
            s,
            org_code=DEMO_ORG,
            worker_id=world.li,
            name="李晓娜",
            phone="13905380001",
            post=WorkerPost.FULL_TIME,
        )
    assert (w.id, w.name_initials) == (world.li, "lxn")


def test_deactivate_ends_open_assignments_and_hides_worker(session_factory, world: GridWorld):
    start = grid.today() - timedelta(days=30)
    with session_factory.begin() as s:
        grid_assign.assign_worker(s, grid_id=world.grid_id, worker_id=world.li, start_date=start)
        w = grid_workers.set_worker_active(s, worker_id=world.li, active=False)
        assert not w.active and w.grids == ()
        assert [x.name for x in grid_workers.search_workers(s, org_code=DEMO_ORG, text="ln")] == []
        shown = grid_workers.search_workers(s, org_code=DEMO_ORG, text="ln", include_inactive=True)
        assert [x.name for x in shown] == ["李娜"]
        ends = s.scalars(select(GridAssignment.end_date)).all()
        assert ends == [grid.today() - timedelta(days=1)]


def test_soft_delete_keeps_rows(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        grid_workers.delete_worker(s, worker_id=world.wang)
        assert s.get(GridWorker, world.wang).deleted_at is not None
        assert "王小明" not in [w.name for w in grid_workers.search_workers(s, org_code=DEMO_ORG)]
        grid.delete_grid(s, grid_id=world.grid_id)
        assert s.get(Grid, world.grid_id).deleted_at is not None
        assert grid.list_grids(s, org_code=DEMO_ORG) == ()
        assert _count(s, Grid) == 1 and _count(s, GridWorker) == 3


def test_grid_with_workers_cannot_be_deleted(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        grid_assign.assign_worker(
            s, grid_id=world.grid_id, worker_id=world.zhang, start_date=date(2026, 1, 1)
        )
        with pytest.raises(ValidationError) as err:
            grid.delete_grid(s, grid_id=world.grid_id)
        assert err.value.errors == {"grid": "该网格仍有在岗网格员，请先解除分配再删除"}
        assert s.get(Grid, world.grid_id).deleted_at is None


def test_display_phone_tolerates_stored_separators():
    assert grid.display_phone("0538-8968184") == "0538-8968184"
    assert grid.display_phone("13800001111") == "138 0000 1111"
    assert grid.display_phone("") == ""


def test_edit_with_id_number_none_keeps_the_stored_number(session_factory, world: GridWorld):
    first17 = "37091119900101003"
    number = first17 + ric.calc_check_digit(first17 + "0")
    with session_factory.begin() as s:
        w = grid_workers.save_worker(
            s,
            org_code=DEMO_ORG,
            worker_id=world.wang,
            name="王小明",
            phone="05388123456",
            post=WorkerPost.PART_TIME,
            id_number=number,
        )
        assert w.id_number == number
        kept = grid_workers.save_worker(
            s,
            org_code=DEMO_ORG,
            worker_id=world.wang,
            name="王小明",
            phone="13800002222",
            post=WorkerPost.PART_TIME,
            id_number=None,
        )
    assert (kept.id_number, kept.phone) == (number, "13800002222")


def test_grids_belong_to_a_township_only(session_factory, world: GridWorld):
    with session_factory.begin() as s:
        assert grid.list_villages(s, org_code="370911") == ()
        with pytest.raises(DomainError) as err:
            grid.save_grid(s, org_code="370911", name="区直网格", village_id=None, households=1)
    assert "不是镇街" in err.value.message
