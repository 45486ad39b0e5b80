"""Fixtures for grid tests: two villages of the demo township, one grid, and a few workers."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.domain.enums import RegionLevel, WorkerPost
from app.domain.ids import reference_id
from app.models import Region
from app.services.grid import grids as grid
from app.services.grid import workers as grid_workers
from tests.conftest import DEMO_ORG


@dataclass(frozen=True)
class GridWorld:
    """Ids of the rows the fixture made."""

    east: str  # village 东村
    west: str  # community 西苑社区
    grid_id: str
    zhang: str  # 网格长 张三丰
    li: str  # 专职网格员 李娜
    wang: str  # 兼职网格员 王小明


def add_villages(s: Session) -> tuple[str, str]:
    """Add two villages under the demo township and return their ids."""
    town_id = reference_id("region", DEMO_ORG)
    ids = []
    for code, name, kind in (("370911106201", "东村", "村"), ("370911106001", "西苑社区", "社区")):
        rid = reference_id("region", code)
        s.add(
            Region(
                id=rid,
                code=code,
                name=name,
                level=RegionLevel.VILLAGE.value,
                kind=kind,
                parent_id=town_id,
                owner_org=DEMO_ORG,
            )
        )
        ids.append(rid)
    s.flush()
    return ids[0], ids[1]


@pytest.fixture
def world(session_factory: sessionmaker[Session]) -> GridWorld:
    """Return a township with two villages, one grid in 东村 and three workers (none assigned)."""
    with session_factory.begin() as s:
        east, west = add_villages(s)
        g = grid.save_grid(
            s,
            org_code=DEMO_ORG,
            name="东村第一网格",
            village_id=east,
            households=420,
            area="东村一组至三组",
            complaint_phone="0538-8561234",
        )
        zhang = grid_workers.save_worker(
            s, org_code=DEMO_ORG, name="张三丰", phone="13812345678", post=WorkerPost.GRID_HEAD
        )
        li = grid_workers.save_worker(
            s, org_code=DEMO_ORG, name="李娜", phone="139 0538 0001", post=WorkerPost.FULL_TIME
        )
        wang = grid_workers.save_worker(
            s, org_code=DEMO_ORG, name="王小明", phone="05388123456", post=WorkerPost.PART_TIME
        )
    return GridWorld(east, west, g.id, zhang.id, li.id, wang.id)
