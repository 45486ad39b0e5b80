"""The defects issue #10 found when sync was tried for real: each is a named test.

They run against SQLite and, with TEST_DATABASE_URL reachable, PostgreSQL (the `server` fixture).
"""

from __future__ import annotations

import shutil
import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.domain.ids import uuid7
from app.models import Case, CaseEvent, Person, SyncConflict
from app.models.sync_state import SyncBucket, SyncOutbox
from app.server.merge import DeviceRef
from app.server.push import push_ops
from app.server.tables import AppliedOp, ServerConflict, ServerDevice
from app.services.transfer.workflow import Actor
from app.sync.engine import SyncEngine
from app.sync.protocol import Op, RegisterRequest
from app.sync.transport import SyncError, Transport
from tests.server.support import DEMO_ORG, copy_user, server_user


def uuid7_at(when: datetime) -> str:
    """Return a UUIDv7 whose time part is `when` (a desk whose clock said so)."""
    ms = int(when.timestamp() * 1000)
    rand = int(uuid.uuid4().int) & ((1 << 74) - 1)
    value = (ms << 80) | (0x7 << 76) | ((rand >> 62) << 64) | (0b10 << 62)
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def _device(server, org=DEMO_ORG):
    reg = server.transport().register(RegisterRequest(code=server.issue_code(org)))
    return reg, server.transport(reg.token)


# Events pushed by hand carry a server-known actor, as the server requires (app.server.authz).
_ACTOR: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _server_actor(request: pytest.FixtureRequest) -> None:
    if "server" in request.fixturenames:
        _ACTOR["id"] = server_user(request.getfixturevalue("server"), DEMO_ORG).id


def _case_ops(seq: int, case_id: str, *, case_no: str, at: datetime) -> list[Op]:
    register = Op(
        op_id=uuid7(),
        device_seq=seq + 1,
        entity="case_event",
        entity_id=uuid7_at(at),
        op="insert",
        payload={
            "case_id": case_id,
            "owner_org": DEMO_ORG,
            "type": "register",
            "actor_id": _ACTOR.get("id"),
            "at": at.isoformat(),
            "payload": {"due_at": (at + timedelta(days=30)).isoformat()},
        },
    )
    case = Op(
        op_id=uuid7(),
        device_seq=seq,
        entity="case",
        entity_id=case_id,
        op="insert",
        payload={
            "owner_org": DEMO_ORG,
            "case_no": case_no,
            "query_code": "123456",
            "kind": "dispute",
            "channel": "walk_in",
            "received_at": at.isoformat(),
            "status": "registered",
        },
    )
    return [case, register]


def _event_op(seq: int, case_id: str, type_: str, at: datetime, payload=None) -> Op:
    return Op(
        op_id=uuid7(),
        device_seq=seq,
        entity="case_event",
        entity_id=uuid7_at(at),
        op="insert",
        payload={
            "case_id": case_id,
            "owner_org": DEMO_ORG,
            "type": type_,
            "actor_id": _ACTOR.get("id"),
            "at": at.isoformat(),
            "payload": payload or {},
        },
    )


def test_contention_valid_ops_are_retried_never_rejected(server):
    """Six desks add notes to two shared cases in opposite orders, all at once."""
    now = datetime.now(UTC)
    _reg0, t0 = _device(server)
    c1, c2 = uuid7(), uuid7()
    t0.push(
        _case_ops(1, c1, case_no="106-261127-A-0001", at=now)
        + _case_ops(3, c2, case_no="106-261127-A-0002", at=now)
    )
    devices = [DeviceRef(id=_device(server)[0].device_id, org_code=DEMO_ORG) for _ in range(6)]
    rounds, per_batch = 6, 4
    results: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(len(devices))

    def run(i: int, dev: DeviceRef) -> None:
        try:
            start.wait()
            seq = 0
            for _r in range(rounds):
                ops = []
                for k in range(per_batch):
                    seq += 1
                    first, second = (c1, c2) if i % 2 == 0 else (c2, c1)
                    target = first if k < per_batch // 2 else second
                    ops.append(_event_op(seq, target, "note", now, {"text": f"{i}-{seq}"}))
                with server.factory() as s:
                    resp = push_ops(s, dev, ops)
                results.extend(r.status for r in resp.results)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i, d)) for i, d in enumerate(devices)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    total = len(devices) * rounds * per_batch
    assert results.count("applied") == total, {s: results.count(s) for s in set(results)}
    with server.factory() as s:
        notes = s.scalar(
            select(func.count()).select_from(CaseEvent).where(CaseEvent.type == "note")
        )
        assert notes == total
        for d in devices:
            dev = s.get(ServerDevice, d.id)
            stored = s.scalar(
                select(func.count()).select_from(AppliedOp).where(AppliedOp.device_id == d.id)
            )
            assert dev.watermark == stored == rounds * per_batch
        assert s.scalar(select(func.count()).select_from(ServerConflict)) == 0


def test_same_batch_events_follow_device_seq_not_the_client_clock(server):
    """The desk's clock was corrected backwards between events of one unsynced case."""
    _reg, t = _device(server)
    late = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    early = late - timedelta(hours=2)
    case_id = uuid7()
    from app.domain.ids import reference_id

    dept = reference_id("department", "T-SFS")
    ops = _case_ops(1, case_id, case_no="106-261127-A-0009", at=late)
    ops += [
        _event_op(3, case_id, "accept", early),
        _event_op(
            4,
            case_id,
            "dispatch",
            early + timedelta(minutes=5),
            {"lead_department_id": dept, "due_at": (late + timedelta(days=20)).isoformat()},
        ),
    ]
    results = t.push(ops).results
    assert [r.status for r in results] == ["applied"] * 4, results
    with server.factory() as s:
        case = s.get(Case, case_id)
        events = s.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.server_seq)
        ).all()
        assert [e.type for e in events] == ["register", "accept", "dispatch"]
        assert not any(e.no_effect for e in events)
        assert case.status == "to_sign"
        assert case.lead_department_id == dept
        query_code = case.query_code
    page = server.client.get(
        "/v1/status", params={"case_no": "106-261127-A-0009", "code": query_code}
    )
    assert page.status_code == 200 and page.json()["status"] == "待签收"


class _CutAfterFirstSnapshotPage(Transport):
    """A link that breaks after the first page of a snapshot."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.pages = 0

    def snapshot(self, bucket, token, limit=500):
        if self.pages >= 1:
            raise SyncError("link cut during the snapshot")
        self.pages += 1
        return super().snapshot(bucket, token, limit)

    def rows(self, bucket, token, limit=5000):
        # First syncs read compact row pages: two rows a page, so the cut leaves rows unread.
        if self.pages >= 1:
            raise SyncError("link cut during the snapshot")
        self.pages += 1
        return super().rows(bucket, token, 2)


def test_an_edit_during_a_cut_snapshot_conflicts_with_nobody(server, desk):
    a = desk(server, "a")
    b = desk(server, "b")
    ids = [a.add_person(f"人{i}", phone=f"1380000000{i}") for i in range(6)]
    assert a.sync().ok and b.sync().ok
    bucket = f"org:{b.org}"
    with b.factory.begin() as s:  # b has to read its township again (say the log was compacted)
        s.get(SyncBucket, bucket).cursor = 0
    cut = SyncEngine(
        b.factory,
        transport_factory=lambda _u, t: _CutAfterFirstSnapshotPage(
            "http://testserver", t, client=server.client
        ),
        page_size=2,
    )
    assert not cut.run_cycle().ok
    with b.factory.begin() as s:  # the clerk edits a person the snapshot has not re-read yet
        for pid in ids:
            s.get(Person, pid).phone = "13999999999"
    with b.factory() as s:
        bases = s.scalars(select(SyncOutbox.base_version).where(SyncOutbox.acked_at.is_(None)))
        assert set(bases) == {1}
    result = b.sync()
    assert result.ok and result.conflicts == 0, result
    assert a.sync().ok
    assert {a.get(Person, pid).phone for pid in ids} == {"13999999999"}
    with server.factory() as s:
        assert s.scalar(select(func.count()).select_from(ServerConflict)) == 0


def test_compaction_keeps_a_stale_offline_edit_from_overwriting_silently(server, desk):
    from app.server.admin import compact_log

    a = desk(server, "a")
    b = desk(server, "b")
    pid = a.add_person("孙七", phone="13800000000")
    assert a.sync().ok and b.sync().ok
    with b.factory.begin() as s:  # b edits offline, on version 1
        s.get(Person, pid).phone = "13822222222"
    with a.factory.begin() as s:
        s.get(Person, pid).phone = "13811111111"
    assert a.sync().ok
    with server.factory.begin() as s:  # python -m app.server compact --keep-days 0
        dropped, _horizon = compact_log(s, keep_days=0)
    assert dropped > 0
    result = b.sync()
    assert result.ok and result.conflicts == 1, result
    assert a.sync().ok
    assert a.get(Person, pid).phone == b.get(Person, pid).phone == "13811111111"
    with b.factory() as s:
        conflict = s.scalars(select(SyncConflict)).one()
    assert (conflict.field, conflict.mine) == ("phone", "13822222222")


def _server_tables():
    from app.server.tables import ServerBase, shared_metadata

    return [*shared_metadata().sorted_tables, *ServerBase.metadata.sorted_tables]


def backup_server(server) -> dict[str, list[dict]]:
    """Return every row of the server database (what pg_dump would keep)."""
    with server.engine.connect() as conn:
        return {
            t.name: [dict(r._mapping) for r in conn.execute(t.select())] for t in _server_tables()
        }


def restore_server(server, dump: dict[str, list[dict]]) -> None:
    """Put the server database back to `dump` (what pg_restore would do), epoch included."""
    with server.engine.begin() as conn:
        for t in reversed(_server_tables()):
            conn.execute(t.delete())
        for t in _server_tables():
            if dump[t.name]:
                conn.execute(t.insert(), dump[t.name])


def test_a_server_restored_from_backup_is_noticed_and_desks_resend(server, desk):
    a = desk(server, "a")
    b = desk(server, "b")
    c = desk(server, "c")
    pid = a.add_person("周八", phone="13800000000")
    for d in (a, b, c):
        assert d.sync().ok
    dump = backup_server(server)  # pg_dump
    with a.factory.begin() as s:
        s.get(Person, pid).phone = "13811111111"
    assert a.sync().ok and b.sync().ok  # b now holds a's edit
    restore_server(server, dump)  # pg_restore: a's edit is gone, the old epoch is back
    with c.factory.begin() as s:  # another edit, on the restored server
        s.get(Person, pid).phone = "13833333333"
    assert c.sync().ok
    for d in (b, a, c, b, a):
        result = d.sync()
        assert result.ok, result.message
    phones = {d.name: (d.get(Person, pid).phone, d.get(Person, pid).version) for d in (a, b, c)}
    with server.factory() as s:
        stored = s.get(Person, pid)
        server_phone = (stored.phone, stored.version)
    assert set(phones.values()) == {server_phone}, (phones, server_phone)
    # What the restore lost was sent again: a's edit reached the server and met c's as a conflict.
    with server.factory() as s:
        kinds = s.scalars(select(ServerConflict.kind)).all()
    assert kinds == ["field"]
    assert server_phone[0] == "13833333333"


def _case_with_number(d, case_no: str) -> str:
    from app.domain.enums import CaseKind, Channel, EventType
    from app.models.base import utcnow
    from app.services.transfer.workflow import record

    with d.factory.begin() as s:
        case = Case(
            owner_org=d.org,
            case_no=case_no,
            query_code="654321",
            kind=CaseKind.DISPUTE.value,
            channel=Channel.WALK_IN.value,
            received_at=utcnow(),
            summary="宅基地纠纷",
            device_code=d.device_code,
        )
        s.add(case)
        s.flush()
        due = (utcnow() + timedelta(days=30)).isoformat()
        record(s, case_id=case.id, type=EventType.REGISTER, actor=d.actor, payload={"due_at": due})
        return case.id


def _settled(d) -> None:
    """Sync twice more: nothing pending, no new conflict, the bucket check agrees."""
    from app.sync.local import pending_count

    with d.factory() as s:
        before = s.scalar(select(func.count()).select_from(SyncConflict))
    for _ in range(2):
        result = d.sync()
        assert result.ok, result.message
    with d.factory() as s:
        assert pending_count(s) == 0
        assert s.scalar(select(func.count()).select_from(SyncConflict)) == before


def _local_state(d, bucket):
    from app.sync.local import local_bucket_state

    with d.factory() as s:
        return local_bucket_state(s, bucket)


def test_a_reregistered_cloned_disk_gets_its_clashing_case_renumbered(server, desk, tmp_path):
    import sqlite3

    from app.db import make_session_factory, open_database
    from app.sync.registration import register
    from tests.server.support import Desk

    a = desk(server, "a")
    b = desk(server, "b")
    _case_with_number(a, "106-261127-A-0001")
    assert a.sync().ok
    clone_path = tmp_path / "clone.sqlite3"
    with sqlite3.connect(a.path) as src, sqlite3.connect(clone_path) as dst:
        src.backup(dst)  # the laptop's disk copied to a second laptop
    token = a.path.with_name(a.path.name + ".token")  # the token file travels with the disk
    if token.exists():
        shutil.copy(token, clone_path.with_name(clone_path.name + ".token"))
    engine = open_database(clone_path)
    clone = Desk(
        "clone", a.org, clone_path, engine, make_session_factory(engine), server, actor=a.actor
    )
    try:
        mine = _case_with_number(a, "106-261127-A-0002")
        theirs = _case_with_number(clone, "106-261127-A-0002")  # the same next number
        assert a.sync().ok
        refused = clone.sync()
        assert not refused.ok and "重新注册" in refused.message
        register(
            clone.factory,
            server_url="http://testserver",
            code=server.issue_code(a.org),
            transport=server.transport(),
        )
        result = clone.sync()
        assert result.ok, result.message
        assert result.conflicts == 1 and result.rejected == 0
        for d in (a, b, clone, a, b):
            assert d.sync().ok
        numbers = {
            d.name: (d.get(Case, mine).case_no, d.get(Case, theirs).case_no) for d in (a, b, clone)
        }
        new_no = numbers["a"][1]
        assert new_no != "106-261127-A-0002"
        assert set(numbers.values()) == {("106-261127-A-0002", new_no)}
        with clone.factory() as s:  # the clerk is told the new number, once
            told = s.scalars(select(SyncConflict).where(SyncConflict.entity_id == theirs)).all()
        assert len(told) == 1
        assert (told[0].kind, told[0].mine, told[0].theirs) == (
            "renumbered",
            "106-261127-A-0002",
            new_no,
        )
        assert clone.get(Case, theirs).status == "registered"
        for d in (a, b, clone):
            _settled(d)
        bucket = f"org:{a.org}"
        assert _local_state(a, bucket) == _local_state(b, bucket) == _local_state(clone, bucket)
    finally:
        clone.close()


def test_two_fresh_desks_with_the_same_first_admin_merge_it(server, desk):
    """Defect (b): two fresh desks both made "admin106" and the second was refused forever.

    A desk's first administrator is now its own local account (issue #11: townships cannot
    create users), one id per township and never pushed, so nothing clashes on the server.
    """
    from sqlalchemy import delete

    from app.models import User
    from app.services.reference.setup import sign_in_user

    a = desk(server, "a")
    b = desk(server, "b")
    for d in (a, b):
        with d.factory.begin() as s:
            s.info["capture_outbox"] = False
            s.execute(delete(User))  # a fresh desk: no accounts yet
        with d.factory.begin() as s:
            assert sign_in_user(s, org_code=d.org).username == "admin106"
    first, second = a.sync(), b.sync()
    assert first.ok and second.ok, (first.message, second.message)
    assert first.rejected == second.rejected == 0
    assert a.sync().ok
    with server.factory() as s:
        assert "admin106" not in s.scalars(select(User.username)).all()
    for d in (a, b):
        with d.factory() as s:
            assert "admin106" in s.scalars(select(User.username)).all()
        _settled(d)
    bucket = f"org:{a.org}"
    assert _local_state(a, bucket) == _local_state(b, bucket)


def test_rows_made_before_registering_for_another_township_are_rehomed(server, tmp_path):
    from app.db import make_session_factory, open_database
    from app.services.reference.setup import ensure_reference
    from app.sync.registration import register
    from tests.server.support import OTHER_ORG, Desk

    path = tmp_path / "early.sqlite3"
    engine = open_database(path)
    factory = make_session_factory(engine)
    # The clerk who registers the case is a district-made user of the township the desk
    # ends up in (the server accepts events only by its own users).
    clerk = server_user(server, OTHER_ORG)
    actor = Actor(user_id=clerk.id, name=clerk.display_name, role=clerk.role, org_code=DEMO_ORG)
    d = Desk("early", DEMO_ORG, path, engine, factory, server, actor=actor)
    try:
        with factory.begin() as s:
            ensure_reference(s)
        copy_user(factory, clerk)
        pid = d.add_person("吴九", phone="13800000009")  # made under the default 370911106
        cid = _case_with_number(d, "106-261127-A-0001")
        reg = register(
            factory,
            server_url="http://testserver",
            code=server.issue_code(OTHER_ORG),
            transport=server.transport(),
        )
        assert reg.org_code == OTHER_ORG
        d.org = OTHER_ORG
        result = d.sync()
        assert result.ok, result.message
        assert result.rejected == 0
        with server.factory() as s:
            assert s.get(Person, pid).owner_org == OTHER_ORG
            assert s.get(Case, cid).owner_org == OTHER_ORG
            events = s.scalars(select(CaseEvent.owner_org).where(CaseEvent.case_id == cid)).all()
            assert events == [OTHER_ORG]
        assert d.get(Person, pid).owner_org == OTHER_ORG
        _settled(d)
    finally:
        d.close()
