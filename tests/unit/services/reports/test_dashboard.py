"""Every dashboard figure against the hand-built month (conftest), and every click-through."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.domain.intake import NONE_KEY
from app.domain.reports import Period, Scope
from app.services.reports.dashboard import case_filter, dashboard, month_period
from app.services.search.case_list import list_cases
from tests.unit.services.reports.conftest import NOW, Known

NOV = Period(date(2026, 11, 1), date(2026, 11, 30))


def _by_key(buckets: object) -> dict[str, tuple[int, int, int, int]]:
    return {b.key: (b.received, b.closed, b.open, b.overdue) for b in buckets}  # type: ignore[attr-defined]


def test_township_month_figures(known: Known, session_factory: sessionmaker[Session]) -> None:
    k = known
    with session_factory() as s:
        d = dashboard(s, period=NOV, scope=Scope(org=k.org_a), now=NOW)
    r = d.rates
    assert (r.received, r.closed, r.open, r.overdue) == (5, 3, 3, 1)
    assert r.resolution_rate == pytest.approx(2 / 3)
    assert r.on_time_rate == pytest.approx(2 / 3)
    assert r.avg_days == pytest.approx((2 + 10 + 4.5) / 3)
    assert r.p90_days == pytest.approx(10)
    assert r.satisfaction_rate == pytest.approx(0.5)
    assert (r.repeats, r.repeat_rate, r.group_cases) == (2, pytest.approx(0.4), 1)
    assert not d.by_month
    assert len(d.series) == 30
    series = {
        b.key: (b.received, b.closed, b.open, b.overdue) for b in d.series if b.received or b.closed
    }
    assert series == {
        "2026-11-01": (1, 0, 0, 0),
        "2026-11-02": (2, 0, 1, 1),
        "2026-11-03": (0, 1, 0, 0),
        "2026-11-05": (0, 1, 0, 0),
        "2026-11-12": (0, 1, 0, 0),
        "2026-11-15": (1, 0, 1, 0),
        "2026-11-30": (1, 0, 1, 0),
    }
    assert _by_key(d.by_category) == {
        k.c1: (3, 2, 1, 0),
        k.c2: (1, 1, 1, 1),
        NONE_KEY: (1, 0, 1, 0),
    }
    assert d.by_category[0].key == k.c1  # most received first
    assert _by_key(d.by_channel) == {
        "walk_in": (3, 1, 2, 1),
        "phone": (2, 1, 1, 0),
        "online": (0, 1, 0, 0),
    }
    assert [b.label for b in d.by_channel][:2] == ["走访", "电话"]
    assert _by_key(d.by_town) == {k.town_a: (5, 3, 3, 1)}
    assert _by_key(d.by_village) == {k.v1: (2, 3, 0, 0), k.v2: (2, 0, 2, 1), NONE_KEY: (1, 0, 1, 0)}
    depts = {
        x.department_id: (x.queue, x.overdue, x.closed, x.on_time, x.returns) for x in d.departments
    }
    assert depts == {k.d1: (1, 0, 2, 1, 1), k.d2: (1, 1, 1, 1, 0)}


def test_district_scope_adds_the_other_township(
    known: Known, session_factory: sessionmaker[Session]
) -> None:
    k = known
    with session_factory() as s:
        d = dashboard(s, period=NOV, scope=Scope(), now=NOW)
    assert (d.rates.received, d.rates.closed) == (6, 4)
    assert _by_key(d.by_town) == {k.town_a: (5, 3, 3, 1), k.town_b: (1, 1, 0, 0)}
    assert [b.key for b in d.by_town] == [k.town_a, k.town_b]
    depts = {x.department_id: (x.queue, x.closed, x.on_time) for x in d.departments}
    assert depts[k.d1] == (1, 3, 2)


def test_category_and_department_scopes(
    known: Known, session_factory: sessionmaker[Session]
) -> None:
    k = known
    with session_factory() as s:
        by_cat = dashboard(s, period=NOV, scope=Scope(org=k.org_a, category_id=k.c1), now=NOW)
        by_dept = dashboard(s, period=NOV, scope=Scope(org=k.org_a, department_id=k.d2), now=NOW)
    assert (by_cat.rates.received, by_cat.rates.closed, by_cat.rates.open) == (3, 2, 1)
    assert (by_dept.rates.received, by_dept.rates.closed, by_dept.rates.overdue) == (1, 1, 1)
    assert [x.department_id for x in by_dept.departments] == [k.d2]


def test_a_long_period_is_drawn_by_month(
    known: Known, session_factory: sessionmaker[Session]
) -> None:
    k = known
    with session_factory() as s:
        d = dashboard(
            s,
            period=Period(date(2026, 8, 1), date(2026, 11, 30)),
            scope=Scope(org=k.org_a),
            now=NOW,
        )
    assert d.by_month
    assert [(b.key, b.received, b.closed) for b in d.series] == [
        ("2026-08", 3, 3),
        ("2026-09", 0, 0),
        ("2026-10", 2, 1),
        ("2026-11", 5, 3),
    ]


def test_month_period_ends_on_the_last_day() -> None:
    assert month_period("2026-02") == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert month_period("2026-12") == Period(date(2026, 12, 1), date(2026, 12, 31))


def _listed(s: Session, filt: object) -> set[str]:
    page = list_cases(s, filt=filt, limit=1000, now=NOW)  # type: ignore[arg-type]
    assert page.next_key is None
    return {r.id for r in page.rows}


@pytest.mark.parametrize("org_scope", [True, False])
def test_every_click_through_lists_exactly_the_counted_cases(
    known: Known, session_factory: sessionmaker[Session], org_scope: bool
) -> None:
    k = known
    scope = Scope(org=k.org_a) if org_scope else Scope()
    checked = 0
    with session_factory() as s:
        d = dashboard(s, period=NOV, scope=scope, now=NOW)
        for dim, buckets in (
            ("day", d.series),
            ("category", d.by_category),
            ("channel", d.by_channel),
            ("town", d.by_town),
            ("village", d.by_village),
        ):
            for b in buckets:
                for measure in ("received", "closed", "open", "overdue"):
                    filt = case_filter(
                        period=NOV, scope=scope, measure=measure, dimension=dim, key=b.key
                    )
                    assert len(_listed(s, filt)) == getattr(b, measure), (dim, b.label, measure)
                    checked += 1
        r = d.rates
        totals = (
            ("received", r.received),
            ("closed", r.closed),
            ("open", r.open),
            ("overdue", r.overdue),
            ("repeat", r.repeats),
            ("group", r.group_cases),
        )
        for measure, n in totals:
            assert len(_listed(s, case_filter(period=NOV, scope=scope, measure=measure))) == n
        for x in d.departments:
            for measure, n in (
                ("queue", x.queue),
                ("queue_overdue", x.overdue),
                ("closed", x.closed),
                ("returns", x.returns),
            ):
                filt = case_filter(
                    period=NOV,
                    scope=scope,
                    measure=measure,
                    dimension="department",
                    key=x.department_id,
                )
                assert len(_listed(s, filt)) == n, (x.name, measure)
    assert checked > 40


def test_click_through_names_the_cases(
    known: Known, session_factory: sessionmaker[Session]
) -> None:
    """Not only the count: the list holds the very cases (the Beijing-day edges included)."""
    k, c = known, known.cases
    scope = Scope(org=k.org_a)
    with session_factory() as s:
        day1 = case_filter(
            period=NOV, scope=scope, measure="received", dimension="day", key="2026-11-01"
        )
        assert _listed(s, day1) == {c[1]}
        assert _listed(s, case_filter(period=NOV, scope=scope, measure="received")) == {
            c[1],
            c[2],
            c[3],
            c[4],
            c[6],
        }
        assert _listed(s, case_filter(period=NOV, scope=scope, measure="closed")) == {
            c[1],
            c[2],
            c[5],
        }
        returns = case_filter(
            period=NOV, scope=scope, measure="returns", dimension="department", key=k.d1
        )
        assert _listed(s, returns) == {c[3]}
        nocat = case_filter(
            period=NOV, scope=scope, measure="received", dimension="category", key=NONE_KEY
        )
        assert _listed(s, nocat) == {c[6]}
