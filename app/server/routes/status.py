"""Public progress lookup: a resident enters the case number and 查询码, sees status and due date.

No names, no facts. Lookups are rate-limited per client address so 查询码 cannot be guessed.
"""

from __future__ import annotations

import html
import threading
import time
from collections import deque
from datetime import datetime
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel
from sqlalchemy import select

from app.domain.enums import CaseStatus
from app.models import Case
from app.server.deps import SessionDep, http_error

router = APIRouter(tags=["status"])
CHINA = ZoneInfo("Asia/Shanghai")
NOT_FOUND = "未查到该事项，请核对受理编号和查询码"


class StatusAnswer(BaseModel):
    """What a resident may see about their case."""

    case_no: str
    status: str
    due_date: str | None


class RateLimiter:
    """Allow `per_minute` hits per key in any sliding minute."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        """Record a hit for `key`; return False when it is over the limit."""
        now = time.monotonic()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and now - hits[0] > 60:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return False
            hits.append(now)
            return True


def _lookup(session: SessionDep, case_no: str, code: str) -> StatusAnswer | None:
    with session.begin():
        case = session.scalar(
            select(Case).where(Case.case_no == case_no.strip(), Case.deleted_at.is_(None))
        )
        if case is None or case.query_code != code.strip() or case.confidential:
            return None
        due: datetime | None = case.due_at
        try:
            label = CaseStatus(case.status).label
        except ValueError:
            label = case.status
        return StatusAnswer(
            case_no=case.case_no,
            status=label,
            due_date=due.astimezone(CHINA).date().isoformat() if due else None,
        )


def _limited(request: Request) -> bool:
    limiter: RateLimiter = request.app.state.status_limiter
    host = request.client.host if request.client else "?"
    return not limiter.allow(host)


@router.get("/v1/status", response_model=StatusAnswer)
def status_json(
    request: Request,
    session: SessionDep,
    case_no: Annotated[str, Query(max_length=32)],
    code: Annotated[str, Query(max_length=6)],
) -> StatusAnswer:
    """Return a case's status and due date for its number and 查询码 (404 if they do not match)."""
    if _limited(request):
        raise http_error(429, "rate_limited", "查询过于频繁，请一分钟后再试")
    answer = _lookup(session, case_no, code)
    if answer is None:
        raise http_error(404, "not_found", NOT_FOUND)
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
        if _limited(request):
            result, status = '<p class="e">查询过于频繁，请一分钟后再试。</p>', 429
        else:
            answer = _lookup(session, case_no, code)
            if answer is None:
                result = f'<p class="e">{NOT_FOUND}。</p>'
            else:
                due = answer.due_date or "—"
                result = (
                    f'<div class="r"><p>受理编号：{html.escape(answer.case_no)}</p>'
                    f"<p>当前状态：<b>{html.escape(answer.status)}</b></p>"
                    f"<p>办理期限：{html.escape(due)}</p></div>"
                )
    page = _PAGE.format(case_no=html.escape(case_no, quote=True), result=result)
    return HTMLResponse(page, status_code=status)
