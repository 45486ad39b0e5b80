"""Demo 信访 cases at every stage of the statutory path (docs/PETITIONS.md).

After the bulk load, a few 申诉求决类 demo cases are given the petition path instead of the
random one the loader made: their events are replaced by the path's events, recorded through
the workflow (`transfer.record`, so the fold, the cached columns and 履职评价's facts agree) at
past times, with ids from the loader's repeatable id maker: the same seed and day give the
same rows. The payloads carry what the services compute (docs/DEVELOPING.md, canonical event
sequences), with every clock from the time-limit reference data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from app.config import DISTRICT_CODE
from app.domain.enums import CaseKind, EventType, Role, TimeUnit
from app.domain.ids import reference_id
from app.models import Case, CaseAssignment, CaseEvent, User
from app.services.common import deadlines
from app.services.demo.clock import IdMaker
from app.services.transfer import Actor, record

E = EventType
DAY = timedelta(days=1)
HANDLING_ORGAN = "T-XFB"  # 信访办
REVIEW_ORGAN = "D-XFJ"  # 区信访局
RECHECK_ORGAN = "D-ZFW"  # 区委政法委

# Each stage shown, with the case's age (days) at the demo's now: chosen so some are yellow or
# red, as on a real desk.
STAGES: tuple[tuple[str, float], ...] = (
    ("routing", 4),
    ("acceptance", 9),
    ("not_accepted", 12),
    ("handling", 30),
    ("extended", 60),
    ("opinion", 80),
    ("review", 96),
    ("review_opinion", 100),
    ("recheck", 141),
    ("final", 150),
)
# The path, in days after receipt; each stage stops after its named step.
PATH: tuple[tuple[str, float], ...] = (
    ("register", 0),
    ("accept", 0.01),
    ("dispatch", 2),
    ("sign", 2.1),
    ("acceptance_notice", 6),
    ("extend_request", 48),
    ("extend_approve", 49),
    ("petition_opinion", 52),
    ("review_request", 71),  # asked on day 70
    ("review_opinion", 92),
    ("recheck_request", 112),  # asked on day 110
    ("recheck_opinion", 135),
    ("petition_final", 135.01),
)
LAST_STEP = {
    "routing": "accept",
    "acceptance": "sign",
    "not_accepted": "acceptance_notice",
    "handling": "acceptance_notice",
    "extended": "extend_approve",
    "opinion": "petition_opinion",
    "review": "review_request",
    "review_opinion": "review_opinion",
    "recheck": "recheck_request",
    "final": "petition_final",
}
SKIPPED = {"handling": {"extend_request", "extend_approve"}}


@dataclass
class _People:
    desk: Actor
    head: Actor
    handler: Actor
    review: Actor
    recheck: Actor


def add_petition_showcase(engine: Engine, *, ids: IdMaker, now: datetime) -> int:
    """Give demo petition cases the statutory path, one per stage; return how many."""
    done = 0
    # A plain session: no outbox or audit capture (demo rows are bulk-loaded, never sent).
    with Session(engine, info={"capture_outbox": False}) as s, s.begin():
        taken: set[str] = set()
        for stage, age in STAGES:
            case = _pick(s, now - timedelta(days=age), taken)
            if case is None:
                break
            taken.add(case.id)
            _rewrite(s, case, stage, age, now, ids)
            done += 1
    return done


def _pick(s: Session, target: datetime, taken: set[str]) -> Case | None:
    """The demo 申诉求决类 case received nearest before `target` (else after it), one of the
    信访 category (XFJ) when there is one."""
    base = select(Case).where(
        Case.kind == CaseKind.PETITION_CLAIM.value, Case.is_demo.is_(True), Case.id.not_in(taken)
    )
    for q in (base.where(Case.category_id == reference_id("category", "XFJ")), base):
        before = q.where(Case.received_at <= target).order_by(Case.received_at.desc())
        after = q.where(Case.received_at > target).order_by(Case.received_at)
        found = s.scalars(before.limit(1)).first() or s.scalars(after.limit(1)).first()
        if found is not None:
            return found
    return None


def _actor(s: Session, role: str, org: str, dept_code: str | None, name: str) -> Actor:
    dept = reference_id("department", dept_code) if dept_code else None
    q = select(User.id, User.display_name).where(User.role == role, User.owner_org == org)
    if dept is not None:
        q = q.where(User.department_id == dept)
    row = s.execute(q.order_by(User.username).limit(1)).first()
    uid, shown = (row.id, row.display_name) if row else (None, name)
    return Actor(user_id=uid, name=shown, role=role, org_code=org, department_id=dept)


def _people(s: Session, org: str) -> _People:
    return _People(
        desk=_actor(s, Role.FRONT_DESK.value, org, None, "窗口受理员"),
        head=_actor(s, Role.SUPERVISOR.value, org, None, "中心负责人"),
        handler=_actor(s, Role.HANDLER.value, org, HANDLING_ORGAN, "信访办承办人"),
        review=_actor(s, Role.HANDLER.value, DISTRICT_CODE, REVIEW_ORGAN, "区信访局承办人"),
        recheck=_actor(s, Role.HANDLER.value, DISTRICT_CODE, RECHECK_ORGAN, "区委政法委承办人"),
    )


def _rewrite(s: Session, case: Case, stage: str, age: float, now: datetime, ids: IdMaker) -> None:
    """Replace the case's events by the petition path up to `stage`."""
    received = case.received_at.astimezone(UTC)
    # Squeeze the path into the case's real age when it is younger than the stage needs.
    real_age = max((now - received) / DAY - 0.2, 0.1)
    scale = min(1.0, real_age / age)
    s.execute(delete(CaseAssignment).where(CaseAssignment.case_id == case.id))
    s.execute(delete(CaseEvent).where(CaseEvent.case_id == case.id))
    case.lead_department_id = None  # the cache keeps a lead the fold no longer names
    s.flush()
    s.info.pop("workflow_state_memo", None)
    who = _people(s, case.owner_org)
    cal = deadlines.load_calendar(s)
    last = LAST_STEP[stage]
    skip = SKIPPED.get(stage, set())

    def add(step: str, at: datetime) -> datetime:
        return deadlines.add_limit(at, deadlines.petition_limit(s, step), cal)

    ctx: dict[str, Any] = {}
    for step, day in PATH:
        if step in skip:
            continue
        at = received + DAY * (day * scale)
        actor, dept, payload = _step(s, case, step, at, stage, who, add, ctx, scale, received)
        record(
            s,
            case_id=case.id,
            type=EventType(step),
            actor=actor,
            payload=payload,
            department_id=dept,
            at=at,
            case=case,
            event_id=ids.next(),
        )
        if step == last:
            break


def _step(
    s: Session,
    case: Case,
    step: str,
    at: datetime,
    stage: str,
    who: _People,
    add: Any,
    ctx: dict[str, Any],
    scale: float,
    received: datetime,
) -> tuple[Actor, str | None, dict[str, Any]]:
    """The actor, department and payload of one step, as the services would write them."""
    organ = reference_id("department", HANDLING_ORGAN)
    review = reference_id("department", REVIEW_ORGAN)
    recheck = reference_id("department", RECHECK_ORGAN)
    cal = deadlines.load_calendar(s)
    handling = deadlines.handling_limit(s, kind=case.kind, category_id=case.category_id)
    if step == "register":
        due = deadlines.add_limit(at, handling, cal)
        return who.desk, None, {"due_at": due, "route_due_at": add("route_petition", at)}
    if step == "accept":
        return who.desk, None, {}
    if step == "dispatch":
        due = deadlines.add_limit(at, handling, cal)
        sign_due = deadlines.add_limit(at, deadlines.sign_limit(s), cal)
        payload = {
            "lead_department_id": organ,
            "assist_department_ids": [],
            "due_at": due,
            "sign_due_at": min(sign_due, due),
            "requirements": "请依照《信访工作条例》在15日内决定是否受理并书面告知信访人。",
            "acceptance_due_at": add("decide_acceptance", at),
        }
        return who.desk, None, payload
    if step == "sign":
        return who.handler, organ, {"due_at": deadlines.add_limit(at, handling, cal)}
    if step == "acceptance_notice":
        if stage == "not_accepted":
            return (
                who.handler,
                organ,
                {
                    "accepted": False,
                    "reason": "该事项已进入诉讼程序，依法不属于信访受理范围",
                    "go_to": "依法向人民法院主张权利，或到区法院诉调对接窗口咨询",
                },
            )
        ctx["due"] = deadlines.add_limit(at, handling, cal)
        return who.handler, organ, {"accepted": True, "due_at": ctx["due"], "reason": ""}
    if step == "extend_request":
        return who.handler, organ, {"days": 30, "reason": "涉及土地权属，需等待测绘鉴定结论"}
    if step == "extend_approve":
        due = deadlines.add_limit(ctx["due"], deadlines.Limit(30, TimeUnit.DAYS))
        payload = {
            "due_at": due,
            "previous_due_at": ctx["due"],
            "days": 30,
            "reason": "涉及土地权属，需等待测绘鉴定结论",
        }
        return who.head, None, payload
    if step == "petition_opinion":
        return (
            who.handler,
            organ,
            {
                "opinion": "经调查核实，你反映的宅基地分配问题已由村委会依程序重新公示，"
                "对你的合理诉求予以支持，其余诉求不予支持。",
                "outcome": "partly",
                "review_department_id": review,
                "request_due_at": add("review_request", at),
            },
        )
    if step in ("review_request", "recheck_request"):
        asked = at - DAY * scale
        opinion = "review_opinion" if step == "review_request" else "recheck_opinion"
        actor = who.review if step == "review_request" else who.recheck
        return (
            actor,
            actor.department_id,
            {
                "requested_at": asked,
                "accept_due_at": add("accept_recheck_sd", asked),
                "due_at": add(opinion, asked),
            },
        )
    if step == "review_opinion":
        return (
            who.review,
            review,
            {
                "opinion": "复查认为，原处理意见认定事实清楚，处理恰当，予以维持。",
                "outcome": "partly",
                "recheck_department_id": recheck,
                "request_due_at": add("review_request", at),
            },
        )
    if step == "recheck_opinion":
        return (
            who.recheck,
            recheck,
            {
                "opinion": "复核认为，复查意见认定事实清楚，适用依据正确，予以维持。",
                "outcome": "partly",
            },
        )
    return (
        who.recheck,
        recheck,
        {"reason": "复核意见已出具，信访人以同一事实和理由提出的投诉请求不再受理"},
    )
