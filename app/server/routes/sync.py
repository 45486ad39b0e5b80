"""The sync endpoints: hello, push, pull, snapshot (ARCHITECTURE.md §5)."""

from __future__ import annotations

import logging
import secrets
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError

from app.domain.enums import RegionLevel
from app.models import Region
from app.models.base import utcnow
from app.server import audit as audit_log
from app.server.bulk import PUBLISH_OP
from app.server.changelog import bucket_heads
from app.server.db import meta_value, set_meta_value
from app.server.deps import AuthDevice, DeviceDep, ProtocolDep, SessionDep, http_error
from app.server.lookup import other_centres
from app.server.merge import DeviceRef
from app.server.push import PushRefused, push_ops
from app.server.restore import restored_from_backup
from app.server.snapshot import snapshot_page
from app.server.tables import BucketState, ChangeLog, ServerDevice
from app.server.tokens import rotate_if_due
from app.sync.protocol import (
    DISTRICT_BUCKET,
    MAX_PAGE,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    AuditPushRequest,
    AuditPushResponse,
    BucketHead,
    Change,
    DeviceChain,
    DistrictAuditEntry,
    DistrictAuditResponse,
    HelloRequest,
    HelloResponse,
    LookupRequest,
    LookupResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    SnapshotResponse,
    device_bucket,
    org_bucket,
)

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1/sync", tags=["sync"], dependencies=[ProtocolDep])


def _buckets(session: SessionDep, device: AuthDevice) -> list[str]:
    if not device.district:
        return [DISTRICT_BUCKET, org_bucket(device.org_code), device_bucket(device.id)]
    towns = set(session.scalars(select(Region.code).where(Region.level == RegionLevel.TOWN.value)))
    towns |= {
        b.removeprefix("org:")
        for b in session.scalars(select(BucketState.bucket).where(BucketState.bucket.like("org:%")))
    }
    return [DISTRICT_BUCKET, *(org_bucket(t) for t in sorted(towns)), device_bucket(device.id)]


def _head(state: BucketState) -> BucketHead:
    return BucketHead(bucket=state.bucket, head=state.head, count=state.count, hash=state.hash)


@router.post("/hello", response_model=HelloResponse)
def hello(
    req: HelloRequest, device: DeviceDep, session: SessionDep, request: Request
) -> HelloResponse:
    """Answer versions, server time, epoch, the device watermark and its bucket heads.

    A token near its end (or already rotated out) gets its successor here (app.server.tokens).
    """
    if req.protocol_version < MIN_PROTOCOL_VERSION:
        raise http_error(426, "upgrade_required", "客户端版本过旧，请升级后再同步")
    policy = request.app.state.settings.token_policy
    with session.begin():
        dev = session.get(ServerDevice, device.id, with_for_update=True)
        assert dev is not None
        new_token = rotate_if_due(dev, policy, previous=device.previous_token)
        heads = bucket_heads(session, _buckets(session, device))
        if req.positions and restored_from_backup(session, heads, req.positions):
            # A new epoch sends every desk to re-read its buckets and re-send what was lost.
            log.warning("device %s saw log entries this server no longer holds: new epoch", dev.id)
            set_meta_value(session, "epoch", secrets.token_hex(8))
        return HelloResponse(
            protocol_version=PROTOCOL_VERSION,
            min_protocol_version=MIN_PROTOCOL_VERSION,
            server_time=utcnow(),
            epoch=meta_value(session, "epoch"),
            device_id=dev.id,
            device_code=dev.device_code,
            org_code=dev.org_code,
            watermark=dev.watermark,
            buckets=[_head(h) for h in heads],
            new_token=new_token,
            token_expires_at=dev.token_expires_at,
        )


@router.post("/push", response_model=PushResponse)
def push(req: PushRequest, device: DeviceDep, session: SessionDep) -> PushResponse:
    """Apply ops in device_seq order; idempotent by op id; gapless after the watermark."""
    try:
        return push_ops(session, DeviceRef(id=device.id, org_code=device.org_code), req.ops)
    except PushRefused as exc:
        raise http_error(exc.status, exc.code, exc.message, **exc.detail) from None


@router.post("/audit", response_model=AuditPushResponse)
def audit(req: AuditPushRequest, device: DeviceDep, session: SessionDep) -> AuditPushResponse:
    """Append the desk's next audit entries to its chain (verified; never edited or deleted)."""
    try:
        with session.begin():
            return audit_log.append(
                session, device_id=device.id, org_code=device.org_code, entries=req.entries
            )
    except audit_log.AuditRefused as exc:
        raise http_error(409, exc.code, exc.message, **exc.detail) from None
    except IntegrityError:  # two pushes of one device at once: the other one stored them
        raise http_error(409, "audit_busy", "审计记录正在由另一个请求写入，请稍后重试") from None


@router.get("/audit", response_model=DistrictAuditResponse)
def district_audit(
    device: DeviceDep,
    session: SessionDep,
    org: Annotated[str | None, Query(max_length=12)] = None,
    action: Annotated[str | None, Query(max_length=32)] = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: Annotated[int, Query(ge=1, le=2000)] = 2000,
) -> DistrictAuditResponse:
    """The townships' audit trails for the district's audit viewer (district devices only)."""
    if not device.district:
        raise http_error(403, "forbidden", "只有区级设备可以查看各镇街的审计日志")
    for bound in (since, until):
        if bound is not None and bound.tzinfo is None:
            raise http_error(422, "invalid", "时间须带时区")
    with session.begin():
        rows = audit_log.list_entries(
            session, org_code=org, action=action, since=since, until=until, limit=limit
        )
        ids = sorted({r.device_id for r in rows})
        devices = {
            d.id: d for d in session.scalars(select(ServerDevice).where(ServerDevice.id.in_(ids)))
        }
        chains = []
        for device_id in ids:
            report = audit_log.verify_device(session, device_id)
            dev = devices.get(device_id)
            chains.append(
                DeviceChain(
                    org_code=dev.org_code if dev else "",
                    device_code=dev.device_code if dev else "?",
                    entries=report.entries,
                    ok=report.ok,
                    first_bad_seq=report.first_bad_seq,
                )
            )
    return DistrictAuditResponse(
        entries=[
            DistrictAuditEntry(
                id=r.id,
                seq=r.seq,
                at=r.at,
                owner_org=r.owner_org,
                user_id=r.user_id,
                action=r.action,
                entity=r.entity,
                entity_id=r.entity_id,
                detail=dict(r.detail or {}),
                prev_hash=r.prev_hash,
                hash=r.hash,
                device_code=devices[r.device_id].device_code if r.device_id in devices else "?",
            )
            for r in rows
        ],
        chains=chains,
    )


@router.get("/pull", response_model=PullResponse)
def pull(
    device: DeviceDep,
    session: SessionDep,
    bucket: str,
    after: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 500,
) -> PullResponse:
    """Return the bucket's changes after `after` in commit order (410 past the log horizon)."""
    if not device.may_read(bucket):
        raise http_error(403, "forbidden", "无权读取该数据分区", bucket=bucket)
    with session.begin():
        horizon = int(meta_value(session, "horizon", "0"))
        state = bucket_heads(session, [bucket])[0]
        if (after < horizon and after < state.head) or after > state.head:
            raise http_error(410, "gone", "同步位置已失效，需要重新下载全量", horizon=horizon)
        rows = session.scalars(
            select(ChangeLog)
            .where(ChangeLog.bucket == bucket, ChangeLog.seq > after, ChangeLog.seq <= state.head)
            # A desk holds the rows it published itself: never send them back to it.
            .where(or_(ChangeLog.op != PUBLISH_OP, ChangeLog.device_id != device.id))
            .order_by(ChangeLog.seq)
            .limit(limit + 1)
        ).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    changes = [
        Change(
            seq=r.seq,
            entity=r.entity,
            entity_id=r.entity_id,
            op=r.op,
            version=r.version,
            payload=r.payload,
        )
        for r in rows
    ]
    next_after = rows[-1].seq if has_more else state.head
    return PullResponse(
        bucket=bucket, changes=changes, next_after=next_after, has_more=has_more, head=_head(state)
    )


@router.get("/snapshot", response_model=SnapshotResponse)
def snapshot(
    device: DeviceDep,
    session: SessionDep,
    bucket: str,
    token: str | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 500,
) -> SnapshotResponse:
    """Return one page of the bucket's current rows (first sync and recovery; resumable)."""
    if not device.may_read(bucket):
        raise http_error(403, "forbidden", "无权读取该数据分区", bucket=bucket)
    with session.begin():
        try:
            return snapshot_page(session, bucket=bucket, token=token, limit=limit)
        except ValueError:
            raise http_error(400, "bad_token", "全量下载位置无效") from None


@router.post("/lookup", response_model=LookupResponse)
def lookup(req: LookupRequest, device: DeviceDep, session: SessionDep) -> LookupResponse:
    """Answer a resident's earlier cases at other centres: counts, townships, dates only.

    The number arrives as its keyed hash; the request is logged (access log, action lookup).
    """
    with session.begin():
        return other_centres(session, org_code=device.org_code, digest=req.digest)
