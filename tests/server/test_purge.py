"""Change-log history and review copies lose personal fields after a while (issue #11 item 5)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from app.models import Person
from app.models.base import utcnow
from app.server.purge import purge_personal
from app.server.tables import ChangeLog, ServerConflict
from tests.server.support import DEMO_ORG

ID = "370911199001011234"


def _age(server, days: int) -> None:
    with server.factory.begin() as s:
        old = utcnow() - timedelta(days=days)
        s.execute(update(ChangeLog).values(committed_at=old))
        s.execute(update(ServerConflict).values(created_at=old))


def test_superseded_history_loses_personal_fields_and_desks_still_get_full_rows(server, desk):
    a = desk(server, "a")
    b = desk(server, "b")
    a.add_person("先来的")
    assert a.sync().ok and b.sync().ok  # b now reads the log from a cursor, not by snapshot
    with a.factory.begin() as s:
        p = Person(name="张三", owner_org=DEMO_ORG, id_number=ID, phone="13800000001")
        s.add(p)
        s.flush()
        pid = p.id
    assert a.sync().ok
    with a.factory.begin() as s:
        s.get(Person, pid).phone = "13800000002"
    assert a.sync().ok
    with server.factory.begin() as s:
        s.add(
            ServerConflict(
                device_id="d", kind="field", entity="person", entity_id=pid, field="phone",
                mine="13911111111", theirs="13800000002", reason="同一字段已被修改",
            )
        )  # fmt: skip
    _age(server, 60)
    with server.factory.begin() as s:
        logs, conflicts = purge_personal(s, keep_days=30)
    assert (logs, conflicts) == (1, 1)
    with server.factory() as s:
        entries = s.scalars(
            select(ChangeLog.payload).where(ChangeLog.entity_id == pid).order_by(ChangeLog.seq)
        ).all()
        conflict = s.scalars(select(ServerConflict).where(ServerConflict.entity_id == pid)).one()
    assert "id_number" not in entries[0] and "phone" not in entries[0]
    assert entries[0]["name"] == "张三"
    assert entries[-1]["id_number"] == ID and entries[-1]["phone"] == "13800000002"
    assert (conflict.mine, conflict.theirs) == (None, None)
    # A desk reading the log across the scrubbed entry still ends with the complete row.
    result = b.sync()
    assert result.ok and not result.snapshots and result.pulled >= 2
    got = b.get(Person, pid)
    assert (got.id_number, got.phone) == (ID, "13800000002")


def test_recent_history_is_kept(server, desk):
    a = desk(server, "a")
    pid = a.add_person("李四", phone="13800000003")
    assert a.sync().ok
    with a.factory.begin() as s:
        s.get(Person, pid).phone = "13800000004"
    assert a.sync().ok
    _age(server, 10)
    with server.factory.begin() as s:
        assert purge_personal(s, keep_days=30) == (0, 0)
