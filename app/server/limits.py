"""Request body size limit (413) as a pure ASGI middleware, before any body is parsed.

A declared Content-Length over the limit is refused at once; a chunked body is counted as it
arrives and refused when it passes the limit, so no request holds much more than the limit in
memory.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.sync.protocol import ErrorBody


def _error(limit: int) -> dict[str, Any]:
    body = ErrorBody(code="too_large", message="请求内容过大，请分批同步", detail={"limit": limit})
    return body.model_dump()


def _refusal(limit: int) -> bytes:
    return json.dumps({"detail": _error(limit)}, ensure_ascii=False).encode()


class BodyLimitMiddleware:
    """Answer 413 to any request whose body is larger than `max_bytes`."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._too_large(send)
            return
        seen = 0

        async def counted() -> Message:
            # The route reads the body through this: past the limit it answers 413 (FastAPI
            # passes an HTTPException raised while reading the body through unchanged).
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise HTTPException(413, detail=_error(self.max_bytes))
            return message

        await self.app(scope, counted, send)

    async def _too_large(self, send: Send) -> None:
        body = _refusal(self.max_bytes)
        headers: list[Any] = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
