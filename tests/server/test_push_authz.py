"""Server authorisation on push (issue #11 item 3): every refusal is a per-op rejection.

Each test here failed before app/server/authz.py, schemas.py and limits.py existed.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from app.domain.ids import reference_id, uuid7
from app.models import Attachment, Case, CaseEvent, CaseParty, Person, RoutingRule, User
from app.server.tables import ServerConflict
from app.sync.protocol import Op, RegisterRequest
from app.sync.transport import SyncError, Transport
from tests.server.support import (
    DEMO_ORG,
    DISTRICT,
    OTHER_ORG,
    ServerHarness,
    copy_sqlite,
    make_server,
    server_user,
)

AT = "2026-11-27T02:00:00+00:00"


class Device:
    """A registered device pushing hand-made ops with consecutive device_seq."""

    def __init__(self, server: ServerHarness, org: str) -> None:
        reg = server.transport().register(RegisterRequest(code=server.issue_code(org)))
        self.org = org
        self.t: Transport = server.transport(reg.token)
        self.seq = 0

    def push(self, entity: str, payload: dict[str, Any], *, op: str = "insert", **kw: Any) -> Any:
        """Push one op; return its result."""
        return self.push_many([(entity, payload, op, kw)])[0]

    def push_many(self, items: list[tuple[str, dict[str, Any], str, dict[str, Any]]]) -> list[Any]:
        """Push several ops in one request; return their results."""
        ops = []
        for entity, payload, kind, kw in items:
            self.seq += 1
            ops.append(
                Op(
                    op_id=uuid7(),
                    device_seq=self.seq,
                    entity=entity,
                    entity_id=kw.get("entity_id") or uuid7(),
                    op=kind,
                    base_version=kw.get("base_version", 0),
                    payload=payload,
                )
            )
        return self.t.push(ops).results


def _case(org: str, **extra: Any) -> dict[str, Any]:
    return {
        "owner_org": org,
        "case_no": f"{org[-3:]}-261127-A-{uuid7()[-6:]}",
        "query_code": "123456",
        "kind": "dispute",
        "channel": "walk_in",
        "received_at": AT,
        "summary": "邻里纠纷",
        **extra,
    }


def _event(org: str, case_id: str, type_: str, actor: str | None, **extra: Any) -> dict[str, Any]:
    return {
        "owner_org": org,
        "case_id": case_id,
        "type": type_,
        "at": AT,
        "actor_id": actor,
        "payload": {"due_at": "2026-12-27T02:00:00+00:00"} if type_ == "register" else {},
        **extra,
    }


def _registered_case(server: ServerHarness, dev: Device) -> str:
    """Create a registered case of `dev`'s township on the server; return its id."""
    desk = server_user(server, dev.org, "front_desk")
    case_id = uuid7()
    r1 = dev.push("case", _case(dev.org), entity_id=case_id)
    r2 = dev.push("case_event", _event(dev.org, case_id, "register", desk.id))
    assert (r1.status, r2.status) == ("applied", "applied"), (r1, r2)
    return case_id


def _status(server: ServerHarness, case_id: str) -> str:
    with server.factory() as s:
        return s.get(Case, case_id).status


def _assert_rejected(result: Any, reason: str) -> None:
    assert (result.status, result.reason) == ("rejected", reason), result
    assert result.detail["message"]


def test_event_with_own_org_on_another_townships_case_is_rejected(server):
    """The reported defect: 106 rejects a 107 case by naming its case_id in its own event."""
    theirs = Device(server, OTHER_ORG)
    case_id = _registered_case(server, theirs)
    with server.factory() as s:
        case = s.get(Case, case_id)
        case_no, code = case.case_no, case.query_code
    mine = Device(server, DEMO_ORG)
    desk = server_user(server, DEMO_ORG, "front_desk")
    result = mine.push("case_event", _event(DEMO_ORG, case_id, "reject", desk.id))
    _assert_rejected(result, "foreign_parent")
    assert result.detail["field"] == "case_id"
    assert _status(server, case_id) == "registered"
    page = server.client.get("/status", params={"case_no": case_no, "code": code})
    assert "不予受理" not in page.text and "登记" in page.text
    with server.factory() as s:
        assert s.scalar(select(func.count()).where(CaseEvent.case_id == case_id)) == 1
        # The refusal is kept for the pushing device's review list.
        kinds = s.scalars(select(ServerConflict.kind).where(ServerConflict.entity_id != ""))
        assert "rejected" in set(kinds)


def test_party_and_attachment_on_another_townships_case_are_rejected(server):
    theirs = Device(server, OTHER_ORG)
    case_id = _registered_case(server, theirs)
    mine = Device(server, DEMO_ORG)
    party = {"owner_org": DEMO_ORG, "case_id": case_id, "role": "applicant", "name": "张三"}
    attachment = {
        "owner_org": DEMO_ORG,
        "case_id": case_id,
        "filename": "a.pdf",
        "size": 10,
        "sha256": "0" * 64,
    }
    for result in mine.push_many(
        [("case_party", party, "insert", {}), ("attachment", attachment, "insert", {})]
    ):
        _assert_rejected(result, "foreign_parent")
    with server.factory() as s:
        assert s.scalar(select(func.count()).select_from(CaseParty)) == 0
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0


def test_party_naming_another_townships_person_is_rejected(server):
    theirs = Device(server, OTHER_ORG)
    person_id = uuid7()
    assert (
        theirs.push("person", {"owner_org": OTHER_ORG, "name": "乙"}, entity_id=person_id).status
        == "applied"
    )
    mine = Device(server, DEMO_ORG)
    case_id = _registered_case(server, mine)
    party = {
        "owner_org": DEMO_ORG,
        "case_id": case_id,
        "role": "applicant",
        "name": "乙",
        "person_id": person_id,
    }
    _assert_rejected(mine.push("case_party", party), "foreign_parent")


def test_case_arriving_after_another_townships_events_is_rejected(server):
    """A child may come before its case, but a case cannot adopt another township's children."""
    theirs = Device(server, OTHER_ORG)
    actor = server_user(server, OTHER_ORG, "front_desk")
    case_id = uuid7()
    early = theirs.push("case_event", _event(OTHER_ORG, case_id, "register", actor.id))
    assert early.status == "applied"
    mine = Device(server, DEMO_ORG)
    _assert_rejected(mine.push("case", _case(DEMO_ORG), entity_id=case_id), "foreign_parent")


def test_unknown_event_type_is_rejected(server):
    dev = Device(server, DEMO_ORG)
    case_id = _registered_case(server, dev)
    actor = server_user(server, DEMO_ORG, "admin")
    result = dev.push("case_event", _event(DEMO_ORG, case_id, "teleport", actor.id))
    assert result.status == "rejected" and result.detail["field"] == "type"


def test_event_actor_must_be_this_townships_user_with_the_role(server):
    dev = Device(server, DEMO_ORG)
    case_id = _registered_case(server, dev)
    handler = server_user(server, DEMO_ORG, "handler")
    stranger = server_user(server, OTHER_ORG, "front_desk")
    results = dev.push_many(
        [
            ("case_event", _event(DEMO_ORG, case_id, "reject", uuid7()), "insert", {}),
            ("case_event", _event(DEMO_ORG, case_id, "reject", stranger.id), "insert", {}),
            ("case_event", _event(DEMO_ORG, case_id, "reject", handler.id), "insert", {}),
            ("case_event", _event(DEMO_ORG, case_id, "reject", None), "insert", {}),
        ]
    )
    for result, reason in zip(
        results, ["unknown_actor", "foreign_user", "actor_role", "no_actor"], strict=True
    ):
        _assert_rejected(result, reason)
    assert _status(server, case_id) == "registered"
    # The role the workflow needs is accepted: the front desk accepts the case.
    desk = server_user(server, DEMO_ORG, "front_desk")
    ok = dev.push("case_event", _event(DEMO_ORG, case_id, "accept", desk.id))
    assert ok.status == "applied" and _status(server, case_id) == "accepted"


def test_automatic_events_may_carry_no_actor(server):
    dev = Device(server, DEMO_ORG)
    case_id = _registered_case(server, dev)
    assert dev.push("case_event", _event(DEMO_ORG, case_id, "print", None)).status == "applied"


def test_township_cannot_create_or_promote_a_user(server):
    dev = Device(server, DEMO_ORG)
    admin = {
        "owner_org": DEMO_ORG,
        "username": "mallory",
        "display_name": "某人",
        "role": "admin",
        "password_hash": "x",
    }
    _assert_rejected(dev.push("user", admin), "reference_readonly")
    own = server_user(server, DEMO_ORG, "front_desk")
    promote = dev.push(
        "user", {"role": "admin"}, op="update", entity_id=own.id, base_version=own.version
    )
    _assert_rejected(promote, "reference_readonly")
    # Only its own users' password is the township's to change (#11 item 1); names, phones and
    # windows are the district's reference data.
    phone = dev.push(
        "user", {"phone": "13800000000"}, op="update", entity_id=own.id, base_version=own.version
    )
    _assert_rejected(phone, "reference_readonly")
    password = dev.push(
        "user",
        {"password_hash": "$argon2id$x"},
        op="update",
        entity_id=own.id,
        base_version=own.version,
    )
    assert password.status == "applied"
    with server.factory() as s:
        assert s.scalar(select(func.count()).where(User.username == "mallory")) == 0
        assert s.get(User, own.id).role == "front_desk"
    # The district creates users for every township.
    district = Device(server, DISTRICT)
    assert district.push("user", admin).status == "applied"


def test_township_cannot_write_routing_or_time_limits(server):
    dev = Device(server, DEMO_ORG)
    rule = {
        "owner_org": DISTRICT,
        "category_id": reference_id("category", "X"),
        "lead_department_id": reference_id("department", "T-SFS"),
        "assist_department_ids": [],
    }
    _assert_rejected(dev.push("routing_rule", rule), "reference_readonly")
    district = Device(server, DISTRICT)
    assert district.push("routing_rule", rule).status == "applied"
    with server.factory() as s:
        assert s.scalar(select(func.count()).select_from(RoutingRule)) >= 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "x" * 1_000_000),
        ("id_number", "3" * 5_000),
        ("name", 12),
        ("birth_date", "not a date"),
        ("sex", "X"),
        ("owner_org", None),
        ("is_admin", True),
    ],
    ids=["million-char-name", "5000-char-id", "int-name", "bad-date", "bad-enum", "null", "extra"],
)
def test_payload_outside_the_schema_is_rejected_and_nothing_stored(server, field, value):
    dev = Device(server, DEMO_ORG)
    payload = {"owner_org": DEMO_ORG, "name": "张三", field: value}
    bad, good = dev.push_many(
        [
            ("person", payload, "insert", {}),
            ("person", {"owner_org": DEMO_ORG, "name": "李四"}, "insert", {}),
        ]
    )
    _assert_rejected(bad, "invalid")
    assert bad.detail["field"] == field
    assert good.status == "applied"  # one bad op does not block the batch
    with server.factory() as s:
        assert s.scalars(select(Person.name)).all() == ["李四"]
        # The review copy of a refused payload is cut short.
        mine = s.scalars(select(ServerConflict.mine)).all()
        assert all(len(str(m)) < 2_000 for m in mine)


def test_event_payload_that_is_a_list_is_rejected_not_a_500(server):
    dev = Device(server, DEMO_ORG)
    case_id = _registered_case(server, dev)
    desk = server_user(server, DEMO_ORG, "front_desk")
    event = _event(DEMO_ORG, case_id, "accept", desk.id, payload=["a", "b"])
    result = dev.push("case_event", event)
    _assert_rejected(result, "invalid")
    assert result.detail["field"] == "payload"


def test_body_over_the_limit_is_413(tmp_path, _sqlite_template):
    harness = make_server(
        copy_sqlite(_sqlite_template, tmp_path / "s.sqlite3"), max_body_bytes=4096
    )
    try:
        dev = Device(harness, DEMO_ORG)
        with pytest.raises(SyncError) as err:
            dev.push("person", {"owner_org": DEMO_ORG, "name": "x" * 5000})
        assert (err.value.status, err.value.code) == (413, "too_large")
        chunked = harness.client.post(
            "/v1/sync/push",
            content=iter([b'{"ops": [', b" " * 5000, b"]}"]),
            headers={"Authorization": f"Bearer {dev.t.token}", "Content-Type": "application/json"},
        )
        assert chunked.status_code == 413
        assert dev.t.push([]).watermark == 0  # a small request still passes
    finally:
        harness.close()
