"""#14 roster rows sync: a worker's leave, a rotation template and the on-site assignment
(a note event naming the on-duty worker) are accepted from the township; a leave naming
another township's worker is refused."""

from __future__ import annotations

from app.domain.ids import uuid7
from app.models import CaseEvent, DutyRotation, WorkerLeave
from tests.server.support import DEMO_ORG, OTHER_ORG, server_user
from tests.server.test_push_authz import Device, _assert_rejected, _event, _registered_case


def _worker(dev: Device, org: str) -> str:
    wid = uuid7()
    result = dev.push(
        "grid_worker",
        {"owner_org": org, "name": "李娜", "phone": "13905380001", "post": "full_time"},
        entity_id=wid,
    )
    assert result.status == "applied", result
    return wid


def test_leave_rotation_and_onsite_note_are_accepted(server):
    dev = Device(server, DEMO_ORG)
    wid = _worker(dev, DEMO_ORG)
    case_id = _registered_case(server, dev)
    desk = server_user(server, DEMO_ORG, "front_desk")
    leave_id, rotation_id = uuid7(), uuid7()
    note = _event(
        DEMO_ORG,
        case_id,
        "note",
        desk.id,
        payload={
            "note": "指派在岗网格员李娜现场核查",
            "onsite_worker_id": wid,
            "onsite_worker": "李娜",
            "onsite_day": "2026-11-27",
        },
    )
    results = dev.push_many(
        [
            (
                "worker_leave",
                {
                    "owner_org": DEMO_ORG,
                    "worker_id": wid,
                    "start_date": "2026-11-27",
                    "end_date": "2026-11-28",
                    "reason": "病假",
                },
                "insert",
                {"entity_id": leave_id},
            ),
            (
                "duty_rotation",
                {
                    "owner_org": DEMO_ORG,
                    "name": "三人轮巡",
                    "days": 1,
                    "pattern": [[{"shift": "full_day", "post": "patrol", "worker_id": wid}]],
                },
                "insert",
                {"entity_id": rotation_id},
            ),
            ("case_event", note, "insert", {}),
        ]
    )
    assert [r.status for r in results] == ["applied"] * 3, results
    with server.factory() as s:
        assert s.get(WorkerLeave, leave_id).reason == "病假"
        assert s.get(DutyRotation, rotation_id).days == 1
        kinds = [e.type for e in s.query(CaseEvent).filter(CaseEvent.case_id == case_id)]
    assert "note" in kinds


def test_leave_of_another_townships_worker_is_refused(server):
    theirs = Device(server, OTHER_ORG)
    wid = _worker(theirs, OTHER_ORG)
    mine = Device(server, DEMO_ORG)
    result = mine.push(
        "worker_leave",
        {
            "owner_org": DEMO_ORG,
            "worker_id": wid,
            "start_date": "2026-11-27",
            "end_date": "2026-11-27",
            "reason": "",
        },
    )
    _assert_rejected(result, "foreign_parent")
