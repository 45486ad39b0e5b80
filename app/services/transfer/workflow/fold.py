"""The case state as a pure fold over its events (ARCHITECTURE.md §6).

Everything time-dependent (due dates) is computed when an action is taken and carried in the
event payload, so the fold is deterministic on every device and on the server. Role checks live
in `rules.py`; this module only checks that the case is in a state where the event makes sense.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, TypeVar

from app.domain.enums import CaseStatus, EventType, PetitionStage, Satisfaction
from app.services.errors import DomainError


@dataclass(frozen=True)
class EventRecord:
    """One case event as the fold sees it."""

    id: str
    type: EventType
    at: datetime
    payload: dict[str, Any] = field(default_factory=dict)
    actor_id: str | None = None
    department_id: str | None = None


@dataclass(frozen=True)
class PetitionState:
    """Where a 信访 case stands on its statutory path (docs/PETITIONS.md)."""

    stage: PetitionStage
    route_due_at: datetime | None = None  # 转送交办 within 15 days of registration
    acceptance_due_at: datetime | None = None  # decide acceptance within 15 days of receipt
    accepted_at: datetime | None = None
    request_due_at: datetime | None = None  # last moment the petitioner may ask for 复查/复核
    review_department_id: str | None = None  # 复查机关 named in the 处理意见书
    recheck_department_id: str | None = None  # 复核机关 named in the 复查意见书
    former_departments: tuple[str, ...] = ()  # organs of earlier stages (their 已办结 history)


@dataclass(frozen=True)
class CaseState:
    """Where a case stands after its events."""

    status: CaseStatus = CaseStatus.REGISTERED
    due_at: datetime | None = None
    closed_at: datetime | None = None
    outcome: str | None = None
    lead_department_id: str | None = None
    assist_department_ids: tuple[str, ...] = ()
    signed: frozenset[str] = frozenset()
    reported: frozenset[str] = frozenset()
    dispatched_at: datetime | None = None
    sign_due_at: datetime | None = None
    signed_at: datetime | None = None  # when the lead signed: the handling clock starts
    registered_at: datetime | None = None
    clock_start: datetime | None = None  # start of the handling limit now running
    returned_by: str | None = None
    returns: tuple[tuple[str, int], ...] = ()  # (department, times it returned this case)
    pending_extension: tuple[int, str] | None = None  # (days, reason) awaiting approval
    extensions: int = 0
    revisit_due_at: datetime | None = None
    satisfaction: str | None = None
    reopens: int = 0
    escalated: bool = False
    supervisions: int = 0
    # The 信访 (petition) path; None on every other case, so their fold copies one field more.
    petition: PetitionState | None = None

    @property
    def petition_stage(self) -> PetitionStage | None:
        """Return the 信访 stage (None: not a petition on its statutory path)."""
        return None if self.petition is None else self.petition.stage

    @property
    def route_due_at(self) -> datetime | None:
        """Return when the 15-day routing (转送交办) limit runs out."""
        return None if self.petition is None else self.petition.route_due_at

    @property
    def acceptance_due_at(self) -> datetime | None:
        """Return when the 15-day acceptance decision is due."""
        return None if self.petition is None else self.petition.acceptance_due_at

    @property
    def accepted_at(self) -> datetime | None:
        """Return when the organ accepted the petition."""
        return None if self.petition is None else self.petition.accepted_at

    @property
    def request_due_at(self) -> datetime | None:
        """Return the last moment the petitioner may ask for 复查 / 复核."""
        return None if self.petition is None else self.petition.request_due_at

    @property
    def review_department_id(self) -> str | None:
        """Return the 复查机关 the 处理意见书 names."""
        return None if self.petition is None else self.petition.review_department_id

    @property
    def recheck_department_id(self) -> str | None:
        """Return the 复核机关 the 复查意见书 names."""
        return None if self.petition is None else self.petition.recheck_department_id

    @property
    def former_departments(self) -> tuple[str, ...]:
        """Return the organs of earlier 信访 stages (the case stays in their history)."""
        return () if self.petition is None else self.petition.former_departments

    @property
    def open_departments(self) -> tuple[str, ...]:
        """Return the assisting departments that have not reported yet."""
        return tuple(d for d in self.assist_department_ids if d not in self.reported)

    def return_count(self, department_id: str) -> int:
        """Return how many times `department_id` returned this case."""
        return dict(self.returns).get(department_id, 0)


class TransitionError(DomainError):
    """An event whose precondition does not hold in the current state."""


S = CaseStatus
E = EventType
_T = TypeVar("_T")


_FIELDS: dict[type, frozenset[str]] = {}


def replace(state: _T, **changes: Any) -> _T:
    """Return `state` (a CaseState or PetitionState) with `changes` (dataclasses.replace without
    re-running __init__).

    A first sync folds every event of 100,000 cases: copying the frozen state's dict is several
    times faster than building it again field by field, and nothing is lost (no __post_init__).
    """
    kind = type(state)
    known = _FIELDS.get(kind)
    if known is None:
        known = _FIELDS[kind] = frozenset(f.name for f in fields(state))  # type: ignore[arg-type]
    unknown = changes.keys() - known
    if unknown:
        raise TypeError(f"{kind.__name__} has no field {sorted(unknown)[0]}")
    new = object.__new__(kind)
    new.__dict__.update(state.__dict__)
    new.__dict__.update(changes)
    return new


TERMINAL = frozenset({S.REJECTED, S.TRANSFERRED_OUT, S.ARCHIVED})
HANDLING = frozenset({S.IN_PROGRESS, S.EXTENDED})
ACTIVE = frozenset({S.ACCEPTED, S.TO_DISPATCH, S.TO_SIGN, S.IN_PROGRESS, S.EXTENDED})
# Events that never change the status and are allowed in any state once registered.
_ANY_STATE = frozenset({E.PRINT, E.NOTE, E.CORRECT, E.JUDICIAL_REMINDER})
# Statuses each event may be applied in.
ALLOWED_IN: dict[EventType, frozenset[CaseStatus]] = {
    E.ACCEPT: frozenset({S.REGISTERED}),
    E.QUICK_RESOLVE: frozenset({S.REGISTERED, S.ACCEPTED}),
    E.REJECT: frozenset({S.REGISTERED, S.ACCEPTED}),
    E.TRANSFER_OUT: frozenset({S.REGISTERED, S.ACCEPTED, S.TO_DISPATCH}),
    E.DISPATCH: frozenset({S.REGISTERED, S.ACCEPTED}),
    E.SIGN: frozenset({S.TO_SIGN, S.IN_PROGRESS, S.EXTENDED}),
    E.RETURN: frozenset({S.TO_SIGN}),
    E.RULE_REASSIGN: frozenset({S.TO_DISPATCH}),
    E.RULE_INSIST: frozenset({S.TO_DISPATCH}),
    E.PROGRESS: HANDLING,
    E.EXTEND_REQUEST: HANDLING,
    E.EXTEND_APPROVE: HANDLING,
    E.EXTEND_DENY: HANDLING,
    E.ASSIST_REPORT: frozenset({S.TO_SIGN, S.IN_PROGRESS, S.EXTENDED}),
    E.CLOSE: HANDLING,
    E.REVISIT: frozenset({S.TO_REVISIT, S.CLOSED}),
    E.REOPEN: frozenset({S.TO_REVISIT}),
    E.ARCHIVE: frozenset({S.CLOSED, S.EVALUATED, S.REJECTED, S.TRANSFERRED_OUT}),
    E.SUPERVISE: ACTIVE,
    E.URGE: ACTIVE,
    E.CONSULT: ACTIVE | {S.REGISTERED},
    E.ESCALATE: ACTIVE,
    E.MEDIATION_AGREEMENT: HANDLING | {S.REGISTERED, S.ACCEPTED, S.CLOSED, S.TO_REVISIT},
    E.ACCEPTANCE_NOTICE: HANDLING,
    E.PETITION_OPINION: HANDLING,
    E.REVIEW_REQUEST: frozenset({S.CLOSED, S.TO_REVISIT, S.EVALUATED}),
    E.REVIEW_OPINION: HANDLING,
    E.RECHECK_REQUEST: frozenset({S.CLOSED, S.TO_REVISIT, S.EVALUATED}),
    E.RECHECK_OPINION: HANDLING,
    E.PETITION_FINAL: frozenset({S.CLOSED, S.TO_REVISIT, S.EVALUATED}),
}


def apply(state: CaseState | None, event: EventRecord) -> CaseState:
    """Return the state after `event`, or raise TransitionError if it may not happen now."""
    if event.type == E.REGISTER:
        if state is not None:
            raise TransitionError("案件已登记，不能重复登记")
        route_due = _dt(event.payload.get("route_due_at"))
        return CaseState(
            due_at=_dt(event.payload.get("due_at")),
            registered_at=event.at,
            clock_start=event.at,
            petition=None
            if route_due is None
            else PetitionState(PetitionStage.ROUTING, route_due_at=route_due),
        )
    if state is None:
        raise TransitionError("案件尚未登记")
    if event.type in _ANY_STATE:
        return state
    allowed = ALLOWED_IN.get(event.type)
    if allowed is None:
        raise TransitionError("未知的事件类型：{type}", type=str(event.type))
    if state.status not in allowed:
        raise TransitionError(
            "案件当前状态为“{status}”，不能{event}", status=state.status, event=event.type
        )
    handler = _HANDLERS.get(event.type, _unchanged)
    return handler(state, event)


def running_limit(state: CaseState) -> tuple[datetime | None, datetime] | None:
    """Return (start, due) of the time limit now running for the case, if any."""
    if state.status == S.TO_SIGN:
        due = state.sign_due_at or state.due_at
        return (state.dispatched_at, due) if due else None
    stage = state.petition_stage
    routing = state.status in (S.REGISTERED, S.ACCEPTED, S.TO_DISPATCH)
    if stage == PetitionStage.ROUTING and state.route_due_at is not None and routing:
        return (state.registered_at, state.route_due_at)
    accept_due = state.acceptance_due_at
    if stage == PetitionStage.ACCEPTANCE and state.status in HANDLING and accept_due is not None:
        return (state.dispatched_at, accept_due)
    if state.status in HANDLING or state.status in (S.REGISTERED, S.ACCEPTED, S.TO_DISPATCH):
        return (state.clock_start, state.due_at) if state.due_at else None
    if state.status == S.TO_REVISIT and state.revisit_due_at is not None:
        return (state.closed_at, state.revisit_due_at)
    return None


def fold(events: Iterable[EventRecord]) -> CaseState:
    """Return the state after all `events` in order; events that do not apply are skipped."""
    state: CaseState | None = None
    for event in events:
        try:
            state = apply(state, event)
        except TransitionError:
            continue  # stored as no_effect by whoever received it
    if state is None:
        raise TransitionError("案件没有登记事件")
    return state


# --- handlers -------------------------------------------------------------------------------


def _unchanged(state: CaseState, event: EventRecord) -> CaseState:
    return state


def _accept(state: CaseState, event: EventRecord) -> CaseState:
    due = _dt(event.payload.get("due_at")) or state.due_at
    return replace(state, status=S.ACCEPTED, due_at=due)


def _finish(status: CaseStatus) -> Any:
    def handler(state: CaseState, event: EventRecord) -> CaseState:
        outcome = event.payload.get("outcome")
        if status == S.REJECTED:
            outcome = outcome or "not_accepted"
        elif status == S.TRANSFERRED_OUT:
            outcome = outcome or "transferred"
        elif not outcome:
            raise TransitionError("办结须填写办理结果类别")
        return replace(
            state, status=status, closed_at=event.at, outcome=outcome, pending_extension=None
        )

    return handler


def _assignment(state: CaseState, event: EventRecord, *, lead: str | None) -> CaseState:
    p = event.payload
    if not lead:
        raise TransitionError("交办须指定主办部门")
    assists = tuple(dict.fromkeys(d for d in p.get("assist_department_ids") or () if d != lead))
    due = _dt(p.get("due_at"))
    sign_due = _dt(p.get("sign_due_at"))
    if due is None:
        raise TransitionError("交办须给出办理期限")
    if due < event.at:
        raise TransitionError("办理期限不能早于交办时间")
    if sign_due is not None and sign_due > due:
        raise TransitionError("签收期限不能晚于办理期限")
    new = replace(
        state,
        status=S.TO_SIGN,
        lead_department_id=lead,
        assist_department_ids=assists,
        signed=frozenset(),
        reported=frozenset(),
        due_at=due,
        sign_due_at=sign_due,
        dispatched_at=event.at,
        clock_start=event.at,
        signed_at=None,
        returned_by=None,
        pending_extension=None,
        escalated=False,
    )
    if "acceptance_due_at" in p:
        return _petition_dispatch(new, _dt(p["acceptance_due_at"]))
    return new


def _petition_dispatch(state: CaseState, due: datetime | None) -> CaseState:
    """A petition sent to the organ that handles it: its 15-day acceptance clock starts."""
    if due is None:
        return state
    if state.petition is None:
        petition = PetitionState(PetitionStage.ACCEPTANCE, acceptance_due_at=due)
    else:
        petition = replace(state.petition, stage=PetitionStage.ACCEPTANCE, acceptance_due_at=due)
    return replace(state, petition=petition)


def _dispatch(state: CaseState, event: EventRecord) -> CaseState:
    return _assignment(state, event, lead=event.payload.get("lead_department_id"))


def _insist(state: CaseState, event: EventRecord) -> CaseState:
    if not (event.payload.get("reason") or "").strip():
        raise TransitionError("维持交办须说明理由")
    sign_due = _dt(event.payload.get("sign_due_at"))
    due = _dt(event.payload.get("due_at")) or state.due_at
    if due is not None and state.due_at is not None and due < state.due_at:
        raise TransitionError("办理期限只能延后，不能提前")
    return replace(
        state,
        status=S.TO_SIGN,
        signed=frozenset(),
        sign_due_at=sign_due or state.sign_due_at,
        due_at=due,
        returned_by=None,
    )


def _dept(state: CaseState, event: EventRecord) -> str:
    """Return the acting department; events written without one act for the lead."""
    dept = event.department_id or state.lead_department_id
    if dept is None:
        raise TransitionError("案件尚未交办")
    return dept


def _sign(state: CaseState, event: EventRecord) -> CaseState:
    dept = _dept(state, event)
    if dept != state.lead_department_id and dept not in state.assist_department_ids:
        raise TransitionError("本部门不是该案件的承办部门，不能签收")
    if dept in state.signed:
        raise TransitionError("本部门已签收该案件")
    new = replace(state, signed=state.signed | {dept})
    if dept == state.lead_department_id:
        due = _dt(event.payload.get("due_at"))
        if due is not None and state.due_at is not None and due < state.due_at:
            due = state.due_at  # the clock starts at signing: a limit never shrinks by it
        new = replace(
            new,
            status=S.IN_PROGRESS,
            signed_at=event.at,
            clock_start=event.at,
            due_at=due or state.due_at,
        )
    return new


def _return(state: CaseState, event: EventRecord) -> CaseState:
    dept = _dept(state, event)
    if dept != state.lead_department_id:
        raise TransitionError("只有主办部门可以退回案件")
    if dept in state.signed:
        raise TransitionError("已签收的案件不能退回")
    if not event.payload.get("reason_code"):
        raise TransitionError("退回须选择退回理由")
    counts = dict(state.returns)
    counts[dept] = counts.get(dept, 0) + 1
    return replace(
        state,
        status=S.TO_DISPATCH,
        returned_by=dept,
        returns=tuple(sorted(counts.items())),
    )


def _handling_dept(state: CaseState, event: EventRecord) -> str:
    dept = _dept(state, event)
    if dept != state.lead_department_id and dept not in state.assist_department_ids:
        raise TransitionError("本部门不是该案件的承办部门")
    return dept


def _progress(state: CaseState, event: EventRecord) -> CaseState:
    _handling_dept(state, event)
    return state


def _petition_extension(state: CaseState) -> None:
    """A petition is extended once, and only while it is being handled (art. 34)."""
    if state.petition is None:
        return
    if state.petition.stage != PetitionStage.HANDLING:
        raise TransitionError("信访事项只能在受理后的办理期间延期")
    if state.extensions >= 1:
        raise TransitionError("信访事项的办理期限只能延长一次")


def _extend_request(state: CaseState, event: EventRecord) -> CaseState:
    _petition_extension(state)
    if _dept(state, event) != state.lead_department_id:
        raise TransitionError("只有主办部门可以申请延期")
    if state.pending_extension is not None:
        raise TransitionError("已有待审批的延期申请")
    days = int(event.payload.get("days") or 0)
    reason = (event.payload.get("reason") or "").strip()
    if days <= 0:
        raise TransitionError("延期天数须大于零")
    if not reason:
        raise TransitionError("申请延期须说明理由")
    return replace(state, pending_extension=(days, reason))


def _extend_approve(state: CaseState, event: EventRecord) -> CaseState:
    _petition_extension(state)
    if state.pending_extension is None:
        raise TransitionError("没有待审批的延期申请")
    due = _dt(event.payload.get("due_at"))
    if due is None or (state.due_at is not None and due <= state.due_at):
        raise TransitionError("批准延期后的期限须晚于原期限")
    return replace(
        state,
        status=S.EXTENDED,
        due_at=due,
        pending_extension=None,
        extensions=state.extensions + 1,
        escalated=False,
    )


def _extend_deny(state: CaseState, event: EventRecord) -> CaseState:
    if state.pending_extension is None:
        raise TransitionError("没有待审批的延期申请")
    return replace(state, pending_extension=None)


def _assist_report(state: CaseState, event: EventRecord) -> CaseState:
    dept = _dept(state, event)
    if dept not in state.assist_department_ids:
        raise TransitionError("本部门不是该案件的协办部门")
    if dept in state.reported:
        raise TransitionError("本部门已反馈协办结果")
    # Reporting implies having signed: an assisting department that reports has taken the case.
    return replace(state, reported=state.reported | {dept}, signed=state.signed | {dept})


def _close(state: CaseState, event: EventRecord) -> CaseState:
    if state.petition is not None:
        raise TransitionError("信访事项以书面处理意见（复查、复核意见）办结，不能直接办结")
    if _dept(state, event) != state.lead_department_id:
        raise TransitionError("只有主办部门可以办结案件")
    if state.open_departments:
        raise TransitionError("还有协办部门未反馈结果，主办部门不能办结")
    if not event.payload.get("outcome"):
        raise TransitionError("办结须填写办理结果类别")
    if not (event.payload.get("result") or "").strip():
        raise TransitionError("办结须填写办理结果")
    return replace(
        state,
        status=S.TO_REVISIT,
        closed_at=event.at,
        outcome=event.payload["outcome"],
        revisit_due_at=_dt(event.payload.get("revisit_due_at")),
        pending_extension=None,
        satisfaction=None,
    )


def _revisit(state: CaseState, event: EventRecord) -> CaseState:
    sat = event.payload.get("satisfaction")
    if sat not in {s.value for s in Satisfaction}:
        raise TransitionError("请选择满意度：满意、基本满意或不满意")
    if state.satisfaction == Satisfaction.UNSATISFIED:
        raise TransitionError("已评价为不满意，请先重办")
    status = state.status if sat == Satisfaction.UNSATISFIED else S.EVALUATED
    return replace(state, status=status, satisfaction=sat)


def _reopen(state: CaseState, event: EventRecord) -> CaseState:
    if state.satisfaction != Satisfaction.UNSATISFIED:
        raise TransitionError("只有回访不满意的案件才能重办")
    if not (event.payload.get("reason") or "").strip():
        raise TransitionError("重办须说明理由")
    due = _dt(event.payload.get("due_at"))
    if due is None or due < event.at:
        raise TransitionError("重办须给出新的办理期限")
    return replace(
        state,
        status=S.IN_PROGRESS,
        due_at=due,
        closed_at=None,
        outcome=None,
        revisit_due_at=None,
        satisfaction=None,
        clock_start=event.at,
        reopens=state.reopens + 1,
        escalated=False,
    )


def _supervise(state: CaseState, event: EventRecord) -> CaseState:
    return replace(state, supervisions=state.supervisions + 1)


def _escalate(state: CaseState, event: EventRecord) -> CaseState:
    if state.escalated:
        raise TransitionError("案件已升级督办")
    return replace(state, escalated=True)


def _archive(state: CaseState, event: EventRecord) -> CaseState:
    return replace(state, status=S.ARCHIVED)


# --- 信访: acceptance, opinion, 复查, 复核, 终结 ----------------------------------------

P = PetitionStage


def _stage(state: CaseState, event: EventRecord, *stages: PetitionStage) -> None:
    if state.petition_stage is None:
        raise TransitionError("该案件不是信访事项，不能{event}", event=event.type)
    if state.petition_stage == P.FINAL:
        raise TransitionError("该信访事项已终结（复核意见已出具），不再受理复查、复核请求")
    if state.petition_stage not in stages:
        raise TransitionError(
            "信访事项当前为“{stage}”，不能{event}", stage=state.petition_stage, event=event.type
        )


def _moved(state: CaseState, **changes: Any) -> PetitionState:
    """Return the case's petition state with `changes` (the stage checks made sure it has one)."""
    assert state.petition is not None
    return replace(state.petition, **changes)


def _organ(state: CaseState, event: EventRecord, organ: str | None, what: str) -> str:
    dept = event.department_id or ""
    if organ is None or dept != organ:
        raise TransitionError("只有{what}可以{event}", what=what, event=event.type)
    return dept


def _acceptance_notice(state: CaseState, event: EventRecord) -> CaseState:
    _stage(state, event, P.ACCEPTANCE)
    _organ(state, event, state.lead_department_id, "承办机关")
    p = event.payload
    if p.get("accepted"):
        due = _dt(p.get("due_at"))
        if due is None or due < event.at:
            raise TransitionError("受理告知须给出办理期限")
        petition = _moved(state, stage=P.HANDLING, accepted_at=event.at)
        return replace(state, petition=petition, clock_start=event.at, due_at=due)
    if not (p.get("reason") or "").strip():
        raise TransitionError("不予受理须说明理由")
    return replace(
        state,
        status=S.REJECTED,
        petition=_moved(state, stage=P.NOT_ACCEPTED),
        closed_at=event.at,
        outcome="not_accepted",
        pending_extension=None,
    )


def _opinion_given(
    state: CaseState, event: EventRecord, stage: PetitionStage, **more: Any
) -> CaseState:
    p = event.payload
    if not (p.get("opinion") or "").strip():
        raise TransitionError("须填写意见内容")
    return replace(
        state,
        status=S.CLOSED,
        petition=_moved(state, stage=stage, request_due_at=_dt(p.get("request_due_at")), **more),
        closed_at=event.at,
        outcome=p.get("outcome") or "resolved",
        pending_extension=None,
        revisit_due_at=None,
    )


def _petition_opinion(state: CaseState, event: EventRecord) -> CaseState:
    _stage(state, event, P.HANDLING)
    dept = _organ(state, event, state.lead_department_id, "承办机关")
    review = event.payload.get("review_department_id")
    if not review or review == dept:
        raise TransitionError("处理意见书须写明复查机关（上一级机关）")
    return _opinion_given(state, event, P.OPINION, review_department_id=review)


def _review_taken(
    state: CaseState, event: EventRecord, stage: PetitionStage, organ: str | None, what: str
) -> CaseState:
    dept = _organ(state, event, organ, what)
    p = event.payload
    asked = _dt(p.get("requested_at"))
    due = _dt(p.get("due_at"))
    if asked is None or due is None:
        raise TransitionError("须写明申请日期和办理期限")
    if state.request_due_at is not None and asked > state.request_due_at:
        raise TransitionError(
            "申请已超过法定期限（应在{due}前提出），不予受理",
            due=f"{state.request_due_at:%Y-%m-%d %H:%M} UTC",
        )
    former = tuple(
        dict.fromkeys(
            d for d in (*state.former_departments, state.lead_department_id) if d and d != dept
        )
    )
    return replace(
        state,
        status=S.IN_PROGRESS,
        petition=_moved(state, stage=stage, former_departments=former),
        lead_department_id=dept,
        assist_department_ids=(),
        signed=frozenset({dept}),
        reported=frozenset(),
        signed_at=event.at,
        clock_start=asked,  # the opinion is due counted from the petitioner's request
        due_at=due,
        closed_at=None,
        outcome=None,
        satisfaction=None,
        escalated=False,
    )


def _review_request(state: CaseState, event: EventRecord) -> CaseState:
    _stage(state, event, P.OPINION)
    return _review_taken(state, event, P.REVIEW, state.review_department_id, "复查机关")


def _review_opinion(state: CaseState, event: EventRecord) -> CaseState:
    _stage(state, event, P.REVIEW)
    dept = _organ(state, event, state.review_department_id, "复查机关")
    recheck = event.payload.get("recheck_department_id")
    if not recheck or recheck == dept:
        raise TransitionError("复查意见书须写明复核机关（复查机关的上一级机关）")
    return _opinion_given(state, event, P.REVIEW_OPINION, recheck_department_id=recheck)


def _recheck_request(state: CaseState, event: EventRecord) -> CaseState:
    _stage(state, event, P.REVIEW_OPINION)
    return _review_taken(state, event, P.RECHECK, state.recheck_department_id, "复核机关")


def _recheck_opinion(state: CaseState, event: EventRecord) -> CaseState:
    _stage(state, event, P.RECHECK)
    _organ(state, event, state.recheck_department_id, "复核机关")
    return _opinion_given(state, event, P.RECHECK_OPINION)


def _petition_final(state: CaseState, event: EventRecord) -> CaseState:
    _stage(state, event, P.RECHECK_OPINION)
    _organ(state, event, state.recheck_department_id, "复核机关")
    return replace(state, petition=_moved(state, stage=P.FINAL, request_due_at=None))


_HANDLERS: dict[EventType, Any] = {
    E.ACCEPTANCE_NOTICE: _acceptance_notice,
    E.PETITION_OPINION: _petition_opinion,
    E.REVIEW_REQUEST: _review_request,
    E.REVIEW_OPINION: _review_opinion,
    E.RECHECK_REQUEST: _recheck_request,
    E.RECHECK_OPINION: _recheck_opinion,
    E.PETITION_FINAL: _petition_final,
    E.ACCEPT: _accept,
    E.QUICK_RESOLVE: _finish(S.CLOSED),
    E.REJECT: _finish(S.REJECTED),
    E.TRANSFER_OUT: _finish(S.TRANSFERRED_OUT),
    E.DISPATCH: _dispatch,
    E.SIGN: _sign,
    E.RETURN: _return,
    E.RULE_REASSIGN: _dispatch,
    E.RULE_INSIST: _insist,
    E.PROGRESS: _progress,
    E.EXTEND_REQUEST: _extend_request,
    E.EXTEND_APPROVE: _extend_approve,
    E.EXTEND_DENY: _extend_deny,
    E.ASSIST_REPORT: _assist_report,
    E.CLOSE: _close,
    E.REVISIT: _revisit,
    E.REOPEN: _reopen,
    E.ARCHIVE: _archive,
    E.SUPERVISE: _supervise,
    E.URGE: _supervise,
    E.ESCALATE: _escalate,
}


def _dt(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)
