"""Load the shipped reference data (resources/reference/*.csv) into the database.

Reference rows get deterministic ids, so loading is idempotent and every device holds the same
rows. Rows an admin already edited keep their edits: loading only inserts what is missing.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import DISTRICT_CODE, resource_path
from app.domain.enums import RegionLevel, SiteLevel
from app.domain.ids import reference_id
from app.models import (
    Category,
    Department,
    DutyItem,
    EduRoom,
    EduSite,
    Region,
    RoutingRule,
    TimeLimitRule,
)
from app.models.base import ReferenceMixin
from app.services.common.text import pinyin_initials

DISTRICT_NAME = "岱岳区"
TOWN_SCHOOL_ROOMS = (
    ("多功能教室", 120),
    ("研讨室", 30),
    ("党史展厅", 60),
    ("入党宣誓室", 40),
    ("电教室", 50),
    ("阅览室", 30),
    ("廉政教育室", 40),
    ("党员活动室", 60),
)
PLATFORM_ROOMS = (
    "党员服务站",
    "党员宣誓室",
    "谈心谈话室",
    "报告厅",
    "多功能厅",
    "研讨室一",
    "研讨室二",
    "研讨室三",
    "党史展厅",
    "廉政教育室",
    "电教中心",
    "远程教育室",
    "阅览室",
    "书画室",
    "红色影院",
    "党员活动室一",
    "党员活动室二",
    "党员活动室三",
    "培训教室一",
    "培训教室二",
    "培训教室三",
    "培训教室四",
    "VR党建体验室",
    "初心使命厅",
    "先锋模范馆",
    "党建成果展室",
    "组织生活室",
    "主题党日室",
    "志愿服务站",
    "党代表工作室",
    "心理疏导室",
    "调解室",
    "录播室",
    "会商室",
    "接待室",
    "档案室",
)


@dataclass(frozen=True)
class ReferenceSummary:
    """How many reference rows of each table the database now holds, and how many were added."""

    added: dict[str, int]


def _read(directory: Path, name: str) -> list[dict[str, str]]:
    with (directory / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def reference_rows(directory: Path | None = None) -> list[ReferenceMixin]:
    """Return the reference rows defined by the CSV files in `directory`, parents first."""
    d = directory or resource_path("reference")
    org = DISTRICT_CODE
    rows: list[Any] = []
    district_id = reference_id("region", DISTRICT_CODE)
    rows.append(
        Region(
            id=district_id,
            code=DISTRICT_CODE,
            name=DISTRICT_NAME,
            short="岱岳",
            level=RegionLevel.DISTRICT,
            kind="区",
            owner_org=org,
            pinyin_initials=pinyin_initials(DISTRICT_NAME),
        )
    )
    towns = _read(d, "towns.csv")
    for t in towns:
        rows.append(
            Region(
                id=reference_id("region", t["code"]),
                code=t["code"],
                name=t["name"],
                short=t["short"],
                level=RegionLevel.TOWN,
                kind=t["kind"],
                parent_id=district_id,
                owner_org=org,
                active=t["demo"] == "1",
                pinyin_initials=pinyin_initials(t["name"]),
                note=t["note"],
            )
        )
    for dep in _read(d, "departments.csv"):
        rows.append(
            Department(
                id=reference_id("department", dep["code"]),
                code=dep["code"],
                name=dep["name"],
                level=dep["level"],
                stationing=dep["stationing"],
                owner_org=org,
                pinyin_initials=pinyin_initials(dep["name"]),
            )
        )
    for cat in _read(d, "categories.csv"):
        cat_id = reference_id("category", cat["code"])
        rows.append(
            Category(
                id=cat_id,
                code=cat["code"],
                name=cat["name"],
                owner_org=org,
                pinyin_initials=pinyin_initials(cat["name"]),
                limit_value=int(cat["limit"]),
                limit_unit=cat["unit"],
                confidence=cat["confidence"],
            )
        )
        lead = reference_id("department", cat["lead_department"])
        assists = [reference_id("department", c) for c in cat["assist_departments"].split(";") if c]
        rows.append(
            RoutingRule(
                id=reference_id("routing_rule", cat["code"]),
                category_id=cat_id,
                lead_department_id=lead,
                assist_department_ids=assists,
                owner_org=org,
            )
        )
        rows.append(
            DutyItem(
                id=reference_id("duty_item", cat["code"]),
                code=f"DUTY-{cat['code']}",
                department_id=lead,
                category_id=cat_id,
                owner_org=org,
                title=f"受理、调处{cat['name']}类矛盾纠纷和诉求",
                basis=f"默认分流（{cat['confidence']}）",
            )
        )
    for lim in _read(d, "time_limits.csv"):
        key = f"{lim['step']}:{lim['applies_to']}"
        rows.append(
            TimeLimitRule(
                id=reference_id("time_limit_rule", key),
                step=lim["step"],
                applies_to=lim["applies_to"],
                limit_value=float(lim["limit"]),
                unit=lim["unit"],
                basis=lim["basis"],
                confidence=lim["confidence"],
                owner_org=org,
            )
        )
    rows.extend(_sites(towns, org))
    return rows


def _sites(towns: list[dict[str, str]], org: str) -> list[Any]:
    rows: list[Any] = []
    code = "EDU-D"
    site_id = reference_id("edu_site", code)
    rows.append(
        EduSite(
            id=site_id,
            code=code,
            name="岱岳区党员教育管理服务综合平台",
            level=SiteLevel.DISTRICT_PLATFORM,
            owner_org=org,
            guide_available=True,
        )
    )
    for i, name in enumerate(PLATFORM_ROOMS, start=1):
        room_code = f"{code}-{i:02d}"
        rows.append(
            EduRoom(
                id=reference_id("edu_room", room_code),
                site_id=site_id,
                code=room_code,
                name=name,
                capacity=40,
                owner_org=org,
            )
        )
    for t in towns:
        if t["demo"] != "1":
            continue
        code = f"EDU-{t['code']}"
        site_id = reference_id("edu_site", code)
        rows.append(
            EduSite(
                id=site_id,
                code=code,
                name=f"{t['name']}党校",
                level=SiteLevel.TOWN_SCHOOL,
                owner_org=org,
                town_id=reference_id("region", t["code"]),
            )
        )
        for i, (name, cap) in enumerate(TOWN_SCHOOL_ROOMS, start=1):
            room_code = f"{code}-{i:02d}"
            rows.append(
                EduRoom(
                    id=reference_id("edu_room", room_code),
                    site_id=site_id,
                    code=room_code,
                    name=name,
                    capacity=cap,
                    owner_org=org,
                )
            )
    return rows


_LOAD_ORDER: list[type[Any]] = [
    Region,
    Department,
    Category,
    RoutingRule,
    DutyItem,
    TimeLimitRule,
    EduSite,
    EduRoom,
]


def load_reference(session: Session, *, directory: Path | None = None) -> ReferenceSummary:
    """Insert every shipped reference row the database lacks; keep rows that exist."""
    added: dict[str, int] = {}
    rows = reference_rows(directory)
    by_model: dict[type[Any], set[str]] = {}
    for row in sorted(rows, key=lambda r: _LOAD_ORDER.index(type(r))):
        model: type[Any] = type(row)
        if model not in by_model:
            by_model[model] = set(session.scalars(select(model.id)))
        if row.id in by_model[model]:
            continue
        session.add(row)
        by_model[model].add(row.id)
        table = model.__tablename__
        added[table] = added.get(table, 0) + 1
        # No relationship() is mapped, so the unit of work cannot order inserts by foreign key:
        # flush each row whose children may follow.
        if model in (Region, EduSite, Category):
            session.flush()
    session.flush()
    return ReferenceSummary(added=added)
