"""The case rollup (migration 0021) stays equal to a recount of the case rows through every kind
of write: the demo's bulk load (triggers off, then rebuilt), ORM inserts, the columns it counts
changing, soft delete, hard delete; and the dashboard reads the same figures from it as from the
case rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from app.db import make_session_factory, open_database
from app.domain.reports import Scope
from app.models import Case, CaseParty, Category, case_rollup
from app.services.demo import generate_demo
from app.services.reference.loader import load_reference
from app.services.reports import rollup
from app.services.reports.dashboard import dashboard, month_period

ROWS = "SELECT kind, day, owner_org, dim, key, n, repeats, grouped, with_outcome, resolved, " \
    "with_due, on_time, round(days_sum, 6), rated, satisfied FROM case_stat_day WHERE n != 0 " \
    "ORDER BY 1, 2, 3, 4, 5"  # fmt: skip


PERSONS = "SELECT person_id, third_at FROM person_recent ORDER BY 1"


def _rows(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for q in (ROWS, PERSONS) for r in conn.execute(text(q))]


def _recounted(engine: Engine) -> list[tuple[object, ...]]:
    with engine.begin() as conn:
        case_rollup.rebuild(conn)
    return _rows(engine)


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Engine, sessionmaker[Session]]:
    engine = open_database(tmp_path / "demo.sqlite3")
    factory = make_session_factory(engine)
    with factory.begin() as s:
        s.info["capture_outbox"] = False
        load_reference(s)
    generate_demo(engine, cases=400, seed=3, now=datetime(2026, 12, 5, 4, tzinfo=UTC))
    return engine, factory


def test_the_demo_load_leaves_the_rollup_complete(demo: tuple[Engine, sessionmaker[Session]]):
    engine, _ = demo
    before = _rows(engine)
    assert sum(r[5] for r in before if r[0] == "r" and r[3] == "") == 400
    assert before == _recounted(engine)


def test_every_write_keeps_the_rollup_equal_to_a_recount(
    demo: tuple[Engine, sessionmaker[Session]],
) -> None:
    engine, factory = demo
    with factory.begin() as s:
        ids = list(s.scalars(select(Case.id).order_by(Case.id)))
        other = s.scalars(select(Category.id).order_by(Category.code)).first()
        s.execute(update(Case).where(Case.id == ids[0]).values(category_id=other))
        s.execute(update(Case).where(Case.id == ids[1]).values(deleted_at=datetime.now(UTC)))
        s.execute(
            update(Case)
            .where(Case.id == ids[2])
            .values(closed_at=datetime(2026, 11, 3, 2, tzinfo=UTC), outcome="resolved")
        )
        s.execute(update(Case).where(Case.id == ids[3]).values(closed_at=None, outcome=None))
        s.execute(
            update(Case).where(Case.id == ids[4]).values(satisfaction="satisfied", is_repeat=True)
        )
        s.execute(
            update(Case)
            .where(Case.id == ids[5])
            .values(received_at=datetime(2026, 10, 31, 16, 30, tzinfo=UTC))
        )
        s.execute(update(Case).where(Case.id == ids[6]).values(status="in_progress"))
        # Applicants: a frequent person's party removed, another's role changed, one moved.
        frequent = s.execute(text("SELECT person_id FROM person_recent LIMIT 3")).scalars().all()
        assert len(frequent) == 3, "the demo has persons with 3+ cases"
        parties = s.scalars(
            select(CaseParty).where(
                CaseParty.person_id.in_(frequent), CaseParty.role == "applicant"
            )
        ).all()
        by_person = {p.person_id: p for p in parties}
        by_person[frequent[0]].deleted_at = datetime.now(UTC)
        by_person[frequent[1]].role = "respondent"
        by_person[frequent[2]].person_id = frequent[0]
        s.execute(
            update(Case)
            .where(Case.id == by_person[frequent[2]].case_id)
            .values(received_at=datetime(2025, 12, 20, 2, tzinfo=UTC))
        )
        clone = s.get(Case, ids[8])
        assert clone is not None
        s.expunge(clone)
    made = []
    with factory.begin() as s:
        for n in (1, 2):
            fresh = Case(
                owner_org=clone.owner_org,
                case_no=f"{clone.case_no}-X{n}",
                query_code=clone.query_code,
                kind=clone.kind,
                channel=clone.channel,
                status=clone.status,
                received_at=clone.received_at + timedelta(minutes=n),
                summary=clone.summary,
                category_id=clone.category_id,
                town_id=clone.town_id,
                village_id=clone.village_id,
            )
            s.add(fresh)
            s.flush()
            made.append(fresh.id)
    with factory.begin() as s:
        # A case row nothing refers to yet can go for good.
        s.execute(text('DELETE FROM "case" WHERE id = :id'), {"id": made[1]})
    assert _rows(engine) == _recounted(engine)


@pytest.mark.parametrize("org", [None, "370911106"])
def test_the_dashboard_reads_the_same_figures_from_the_rollup_as_from_the_rows(
    demo: tuple[Engine, sessionmaker[Session]], monkeypatch: pytest.MonkeyPatch, org: str | None
) -> None:
    _, factory = demo
    now = datetime(2026, 12, 5, 4, tzinfo=UTC)
    scope = Scope(org=org)
    with factory() as s:
        assert rollup.usable(s, scope)
        figures = [dashboard(s, period=month_period(m), scope=scope, now=now) for m in MONTHS]
    monkeypatch.setattr(rollup, "usable", lambda _s, _scope: False)
    with factory() as s:
        rows = [dashboard(s, period=month_period(m), scope=scope, now=now) for m in MONTHS]
    for a, b in zip(figures, rows, strict=True):
        assert a.rates.avg_days == pytest.approx(b.rates.avg_days)
        same = {"rates": a.rates.__class__(**{**b.rates.__dict__, "avg_days": a.rates.avg_days})}
        assert a == b.__class__(**{**b.__dict__, **same})


MONTHS = ("2026-09", "2026-11", "2026-12")
