"""Public progress lookup: a resident enters the case number and 查询码, sees status and due date.

No names, no facts. Lookups are rate-limited per client address and globally, and a case number
is locked after repeated wrong 查询码, so codes cannot be guessed (app.server.status_guard).
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.domain.enums import CaseStatus, EventType, PetitionStage
from app.models import Case, CaseEvent
from app.server import status_guard as guard
from app.server.deps import SessionDep, http_error
from app.server.status_guard import StatusLimits, client_address
from app.services.common.deadlines import PETITION_KINDS
from app.services.transfer.petition import stage_due
from app.services.transfer.workflow import EventRecord, TransitionError, fold

router = APIRouter(tags=["status"])
CHINA = ZoneInfo("Asia/Shanghai")
NOT_FOUND = "未查到该事项，请核对受理编号和查询码"


class StatusAnswer(BaseModel):
    """What a resident may see about their case."""

    case_no: str
    status: str
    due_date: str | None
    stage: str | None = None  # 信访 cases: the statutory stage (受理, 复查, 复核, 终结, ...)
    stage_due_date: str | None = None  # and the day it falls due (the petitioner's own window)


LOCKED = "该受理编号查询码错误次数过多，已暂停查询，请{minutes}分钟后再试或到服务窗口询问"
BUSY = "查询过于频繁，请一分钟后再试"


def _limits(request: Request) -> StatusLimits:
    limits: StatusLimits = request.app.state.status_limits
    return limits


def _day(at: datetime | None) -> str | None:
    return at.astimezone(CHINA).date().isoformat() if at else None


def _answer(session: SessionDep, case: Case | None, code: str) -> StatusAnswer | None:
    if case is None or case.query_code != code.strip() or case.confidential:
        return None
    due: datetime | None = case.due_at
    try:
        label = CaseStatus(case.status).label
    except ValueError:
        label = case.status
    stage, stage_due = _petition_stage(session, case)
    return StatusAnswer(
        case_no=case.case_no,
        status=label,
        due_date=_day(due),
        stage=stage,
        stage_due_date=stage_due,
    )


def _petition_stage(session: SessionDep, case: Case) -> tuple[str | None, str | None]:
    """The stage of a 信访 case and its due day, folded from the server's events."""
    if case.kind not in PETITION_KINDS:
        return None, None
    rows = session.scalars(
        select(CaseEvent)
        .where(CaseEvent.case_id == case.id, CaseEvent.no_effect.is_(False))
        .order_by(CaseEvent.server_seq.is_(None), CaseEvent.server_seq, CaseEvent.id)
    ).all()
    events = [
        EventRecord(r.id, EventType(r.type), r.at, r.payload or {}, r.actor_id, r.department_id)
        for r in rows
        if r.type in EventType._value2member_map_
    ]
    try:
        state = fold(events)
    except TransitionError:
        return None, None
    stage = state.petition_stage or PetitionStage.ROUTING
    label = stage.label
    if stage == PetitionStage.FINAL:
        label = "信访终结（复核意见已出具，同一事实和理由不再受理）"
    return label, _day(stage_due(state))


def _lookup(
    request: Request, session: SessionDep, case_no: str, code: str
) -> tuple[int, str, StatusAnswer | None]:
    """Return (HTTP status, refusal message, answer) for one lookup, guards included."""
    limits = _limits(request)
    address = client_address(request, limits.trusted_proxies)
    case_no = case_no.strip()
    with session.begin():
        guard.prune(session)
        if not guard.allow(session, f"ip:{address}", limits.per_address_per_min):
            return 429, BUSY, None
        if not guard.allow(session, guard.GLOBAL_KEY, limits.global_per_min):
            return 429, BUSY, None
    with session.begin():
        if guard.locked(session, case_no):
            return 429, LOCKED.format(minutes=limits.lock_minutes), None
        case = session.scalar(
            select(Case).where(Case.case_no == case_no, Case.deleted_at.is_(None))
        )
        answer = _answer(session, case, code)
        try:
            with session.begin_nested():
                guard.note_result(session, case_no, answer is not None, limits)
        except IntegrityError:
            pass  # another worker counted the same case's first failure at the same moment
    if answer is None:
        return 404, NOT_FOUND, None
    return 200, "", answer


@router.get("/v1/status", response_model=StatusAnswer)
def status_json(
    request: Request,
    session: SessionDep,
    case_no: Annotated[str, Query(max_length=32)],
    code: Annotated[str, Query(max_length=6)],
) -> StatusAnswer:
    """Return a case's status and due date for its number and 查询码 (404 if they do not match)."""
    status, message, answer = _lookup(request, session, case_no, code)
    if answer is None:
        raise http_error(status, "rate_limited" if status == 429 else "not_found", message)
    return answer


_PAGE = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>办理进度查询</title>
<style>body{{font-family:sans-serif;max-width:32em;margin:2em auto;font-size:18px;padding:0 1em}}
input{{font-size:18px;width:100%;margin:.3em 0 .8em}}button{{font-size:18px;padding:.3em 1.5em}}
.r{{border:1px solid #ccc;padding:1em;margin-top:1em}}.e{{color:#a00}}</style></head>
<body><h1>办理进度查询</h1>
<form method="get" action="/status">
<label>受理编号<input name="case_no" value="{case_no}" maxlength="32" required></label>
<label>查询码（回执上的6位数字）<input name="code" value="" maxlength="6" required></label>
<button type="submit">查询</button></form>{result}</body></html>"""


@router.get("/status", response_class=HTMLResponse)
def status_page(
    request: Request,
    session: SessionDep,
    case_no: Annotated[str, Query(max_length=32)] = "",
    code: Annotated[str, Query(max_length=6)] = "",
) -> HTMLResponse:
    """Show the lookup form and, when asked, the status and due date of one case."""
    result = ""
    status = 200
    if case_no or code:
        status, message, answer = _lookup(request, session, case_no, code)
        if answer is None:
            result = f'<p class="e">{html.escape(message)}。</p>'
            status = 200 if status == 404 else status
        else:
            due = answer.due_date or "—"
            result = (
                f'<div class="r"><p>受理编号：{html.escape(answer.case_no)}</p>'
                f"<p>当前状态：<b>{html.escape(answer.status)}</b></p>"
                f"<p>办理期限：{html.escape(due)}</p>"
            )
            if answer.stage:
                result += f"<p>信访阶段：<b>{html.escape(answer.stage)}</b></p>"
                if answer.stage_due_date:
                    result += f"<p>本阶段期限：{html.escape(answer.stage_due_date)}</p>"
            result += "</div>"
    page = _PAGE.format(case_no=html.escape(case_no, quote=True), result=result)
    return HTMLResponse(page, status_code=status)
