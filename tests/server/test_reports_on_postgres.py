"""The 统计研判 figures on PostgreSQL: the district server can serve the same dashboard, board and
monthly figures (the hand-built month of tests/unit/services/reports, same known answers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

from app.domain.reports import Period, Scope
from app.server.tables import shared_metadata
from app.services.reference.loader import load_reference
from app.services.reports.dashboard import dashboard
from app.services.reports.monthly import monthly_report
from app.services.reports.warnings import warning_board
from tests.server.support import pg_base_url, pg_schema
from tests.unit.services.reports.conftest import NOW, Known
from tests.unit.services.reports.conftest import known as known

pytestmark = pytest.mark.postgres


@pytest.fixture
def session_factory() -> Iterator[sessionmaker[Session]]:
    """Override: the shared tables in a fresh PostgreSQL schema, with the reference data."""
    url = pg_base_url()
    if url is None:
        pytest.skip("PostgreSQL not reachable (set TEST_DATABASE_URL)")
    with pg_schema(url) as schema_url:
        engine = create_engine(schema_url)
        shared_metadata().create_all(engine)
        factory = sessionmaker(engine, expire_on_commit=False)
        with factory.begin() as s:
            s.info["capture_outbox"] = False
            load_reference(s)
        yield factory
        engine.dispose()


def test_same_figures_on_postgres(known: Known, session_factory: sessionmaker[Session]) -> None:
    k = known
    nov = Period(date(2026, 11, 1), date(2026, 11, 30))
    with session_factory() as s:
        d = dashboard(s, period=nov, scope=Scope(org=k.org_a), now=NOW)
        board = warning_board(s, scope=Scope(org=k.org_a), now=NOW)
        report = monthly_report(s, month="2026-11", scope=Scope(org=k.org_a), now=NOW)
    r = d.rates
    assert (r.received, r.closed, r.open, r.overdue) == (5, 3, 3, 1)
    assert r.avg_days == pytest.approx(5.5) and r.p90_days == pytest.approx(10)
    received = {b.key: b.received for b in d.series if b.received}
    assert received == {"2026-11-01": 1, "2026-11-02": 2, "2026-11-15": 1, "2026-11-30": 1}
    assert {x.department_id: x.returns for x in d.departments}[k.d1] == 1
    assert [x.id for x in board.red] == [k.cases[3]]
    assert [(p.person_id, p.cases) for p in board.persons] == [(k.p1, 3)]
    assert report.summaries["overview"].startswith("本月受理 5 件，环比 +150.0%")
