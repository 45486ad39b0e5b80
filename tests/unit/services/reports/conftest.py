"""A small hand-built township month with known answers (see `Known`).

Township A (满庄镇) and one other township B; November 2026; `NOW` is 2026-11-20 12:00 Beijing.
Each case below says why it is there; the tests check every figure against these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Case, CaseEvent, CaseParty, Category, Department, Person, Region
from tests.conftest import DEMO_ORG

BJ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=BJ)


def bj(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    """Return a Beijing time in 2026."""
    return datetime(2026, month, day, hour, minute, tzinfo=BJ)


@dataclass
class Known:
    """Ids of the dataset's reference rows and cases (case n is cases[n])."""

    org_a: str
    org_b: str
    town_a: str
    town_b: str
    v1: str
    v2: str
    v3: str
    c1: str
    c2: str
    d1: str
    d2: str
    cases: dict[int, str]
    p1: str


@pytest.fixture
def known(session_factory: sessionmaker[Session]) -> Known:
    """Write the dataset; return its ids."""
    with session_factory.begin() as s:
        s.info["capture_outbox"] = False
        town_a = s.scalars(select(Region).where(Region.code == DEMO_ORG)).one()
        town_b = s.scalars(
            select(Region)
            .where(
                Region.level == town_a.level,
                Region.id != town_a.id,
                Region.parent_id == town_a.parent_id,
            )
            .order_by(Region.code)
        ).first()
        assert town_b is not None
        va = [
            Region(
                owner_org="370911",
                code=f"{town_a.code}{n:03d}",
                name=name,
                level="village",
                parent_id=town_a.id,
            )
            for n, name in ((1, "东村"), (2, "西村"))
        ]
        vb = [
            Region(
                owner_org="370911",
                code=f"{town_b.code}001",
                name="南村",
                level="village",
                parent_id=town_b.id,
            )
        ]
        s.add_all([*va, *vb])
        s.flush()
        cats = s.scalars(select(Category).order_by(Category.code).limit(2)).all()
        depts = s.scalars(select(Department).order_by(Department.code).limit(2)).all()
        k = Known(
            org_a=town_a.code,
            org_b=town_b.code,
            town_a=town_a.id,
            town_b=town_b.id,
            v1=va[0].id,
            v2=va[1].id,
            v3=vb[0].id,
            c1=cats[0].id,
            c2=cats[1].id,
            d1=depts[0].id,
            d2=depts[1].id,
            cases={},
            p1="",
        )
        a = {"owner_org": k.org_a, "town_id": k.town_a}
        b = {"owner_org": k.org_b, "town_id": k.town_b}

        def case(n: int, where: dict[str, str], **kw: object) -> None:
            row = Case(
                case_no=f"106-T-{n:04d}",
                query_code=f"{n:06d}",
                kind="dispute",
                channel=kw.pop("channel", "walk_in"),
                status=kw.pop("status", "closed"),
                **where,
                **kw,
            )
            s.add(row)
            s.flush()
            k.cases[n] = row.id

        # 1: received 11-01 00:30 Beijing (still October in UTC); closed in 2 days, on time,
        #    resolved, satisfied.
        case(
            1,
            a,
            village_id=k.v1,
            category_id=k.c1,
            received_at=bj(11, 1, 0, 30),
            closed_at=bj(11, 3, 0, 30),
            due_at=bj(11, 10),
            outcome="resolved",
            satisfaction="satisfied",
            lead_department_id=k.d1,
        )
        # 2: phone, a repeat; closed after 10 days, late (due 11-05), partly, unsatisfied.
        case(
            2,
            a,
            village_id=k.v1,
            category_id=k.c1,
            channel="phone",
            received_at=bj(11, 2),
            closed_at=bj(11, 12),
            due_at=bj(11, 5),
            outcome="partly",
            satisfaction="unsatisfied",
            lead_department_id=k.d1,
            is_repeat=True,
        )
        # 3: open and overdue, a group case, graded red; its limit ran out 11-10 (red warning).
        case(
            3,
            a,
            village_id=k.v2,
            category_id=k.c2,
            received_at=bj(11, 2, 15),
            status="in_progress",
            due_at=bj(11, 10),
            lead_department_id=k.d2,
            is_group=True,
            risk_grade="red",
            deadline_at=bj(11, 10),
            warn_at=bj(11, 8),
        )
        # 4: open, not overdue, a repeat; past its warning point (yellow).
        case(
            4,
            a,
            village_id=k.v2,
            category_id=k.c1,
            received_at=bj(11, 15),
            status="in_progress",
            due_at=bj(11, 30),
            lead_department_id=k.d1,
            is_repeat=True,
            deadline_at=bj(11, 25),
            warn_at=bj(11, 19),
        )
        # 5: received 10-31 23:30 Beijing (October), closed in November after 4.5 days.
        case(
            5,
            a,
            village_id=k.v1,
            category_id=k.c2,
            channel="online",
            received_at=bj(10, 31, 23, 30),
            closed_at=bj(11, 5, 11, 30),
            due_at=bj(11, 20),
            outcome="resolved",
            lead_department_id=k.d2,
        )
        # 6: the month's last minute; no village, no category, no due date; registered.
        case(6, a, channel="phone", received_at=bj(11, 30, 23, 59), status="registered")
        # 7: township B (district scope only): received and closed in November.
        case(
            7,
            b,
            village_id=k.v3,
            category_id=k.c1,
            received_at=bj(11, 10),
            closed_at=bj(11, 11),
            due_at=bj(11, 20),
            outcome="resolved",
            lead_department_id=k.d1,
        )
        # 8: deleted: counts nowhere.
        case(
            8,
            a,
            village_id=k.v1,
            category_id=k.c1,
            received_at=bj(11, 5),
            status="in_progress",
            deleted_at=bj(11, 6),
        )
        # 9: 12-01 00:10 Beijing (still November in UTC): December's.
        case(
            9,
            a,
            village_id=k.v1,
            category_id=k.c1,
            received_at=bj(12, 1, 0, 10),
            status="registered",
        )
        # 10: October repeat in village 1 (window of 90 days): village 1 has two repeats.
        case(
            10,
            a,
            village_id=k.v1,
            category_id=k.c1,
            received_at=bj(10, 15),
            closed_at=bj(10, 20),
            is_repeat=True,
        )
        # 11-13: category 2 in August (the six months before): mean 0.5 a month.
        for n in (11, 12, 13):
            case(
                n, a, village_id=k.v2, category_id=k.c2, received_at=bj(8, 10), closed_at=bj(8, 12)
            )
        # 退回 by department 1 of case 3, twice in November (one case); by 2 of case 4 in October.
        for n, dept, at in ((3, k.d1, bj(11, 3)), (3, k.d1, bj(11, 4)), (4, k.d2, bj(10, 30))):
            s.add(
                CaseEvent(
                    owner_org=k.org_a, case_id=k.cases[n], type="return", at=at, department_id=dept
                )
            )
        # Person 1 applies in cases 1, 2 and 4 (3 in 90 days); person 2 in 3 and 11 (August).
        p1 = Person(owner_org=k.org_a, name="王一")
        p2 = Person(owner_org=k.org_a, name="李二")
        s.add_all([p1, p2])
        s.flush()
        k.p1 = p1.id
        for n, p in ((1, p1), (2, p1), (4, p1), (3, p2), (11, p2)):
            s.add(
                CaseParty(
                    owner_org=k.org_a,
                    case_id=k.cases[n],
                    role="applicant",
                    name=p.name,
                    person_id=p.id,
                )
            )
    return k


@pytest.fixture(autouse=True, params=["rollup", "case rows"])
def figures_source(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run every report test twice: figures from the case rollup, and grouped from the case
    rows (a category or department scope, or a database without the rollup)."""
    if request.param == "case rows":
        from app.services.reports import rollup

        monkeypatch.setattr(rollup, "usable", lambda _session, _scope: False)
    return str(request.param)
