"""refresh_many (sync's bulk re-fold) writes what refresh_cache writes case by case."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db import make_session_factory, open_database
from app.models import Case
from app.services.demo import generate_demo
from app.services.reference.setup import ensure_reference
from app.services.transfer.workflow import refresh_cache
from app.services.transfer.workflow.bulk_refresh import refresh_many

CACHED = "status, due_at, closed_at, outcome, satisfaction, escalated, lead_department_id, "
CACHED += "deadline_at, warn_at"


def _state(path: Path) -> tuple[list[Any], list[Any]]:
    conn = sqlite3.connect(path)
    try:
        cases = sorted(conn.execute(f'SELECT id, {CACHED} FROM "case"'))
        assignments = sorted(conn.execute("SELECT * FROM case_assignment"))
    finally:
        conn.close()
    return cases, assignments


def _scramble(path: Path) -> None:
    # What a desk holds right after writing pulled rows: stale caches, no assignment rows.
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE \"case\" SET status = 'registered', due_at = NULL, warn_at = NULL, "
            "deadline_at = NULL, lead_department_id = NULL, escalated = 0"
        )
        conn.execute("DELETE FROM case_assignment")
    conn.close()


def test_refresh_many_equals_refresh_cache(tmp_path: Path) -> None:
    first = tmp_path / "bulk.sqlite3"
    engine = open_database(first)
    factory = make_session_factory(engine)
    with factory.begin() as s:
        ensure_reference(s)
    generate_demo(engine, cases=400, org="370911106", seed=5)
    engine.dispose()
    _scramble(first)
    second = tmp_path / "one_by_one.sqlite3"
    shutil.copy(first, second)
    for path, bulk in ((first, True), (second, False)):
        engine = open_database(path)
        factory = make_session_factory(engine)
        with factory.begin() as s:
            s.info["sync_apply"] = True
            ids = list(s.scalars(select(Case.id)))
            if bulk:
                assert refresh_many(s, ids) == len(ids)
            else:
                for cid in ids:
                    refresh_cache(s, cid)
        engine.dispose()
    bulk_state, one_state = _state(first), _state(second)
    assert bulk_state == one_state
    assert len(bulk_state[1]) > 0  # the demo dispatched cases: assignment rows were rebuilt
