"""信访 events sync like any other: a district desk takes the 复查 of a township's petition."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.enums import CaseKind, Channel, EventType, PetitionStage
from app.domain.ids import reference_id
from app.models import Case, CaseAssignment
from app.models.base import utcnow
from app.server.tables import ServerConflict
from app.services.common import deadlines
from app.services.transfer import Actor, petition
from app.services.transfer import actions as transfer
from app.services.transfer.workflow import current_state, record
from tests.server.support import DEMO_ORG, DISTRICT, copy_user, server_user

XFB = reference_id("department", "T-XFB")
XFJ = reference_id("department", "D-XFJ")


def _actor(user, dept: str | None = None) -> Actor:
    return Actor(user.id, user.display_name, user.role, user.owner_org, dept)


def test_district_desk_takes_the_review_of_a_township_petition(server, desk):
    town = desk(server, "town")
    district = desk(server, "district", DISTRICT)
    front = server_user(server, DEMO_ORG, "front_desk")
    xfb = server_user(server, DEMO_ORG, "handler", XFB)
    xfj = server_user(server, DISTRICT, "handler", XFJ)
    for user in (front, xfb, xfj):
        copy_user(town.factory, user)
        copy_user(district.factory, user)
    desk_actor, xfb_actor, xfj_actor = _actor(front), _actor(xfb, XFB), _actor(xfj, XFJ)
    with town.factory.begin() as s:
        now = utcnow()
        case = Case(
            owner_org=DEMO_ORG, case_no=f"106-261127-{town.device_code}-000001",
            query_code="654321", kind=CaseKind.PETITION_CLAIM.value,
            channel=Channel.WALK_IN.value, received_at=now, summary="宅基地确权信访",
            device_code=town.device_code,
        )  # fmt: skip
        s.add(case)
        s.flush()
        route = deadlines.add_limit(now, deadlines.petition_limit(s, "route_petition"))
        record(s, case_id=case.id, type=EventType.REGISTER, actor=desk_actor,
               payload={"due_at": now + (route - now) * 4, "route_due_at": route})  # fmt: skip
        record(s, case_id=case.id, type=EventType.ACCEPT, actor=desk_actor, payload={})
        transfer.dispatch(s, actor=desk_actor, case_id=case.id, lead_department_id=XFB)
        transfer.sign(s, actor=xfb_actor, case_id=case.id)
        petition.decide_acceptance(s, actor=xfb_actor, case_id=case.id, accepted=True)
        petition.give_opinion(
            s, actor=xfb_actor, case_id=case.id, opinion="维持", review_department_id=XFJ
        )
        cid = case.id
    assert town.sync().ok
    assert district.sync().ok
    with district.factory.begin() as s:
        assert current_state(s, cid).petition_stage == PetitionStage.OPINION
        petition.request_review(s, actor=xfj_actor, case_id=cid, requested_at=utcnow())
    result = district.sync()
    assert result.ok, result.message
    with server.factory() as s:
        assert s.scalars(select(ServerConflict)).all() == []
        row = s.get(Case, cid)
        assert (row.status, row.lead_department_id) == ("in_progress", XFJ)
    assert town.sync().ok
    with town.factory() as s:
        state = current_state(s, cid)
        assert (state.petition_stage, state.lead_department_id) == (PetitionStage.REVIEW, XFJ)
        held = dict(
            s.execute(
                select(CaseAssignment.department_id, CaseAssignment.state).where(
                    CaseAssignment.case_id == cid
                )
            ).all()
        )
    assert held == {XFJ: "signed", XFB: "done"}
