"""Push is idempotent and gapless; pull is in commit order; townships are isolated (403)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.domain.ids import uuid7
from app.models import Person
from app.server.changelog import recompute_bucket
from app.server.db import set_meta_value
from app.server.tables import BucketState, ChangeLog
from app.sync.local import pending_ops
from app.sync.protocol import Op, RegisterRequest
from app.sync.transport import SyncError
from tests.server.support import DEMO_ORG, DISTRICT, OTHER_ORG, hello_buckets, server_user


def _device(server, org=DEMO_ORG):
    reg = server.transport().register(RegisterRequest(code=server.issue_code(org)))
    return reg, server.transport(reg.token)


def _person_op(seq, org=DEMO_ORG, name="测试", entity_id=None, op_id=None):
    return Op(
        op_id=op_id or uuid7(),
        device_seq=seq,
        entity="person",
        entity_id=entity_id or uuid7(),
        op="insert",
        base_version=0,
        payload={"name": name, "owner_org": org, "phone": ""},
    )


def _log_size(server):
    with server.factory() as s:
        return s.scalar(select(func.count()).select_from(ChangeLog))


def test_retried_push_changes_nothing(server):
    _reg, t = _device(server)
    ops = [_person_op(1, name="甲"), _person_op(2, name="乙")]
    first = t.push(ops)
    assert [r.status for r in first.results] == ["applied", "applied"]
    size = _log_size(server)
    again = t.push(ops)
    assert [r.status for r in again.results] == ["duplicate", "duplicate"]
    assert [r.version for r in again.results] == [r.version for r in first.results]
    assert _log_size(server) == size
    assert again.watermark == first.watermark == 2


def test_same_op_id_with_other_payload_is_409(server):
    _reg, t = _device(server)
    op = _person_op(1, name="甲")
    t.push([op])
    with pytest.raises(SyncError) as err:
        t.push([op.model_copy(update={"payload": {**op.payload, "name": "丙"}})])
    assert (err.value.status, err.value.code) == (409, "op_mismatch")


def test_device_seq_must_be_gapless(server):
    _reg, t = _device(server)
    with pytest.raises(SyncError) as err:
        t.push([_person_op(2)])
    assert (err.value.code, err.value.detail["expected"]) == ("seq_gap", 1)
    t.push([_person_op(1)])
    with pytest.raises(SyncError) as err:
        t.push([_person_op(1)])  # a new op reusing an old seq: a cloned disk
    assert err.value.code == "seq_regressed"


def test_pull_returns_changes_in_seq_order_with_count_and_hash(server):
    _reg, t = _device(server)
    t.push([_person_op(i, name=f"人{i}") for i in range(1, 6)])
    bucket = f"org:{DEMO_ORG}"
    page1 = t.pull(bucket, 0, limit=3)
    page2 = t.pull(bucket, page1.next_after, limit=3)
    seqs = [c.seq for c in page1.changes + page2.changes]
    assert seqs == sorted(seqs) and len(seqs) == 5
    assert page1.has_more and not page2.has_more
    assert page2.next_after == page2.head.head
    with server.factory() as s:
        assert recompute_bucket(s, bucket) == (page2.head.count, page2.head.hash)
        assert s.get(BucketState, bucket).count == 5


def test_a_township_device_cannot_read_or_write_another_township(server):
    _reg_b, tb = _device(server, OTHER_ORG)
    theirs = _person_op(1, org=OTHER_ORG, name="乙镇居民")
    tb.push([theirs])
    _reg_a, ta = _device(server, DEMO_ORG)
    for call in (
        lambda: ta.pull(f"org:{OTHER_ORG}", 0),
        lambda: ta.snapshot(f"org:{OTHER_ORG}", None),
        lambda: ta.pull(f"dev:{_reg_b.device_id}", 0),
        lambda: ta.push([_person_op(1, org=OTHER_ORG)]),
        lambda: ta.push(
            [
                Op(
                    op_id=uuid7(),
                    device_seq=1,
                    entity="person",
                    entity_id=theirs.entity_id,
                    op="update",
                    base_version=1,
                    payload={"phone": "13800000000"},
                )
            ]
        ),
    ):
        with pytest.raises(SyncError) as err:
            call()
        assert err.value.status == 403
    with server.factory() as s:
        assert s.get(Person, theirs.entity_id).phone == ""
        assert s.scalar(select(func.count()).select_from(Person)) == 1
    hello = hello_buckets(ta)
    assert f"org:{OTHER_ORG}" not in hello


def test_district_device_sees_every_township(server):
    _reg_b, tb = _device(server, OTHER_ORG)
    tb.push([_person_op(1, org=OTHER_ORG)])
    _reg_d, td = _device(server, DISTRICT)
    buckets = hello_buckets(td)
    assert {f"org:{OTHER_ORG}", f"org:{DEMO_ORG}", "ref:district"} <= set(buckets)
    assert len(td.pull(f"org:{OTHER_ORG}", 0).changes) == 1


def test_township_cannot_edit_reference_data(server):
    _reg, t = _device(server)
    from app.domain.ids import reference_id

    op = Op(
        op_id=uuid7(),
        device_seq=1,
        entity="department",
        entity_id=reference_id("department", "T-SFS"),
        op="update",
        base_version=0,
        payload={"phone": "0538-1234567"},
    )
    result = t.push([op]).results[0]
    assert (result.status, result.reason) == ("rejected", "reference_readonly")


def test_pull_behind_the_log_horizon_is_410(server):
    _reg, t = _device(server)
    t.push([_person_op(i) for i in range(1, 4)])
    with server.factory.begin() as s:
        set_meta_value(s, "horizon", "2")
    with pytest.raises(SyncError) as err:
        t.pull(f"org:{DEMO_ORG}", 1)
    assert err.value.status == 410
    assert len(t.pull(f"org:{DEMO_ORG}", 2).changes) == 1


def test_snapshot_pages_resume_by_token(server):
    _reg, t = _device(server)
    t.push([_person_op(i, name=f"人{i}") for i in range(1, 6)])
    seen, token = [], None
    while True:
        page = t.snapshot(f"org:{DEMO_ORG}", token, limit=2)
        seen += [r.entity_id for r in page.rows]
        token = page.next_token
        if token is None:
            break
    assert len(seen) == len(set(seen)) == 5
    assert page.as_of == t.pull(f"org:{DEMO_ORG}", 0).head.head


def test_outbox_ops_are_what_push_sends(session_factory):
    with session_factory.begin() as s:
        s.add(Person(name="本地", owner_org=DEMO_ORG))
    with session_factory() as s:
        ops = pending_ops(s, 10)
    assert [o.device_seq for o in ops] == [1] and ops[0].payload["name"] == "本地"


def test_compacted_log_sends_old_cursors_to_a_snapshot(server, desk):
    from datetime import timedelta

    from sqlalchemy import update

    from app.models.base import utcnow
    from app.server.admin import compact_log

    a = desk(server, "a")
    b = desk(server, "b")
    a.add_person("甲")
    assert a.sync().ok and b.sync().ok
    a.add_person("乙")
    assert a.sync().ok
    with server.factory.begin() as s:
        s.execute(update(ChangeLog).values(committed_at=utcnow() - timedelta(days=400)))
        dropped, horizon = compact_log(s, keep_days=180)
    assert dropped > 0 and horizon > 0
    result = b.sync()
    assert result.ok and f"org:{DEMO_ORG}" in result.snapshots
    with b.factory() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 2


def test_a_child_may_arrive_before_its_parent(server):
    """A batch boundary can split a flush: the server stores the event, then the case folds it."""
    _reg, t = _device(server)
    actor = server_user(server, DEMO_ORG, "front_desk")
    case_id, event_id = uuid7(), uuid7()
    event = Op(
        op_id=uuid7(),
        device_seq=1,
        entity="case_event",
        entity_id=event_id,
        op="insert",
        payload={
            "case_id": case_id,
            "owner_org": DEMO_ORG,
            "type": "register",
            "actor_id": actor.id,
            "at": "2026-11-27T02:00:00+00:00",
            "payload": {"due_at": "2026-12-27T02:00:00+00:00"},
        },
    )
    case = Op(
        op_id=uuid7(),
        device_seq=2,
        entity="case",
        entity_id=case_id,
        op="insert",
        payload={
            "owner_org": DEMO_ORG,
            "case_no": "106-261127-A-0001",
            "query_code": "123456",
            "kind": "dispute",
            "channel": "walk_in",
            "received_at": "2026-11-27T02:00:00+00:00",
            "status": "accepted",
        },
    )
    assert t.push([event]).results[0].status == "applied"
    assert t.push([case]).results[0].status == "applied"
    from app.models import Case

    with server.factory() as s:
        stored = s.get(Case, case_id)
        assert stored.status == "registered"  # derived from the events, not the client's cache
        assert stored.due_at is not None
