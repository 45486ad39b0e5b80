"""A township's first snapshot on a new desk is written as a bulk load (app.sync.bulkload).

Its triggers and non-unique indexes are dropped for the load and must all come back, with the
search tables rebuilt over every row, also when the load was cut off and resumed or given up.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.services.demo import generate_demo
from app.sync import bulkload
from app.sync.engine import SyncEngine
from app.sync.publish import record_publish
from app.sync.transport import SyncError, Transport
from tests.server.support import DEMO_ORG, Desk, ServerHarness


def _published(d: Desk, cases: int = 120) -> None:
    generate_demo(d.engine, cases=cases, org=DEMO_ORG, seed=7)
    with d.factory.begin() as s:
        s.info["capture_outbox"] = False
        assert record_publish(s, org_code=DEMO_ORG) is not None
    assert d.sync().ok


def _query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute(sql).fetchall())
    finally:
        conn.close()


def _schema(path: Path) -> list[tuple[Any, ...]]:
    return _query(
        path, "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
    )


def _search(path: Path) -> list[tuple[Any, ...]]:
    """Return the search documents by case id (rowids differ between databases)."""
    names = _query(
        path,
        'SELECT c.id, f.chars, f.initials FROM party_name_fts f JOIN "case" c ON c.rowid = f.rowid',
    )
    texts = _query(
        path, 'SELECT c.id, f.names FROM party_text_fts f JOIN "case" c ON c.rowid = f.rowid'
    )
    # Compared as tokens: the loader and the triggers space the characters differently.
    return sorted(tuple(" ".join(str(v).split()) for v in r) for r in names + texts)


def _summary_hits(path: Path, word: str) -> list[tuple[Any, ...]]:
    return _query(
        path,
        f'SELECT c.id FROM case_text_fts JOIN "case" c ON c.rowid = case_text_fts.rowid '
        f"WHERE case_text_fts MATCH '\"{word}\"'",
    )


def _assert_whole(a: Desk, b: Desk) -> None:
    assert _schema(b.path) == _schema(a.path)
    assert _search(b.path) == _search(a.path)
    word = _query(a.path, 'SELECT substr(summary, 1, 3) FROM "case" LIMIT 1')[0][0]
    assert _summary_hits(b.path, word) == _summary_hits(a.path, word) != []
    assert _query(b.path, f"SELECT key FROM local_meta WHERE key = '{bulkload.MARKER}'") == []
    # The case rollup (dashboard) was counted once after the load, as the demo writer counts it.
    rollup = (
        "SELECT kind, day, owner_org, dim, key, n, repeats, grouped, with_outcome, resolved, "
        "with_due, on_time, round(days_sum, 6), rated, satisfied FROM case_stat_day "
        "WHERE n != 0 ORDER BY 1, 2, 3, 4, 5"
    )
    assert _query(b.path, rollup) == _query(a.path, rollup) != []
    persons = "SELECT person_id, third_at FROM person_recent ORDER BY 1"
    assert _query(b.path, persons) == _query(a.path, persons)


def test_first_sync_brings_back_every_index_trigger_and_search_row(
    sqlite_server: ServerHarness, desk: Callable[..., Desk]
) -> None:
    a = desk(sqlite_server, "a")
    _published(a)
    b = desk(sqlite_server, "b")
    assert b.sync().ok
    _assert_whole(a, b)
    # Written after the load: the triggers keep the search current again.
    case_id = b.new_case(summary="蓝色鹦鹉走失")
    assert [r[0] for r in _summary_hits(b.path, "蓝色鹦鹉走失")] == [case_id]


def test_first_sync_cut_after_a_page_resumes_and_restores_the_schema(
    sqlite_server: ServerHarness, desk: Callable[..., Desk], monkeypatch: pytest.MonkeyPatch
) -> None:
    a = desk(sqlite_server, "a")
    _published(a)
    b = desk(sqlite_server, "b")
    real = Transport.rows
    calls = {"n": 0}

    def cut(self: Transport, bucket: str, token: str | None, limit: int = 5000) -> Any:
        if bucket.startswith("org:"):
            calls["n"] += 1
            if calls["n"] == 2:
                raise SyncError("连接中断")
        return real(self, bucket, token, limit)

    monkeypatch.setattr(Transport, "rows", cut)
    eng = SyncEngine(
        b.factory, transport_factory=lambda _u, t: sqlite_server.transport(t), snapshot_page=200
    )
    assert not eng.run_cycle().ok
    with b.factory() as s:
        assert bulkload.suspended(s)  # the first page's transaction dropped them, the cut kept it
    assert eng.run_cycle().ok
    _assert_whole(a, b)


def test_a_given_up_bulk_load_is_healed_by_the_next_cycle(
    sqlite_server: ServerHarness, desk: Callable[..., Desk]
) -> None:
    """A desk left with the schema suspended and no snapshot under way (e.g. re-registered)."""
    b = desk(sqlite_server, "b")  # the server holds no township rows: no org snapshot to run
    before = _schema(b.path)
    with b.factory.begin() as s:
        assert bulkload.suspend(s, DEMO_ORG)
    assert _schema(b.path) != before
    assert b.sync().ok
    assert _schema(b.path) == before
    with b.factory() as s:
        assert not bulkload.suspended(s)
