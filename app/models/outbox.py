"""Write a sync outbox op for every change to a synced row, in the same transaction.

Hooked on the session factory so no service can forget it. A session whose `info` has
`sync_apply=True` (the sync engine applying pulled rows) or `capture_outbox=False` (reference
loading, demo data) writes no ops. Reference rows are pushed only by a session with
`push_reference=True` (the district admin's device).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, func, insert, inspect, select
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from app.domain.enums import OpKind
from app.domain.ids import uuid7
from app.models.base import SyncMixin, utcnow
from app.models.serialize import row_to_payload
from app.models.sync_state import SyncOutbox

# session.info key: the highest device_seq this session's open transaction has written.
_LAST_SEQ = "_outbox_last_seq"
# Built once: every save runs them, and building a statement costs more than running it.
_MAX_SEQ = select(func.coalesce(func.max(SyncOutbox.device_seq), 0))
_INSERT_OPS = insert(SyncOutbox)


def _captures(session: Session) -> bool:
    info = session.info
    return not info.get("sync_apply") and info.get("capture_outbox", True)


def _pushes(session: Session, obj: object) -> bool:
    if not isinstance(obj, SyncMixin):
        return False
    return obj.__sync_bucket__ != "ref" or bool(session.info.get("push_reference"))


def _changed_fields(obj: SyncMixin) -> list[str]:
    state = inspect(obj)
    exclude = type(obj).__sync_exclude__
    return [
        attr.key
        for attr in state.mapper.column_attrs
        if attr.key not in exclude and state.attrs[attr.key].history.has_changes()
    ]


def _collect(session: Session) -> list[dict[str, Any]]:
    ops: list[dict[str, Any]] = []
    for obj in session.new:
        if _pushes(session, obj):
            assert isinstance(obj, SyncMixin)
            ops.append(_op(obj, OpKind.INSERT, row_to_payload(obj)))
    for obj in session.dirty:
        if not _pushes(session, obj) or not session.is_modified(obj, include_collections=False):
            continue
        assert isinstance(obj, SyncMixin)
        fields = _changed_fields(obj)
        if not fields:
            continue
        kind = OpKind.DELETE if "deleted_at" in fields and obj.deleted_at else OpKind.UPDATE
        ops.append(_op(obj, kind, row_to_payload(obj, fields)))
    for obj in session.deleted:
        if _pushes(session, obj):
            raise ValueError("synced rows are soft-deleted: set deleted_at instead of delete()")
    return ops


def _op(obj: SyncMixin, kind: OpKind, payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "op_id": uuid7(),
        "entity": type(obj).__tablename__,  # type: ignore[attr-defined]
        "entity_id": obj.id,
        "op": kind.value,
        # Negative: known at that version, not yet re-read by a running snapshot.
        "base_version": abs(obj.version or 0),
        "payload": payload,
        "created_at": utcnow(),
    }


def install_outbox_capture(factory: sessionmaker[Session]) -> None:
    """Make every session of `factory` append outbox ops for its synced changes."""
    pending_key = "_outbox_pending"

    @event.listens_for(factory, "after_transaction_end")
    def _forget_seq(session: Session, transaction: SessionTransaction) -> None:
        # The transaction (or a savepoint, whose rollback may drop ops) ended: read max again.
        if transaction.parent is None or transaction.nested:
            session.info.pop(_LAST_SEQ, None)

    @event.listens_for(factory, "before_flush")
    def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
        # Ids and defaults are set at flush, so note the objects now and build ops after flush.
        if _captures(session):
            session.info[pending_key] = True

    @event.listens_for(factory, "after_flush")
    def _after_flush(session: Session, _ctx: Any) -> None:
        if not session.info.pop(pending_key, False):
            return
        ops = _collect(session)
        if not ops:
            return
        conn = session.connection()
        last = session.info.get(_LAST_SEQ)
        if last is None:
            last = conn.execute(_MAX_SEQ).scalar_one()
        for i, op in enumerate(ops, start=1):
            op["device_seq"] = last + i
        conn.execute(_INSERT_OPS, ops)
        # This flush wrote rows, so the transaction holds SQLite's write lock until it ends: no
        # other session can add ops meanwhile, and the next flush may count on from here.
        session.info[_LAST_SEQ] = last + len(ops)
