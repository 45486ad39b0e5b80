"""A township's bulk publish is held to the rules of its pushes (issue #11 on issue #10's path).

The publish path streams rows in chunks; before this, it checked only owner_org, so a township
desk could upload users, rows pointing at another township's case, or oversize fields.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from app.domain.ids import uuid7
from app.models import CaseEvent
from app.services.demo import generate_demo
from app.sync import publish
from app.sync.publish import record_publish
from app.sync.transport import SyncError
from app.sync.wire import codec
from tests.server.support import DEMO_ORG, OTHER_ORG, Desk, ServerHarness


def _published(d: Desk, cases: int = 20) -> None:
    generate_demo(d.engine, cases=cases, org=DEMO_ORG, seed=5)
    with d.factory.begin() as s:
        s.info["capture_outbox"] = False
        assert record_publish(s, org_code=DEMO_ORG) is not None


def _other_townships_case(server: ServerHarness, desk: Callable[..., Desk]) -> str:
    other = desk(server, "other", org=OTHER_ORG)
    generate_demo(other.engine, cases=3, org=OTHER_ORG, seed=9)
    with other.factory.begin() as s:
        s.info["capture_outbox"] = False
        assert record_publish(s, org_code=OTHER_ORG) is not None
    assert other.sync().ok
    conn = sqlite3.connect(other.path)
    try:
        return str(conn.execute('SELECT id FROM "case" LIMIT 1').fetchone()[0])
    finally:
        conn.close()


def _tamper(d: Desk, sql: str, *args: Any) -> None:
    conn = sqlite3.connect(d.path)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(sql, args)
        conn.commit()
    finally:
        conn.close()


def test_published_event_on_another_townships_case_is_refused(
    sqlite_server: ServerHarness, desk: Callable[..., Desk]
) -> None:
    foreign = _other_townships_case(sqlite_server, desk)
    a = desk(sqlite_server, "a")
    _published(a)
    _tamper(a, "UPDATE case_event SET case_id = ? WHERE rowid = 1", foreign)
    result = a.sync()
    assert not result.ok
    with sqlite_server.factory() as s:
        on_foreign = s.scalar(
            select(func.count())
            .select_from(CaseEvent)
            .where(CaseEvent.case_id == foreign, CaseEvent.owner_org == DEMO_ORG)
        )
    assert on_foreign == 0


def test_published_oversize_field_is_refused(
    sqlite_server: ServerHarness, desk: Callable[..., Desk]
) -> None:
    a = desk(sqlite_server, "a")
    _published(a)
    _tamper(a, "UPDATE person SET name = ? WHERE rowid = 1", "张" * 100_000)
    assert not a.sync().ok


def test_a_township_cannot_publish_users(
    sqlite_server: ServerHarness, desk: Callable[..., Desk]
) -> None:
    assert "user" not in publish.ORG_TABLES  # the desk does not send them...
    a = desk(sqlite_server, "a")
    assert a.sync().ok
    transport = sqlite_server.transport(a.token)
    c = codec("user")
    row: list[Any] = [None] * len(c.columns)
    row[c.index("id")] = uuid7()
    row[c.index("owner_org")] = DEMO_ORG
    with pytest.raises(SyncError) as refused:  # ...and the server refuses them anyway
        transport.publish_chunk(
            {
                "op_id": uuid7(),
                "device_seq": 1,
                "entity": "user",
                "columns": list(c.columns),
                "rows": [row],
            }
        )
    assert refused.value.code == "users_district_only"
