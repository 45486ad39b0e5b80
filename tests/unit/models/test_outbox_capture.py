"""Every change to a synced row writes one outbox op in the same transaction."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.enums import OpKind
from app.models import Person, SyncOutbox
from app.models.base import utcnow
from tests.conftest import DEMO_ORG


def test_insert_update_and_soft_delete_write_ops_with_gapless_seq(session_factory):
    with session_factory.begin() as s:
        p = Person(name="测试甲", owner_org=DEMO_ORG, phone="13800000000")
        s.add(p)
    with session_factory.begin() as s:
        p = s.get(Person, p.id)
        p.phone = "13900000000"
    with session_factory.begin() as s:
        s.get(Person, p.id).deleted_at = utcnow()
    with session_factory() as s:
        ops = s.scalars(select(SyncOutbox).order_by(SyncOutbox.device_seq)).all()
    assert [o.op for o in ops] == [OpKind.INSERT, OpKind.UPDATE, OpKind.DELETE]
    assert [o.device_seq for o in ops] == [1, 2, 3]
    assert ops[0].payload["name"] == "测试甲"
    assert ops[1].payload == {"phone": "13900000000"}
    assert set(ops[2].payload) == {"deleted_at"}


def test_rolled_back_change_leaves_no_op(session_factory):
    try:
        with session_factory.begin() as s:
            s.add(Person(name="测试乙", owner_org=DEMO_ORG))
            s.flush()
            raise RuntimeError("abort")
    except RuntimeError:
        pass
    with session_factory() as s:
        assert s.scalars(select(SyncOutbox)).all() == []


def test_sync_apply_and_reference_rows_write_no_ops(session_factory):
    with session_factory.begin() as s:
        s.info["sync_apply"] = True
        s.add(Person(name="远端", owner_org=DEMO_ORG))
    with session_factory() as s:
        assert s.scalars(select(SyncOutbox)).all() == []


def _seqs(session_factory) -> list[tuple[int, str]]:
    with session_factory() as s:
        rows = s.execute(
            select(SyncOutbox.device_seq, SyncOutbox.payload).order_by(SyncOutbox.device_seq)
        )
        return [(seq, payload["name"]) for seq, payload in rows]


def test_seq_counts_on_across_flushes_and_stays_gapless_after_a_savepoint_rollback(
    session_factory,
):
    # The last seq is remembered within a transaction; a savepoint rollback drops its ops.
    with session_factory.begin() as s:
        s.add(Person(name="甲", owner_org=DEMO_ORG))
        s.flush()
        savepoint = s.begin_nested()
        s.add(Person(name="乙", owner_org=DEMO_ORG))
        s.flush()
        savepoint.rollback()
        s.add(Person(name="丙", owner_org=DEMO_ORG))
        s.flush()
        s.add(Person(name="丁", owner_org=DEMO_ORG))
    assert _seqs(session_factory) == [(1, "甲"), (2, "丙"), (3, "丁")]


def test_seq_is_read_again_in_each_transaction(session_factory):
    first, second = session_factory(), session_factory()
    with first.begin():
        first.add(Person(name="甲", owner_org=DEMO_ORG))
    with second.begin():
        second.add(Person(name="乙", owner_org=DEMO_ORG))
    with first.begin():  # the same session, a new transaction: the other one wrote seq 2
        first.add(Person(name="丙", owner_org=DEMO_ORG))
    first.close()
    second.close()
    assert _seqs(session_factory) == [(1, "甲"), (2, "乙"), (3, "丙")]
