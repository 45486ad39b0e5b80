"""Audit trails reach the district append-only; the server verifies each desk's chain (#11/6)."""

from __future__ import annotations

from sqlalchemy import select, text

from app.models import AuditEntry, LocalMeta
from app.models.audit_log import entry_hash
from app.server import audit as server_audit
from app.server.tables import AccessLog, ServerAuditEntry
from app.services import audit
from app.sync.audit_push import PUSHED_KEY, REFUSED_KEY
from app.sync.protocol import AuditEntryWire, Op
from tests.server.support import DEMO_ORG, OTHER_ORG


def _log(desk, n: int, action: str = "reveal") -> None:
    with desk.factory.begin() as s:
        for i in range(n):
            audit.log(
                s,
                action=action,
                entity="person",
                entity_id=f"p{i}",
                actor=desk.actor,
                detail={"field": "id_number"},
            )


def _server_entries(server, device_code_org: str | None = None) -> list[ServerAuditEntry]:
    with server.factory() as s:
        return list(s.scalars(select(ServerAuditEntry).order_by(ServerAuditEntry.seq)))


def _meta(desk, key: str) -> str:
    with desk.factory() as s:
        row = s.get(LocalMeta, key)
        return row.value if row else ""


def test_a_desks_trail_reaches_the_district_and_verifies(server, desk):
    a = desk(server, "a")
    _log(a, 3)
    assert a.sync().ok
    stored = _server_entries(server)
    with a.factory() as s:
        local = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    assert [e.hash for e in stored] == [e.hash for e in local]
    assert _meta(a, PUSHED_KEY) == str(local[-1].seq)
    _log(a, 2, "export")
    assert a.sync().ok
    assert len(_server_entries(server)) == len(local) + 2
    with server.factory() as s:
        report = server_audit.verify_device(s, stored[0].device_id)
        assert report.ok and report.entries == len(local) + 2
        assert {r.action for r in s.scalars(select(AccessLog))} >= {"audit"}


def test_an_entry_changed_on_the_desk_before_it_was_sent_is_refused(sqlite_server, desk):
    a = desk(sqlite_server, "a")
    _log(a, 2)
    assert a.sync().ok
    before = len(_server_entries(sqlite_server))
    _log(a, 2)
    with a.factory.begin() as s:  # someone edits the unsent entry in the file
        top = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
        s.execute(text("UPDATE audit_entry SET entity_id = 'other' WHERE seq = :q"), {"q": top - 1})
    result = a.sync()
    assert result.ok  # the data still syncs
    assert len(_server_entries(sqlite_server)) == before  # nothing of the batch stored
    assert _meta(a, REFUSED_KEY).startswith("audit_hash")
    with sqlite_server.factory() as s:
        assert (
            s.scalar(
                select(AccessLog.status)
                .where(AccessLog.action == "audit")
                .order_by(AccessLog.id.desc())
                .limit(1)
            )
            == 409
        )


def test_rewriting_a_sent_entry_and_its_successors_is_refused_as_an_edit(sqlite_server, desk):
    a = desk(sqlite_server, "a")
    _log(a, 3)
    assert a.sync().ok
    sent = _server_entries(sqlite_server)
    # A careful forger rewrites entry 2 and re-chains everything after it, then sends again.
    with a.factory.begin() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        prev = rows[0].hash
        for r in rows[1:]:
            if r.seq == 2:
                r.detail = {"field": "phone"}
            fields = {
                k: getattr(r, k)
                for k in (
                    "seq",
                    "at",
                    "owner_org",
                    "user_id",
                    "action",
                    "entity",
                    "entity_id",
                    "detail",
                )
            }
            r.prev_hash, r.hash = prev, entry_hash(prev, fields)
            prev = r.hash
        s.merge(LocalMeta(key=PUSHED_KEY, value="0"))
    a.sync()
    assert _meta(a, REFUSED_KEY).startswith("audit_edit")
    assert [e.hash for e in _server_entries(sqlite_server)] == [e.hash for e in sent]


def test_a_township_device_cannot_send_another_townships_entries_or_break_the_chain(
    sqlite_server, desk
):
    a = desk(sqlite_server, "a")
    t = sqlite_server.transport(a.token)
    from app.models.base import utcnow

    def wire(seq: int, prev: str, org: str = DEMO_ORG) -> AuditEntryWire:
        fields = {
            "seq": seq,
            "at": utcnow(),
            "owner_org": org,
            "user_id": None,
            "action": "login",
            "entity": "user",
            "entity_id": None,
            "detail": {},
        }
        return AuditEntryWire(
            id=f"x{seq}{org}", prev_hash=prev, hash=entry_hash(prev, fields), **fields
        )

    import pytest

    from app.sync.transport import SyncError

    with pytest.raises(SyncError) as other:
        t.push_audit([wire(1, "", OTHER_ORG)])
    assert other.value.status == 409 and other.value.code == "audit_forbidden"
    first = wire(1, "")
    assert t.push_audit([first]).stored == 1
    assert t.push_audit([first]).stored == 0  # a retry is harmless
    with pytest.raises(SyncError) as gap:
        t.push_audit([wire(3, first.hash)])
    assert gap.value.code == "audit_gap" and gap.value.detail["expected"] == 2
    with pytest.raises(SyncError) as broken:
        t.push_audit([wire(2, "0" * 64)])
    assert broken.value.code == "audit_chain"


def test_audit_rows_cannot_be_pushed_as_data_and_bad_bodies_are_no_500(sqlite_server, desk):
    a = desk(sqlite_server, "a")
    t = sqlite_server.transport(a.token)
    op = Op(
        op_id="00000000-0000-7000-8000-000000000001",
        device_seq=1,
        entity="audit_entry",
        entity_id="e1",
        op="delete",
        payload={},
    )
    answer = t.push([op])
    assert answer.results[0].status == "rejected"
    headers = {"Authorization": f"Bearer {a.token}", "X-Yizhan-Protocol": "1"}
    from app.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

    headers = {"Authorization": f"Bearer {a.token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    for body in ([], {"entries": [1]}, {"entries": [{"seq": 1}]}, {"entries": "x"}):
        r = sqlite_server.client.post("/v1/sync/audit", json=body, headers=headers)
        assert 400 <= r.status_code < 500, (body, r.status_code)
    naive = {
        "entries": [
            {
                "id": "n1",
                "seq": 1,
                "at": "2026-12-05T10:00:00",
                "owner_org": DEMO_ORG,
                "action": "login",
                "entity": "user",
                "prev_hash": "",
                "hash": "0" * 64,
            }
        ]
    }
    r = sqlite_server.client.post("/v1/sync/audit", json=naive, headers=headers)
    assert r.status_code == 409


def test_the_district_reads_every_townships_trail_and_the_chain_check(sqlite_server, desk):
    import pytest

    from app.sync.transport import SyncError
    from tests.server.support import DISTRICT

    a = desk(sqlite_server, "a")
    b = desk(sqlite_server, "b", OTHER_ORG)
    _log(a, 2)
    _log(b, 1, "export")
    assert a.sync().ok and b.sync().ok
    with pytest.raises(SyncError) as town:
        sqlite_server.transport(a.token).district_audit()
    assert town.value.status == 403
    district = desk(sqlite_server, "district", DISTRICT)
    answer = sqlite_server.transport(district.token).district_audit(action="export")
    assert {e.owner_org for e in answer.entries} == {OTHER_ORG}
    everything = sqlite_server.transport(district.token).district_audit()
    assert {e.owner_org for e in everything.entries} >= {DEMO_ORG, OTHER_ORG}
    assert len(everything.chains) == 2 and all(c.ok for c in everything.chains)
    # An edit made directly in the server's database shows in the chain check.
    with sqlite_server.factory.begin() as s:
        row = s.scalars(
            select(ServerAuditEntry).where(ServerAuditEntry.owner_org == DEMO_ORG)
        ).first()
        row.detail = {"field": "nothing"}
    again = sqlite_server.transport(district.token).district_audit()
    assert [c.ok for c in again.chains].count(False) == 1
