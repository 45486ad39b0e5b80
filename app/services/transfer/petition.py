"""信访 (petition) cases on their statutory path: acceptance, opinion, 复查, 复核, 终结.

Every written step is one workflow event (docs/PETITIONS.md): `acceptance_notice`,
`petition_opinion`, `review_request`, `review_opinion`, `recheck_request`, `recheck_opinion`,
`petition_final`. Each clock comes from the time-limit reference data (`deadlines.petition_limit`)
when the step is taken and is carried in the payload, so every desk and the server fold the same
events to the same due dates.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.domain.enums import EventType, Outcome, PetitionStage
from app.domain.transfer import (
    ActionResult,
    DepartmentChoice,
    PetitionClock,
    PetitionProgress,
    PetitionStageRate,
)
from app.models import Case, CaseEvent, CaseParty, Department
from app.models.base import utcnow
from app.services.common import deadlines
from app.services.errors import DomainError, Msg, NotFound, ValidationError
from app.services.transfer.workflow import Actor, CaseState, current_state, record

E = EventType
P = PetitionStage
# The written steps and the words 履职评价 and the timeline use for them.
STEP_LABELS: dict[EventType, str] = {
    E.ACCEPTANCE_NOTICE: "决定受理",
    E.PETITION_OPINION: "出具处理意见",
    E.REVIEW_REQUEST: "受理复查申请",
    E.REVIEW_OPINION: "出具复查意见",
    E.RECHECK_REQUEST: "受理复核申请",
    E.RECHECK_OPINION: "出具复核意见",
}
OPINION_OUTCOMES = (Outcome.RESOLVED, Outcome.PARTLY, Outcome.GUIDED)


def _now(now: datetime | None) -> datetime:
    return now or utcnow()


def _case(session: Session, case_id: str) -> Case:
    case = session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound("案件不存在")
    return case


def _petition(session: Session, case_id: str) -> tuple[Case, CaseState]:
    case = _case(session, case_id)
    if case.kind not in deadlines.PETITION_KINDS:
        raise DomainError("该案件不是信访事项")
    return case, current_state(session, case_id)


def _result(case_id: str, state: CaseState, event: EventType) -> ActionResult:
    return ActionResult(case_id, state.status.value, state.status.label, state.due_at, event.value)


def _add(session: Session, start: datetime, step: str) -> datetime:
    if start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    limit = deadlines.petition_limit(session, step)
    return deadlines.add_limit(start, limit, deadlines.load_calendar(session))


def _department(session: Session, dept_id: str, field: str) -> Department:
    dept = session.get(Department, dept_id) if dept_id else None
    if dept is None or not dept.active or dept.deleted_at is not None:
        raise ValidationError({field: "请从职责清单中选择机关"})
    return dept


def decide_acceptance(
    session: Session,
    *,
    actor: Actor,
    case_id: str,
    accepted: bool,
    reason: str = "",
    go_to: str = "",
    now: datetime | None = None,
) -> ActionResult:
    """受理告知书 / 不予受理告知书 (art. 23): accepted starts the 60-day handling clock."""
    case, _state = _petition(session, case_id)
    at = _now(now)
    if not accepted:
        errors = {}
        if not reason.strip():
            errors["reason"] = "不予受理须写明理由"
        if not go_to.strip():
            errors["go_to"] = "请告知信访人应向哪个机关或通过什么途径提出"
        if errors:
            raise ValidationError(errors)
        payload: dict[str, Any] = {"accepted": False, "reason": reason.strip(), "go_to": go_to}
    else:
        limit = deadlines.handling_limit(session, kind=case.kind, category_id=case.category_id)
        due = deadlines.add_limit(at, limit, deadlines.load_calendar(session))
        payload = {"accepted": True, "due_at": due, "reason": reason.strip()}
    state = record(
        session,
        case_id=case_id,
        type=E.ACCEPTANCE_NOTICE,
        actor=actor,
        payload=payload,
        department_id=actor.department_id,
        at=at,
    )
    return _result(case_id, state, E.ACCEPTANCE_NOTICE)


def review_organs(session: Session, *, case_id: str) -> list[DepartmentChoice]:
    """Return the organs that may review (复查/复核) the case: the level above comes first."""
    _case(session, case_id)
    state = current_state(session, case_id)
    used = {state.lead_department_id, *state.former_departments}
    rows = session.scalars(
        select(Department)
        .where(Department.active.is_(True), Department.deleted_at.is_(None))
        .order_by(Department.level.asc(), Department.code)  # 区 sorts before 镇街
    )
    return [DepartmentChoice(d.id, d.code, d.name, d.level) for d in rows if d.id not in used]


def _opinion(
    session: Session,
    *,
    actor: Actor,
    case_id: str,
    kind: E,
    opinion: str,
    next_organ: tuple[str, str],
    outcome: str,
    now: datetime | None,
) -> ActionResult:
    """Record a written opinion naming the organ of the next review; the petitioner then has
    30 days to ask it. `next_organ` is (payload key, its id)."""
    _petition(session, case_id)
    at = _now(now)
    key, organ = next_organ
    errors: dict[str, Any] = {}
    if not opinion.strip():
        errors["opinion"] = "请填写处理意见" if kind == E.PETITION_OPINION else "请填写复查意见"
    if not organ:
        errors[key] = "请选择复查机关" if kind == E.PETITION_OPINION else "请选择复核机关"
    if outcome not in OPINION_OUTCOMES:
        errors["outcome"] = "请选择处理结果"
    if errors:
        raise ValidationError(errors)
    _department(session, organ, key)
    payload = {
        "opinion": opinion.strip(),
        "outcome": outcome,
        key: organ,
        "request_due_at": _add(session, at, "review_request"),
    }
    state = record(
        session,
        case_id=case_id,
        type=kind,
        actor=actor,
        payload=payload,
        department_id=actor.department_id,
        at=at,
    )
    return _result(case_id, state, kind)


def give_opinion(
    session: Session,
    *,
    actor: Actor,
    case_id: str,
    opinion: str,
    review_department_id: str,
    outcome: str = Outcome.RESOLVED.value,
    now: datetime | None = None,
) -> ActionResult:
    """信访事项处理意见书 (art. 34); the petitioner then has 30 days to ask for 复查."""
    return _opinion(
        session,
        actor=actor,
        case_id=case_id,
        kind=E.PETITION_OPINION,
        opinion=opinion,
        next_organ=("review_department_id", review_department_id),
        outcome=outcome,
        now=now,
    )


def _take_request(
    session: Session,
    *,
    actor: Actor,
    case_id: str,
    requested_at: datetime,
    kind: EventType,
    now: datetime | None,
) -> ActionResult:
    _case, state = _petition(session, case_id)
    at = _now(now)
    if requested_at.tzinfo is None:
        requested_at = requested_at.replace(tzinfo=UTC)
    what = "复查" if kind == E.REVIEW_REQUEST else "复核"
    if requested_at > at:
        raise ValidationError({"requested_at": Msg("{what}申请日期不能晚于今天", what=what)})
    window = state.request_due_at
    if window is not None and requested_at > window:
        opened = state.closed_at or at
        raise ValidationError(
            {
                "requested_at": Msg(
                    "申请{what}已超过法定期限：意见书于{opened}出具，应在{due}前提出"
                    "（{basis}），不予受理",
                    what=what,
                    opened=f"{deadlines.local_date(opened):%Y-%m-%d}",
                    due=f"{deadlines.local_date(window):%Y-%m-%d}",
                    basis="信访工作条例第三十五条" if kind == E.REVIEW_REQUEST else "第三十六条",
                )
            }
        )
    opinion_step = "review_opinion" if kind == E.REVIEW_REQUEST else "recheck_opinion"
    payload = {
        "requested_at": requested_at,
        "accept_due_at": _add(session, requested_at, "accept_recheck_sd"),
        "due_at": _add(session, requested_at, opinion_step),
    }
    new = record(
        session,
        case_id=case_id,
        type=kind,
        actor=actor,
        payload=payload,
        department_id=actor.department_id,
        at=at,
    )
    return _result(case_id, new, kind)


def request_review(
    session: Session,
    *,
    actor: Actor,
    case_id: str,
    requested_at: datetime,
    now: datetime | None = None,
) -> ActionResult:
    """The 复查机关 accepts the petitioner's 复查 request (asked within 30 days of the opinion)."""
    return _take_request(
        session,
        actor=actor,
        case_id=case_id,
        requested_at=requested_at,
        kind=E.REVIEW_REQUEST,
        now=now,
    )


def request_recheck(
    session: Session,
    *,
    actor: Actor,
    case_id: str,
    requested_at: datetime,
    now: datetime | None = None,
) -> ActionResult:
    """The 复核机关 accepts the petitioner's 复核 request (within 30 days of the 复查意见)."""
    return _take_request(
        session,
        actor=actor,
        case_id=case_id,
        requested_at=requested_at,
        kind=E.RECHECK_REQUEST,
        now=now,
    )


def review_opinion(
    session: Session,
    *,
    actor: Actor,
    case_id: str,
    opinion: str,
    recheck_department_id: str,
    outcome: str = Outcome.RESOLVED.value,
    now: datetime | None = None,
) -> ActionResult:
    """复查意见书 (art. 35), naming the 复核机关; the petitioner has 30 days to ask for 复核."""
    return _opinion(
        session,
        actor=actor,
        case_id=case_id,
        kind=E.REVIEW_OPINION,
        opinion=opinion,
        next_organ=("recheck_department_id", recheck_department_id),
        outcome=outcome,
        now=now,
    )


def recheck_opinion(
    session: Session,
    *,
    actor: Actor,
    case_id: str,
    opinion: str,
    outcome: str = Outcome.RESOLVED.value,
    now: datetime | None = None,
) -> ActionResult:
    """复核意见书 (art. 36) and with it 信访终结: the same matter is not reviewed again."""
    _petition(session, case_id)
    at = _now(now)
    errors: dict[str, Any] = {}
    if not opinion.strip():
        errors["opinion"] = "请填写复核意见"
    if outcome not in OPINION_OUTCOMES:
        errors["outcome"] = "请选择处理结果"
    if errors:
        raise ValidationError(errors)
    record(
        session,
        case_id=case_id,
        type=E.RECHECK_OPINION,
        actor=actor,
        payload={"opinion": opinion.strip(), "outcome": outcome},
        department_id=actor.department_id,
        at=at,
    )
    state = record(
        session,
        case_id=case_id,
        type=E.PETITION_FINAL,
        actor=actor,
        payload={"reason": "复核意见已出具，信访人以同一事实和理由提出的投诉请求不再受理"},
        department_id=actor.department_id,
        at=at,
    )
    return _result(case_id, state, E.PETITION_FINAL)


# --- read side -------------------------------------------------------------------------------


def _dt(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def _limit_label(session: Session, step: str) -> str:
    return deadlines.petition_limit(session, step).label


def progress(session: Session, *, case_id: str) -> PetitionProgress | None:
    """Return the 信访 stage, its due date and every clock so far; None for other cases."""
    case = _case(session, case_id)
    if case.kind not in deadlines.PETITION_KINDS:
        return None
    state = current_state(session, case_id)
    names = dict(session.execute(select(Department.id, Department.name)).all())
    events = session.execute(
        select(CaseEvent.type, CaseEvent.at, CaseEvent.payload)
        .where(CaseEvent.case_id == case_id, CaseEvent.no_effect.is_(False))
        .order_by(CaseEvent.server_seq.is_(None), CaseEvent.server_seq, CaseEvent.id)
    ).all()
    clocks = _clocks(session, state, events)
    stage = state.petition_stage or P.ROUTING
    return PetitionProgress(
        case_id=case.id,
        case_no=case.case_no,
        stage=stage.value,
        stage_label=stage.label,
        due_at=stage_due(state),
        organ=names.get(state.lead_department_id or "", ""),
        review_organ=names.get(state.review_department_id or "", ""),
        recheck_organ=names.get(state.recheck_department_id or "", ""),
        final=stage == P.FINAL,
        clocks=tuple(clocks),
        lead_department_id=state.lead_department_id,
        review_department_id=state.review_department_id,
        recheck_department_id=state.recheck_department_id,
    )


def stage_due(state: CaseState) -> datetime | None:
    """Return the due date of the stage the case is in (the petitioner's window after opinions)."""
    stage = state.petition_stage
    if stage == P.ROUTING:
        return state.route_due_at
    if stage == P.ACCEPTANCE:
        return state.acceptance_due_at
    if stage in (P.HANDLING, P.REVIEW, P.RECHECK):
        return state.due_at
    if stage in (P.OPINION, P.REVIEW_OPINION):
        return state.request_due_at
    return None


def _clocks(session: Session, state: CaseState, events: Any) -> list[PetitionClock]:
    """Every statutory clock the events started, with when it was met."""
    out: list[PetitionClock] = []
    running: dict[str, PetitionClock] = {}

    def start(step: str, label: str, due: Any, limit: str | None = None) -> None:
        clock = PetitionClock(step, label, limit or _limit_label(session, step), _dt(due))
        running[step] = clock
        out.append(clock)

    def finish(step: str, at: datetime, on_time: Any = None) -> None:
        clock = running.pop(step, None)
        if clock is None:
            return
        met = on_time if isinstance(on_time, bool) else (clock.due_at is None or at <= clock.due_at)
        out[out.index(clock)] = PetitionClock(
            clock.step, clock.label, clock.limit, clock.due_at, at, met
        )

    for ev_type, at, payload in events:
        p = payload or {}
        t = EventType(ev_type)
        if t == E.REGISTER and p.get("route_due_at"):
            start("route_petition", "转送交办", p["route_due_at"])
        elif t in (E.DISPATCH, E.RULE_REASSIGN) and p.get("acceptance_due_at"):
            finish("route_petition", at)
            if "decide_acceptance" not in running:
                start("decide_acceptance", "决定是否受理", p["acceptance_due_at"])
        elif t == E.ACCEPTANCE_NOTICE:
            finish("decide_acceptance", at, p.get("on_time"))
            if p.get("accepted"):
                limit = deadlines.petition_limit(session, "handle_petition").label
                start("handle_petition", "办理并出具处理意见", p.get("due_at"), limit)
        elif t == E.EXTEND_APPROVE and "handle_petition" in running:
            old = running["handle_petition"]
            new = PetitionClock(
                old.step, "办理（延期后）", f"{old.limit}＋{p.get('days', '')}日", _dt(p["due_at"])
            )
            out[out.index(old)] = new
            running["handle_petition"] = new
        elif t == E.PETITION_OPINION:
            finish("handle_petition", at, p.get("on_time"))
            start("review_request", "信访人申请复查", p.get("request_due_at"))
        elif t in (E.REVIEW_REQUEST, E.RECHECK_REQUEST):
            what = "复查" if t == E.REVIEW_REQUEST else "复核"
            finish("review_request", _dt(p.get("requested_at")) or at)
            start("accept_recheck_sd", f"受理{what}申请", p.get("accept_due_at"))
            finish("accept_recheck_sd", at, p.get("on_time"))
            step = "review_opinion" if t == E.REVIEW_REQUEST else "recheck_opinion"
            start(step, f"出具{what}意见", p.get("due_at"))
        elif t == E.REVIEW_OPINION:
            finish("review_opinion", at, p.get("on_time"))
            start("review_request", "信访人申请复核", p.get("request_due_at"))
        elif t == E.RECHECK_OPINION:
            finish("recheck_opinion", at, p.get("on_time"))
        elif t == E.PETITION_FINAL:
            running.pop("review_request", None)
    return out


def final_matters(session: Session, *, person_id: str) -> list[tuple[str, str, datetime]]:
    """Return (case number, summary, when) of the person's 信访 matters that are 终结."""
    rows = session.execute(
        select(Case.case_no, Case.summary, CaseEvent.at)
        .join(CaseParty, CaseParty.case_id == Case.id)
        .join(CaseEvent, CaseEvent.case_id == Case.id)
        .where(
            CaseParty.person_id == person_id,
            CaseParty.deleted_at.is_(None),
            Case.deleted_at.is_(None),
            CaseEvent.type == E.PETITION_FINAL.value,
            CaseEvent.no_effect.is_(False),
        )
        .order_by(CaseEvent.at.desc())
    ).all()
    return [(r.case_no, r.summary, r.at) for r in rows]


_RATES = """SELECT department_id, type, count(*),
    sum(CASE WHEN json_extract(payload, '$.on_time') IN (1, 'true') THEN 1 ELSE 0 END)
    FROM case_event WHERE type IN ({types}) AND at >= :a AND at < :b AND no_effect = 0
    AND department_id IS NOT NULL GROUP BY department_id, type"""


def stage_rates(session: Session, *, year: int, month: int) -> list[PetitionStageRate]:
    """履职评价 of the 信访 path: each organ's on-time rate per written step in the month."""
    from app.services.transfer.evaluation import month_range

    a, b = month_range(year, month)
    types = ", ".join(f"'{t.value}'" for t in STEP_LABELS)
    params = {
        "a": a.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" "),
        "b": b.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" "),
    }
    names = dict(session.execute(select(Department.id, Department.name)).all())
    figures: dict[tuple[str, str], tuple[int, int]] = defaultdict(lambda: (0, 0))
    for dept, ev_type, n, ok in session.execute(text(_RATES.format(types=types)), params):
        figures[(dept, ev_type)] = (int(n), int(ok or 0))
    order = list(STEP_LABELS)
    out = [
        PetitionStageRate(
            department_id=dept,
            department=names.get(dept, dept),
            step=t,
            label=STEP_LABELS[EventType(t)],
            count=n,
            on_time=ok,
        )
        for (dept, t), (n, ok) in figures.items()
    ]
    out.sort(key=lambda r: (r.department, order.index(EventType(r.step))))
    return out
