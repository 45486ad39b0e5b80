"""Acknowledged outbox ops past the horizon lose their personal fields (#11 item 5)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from app.models import Person
from app.models.base import utcnow
from app.models.sync_state import SyncOutbox
from app.sync import local


def _payloads(desk, person_id):
    with desk.factory() as s:
        return [
            (o.acked_at is not None, o.payload)
            for o in s.scalars(
                select(SyncOutbox)
                .where(SyncOutbox.entity_id == person_id)
                .order_by(SyncOutbox.device_seq)
            )
        ]


def test_old_acknowledged_ops_are_scrubbed_recent_and_pending_ones_kept(sqlite_server, desk):
    a = desk(sqlite_server, "a")
    old_id = a.add_person("张三", phone="13905381234")
    with a.factory.begin() as s:
        s.get(Person, old_id).id_number = "370911199001011234"
    assert a.sync().ok
    recent_id = a.add_person("李四", phone="13905385678")
    assert a.sync().ok
    # The first person's ops were acknowledged 40 days ago; the second's just now.
    with a.factory.begin() as s:
        s.execute(
            update(SyncOutbox)
            .where(SyncOutbox.entity_id == old_id)
            .values(acked_at=utcnow() - timedelta(days=local.OUTBOX_KEEP_DAYS + 5))
        )
    pending_id = a.add_person("王五", phone="13905380000")
    with a.factory.begin() as s:  # a push the server refuses never happens: stay offline
        device = local.get_device(s)
        assert device is not None
        assert local.purge_acked(s, upto=local.max_device_seq(s)) == 2
    ops = _payloads(a, old_id)
    for acked, payload in ops:
        assert acked
        assert "phone" not in payload and "id_number" not in payload
    assert ops[0][1]["name"] == "张三"  # what is not personal stays
    ((acked, payload),) = _payloads(a, recent_id)
    assert acked and payload["phone"] == "13905385678"
    ((acked, payload),) = _payloads(a, pending_id)
    assert not acked and payload["phone"] == "13905380000"


def test_ops_above_the_servers_watermark_keep_their_payload(sqlite_server, desk):
    a = desk(sqlite_server, "a")
    pid = a.add_person("赵六", phone="13905381111")
    assert a.sync().ok
    with a.factory.begin() as s:
        s.execute(update(SyncOutbox).values(acked_at=utcnow() - timedelta(days=90)))
        top = local.max_acked_seq(s)
        # The server (restored) holds everything below this op: it must stay re-sendable.
        assert local.purge_acked(s, upto=top - 1) == 0
    ((_acked, payload),) = _payloads(a, pid)
    assert payload["phone"] == "13905381111"
    # A sync cycle purges what the server's watermark covers.
    assert a.sync().ok
    ((_acked, payload),) = _payloads(a, pid)
    assert "phone" not in payload
