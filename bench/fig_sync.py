"""Sync figures: push and first-sync throughput through the real server app, no-op cycle latency.

The server runs in-process on SQLite (starlette TestClient: real HTTP semantics, no sockets).
Floors are bare sqlite3 inserts of the same number of rows and a bare /healthz round trip.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bench.core import BenchContext, Figure


def _bare_insert_rows_per_s(path: Path, rows: int) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT, org TEXT, payload TEXT)")
    data = [(f"{i:036d}", f"居民{i}", "370911106", '{"name": "x"}') for i in range(rows)]
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", data)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return rows / elapsed


def figures(ctx: BenchContext) -> list[Figure]:
    """Return push ops/s, first-sync rows/s and no-op cycle latency."""
    from fastapi.testclient import TestClient

    from app.db import make_session_factory, open_database
    from app.models import Person
    from app.server.admin import issue_code
    from app.server.app import create_app
    from app.server.db import make_server_engine, make_server_session_factory
    from app.server.settings import ServerSettings
    from app.services.reference.setup import ensure_reference
    from app.sync.engine import SyncEngine
    from app.sync.registration import register
    from app.sync.transport import Transport

    rows = 2_000 if ctx.quick else 20_000
    work = ctx.tmp / "sync"
    work.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{work / 'server.sqlite3'}"
    engine = make_server_engine(url)
    client = TestClient(create_app(ServerSettings(database_url=url), engine=engine))
    server_factory = make_server_session_factory(engine)

    def desk(name: str) -> SyncEngine:
        eng = open_database(work / f"{name}.sqlite3")
        factory = make_session_factory(eng)
        with factory.begin() as s:
            ensure_reference(s)
        with server_factory.begin() as s:
            code = issue_code(s, org_code="370911106")
        register(factory, server_url="http://testserver", code=code,
                 transport=Transport("http://testserver", client=client))  # fmt: skip
        return SyncEngine(factory, transport_factory=lambda _u, t: Transport(
            "http://testserver", t, client=client))  # fmt: skip

    a = desk("a")
    with a._factory.begin() as s:  # the bench fills the desk database itself
        s.add_all(Person(name=f"居民{i}", owner_org="370911106") for i in range(rows))
    started = time.perf_counter()
    first = a.run_cycle()
    push_s = time.perf_counter() - started
    b = desk("b")
    started = time.perf_counter()
    second = b.run_cycle()
    pull_s = time.perf_counter() - started
    floor = _bare_insert_rows_per_s(work / "floor.sqlite3", rows)
    started = time.perf_counter()
    runs = 5
    for _ in range(runs):
        b.run_cycle()
    noop_ms = (time.perf_counter() - started) / runs * 1000
    started = time.perf_counter()
    for _ in range(runs):
        client.get("/healthz")
    health_ms = (time.perf_counter() - started) / runs * 1000
    client.close()
    engine.dispose()
    ok = "ok" if first.ok and second.ok else f"cycle failed: {first.message} / {second.message}"
    return [
        Figure("sync_push_ops_per_s", rows / push_s, "ops/s", floor,
               f"{rows} person inserts in one cycle with pull-back; floor: bare sqlite3; {ok}"),
        Figure("sync_first_sync_rows_per_s", rows / pull_s, "rows/s", floor,
               f"second desk's first cycle (snapshot) of {rows} rows; floor: bare sqlite3 insert"),
        Figure("sync_noop_cycle_ms", noop_ms, "ms", health_ms,
               "hello + pull of 3 buckets + verify with nothing new; floor: GET /healthz"),
    ]  # fmt: skip
