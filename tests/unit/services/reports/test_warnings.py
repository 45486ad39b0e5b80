"""The 监测预警 board against the hand-built month (conftest)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from app.domain.intake import CaseFilter
from app.domain.reports import Scope
from app.models import TimeLimitRule
from app.services.reports.warnings import (
    rising_categories,
    rising_threshold,
    warning_board,
    window_start,
)
from app.services.search.case_list import list_cases
from tests.unit.services.reports.conftest import NOW, Known


def test_board_lists(known: Known, session_factory: sessionmaker[Session]) -> None:
    k, c = known, known.cases
    with session_factory() as s:
        b = warning_board(s, scope=Scope(org=k.org_a), now=NOW)
    assert [x.id for x in b.red] == [c[3]]
    assert [x.id for x in b.yellow] == [c[4]]
    assert [x.id for x in b.group_cases] == [c[3]]
    assert [(x.id, x.level) for x in b.high_risk] == [(c[3], "red")]
    # category 1: 3 this month against 1/6 a month before (case 10 in October)
    assert [(r.category_id, r.this_month) for r in b.rising] == [(k.c1, 3)]
    assert b.rising[0].change == 3 / (1 / 6) - 1
    assert [(v.village_id, v.repeats, v.name) for v in b.villages] == [(k.v1, 2, "东村")]
    assert [(p.person_id, p.cases, p.latest_case_id) for p in b.persons] == [(k.p1, 3, c[4])]


def test_rising_threshold_and_minimum(known: Known, session_factory: sessionmaker[Session]) -> None:
    k = known
    with session_factory() as s:
        # category 2 in November: 1 case against 4/6 a month (August 3, October 1): +50% is
        # exactly 1.0, not beyond it; +40% flags it once the 3-case minimum is lifted
        scope = Scope(org=k.org_a)
        assert [
            r.category_id for r in rising_categories(s, scope=scope, month="2026-11", min_cases=1)
        ] == [k.c1]
        flagged = rising_categories(s, scope=scope, month="2026-11", threshold=0.4, min_cases=1)
        assert [r.category_id for r in flagged] == [k.c1, k.c2]
        assert rising_categories(s, scope=scope, month="2026-11", threshold=0.4) == flagged[:1]
        assert [
            r.category_id
            for r in rising_categories(
                s, scope=Scope(org=k.org_a), month="2026-11", threshold=1.5, min_cases=1
            )
        ] == [k.c1]
        # August: category 2 had 3 cases against nothing before
        assert [
            r.category_id for r in rising_categories(s, scope=Scope(org=k.org_a), month="2026-08")
        ] == [k.c2]


def test_other_township_sees_none_of_it(
    known: Known, session_factory: sessionmaker[Session]
) -> None:
    with session_factory() as s:
        b = warning_board(s, scope=Scope(org=known.org_b), now=NOW)
    assert (b.red, b.yellow, b.rising, b.villages, b.persons, b.group_cases) == (
        (),
        (),
        (),
        (),
        (),
        (),
    )


def test_village_row_opens_exactly_its_repeats(
    known: Known, session_factory: sessionmaker[Session]
) -> None:
    k, c = known, known.cases
    with session_factory() as s:
        v = warning_board(s, scope=Scope(org=k.org_a), now=NOW).villages[0]
        filt = CaseFilter(
            owner_org=k.org_a,
            village_id=v.village_id,
            repeat_only=True,
            date_from=window_start(NOW, 90),
        )
        rows = list_cases(s, filt=filt, limit=100, now=NOW).rows
    assert {r.id for r in rows} == {c[2], c[10]}
    assert len(rows) == v.repeats


def test_the_district_sets_the_rising_threshold(
    known: Known, session_factory: sessionmaker[Session]
) -> None:
    k = known
    with session_factory.begin() as s:
        s.info["capture_outbox"] = False
        assert rising_threshold(s) == 0.5
        s.add(TimeLimitRule(owner_org="370911", step="warn_rising_fraction", limit_value=20.0,
                            unit="fraction"))  # fmt: skip
    with session_factory() as s:
        assert rising_threshold(s) == 20.0
        # category 1's 3 against 1/6 a month is +1700%: under a +2000% threshold
        assert warning_board(s, scope=Scope(org=k.org_a), now=NOW).rising == ()


def test_lists_stop_at_the_limit_but_totals_count_all(
    known: Known, session_factory: sessionmaker[Session], monkeypatch
) -> None:
    from app.services.reports import warnings as w

    k = known
    monkeypatch.setattr(w, "LIST_LIMIT", 1)
    with session_factory() as s:
        b = warning_board(s, scope=Scope(), now=NOW)
    assert b.totals == {"red": 1, "yellow": 1, "group": 1, "high_risk": 1}
    with session_factory.begin() as s:
        s.info["capture_outbox"] = False
        from app.models import Case

        s.add(
            Case(
                case_no="106-T-0099",
                query_code="000099",
                kind="dispute",
                channel="phone",
                owner_org=k.org_a,
                received_at=NOW,
                status="in_progress",
                deadline_at=NOW.replace(day=1),
            )
        )
    with session_factory() as s:
        b = warning_board(s, scope=Scope(), now=NOW)
    assert len(b.red) == 1 and b.totals["red"] == 2
