"""`demo --publish`: a bulk load travels as one publish op streamed in row chunks (issue #10)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.services.demo import generate_demo
from app.sync import publish
from app.sync.engine import SyncEngine
from app.sync.publish import ORG_TABLES, record_publish
from app.sync.transport import SyncError, Transport
from tests.server.support import DEMO_ORG, Desk, ServerHarness

CASES = 2_000


def _demo(d: Desk, cases: int = CASES) -> None:
    generate_demo(d.engine, cases=cases, org=DEMO_ORG, seed=3)
    with d.factory.begin() as s:
        s.info["capture_outbox"] = False
        assert record_publish(s, org_code=DEMO_ORG) is not None


def _value(v: Any) -> Any:
    # JSON columns: the same value may be stored as different text (escaped or not).
    if isinstance(v, str) and v[:1] in ("{", "["):
        return json.dumps(json.loads(v), sort_keys=True)
    return v


def _rows(path: Path, table: str, cols: str = "*") -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(f'SELECT {cols} FROM "{table}" WHERE owner_org = ?', (DEMO_ORG,))
        return sorted(tuple(_value(v) for v in r) for r in rows)
    finally:
        conn.close()


def _assignments(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT * FROM case_assignment"))
    finally:
        conn.close()


def _same_rows(a: Desk, b: Desk, table: str) -> None:
    # Every column but updated_at (each database keeps its own) is the same on both desks.
    conn = sqlite3.connect(a.path)
    cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] != "updated_at"]
    conn.close()
    sel = ", ".join(f'"{c}"' for c in cols)
    assert _rows(a.path, table, sel) == _rows(b.path, table, sel), table


def test_published_demo_arrives_complete_on_a_second_desk(
    server: ServerHarness, desk: Callable[..., Desk]
) -> None:
    a = desk(server, "a")
    _demo(a)
    first = a.sync()
    assert first.ok, first.message
    assert first.pushed >= CASES and first.pulled == 0  # never pulls back what it pushed
    b = desk(server, "b")
    second = b.sync()
    assert second.ok, second.message
    assert len(_rows(b.path, "case", "id")) == CASES
    for table in ORG_TABLES:
        _same_rows(a, b, table)
    # b re-folded every pulled case: its department queues equal the demo loader's.
    assert _assignments(b.path) == _assignments(a.path)
    again = a.sync()
    assert again.ok and again.pulled == 0 and again.pushed == 0


def test_publish_resumes_after_a_lost_reply_without_doubling(
    server: ServerHarness, desk: Callable[..., Desk], monkeypatch: pytest.MonkeyPatch
) -> None:
    a = desk(server, "a")
    _demo(a, 300)
    monkeypatch.setattr(publish, "CHUNK_ROWS", 200)
    calls = {"n": 0}
    real = Transport.publish_chunk

    def flaky(self: Transport, chunk: dict[str, Any]) -> dict[str, Any]:
        got = real(self, chunk)
        calls["n"] += 1
        if calls["n"] == 3:
            raise SyncError("连接中断")  # the server stored the chunk; its reply is lost
        return got

    monkeypatch.setattr(Transport, "publish_chunk", flaky)
    assert not a.sync().ok
    done = a.sync()
    assert done.ok, done.message
    b = desk(server, "b")
    assert b.sync().ok
    for table in ORG_TABLES:
        _same_rows(a, b, table)
    with server.factory() as s:
        from sqlalchemy import func, select

        from app.server.tables import ChangeLog

        logged = s.scalar(
            select(func.count()).select_from(ChangeLog).where(ChangeLog.op == "publish")
        )
    assert logged == sum(len(_rows(a.path, t, "id")) for t in ORG_TABLES)


def test_a_cycle_with_nothing_new_is_one_request(
    server: ServerHarness, desk: Callable[..., Desk]
) -> None:
    a = desk(server, "a")
    b = desk(server, "b")
    a.add_person("张三")
    assert a.sync().ok and b.sync().ok and b.sync().ok
    sent: list[str] = []

    class Counting(Transport):
        def _call(self, method: str, path: str, *args: Any, **kw: Any) -> Any:
            sent.append(path)
            return super()._call(method, path, *args, **kw)

    eng = SyncEngine(
        b.factory, transport_factory=lambda _u, t: Counting("http://testserver", t,
                                                            client=server.client)
    )  # fmt: skip
    result = eng.run_cycle()
    assert result.ok and result.pulled == 0
    assert sent == ["/v1/sync/hello"]
