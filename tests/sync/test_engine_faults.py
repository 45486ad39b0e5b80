"""Client engine under faults: atomic page + cursor, lost replies, restores, small pages."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select, update

from app.models import Person
from app.models.sync_state import SyncBucket, SyncOutbox
from app.server.db import set_meta_value
from app.server.tables import AppliedOp, BucketState, ChangeLog, ServerDevice
from app.services.reports.stats import table_counts
from app.sync import local
from app.sync.engine import SyncEngine
from app.sync.transport import SyncError, Transport


def _people(desk):
    with desk.factory() as s:
        return s.scalar(select(func.count()).select_from(Person))


def _cursor(desk, bucket):
    with desk.factory() as s:
        row = s.get(SyncBucket, bucket)
        return row.cursor if row else 0


def test_a_pull_page_and_its_cursor_are_applied_atomically(server, desk, monkeypatch):
    a = desk(server, "a")
    b = desk(server, "b")
    for i in range(3):
        a.add_person(f"人{i}")
    assert a.sync().ok and b.sync().ok
    a.add_person("新来的")
    assert a.sync().ok
    bucket = f"org:{b.org}"
    before_cursor, before_people = _cursor(b, bucket), _people(b)

    def boom(_session, _ids):
        raise RuntimeError("power cut after the rows, before the cursor")

    monkeypatch.setattr(local, "refresh_cases", boom)
    with pytest.raises(RuntimeError):
        b.sync()
    assert (_cursor(b, bucket), _people(b)) == (before_cursor, before_people)
    monkeypatch.undo()
    assert b.sync().ok
    assert _people(b) == before_people + 1 and _cursor(b, bucket) > before_cursor


class _LoseReplies(Transport):
    """A transport whose push reaches the server but whose reply is lost."""

    def push(self, ops):
        super().push(ops)
        raise SyncError("connection reset after commit")


def test_a_push_whose_reply_was_lost_is_retried_without_duplicates(server, desk):
    a = desk(server, "a")
    a.add_person("甲")
    a.add_person("乙")
    eng = SyncEngine(
        a.factory,
        transport_factory=lambda _u, t: _LoseReplies("http://testserver", t, client=server.client),
    )
    first = eng.run_cycle()
    assert not first.ok and first.offline
    with server.factory() as s:
        logged = s.scalar(select(func.count()).select_from(ChangeLog))
    second = a.sync()
    assert second.ok and second.duplicates == 2 and second.pushed == 0
    with server.factory() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == logged
        assert s.scalar(select(func.count()).select_from(Person)) == 2


def test_unreachable_server_fails_the_cycle_and_keeps_ops(tmp_path, server, desk):
    a = desk(server, "a")
    a.add_person("甲")
    eng = SyncEngine(a.factory, transport_factory=lambda _u, t: Transport("http://127.0.0.1:9", t))
    result = eng.run_cycle()
    assert not result.ok and result.offline and result.pending == 1


def test_small_pages_and_snapshots_converge(server, desk):
    a = desk(server, "a")
    for i in range(7):
        a.add_person(f"人{i}")
    a.new_case()
    assert a.sync().ok
    b = desk(server, "b")
    eng = SyncEngine(b.factory, transport_factory=lambda _u, t: server.transport(t), page_size=2)
    result = eng.run_cycle()
    assert result.ok and f"org:{b.org}" in result.snapshots
    with a.factory() as s1, b.factory() as s2:
        assert table_counts(s1) == table_counts(s2)


def test_server_restored_from_backup_gets_acked_ops_again(server, desk):
    a = desk(server, "a")
    pid = a.add_person("甲")
    assert a.sync().ok
    # Simulate a restore to before that push: the row, its log and the watermark are gone and
    # the epoch changed.
    with server.factory.begin() as s:
        s.execute(delete(Person))
        s.execute(delete(ChangeLog))
        s.execute(delete(AppliedOp))
        s.execute(delete(BucketState))
        s.execute(update(ServerDevice).values(watermark=0))
        set_meta_value(s, "epoch", "restored")
    result = a.sync()
    assert result.ok, result.message
    assert result.pushed == 1
    with server.factory() as s:
        assert s.get(Person, pid) is not None


def test_a_cloned_disk_must_register_again(server, desk):
    a = desk(server, "a")
    a.add_person("甲")
    a.add_person("乙")
    assert a.sync().ok
    with a.factory.begin() as s:
        s.execute(delete(SyncOutbox))  # an older copy of the database: seq went backwards
    result = a.sync()
    assert not result.ok and "重新注册" in result.message
