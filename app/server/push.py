"""Apply one push request: idempotent by op id, gapless by device_seq, one transaction.

A batch is first applied in one go; only if the database refuses something is it applied
again op by op inside savepoints, so one malformed op is rejected instead of blocking the
device's queue forever, while the common case pays for no savepoints.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.server.authz import check_op
from app.server.changelog import ChangeSet, commit_changes
from app.server.merge import DeviceRef, Forbidden, apply_op
from app.server.tables import AppliedOp, ServerDevice
from app.sync.protocol import Op, OpResult, PushResponse


class PushRefused(Exception):
    """The whole request is refused: `status` and `code` go back to the client."""

    def __init__(self, status: int, code: str, message: str, **detail: object) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.detail = status, code, message, detail


def op_hash(op: Op) -> str:
    """Return the fingerprint an op id is bound to (same id + other content → 409)."""
    body = op.model_dump(exclude={"op_id"})
    return hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()


def push_ops(session: Session, device: DeviceRef, ops: list[Op]) -> PushResponse:
    """Apply `ops` for `device` and commit; raise PushRefused for 403/409 answers."""
    try:
        return _push(session, device, ops, careful=False)
    except PushRefused:
        raise
    except Exception:  # any failure of one op is retried op by op, never a 500
        return _push(session, device, ops, careful=True)


def _push(session: Session, device: DeviceRef, ops: list[Op], *, careful: bool) -> PushResponse:
    results: list[OpResult] = []
    with session.begin():
        # Locking the device row serialises two pushes of one device (a retry racing its original).
        dev = session.get(ServerDevice, device.id, with_for_update=True)
        assert dev is not None
        prior = {
            a.op_id: a
            for a in session.scalars(
                select(AppliedOp).where(
                    AppliedOp.device_id == device.id, AppliedOp.op_id.in_([o.op_id for o in ops])
                )
            )
        }
        changes = ChangeSet(device_id=device.id)
        changes.prefetch(session, [(o.entity, o.entity_id) for o in ops if o.op_id not in prior])
        for op in ops:
            fingerprint = op_hash(op)
            done = prior.get(op.op_id)
            if done is not None:
                if done.payload_hash != fingerprint:
                    raise PushRefused(409, "op_mismatch", "同一操作编号的内容不同", op_id=op.op_id)
                stored = OpResult.model_validate(done.result)
                results.append(stored.model_copy(update={"status": "duplicate"}))
                continue
            if op.device_seq <= dev.watermark:
                raise PushRefused(
                    409, "seq_regressed", "设备序号倒退（磁盘被复制？），请重新注册本机",
                    watermark=dev.watermark,
                )  # fmt: skip
            if op.device_seq != dev.watermark + 1:
                raise PushRefused(
                    409, "seq_gap", "操作序号不连续", expected=dev.watermark + 1, got=op.device_seq
                )
            result = _apply(session, device, op, changes, careful=careful)
            dev.watermark = op.device_seq
            prior[op.op_id] = AppliedOp(
                device_id=device.id,
                op_id=op.op_id,
                device_seq=op.device_seq,
                payload_hash=fingerprint,
                result=result.model_dump(mode="json"),
            )
            session.add(prior[op.op_id])
            results.append(result)
        commit_changes(session, changes)
        watermark = dev.watermark
    return PushResponse(results=results, watermark=watermark)


def _apply(
    session: Session, device: DeviceRef, op: Op, changes: ChangeSet, *, careful: bool
) -> OpResult:
    refused = check_op(session, device, op, changes)  # schema + township authorisation
    if refused is not None:
        return refused
    try:
        if not careful:
            return apply_op(session, device, op, changes)
        saved = changes.snapshot()
        savepoint = session.begin_nested()
        try:
            result = apply_op(session, device, op, changes)
            session.flush()
            savepoint.commit()
            return result
        except Forbidden:
            savepoint.rollback()
            raise
        except Exception as exc:  # a failing op becomes a rejection, never a 500
            savepoint.rollback()
            changes.restore(saved)
            return OpResult(
                op_id=op.op_id,
                status="rejected",
                reason="invalid",
                detail={"message": "服务器无法保存这条修改", "error": type(exc).__name__},
            )
    except Forbidden as exc:
        raise PushRefused(403, "forbidden", "无权修改其他镇街的数据", op_id=op.op_id) from exc
