"""Only the 信访 case's reviewing organ may record 复查/复核 events on the server (issue #17)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.domain.ids import reference_id, uuid7
from app.models import Case, CaseEvent
from tests.server.support import DEMO_ORG, DISTRICT, ServerHarness, server_user
from tests.server.test_push_authz import Device

XFB = reference_id("department", "T-XFB")
SFS = reference_id("department", "T-SFS")
XFJ = reference_id("department", "D-XFJ")
ZFW = reference_id("department", "D-ZFW")


def _event(case_id: str, type_: str, actor: str, at: str, dept: str | None, **payload: Any) -> dict:
    return {
        "owner_org": DEMO_ORG,
        "case_id": case_id,
        "type": type_,
        "at": at,
        "actor_id": actor,
        "department_id": dept,
        "payload": payload,
    }


def _petition_with_opinion(server: ServerHarness, town: Device) -> str:
    """Push a 申诉求决类 case of the township up to its 处理意见书 naming 区信访局 for 复查."""
    desk = server_user(server, DEMO_ORG, "front_desk").id
    xfb = server_user(server, DEMO_ORG, "handler", XFB).id
    case_id = uuid7()
    case = {
        "owner_org": DEMO_ORG,
        "case_no": f"106-260601-A-{uuid7()[-6:]}",
        "query_code": "123456",
        "kind": "petition_claim",
        "channel": "walk_in",
        "received_at": "2026-06-01T02:00:00+00:00",
        "summary": "宅基地确权信访",
    }
    items: list[tuple[str, dict[str, Any], str, dict[str, Any]]] = [
        ("case", case, "insert", {"entity_id": case_id}),
    ]
    events = [
        _event(case_id, "register", desk, "2026-06-01T02:00:00+00:00", None,
               due_at="2026-07-31T15:59:59+00:00", route_due_at="2026-06-16T15:59:59+00:00"),
        _event(case_id, "accept", desk, "2026-06-01T02:01:00+00:00", None),
        _event(case_id, "dispatch", desk, "2026-06-02T02:00:00+00:00", None,
               lead_department_id=XFB, assist_department_ids=[],
               due_at="2026-08-01T15:59:59+00:00", sign_due_at="2026-06-03T15:59:59+00:00",
               acceptance_due_at="2026-06-17T15:59:59+00:00"),
        _event(case_id, "sign", xfb, "2026-06-02T03:00:00+00:00", XFB,
               due_at="2026-08-01T15:59:59+00:00"),
        _event(case_id, "acceptance_notice", xfb, "2026-06-12T02:00:00+00:00", XFB,
               accepted=True, due_at="2026-08-11T15:59:59+00:00"),
        _event(case_id, "petition_opinion", xfb, "2026-09-01T02:00:00+00:00", XFB,
               opinion="经调查核实，作如下处理……", outcome="resolved",
               review_department_id=XFJ, request_due_at="2026-10-01T15:59:59+00:00"),
    ]  # fmt: skip
    items += [("case_event", e, "insert", {}) for e in events]
    results = town.push_many(items)
    assert [r.status for r in results] == ["applied"] * len(items), results
    return case_id


def _review(case_id: str, actor: str, dept: str) -> dict[str, Any]:
    return _event(
        case_id, "review_request", actor, "2026-10-09T02:00:00+00:00", dept,
        requested_at="2026-09-30T02:00:00+00:00", accept_due_at="2026-10-10T15:59:59+00:00",
        due_at="2026-10-30T15:59:59+00:00",
    )  # fmt: skip


def test_only_the_reviewing_organ_records_the_review(server: ServerHarness) -> None:
    town = Device(server, DEMO_ORG)
    case_id = _petition_with_opinion(server, town)
    # A township handler of another organ, acting for its own department: refused.
    sfs = server_user(server, DEMO_ORG, "handler", SFS).id
    refused = town.push("case_event", _review(case_id, sfs, SFS))
    assert (refused.status, refused.reason) == ("rejected", "not_reviewing_organ"), refused
    assert "复查机关" in refused.detail["message"]
    # A district device whose handler is not of the 复查机关 named in the opinion: refused too.
    district = Device(server, DISTRICT)
    zfw = server_user(server, DISTRICT, "handler", ZFW).id
    wrong = district.push("case_event", _review(case_id, zfw, ZFW))
    assert (wrong.status, wrong.reason) == ("rejected", "not_reviewing_organ"), wrong
    # Claiming the organ's department without being its handler: refused.
    forged = town.push("case_event", _review(case_id, sfs, XFJ))
    assert (forged.status, forged.reason) == ("rejected", "not_reviewing_organ"), forged
    # The 区信访局 at a district desk takes the 复查 of the township's case: applied.
    xfj = server_user(server, DISTRICT, "handler", XFJ).id
    taken = district.push("case_event", _review(case_id, xfj, XFJ))
    assert taken.status == "applied", taken
    with server.factory() as s:
        case = s.get(Case, case_id)
        assert (case.status, case.lead_department_id) == ("in_progress", XFJ)
        types = s.scalars(select(CaseEvent.type).where(CaseEvent.case_id == case_id)).all()
    assert types.count("review_request") == 1
    # The public status page shows the stage and its due date (opinion due 30 days after 09-30).
    with server.factory() as s:
        case_no = s.get(Case, case_id).case_no
    page = server.client.get("/status", params={"case_no": case_no, "code": "123456"})
    assert "信访阶段：<b>复查中</b>" in page.text and "本阶段期限：2026-10-30" in page.text
    data = server.client.get("/v1/status", params={"case_no": case_no, "code": "123456"}).json()
    assert (data["stage"], data["stage_due_date"]) == ("复查中", "2026-10-30")
    # Its 复查意见 names the 复核机关, whose district handler alone may take the 复核.
    opinion = _event(
        case_id, "review_opinion", xfj, "2026-10-20T02:00:00+00:00", XFJ,
        opinion="维持", outcome="resolved", recheck_department_id=ZFW,
        request_due_at="2026-11-19T15:59:59+00:00",
    )  # fmt: skip
    assert district.push("case_event", opinion).status == "applied"
    recheck = _event(
        case_id, "recheck_request", xfj, "2026-11-20T02:00:00+00:00", XFJ,
        requested_at="2026-11-18T02:00:00+00:00", accept_due_at="2026-11-23T15:59:59+00:00",
        due_at="2026-12-18T15:59:59+00:00",
    )  # fmt: skip
    late = district.push("case_event", recheck)
    assert (late.status, late.reason) == ("rejected", "not_reviewing_organ")
    recheck.update(actor_id=zfw, department_id=ZFW)
    assert district.push("case_event", recheck).status == "applied"
    final = [
        _event(
            case_id, t, zfw, "2026-12-01T02:00:00+00:00", ZFW, opinion="维持", outcome="resolved"
        )
        for t in ("recheck_opinion", "petition_final")
    ]
    assert [
        r.status for r in district.push_many([("case_event", e, "insert", {}) for e in final])
    ] == [
        "applied",
        "applied",
    ]
    data = server.client.get("/v1/status", params={"case_no": case_no, "code": "123456"}).json()
    assert data["stage"].startswith("信访终结") and data["stage_due_date"] is None
