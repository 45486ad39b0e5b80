"""Case transfer (分类流转 / 分头办理): dispatch, sign, return, rule, extend, close, revisit.

Every action is one workflow event (app.services.transfer.workflow.record); due dates are
computed here, when the action is taken, and carried in the event payload.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import CaseStatus, EventType, Outcome, Satisfaction, TimeUnit
from app.domain.intake import StoredFile
from app.domain.transfer import (
    ActionResult,
    ReturnReason,
    RoutingSuggestion,
)
from app.models import Attachment, Case, CaseEvent, Department, DutyItem, RoutingRule
from app.models.base import utcnow
from app.services.common import deadlines
from app.services.errors import DomainError, Msg, NotFound, ValidationError
from app.services.transfer.workflow import Actor, CaseState, current_state, record

E = EventType


def _case(session: Session, case_id: str) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("案件不存在")
    return case


def _result(case_id: str, state: CaseState, event: EventType) -> ActionResult:
    return ActionResult(case_id, state.status.value, state.status.label, state.due_at, event.value)


def _handling_due(session: Session, case: Case, start: datetime) -> datetime:
    limit = deadlines.handling_limit(session, kind=case.kind, category_id=case.category_id)
    return deadlines.add_limit(start, limit, deadlines.load_calendar(session))


def _check_departments(session: Session, lead: str, assists: Sequence[str]) -> tuple[str, ...]:
    if not lead:
        raise ValidationError({"lead_department_id": "请选择主办部门"})
    clean = tuple(dict.fromkeys(a for a in assists if a and a != lead))
    for dept_id in (lead, *clean):
        dept = session.get(Department, dept_id)
        if dept is None or not dept.active or dept.deleted_at is not None:
            raise ValidationError({"lead_department_id": "所选部门不存在或已停用"})
    return clean


def suggest_routing(
    session: Session, *, case_id: str, now: datetime | None = None
) -> RoutingSuggestion:
    """Return the suggested lead and assisting departments and due dates for dispatching a case."""
    case = _case(session, case_id)
    start = now or utcnow()
    lead: str | None = None
    assists: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    if case.category_id is not None:
        rule = session.scalars(
            select(RoutingRule)
            .where(RoutingRule.category_id == case.category_id, RoutingRule.deleted_at.is_(None))
            .order_by(RoutingRule.priority.desc())
            .limit(1)
        ).first()
        if rule is not None:
            lead, assists = rule.lead_department_id, tuple(rule.assist_department_ids or ())
        items = session.scalars(
            select(DutyItem).where(
                DutyItem.category_id == case.category_id, DutyItem.deleted_at.is_(None)
            )
        ).all()
        titles = tuple(i.title for i in items)
        if lead is None and items:
            lead = items[0].department_id
    cal = deadlines.load_calendar(session)
    limit = deadlines.handling_limit(session, kind=case.kind, category_id=case.category_id)
    state = current_state(session, case_id)
    return RoutingSuggestion(
        case_id=case_id,
        lead_department_id=lead,
        assist_department_ids=assists,
        duty_titles=titles,
        limit_label=limit.label,
        due_at=deadlines.add_limit(start, limit, cal),
        sign_due_at=deadlines.add_limit(start, deadlines.sign_limit(session), cal),
        return_counts=state.returns,
    )


def dispatch(
    session: Session,
    *,
    actor: Actor,
    case_id: str,
    lead_department_id: str,
    assist_department_ids: Sequence[str] = (),
    due_at: datetime | None = None,
    requirements: str = "",
) -> ActionResult:
    """交办: send the case to a lead department (and assisting ones) with due dates."""
    case = _case(session, case_id)
    assists = _check_departments(session, lead_department_id, assist_department_ids)
    now = utcnow()
    state = current_state(session, case_id)
    kind = E.RULE_REASSIGN if state.status == CaseStatus.TO_DISPATCH else E.DISPATCH
    due = due_at or _handling_due(session, case, now)
    sign_due = deadlines.add_limit(
        now, deadlines.sign_limit(session), deadlines.load_calendar(session)
    )
    payload = {
        "lead_department_id": lead_department_id,
        "assist_department_ids": list(assists),
        "due_at": due,
        "sign_due_at": min(sign_due, due),  # signing is never due after the handling
        "requirements": requirements,
    }
    if case.kind in deadlines.PETITION_KINDS:
        # 信访工作条例 art. 23: the organ decides within 15 days of receipt whether to accept.
        payload["acceptance_due_at"] = deadlines.add_limit(
            now,
            deadlines.petition_limit(session, "decide_acceptance"),
            deadlines.load_calendar(session),
        )
    state = record(session, case_id=case_id, type=kind, actor=actor, payload=payload)
    return _result(case_id, state, kind)


def sign(session: Session, *, actor: Actor, case_id: str) -> ActionResult:
    """签收 for the actor's department; the lead's signature starts the handling clock."""
    case = _case(session, case_id)
    before = current_state(session, case_id)
    payload = {}
    if actor.department_id == before.lead_department_id:
        payload["due_at"] = _handling_due(session, case, utcnow())
    state = record(
        session,
        case_id=case_id,
        type=E.SIGN,
        actor=actor,
        payload=payload,
        department_id=actor.department_id,
    )
    return _result(case_id, state, E.SIGN)


def return_case(
    session: Session, *, actor: Actor, case_id: str, reason_code: str, reason: str = ""
) -> ActionResult:
    """退回 an unsigned assignment to the dispatcher with a coded reason."""
    if reason_code not in ReturnReason._value2member_map_:
        raise ValidationError({"reason_code": "请选择退回理由"})
    if reason_code == ReturnReason.OTHER and not reason.strip():
        raise ValidationError({"reason": "选择“其他”时须写明退回理由"})
    payload = {
        "reason_code": reason_code,
        "reason": reason.strip() or ReturnReason(reason_code).label,
    }
    state = record(
        session,
        case_id=case_id,
        type=E.RETURN,
        actor=actor,
        payload=payload,
        department_id=actor.department_id,
    )
    return _result(case_id, state, E.RETURN)


def rule_insist(session: Session, *, actor: Actor, case_id: str, reason: str) -> ActionResult:
    """维持交办: the dispatcher rules the return unfounded; the department must sign."""
    if not reason.strip():
        raise ValidationError({"reason": "维持交办须说明理由"})
    sign_due = deadlines.add_limit(
        utcnow(), deadlines.sign_limit(session), deadlines.load_calendar(session)
    )
    state = current_state(session, case_id)
    if state.due_at is not None and sign_due > state.due_at:
        sign_due = state.due_at
    state = record(
        session,
        case_id=case_id,
        type=E.RULE_INSIST,
        actor=actor,
        payload={"reason": reason.strip(), "sign_due_at": sign_due},
    )
    return _result(case_id, state, E.RULE_INSIST)


def _department_report(
    session: Session, actor: Actor, case_id: str, kind: E, field: str, text: str, *, message: str
) -> ActionResult:
    """Record the department's free-text report `text` as payload `field`; `message` if empty."""
    if not text.strip():
        raise ValidationError({field: message})
    state = record(
        session,
        case_id=case_id,
        type=kind,
        actor=actor,
        payload={field: text.strip()},
        department_id=actor.department_id,
    )
    return _result(case_id, state, kind)


def add_progress(session: Session, *, actor: Actor, case_id: str, note: str) -> ActionResult:
    """Record a progress note (办理进展) for the actor's department."""
    return _department_report(
        session, actor, case_id, E.PROGRESS, "note", note, message="请填写办理进展"
    )


def request_extension(
    session: Session, *, actor: Actor, case_id: str, days: int, reason: str
) -> ActionResult:
    """申请延期 by the lead department; a supervisor approves or denies it."""
    errors = {}
    if days <= 0:
        errors["days"] = "延期天数须大于零"
    if not reason.strip():
        errors["reason"] = "申请延期须说明理由（将印在延期告知书上）"
    case = _case(session, case_id)
    cap = deadlines.max_extension(session, kind=case.kind)
    if cap is not None and cap.unit == TimeUnit.DAYS and days > cap.value:
        errors["days"] = Msg("该类事项延期不得超过{n}{unit}", n=cap.value, unit=cap.unit)
    if errors:
        raise ValidationError(errors)
    state = record(
        session,
        case_id=case_id,
        type=E.EXTEND_REQUEST,
        actor=actor,
        payload={"days": days, "reason": reason.strip()},
        department_id=actor.department_id,
    )
    return _result(case_id, state, E.EXTEND_REQUEST)


def decide_extension(
    session: Session, *, actor: Actor, case_id: str, approve: bool, reason: str = ""
) -> ActionResult:
    """Approve (new due date = old + requested days) or deny a pending extension."""
    state = current_state(session, case_id)
    if state.pending_extension is None:
        raise DomainError("该案件没有待审批的延期申请")
    if not approve:
        if not reason.strip():
            raise ValidationError({"reason": "驳回延期须说明理由"})
        new = record(
            session,
            case_id=case_id,
            type=E.EXTEND_DENY,
            actor=actor,
            payload={"reason": reason.strip()},
        )
        return _result(case_id, new, E.EXTEND_DENY)
    days, why = state.pending_extension
    base = state.due_at or utcnow()
    due = deadlines.add_limit(base, deadlines.Limit(days, TimeUnit.DAYS))
    new = record(
        session,
        case_id=case_id,
        type=E.EXTEND_APPROVE,
        actor=actor,
        payload={"due_at": due, "previous_due_at": state.due_at, "days": days, "reason": why},
    )
    return _result(case_id, new, E.EXTEND_APPROVE)


def assist_report(session: Session, *, actor: Actor, case_id: str, result: str) -> ActionResult:
    """协办反馈: an assisting department reports its part as done."""
    return _department_report(
        session, actor, case_id, E.ASSIST_REPORT, "result", result, message="请填写协办结果"
    )


def close(
    session: Session,
    *,
    actor: Actor,
    case_id: str,
    outcome: str,
    result: str,
    attachments: Sequence[StoredFile] = (),
) -> ActionResult:
    """办结 by the lead department with a result and attachments; the revisit falls due."""
    errors = {}
    if outcome not in (Outcome.RESOLVED, Outcome.PARTLY, Outcome.GUIDED):
        errors["outcome"] = "请选择办理结果：化解成功、部分化解或未化解·已引导"
    if not result.strip():
        errors["result"] = "请填写办理结果"
    if errors:
        raise ValidationError(errors)
    case = _case(session, case_id)
    now = utcnow()
    revisit_due = deadlines.add_limit(
        now, deadlines.revisit_limit(session), deadlines.load_calendar(session)
    )
    payload = {
        "outcome": outcome,
        "result": result.strip(),
        "revisit_due_at": revisit_due,
        "attachments": [f.sha256 for f in attachments],
    }
    state = record(
        session,
        case_id=case_id,
        type=E.CLOSE,
        actor=actor,
        payload=payload,
        department_id=actor.department_id,
    )
    event_id = session.scalars(
        select(CaseEvent.id)
        .where(CaseEvent.case_id == case_id, CaseEvent.type == E.CLOSE.value)
        .order_by(CaseEvent.id.desc())
        .limit(1)
    ).one()
    for f in attachments:
        session.add(
            Attachment(
                case_id=case_id,
                event_id=event_id,
                owner_org=case.owner_org,
                filename=f.filename,
                mime=f.mime,
                size=f.size,
                sha256=f.sha256,
                note="办结材料",
            )
        )
    return _result(case_id, state, E.CLOSE)


def revisit(
    session: Session,
    *,
    actor: Actor,
    case_id: str,
    satisfaction: str,
    channel: str,
    comment: str = "",
    reopen_reason: str = "",
) -> ActionResult:
    """回访评价; 不满意 reopens the case (重办) with the reason and a new due date."""
    if satisfaction not in Satisfaction._value2member_map_:
        raise ValidationError({"satisfaction": "请选择满意度"})
    if satisfaction == Satisfaction.UNSATISFIED and not (reopen_reason or comment).strip():
        raise ValidationError({"reopen_reason": "不满意须写明理由，案件将重办"})
    state = record(
        session,
        case_id=case_id,
        type=E.REVISIT,
        actor=actor,
        payload={"satisfaction": satisfaction, "channel": channel, "comment": comment.strip()},
    )
    if satisfaction != Satisfaction.UNSATISFIED:
        return _result(case_id, state, E.REVISIT)
    case = _case(session, case_id)
    state = record(
        session,
        case_id=case_id,
        type=E.REOPEN,
        actor=actor,
        payload={
            "reason": (reopen_reason or comment).strip(),
            "due_at": _handling_due(session, case, utcnow()),
        },
    )
    return _result(case_id, state, E.REOPEN)


def revisit_by_query_code(
    session: Session,
    *,
    actor: Actor,
    case_no: str,
    query_code: str,
    satisfaction: str,
    comment: str = "",
) -> ActionResult:
    """Record a resident's evaluation given with the slip's number and 查询码."""
    case = session.scalars(select(Case).where(Case.case_no == case_no.strip())).first()
    if case is None or case.query_code != query_code.strip():
        raise DomainError("案件编号或查询码不正确", field="query_code")
    return revisit(
        session,
        actor=actor,
        case_id=case.id,
        satisfaction=satisfaction,
        channel="query_code",
        comment=comment,
    )
