"""Two desks and a server converge after offline edits on both."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.enums import EventType
from app.models import Case, CaseEvent, Person, SyncConflict
from app.models.base import utcnow
from app.services.reports.stats import table_counts
from app.sync.local import local_bucket_state, pending_count


def _counts(desk):
    with desk.factory() as s:
        return table_counts(s)


def test_two_desks_converge_after_offline_edits(server, desk):
    a = desk(server, "a")
    b = desk(server, "b")
    assert (a.device_code, b.device_code) == ("A", "B")
    # Offline on both: each registers people and cases, then edits different fields of one person.
    shared = a.add_person("张三丰", phone="13800000001")
    case_a = a.new_case("土地纠纷")
    b.add_person("李四")
    case_b = b.new_case("噪音扰民")
    assert a.sync().ok and b.sync().ok and a.sync().ok
    with a.factory.begin() as s:
        s.get(Person, shared).phone = "13900000002"
    with b.factory.begin() as s:
        s.get(Person, shared).address = "满庄镇北村"
    a.record(case_a, EventType.ACCEPT)
    b.record(case_b, EventType.ACCEPT)
    for d in (a, b, a, b):
        result = d.sync()
        assert result.ok, result.message
    assert _counts(a) == _counts(b)
    assert _counts(a)["case"] == 2
    pa, pb = a.get(Person, shared), b.get(Person, shared)
    assert (pa.phone, pa.address) == ("13900000002", "满庄镇北村")
    assert (pb.phone, pb.address, pb.version) == (pa.phone, pa.address, pa.version)
    assert a.get(Case, case_b).status == "accepted"
    assert b.get(Case, case_a).status == "accepted"
    for d in (a, b):
        with d.factory() as s:
            assert pending_count(s) == 0
            assert s.scalars(select(SyncConflict)).all() == []
    with a.factory() as s1, b.factory() as s2:
        bucket = f"org:{a.org}"
        assert local_bucket_state(s1, bucket) == local_bucket_state(s2, bucket)


def test_same_field_edited_on_both_keeps_first_and_raises_conflict(server, desk):
    a = desk(server, "a")
    b = desk(server, "b")
    pid = a.add_person("王五", phone="13800000000")
    assert a.sync().ok and b.sync().ok
    with a.factory.begin() as s:
        s.get(Person, pid).phone = "13811111111"
    with b.factory.begin() as s:
        s.get(Person, pid).phone = "13822222222"
    assert a.sync().ok
    result = b.sync()
    assert result.ok and result.conflicts == 1
    assert a.sync().ok
    assert a.get(Person, pid).phone == b.get(Person, pid).phone == "13811111111"
    with b.factory() as s:
        conflict = s.scalars(select(SyncConflict)).one()
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "phone",
        "13822222222",
        "13811111111",
    )
    assert conflict.kept == "theirs"


def test_soft_delete_wins_over_a_concurrent_edit(server, desk):
    a = desk(server, "a")
    b = desk(server, "b")
    pid = a.add_person("赵六")
    assert a.sync().ok and b.sync().ok
    with a.factory.begin() as s:
        s.get(Person, pid).deleted_at = utcnow()
    with b.factory.begin() as s:
        s.get(Person, pid).note = "补充说明"
    assert a.sync().ok
    result = b.sync()
    assert result.ok and result.conflicts == 1
    assert b.get(Person, pid).deleted_at is not None
    with b.factory() as s:
        assert s.scalars(select(SyncConflict.kind)).all() == ["deleted"]


def test_event_whose_precondition_fails_is_kept_with_no_effect(server, desk):
    a = desk(server, "a")
    b = desk(server, "b")
    cid = a.new_case()
    assert a.sync().ok and b.sync().ok
    # Two desks act on the same registered case offline: one resolves it at the window, the
    # other accepts it; whichever reaches the server second no longer applies.
    a.record(cid, EventType.QUICK_RESOLVE, {"outcome": "resolved", "result": "当场化解"})
    b.record(cid, EventType.ACCEPT)
    assert a.sync().ok
    result = b.sync()
    assert result.ok and result.conflicts == 1
    assert a.sync().ok
    for d in (a, b):
        with d.factory() as s:
            events = s.scalars(select(CaseEvent).where(CaseEvent.case_id == cid)).all()
            by_type = {e.type: e for e in events}
            assert by_type["accept"].no_effect is True
            assert by_type["quick_resolve"].no_effect is False
            assert s.get(Case, cid).status == "closed"
    with b.factory() as s:
        assert s.scalars(select(SyncConflict.kind)).all() == ["event"]
