"""The server's access log: one row per authenticated sync request, per device and bucket.

Who (device, township, address) read or wrote which bucket, when, and what the server answered
(refusals included: a township device asking for another township's bucket is logged with 403).
Written by a middleware after the answer, from what `current_device` noted on the request, so
the routes stay as they are. `summary` groups it per device and bucket for the district admin
(`python -m app.server access`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

from sqlalchemy import case, func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.models.base import utcnow
from app.server.tables import AccessLog, ServerDevice
from app.sync.protocol import org_bucket

log = logging.getLogger(__name__)
DEVICE_KEY = "yizhan_device"  # where current_device leaves the device in the request state


class AccessLogMiddleware:
    """Log every /v1/sync request a device made (after its answer is sent)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope.get("path", "").startswith("/v1/sync/"):
            await self.app(scope, receive, send)
            return
        status = {"code": 500}

        async def watched(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, watched)
        finally:
            device = scope.get("state", {}).get(DEVICE_KEY)
            if device is not None:
                factory = scope["app"].state.session_factory
                try:
                    await run_in_threadpool(_write, factory, scope, device, status["code"])
                except SQLAlchemyError:  # a busy database must not fail an answered request
                    log.warning("access log row not written", exc_info=True)


def _write(factory: sessionmaker[Session], scope: Scope, device: Any, status: int) -> None:
    action = str(scope["path"]).rsplit("/", 1)[-1][:16]
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    bucket = (query.get("bucket") or [""])[0]
    if action in ("push", "audit"):
        bucket = org_bucket(device.org_code)
    client = scope.get("client")
    with factory.begin() as s:
        if s.get_bind().dialect.name == "postgresql":
            # One row per request: its commit need not wait for the WAL flush (a crash may lose
            # the last few rows of the log, never leave a half row); the answer was sent anyway.
            s.execute(text("SET LOCAL synchronous_commit = off"))
        s.add(
            AccessLog(
                device_id=device.id,
                org_code=device.org_code,
                action=action,
                bucket=bucket[:48],
                status=status,
                address=str(client[0])[:64] if client else "",
            )
        )


@dataclass(frozen=True)
class AccessSummary:
    """Requests of one device on one bucket in a period."""

    org_code: str
    device_code: str
    bucket: str
    requests: int
    refused: int
    first_at: datetime
    last_at: datetime


def summary(session: Session, *, days: int = 7) -> list[AccessSummary]:
    """Return requests per device and bucket over the last `days` days."""
    since = utcnow() - timedelta(days=days)
    refused = func.sum(case((AccessLog.status >= 400, 1), else_=0))
    rows = session.execute(
        select(
            AccessLog.org_code,
            func.coalesce(ServerDevice.device_code, "?"),
            AccessLog.bucket,
            func.count(),
            refused,
            func.min(AccessLog.at),
            func.max(AccessLog.at),
        )
        .outerjoin(ServerDevice, ServerDevice.id == AccessLog.device_id)
        .where(AccessLog.at >= since)
        .group_by(AccessLog.org_code, ServerDevice.device_code, AccessLog.bucket)
        .order_by(AccessLog.org_code, ServerDevice.device_code, AccessLog.bucket)
    )
    return [
        AccessSummary(org, code, bucket, int(n), int(bad or 0), first, last)
        for org, code, bucket, n, bad, first, last in rows
    ]
