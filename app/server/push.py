"""Apply one push request: idempotent by op id, gapless by device_seq, one transaction.

A batch is first applied in one go; only if the database refuses something is it applied
again op by op inside savepoints, so one malformed op is rejected instead of blocking the
device's queue forever, while the common case pays for no savepoints.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import time

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from app.server.authz import check_op
from app.server.changelog import ChangeSet, commit_changes
from app.server.merge import DeviceRef, Forbidden, apply_op
from app.server.tables import AppliedOp, ServerConflict, ServerDevice
from app.sync.protocol import Op, OpResult, PushResponse

log = logging.getLogger(__name__)
# Lock errors a busy database answers (deadlock, serialization failure, lock timeout): the
# whole batch is tried again, never turned into a rejection.
TRANSIENT_SQLSTATES = frozenset({"40P01", "40001", "55P03", "57014"})
PUSH_ATTEMPTS = 8
# Fixed conflict reasons of a rejected op (the desk translates them).
UNSAVED = "服务器无法保存这条修改"
DUPLICATE = "这条记录与服务器上已有的记录重复（如同名用户），未能保存"


class PushRefused(Exception):
    """The whole request is refused: `status` and `code` go back to the client."""

    def __init__(self, status: int, code: str, message: str, **detail: object) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.detail = status, code, message, detail


def op_hash(op: Op) -> str:
    """Return the fingerprint an op id is bound to (same id + other content → 409)."""
    body = op.model_dump(exclude={"op_id"})
    return hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()


def is_transient(exc: BaseException) -> bool:
    """Return whether a database error is a lock conflict worth trying again."""
    if isinstance(exc, OperationalError):
        return True  # SQLite busy/locked, a dropped connection, PostgreSQL lock errors
    if isinstance(exc, DBAPIError):
        state = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
        return state in TRANSIENT_SQLSTATES
    return False


class _Transient(Exception):
    """A lock conflict inside an op's savepoint: retry the batch instead of rejecting the op."""


def push_ops(session: Session, device: DeviceRef, ops: list[Op]) -> PushResponse:
    """Apply `ops` for `device` and commit; raise PushRefused for 403/409/503 answers.

    A transient lock error (deadlock, serialization failure) rolls the whole batch back and
    tries it again after a short random pause; the watermark only ever moves with stored ops.
    Any other failure of one op is retried op by op and becomes that op's rejection: never a 500.
    """
    for attempt in range(PUSH_ATTEMPTS):
        try:
            try:
                return _push(session, device, ops, careful=False)
            except PushRefused:
                raise
            except Exception as exc:
                if is_transient(exc):
                    raise _Transient from exc
                return _push(session, device, ops, careful=True)
        except (_Transient, OperationalError) as exc:
            if not isinstance(exc, _Transient) and not is_transient(exc):
                raise
            session.rollback()
            log.info("push of %d ops hit a lock conflict (attempt %d)", len(ops), attempt + 1)
            time.sleep(random.uniform(0.005, 0.05) * (attempt + 1))
    raise PushRefused(503, "busy", "服务器繁忙，请稍后重试")


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
        changes = ChangeSet(device_id=device.id, careful=careful)
        fresh = [o for o in ops if o.op_id not in prior]
        # The cases new events fold into are locked up front too, with the rest, in one order.
        cases = [
            ("case", str(o.payload["case_id"]))
            for o in fresh
            if o.entity == "case_event" and isinstance(o.payload.get("case_id"), str)
        ]
        changes.prefetch(session, [(o.entity, o.entity_id) for o in fresh] + cases)
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
            if is_transient(exc):
                raise _Transient from exc
            savepoint.rollback()
            changes.restore(saved)
            message = DUPLICATE if isinstance(exc, IntegrityError) else UNSAVED
            # Rejected once, raised once as a conflict the user can act on; the queue moves on.
            changes.add_conflict(
                ServerConflict(
                    device_id=device.id,
                    kind="rejected",
                    entity=op.entity,
                    entity_id=op.entity_id,
                    field="",
                    mine=op.payload,
                    theirs=None,
                    kept="theirs",
                    reason=message,
                )
            )
            return OpResult(
                op_id=op.op_id,
                status="rejected",
                reason="invalid",
                detail={"message": message, "error": type(exc).__name__},
            )
    except Forbidden as exc:
        raise PushRefused(403, "forbidden", "无权修改其他镇街的数据", op_id=op.op_id) from exc
