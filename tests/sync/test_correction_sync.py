"""更正 syncs like any event: the server accepts it from the township's clerk, writes the corrected
case and person rows as the desk did, and a second desk shows the same case and timeline."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.enums import EventType
from app.domain.ids import uuid7
from app.models import Case, CaseEvent, CaseParty, Person
from app.services.transfer.correction import correct_case
from app.services.transfer.queries import case_detail
from app.services.transfer.workflow import Actor, record
from tests.server.support import DEMO_ORG, copy_user, server_user


def _clerk(server, *desks) -> Actor:
    user = server_user(server, DEMO_ORG, "front_desk")
    for d in desks:
        copy_user(d.factory, user)
    return Actor(user_id=user.id, name="窗口甲", role="front_desk", org_code=DEMO_ORG)


def test_correction_reaches_the_server_and_a_second_desk(server, desk):
    a = desk(server, "a")
    b = desk(server, "b")
    clerk = _clerk(server, a, b)
    cid = a.new_case("工资纠纷")
    with a.factory.begin() as s:
        person = Person(id=uuid7(), owner_org=DEMO_ORG, name="张五", phone="13812345678")
        s.add(person)
        s.flush()
        party = CaseParty(
            id=uuid7(), owner_org=DEMO_ORG, case_id=cid, role="applicant",
            person_id=person.id, name="张五",
        )  # fmt: skip
        s.add(party)
        s.get(Case, cid).facts = "拖欠工资三个月。"
        pid, person_id = party.id, person.id
    a.sync()
    b.sync()
    with a.factory.begin() as s:
        correct_case(
            s, actor=clerk, case_id=cid, reason="电话记错",
            case_fields={"facts": "拖欠工资五个月。"},
            parties={pid: {"phone": "13912345678"}},
        )  # fmt: skip
    result = a.sync()
    assert result.ok and result.rejected == 0 and result.conflicts == 0
    with server.factory() as s:
        event = s.scalars(select(CaseEvent).where(CaseEvent.type == "correct")).one()
        assert event.no_effect is False
        assert s.get(Case, cid).facts == "拖欠工资五个月。"
        assert s.get(Person, person_id).phone == "13912345678"
    b.sync()
    with b.factory() as s:
        assert s.get(Case, cid).facts == "拖欠工资五个月。"
        assert s.get(Person, person_id).phone == "13912345678"
        line = case_detail(s, case_id=cid).timeline[-1]
        assert line.label == "更正"
        assert "电话记错" in line.text and "139****5678" in line.text


def test_server_applies_a_correction_from_the_event_alone(server, desk):
    """The event is the record: its changes reach the rows even without the desk's row ops."""
    a = desk(server, "a")
    head_user = server_user(server, DEMO_ORG, "supervisor")
    copy_user(a.factory, head_user)
    head = Actor(user_id=head_user.id, name="主任", role="supervisor", org_code=DEMO_ORG)
    cid = a.new_case("邻里纠纷")
    a.sync()
    with a.factory.begin() as s:
        record(
            s, case_id=cid, type=EventType.CORRECT, actor=head,
            payload={"reason": "摘要错", "changes": [
                {"entity": "case", "id": cid, "field": "summary", "before": "邻里纠纷",
                 "after": "邻里排水纠纷"},
                {"entity": "case", "id": cid, "field": "status", "before": "", "after": "closed"},
            ]},
        )  # fmt: skip
    a.sync()
    with server.factory() as s:
        case = s.get(Case, cid)
        assert case.summary == "邻里排水纠纷"
        assert case.status != "closed"  # a field a correction may not change is ignored


def test_clerk_correction_after_dispatch_has_no_effect_on_the_server(server, desk):
    """A desk that let a clerk correct a dispatched case (an old version) is overruled."""
    a = desk(server, "a")
    clerk = _clerk(server, a)
    cid = a.new_case("邻里纠纷")
    with a.factory.begin() as s:
        from app.domain.ids import reference_id
        from app.models.base import utcnow

        record(
            s, case_id=cid, type=EventType.DISPATCH, actor=a.actor,
            payload={"lead_department_id": reference_id("department", "T-SFS"),
                     "assist_department_ids": [], "due_at": utcnow().replace(year=2099)},
        )  # fmt: skip
        record(
            s, case_id=cid, type=EventType.CORRECT, actor=clerk,
            payload={"reason": "x", "changes": [
                {"entity": "case", "id": cid, "field": "summary", "before": "邻里纠纷",
                 "after": "改"}]},
        )  # fmt: skip
    a.sync()
    with server.factory() as s:
        event = s.scalars(select(CaseEvent).where(CaseEvent.type == "correct")).one()
        assert event.no_effect is True
        assert s.get(Case, cid).summary == "邻里纠纷"


def test_a_handler_correction_is_refused_by_the_server(server, desk):
    """Authz: only the roles of the matrix may push a 更正 (a department handler may not)."""
    a = desk(server, "a")
    user = server_user(server, DEMO_ORG, "handler")
    copy_user(a.factory, user)
    cid = a.new_case("邻里纠纷")
    a.sync()
    with a.factory.begin() as s:
        s.add(
            CaseEvent(
                id=uuid7(), case_id=cid, owner_org=DEMO_ORG, type="correct",
                at=s.get(Case, cid).received_at,
                actor_id=user.id, actor_name="承办", payload={"reason": "x", "changes": [
                    {"entity": "case", "id": cid, "field": "summary", "after": "改"}]},
            )
        )  # fmt: skip
    result = a.sync()
    assert result.rejected == 1
    with server.factory() as s:
        assert s.get(Case, cid).summary == "邻里纠纷"
        assert s.scalars(select(CaseEvent).where(CaseEvent.type == "correct")).first() is None
