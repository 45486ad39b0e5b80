"""Bulk sync endpoints: compact snapshot pages and a desk's published rows (app.server.bulk)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError

from app.server.bulk import BulkRefused, Publisher, publish_chunk, publish_done, rows_page
from app.server.deps import DeviceDep, ProtocolDep, SessionDep, http_error
from app.sync.protocol import MAX_ROWS_PAGE, Op
from app.sync.wire import pack, unpack

router = APIRouter(prefix="/v1/sync", tags=["sync"], dependencies=[ProtocolDep])
JSON_GZIP = {"Content-Encoding": "gzip"}


def _reply(data: Any) -> Response:
    return Response(content=pack(data), media_type="application/json", headers=JSON_GZIP)


@router.get("/rows")
def rows(
    device: DeviceDep,
    session: SessionDep,
    bucket: str,
    token: str | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_ROWS_PAGE)] = 5000,
) -> Response:
    """Return one compact page of the bucket's current rows (first sync; resumable by token)."""
    if not device.may_read(bucket) or bucket.startswith("dev:"):
        raise http_error(403, "forbidden", "无权读取该数据分区", bucket=bucket)
    with session.begin():
        try:
            page = rows_page(session, bucket=bucket, token=token, limit=limit)
        except ValueError:
            raise http_error(400, "bad_token", "全量下载位置无效") from None
    return _reply(page)


async def _body(request: Request) -> dict[str, Any]:
    try:
        body = unpack(await request.body(), request.headers.get("content-encoding"))
    except (ValueError, OSError):
        raise http_error(400, "bad_body", "请求内容无法解析") from None
    if not isinstance(body, dict):
        raise http_error(400, "bad_body", "请求内容无法解析")
    return body


@router.post("/publish")
async def publish(request: Request, device: DeviceDep, session: SessionDep) -> Response:
    """Store one chunk of a published bulk load, or (done=true) acknowledge its op."""
    body = await _body(request)
    who = Publisher(id=device.id, org_code=device.org_code, district=device.district)
    return await run_in_threadpool(_publish, body, who, session)


def _publish(body: dict[str, Any], who: Publisher, session: SessionDep) -> Response:
    try:
        if body.get("done"):
            op = Op.model_validate(body.get("op"))
            return _reply(publish_done(session, who, op).model_dump(mode="json"))
        rows_ = body.get("rows")
        if not isinstance(rows_, list) or len(rows_) > MAX_ROWS_PAGE:
            raise http_error(400, "bad_body", "请求内容无法解析")
        result = publish_chunk(
            session,
            who,
            op_id=str(body["op_id"]),
            device_seq=int(body["device_seq"]),
            entity=str(body["entity"]),
            columns=list(body["columns"]),
            rows=rows_,
        )
    except BulkRefused as exc:
        raise http_error(exc.status, exc.code, exc.message, **exc.detail) from None
    except (KeyError, TypeError, ValidationError):
        raise http_error(400, "bad_body", "请求内容无法解析") from None
    return _reply(result)
