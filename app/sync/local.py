"""The client's side of sync in its own SQLite database: outbox, cursors, pulled rows, hashes.

Every function takes a Session and never commits; the engine owns the transactions so a pulled
page and its cursor land together.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from datetime import timedelta
from typing import Any, cast

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import SYNCED_MODELS, Base, Case, CaseEvent, SyncMixin
from app.models.base import utcnow
from app.models.serialize import payload_to_values
from app.models.sync_state import SyncBucket, SyncConflict, SyncDevice, SyncOutbox
from app.sync.protocol import (
    DISTRICT_BUCKET,
    Change,
    LogPosition,
    Op,
    OpResult,
    hash_hex,
    row_digest,
)

log = logging.getLogger(__name__)
CONFLICT_ENTITY = "sync_conflict"
LOCAL_KIND = "local"  # a conflict found on this device, not in the server's dev bucket
# A local row not yet on the server gave a unique value (mine) to a server row; it now holds
# `theirs` until the server's answer about it arrives.
MADE_WAY = "本机记录与服务器上已有的记录重复，本机记录已暂时改用其他编号"
_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


def get_device(session: Session) -> SyncDevice | None:
    """Return this installation's registration, if any."""
    return session.scalars(select(SyncDevice).limit(1)).first()


def pending_ops(session: Session, limit: int) -> list[Op]:
    """Return the oldest unacknowledged ops in device_seq order."""
    rows = session.scalars(
        select(SyncOutbox)
        .where(SyncOutbox.acked_at.is_(None))
        .order_by(SyncOutbox.device_seq)
        .limit(limit)
    )
    return [
        Op(
            op_id=r.op_id,
            device_seq=r.device_seq,
            entity=r.entity,
            entity_id=r.entity_id,
            op=r.op,  # type: ignore[arg-type]
            base_version=r.base_version,
            payload=r.payload,
        )
        for r in rows
    ]


def pending_count(session: Session) -> int:
    """Return how many local changes wait to be pushed."""
    stmt = select(func.count()).select_from(SyncOutbox).where(SyncOutbox.acked_at.is_(None))
    return session.scalar(stmt) or 0


def max_device_seq(session: Session) -> int:
    """Return the highest device_seq this installation ever wrote."""
    return session.scalar(select(func.coalesce(func.max(SyncOutbox.device_seq), 0))) or 0


def max_acked_seq(session: Session) -> int:
    """Return the highest device_seq the server acknowledged."""
    stmt = select(func.coalesce(func.max(SyncOutbox.device_seq), 0)).where(
        SyncOutbox.acked_at.is_not(None)
    )
    return session.scalar(stmt) or 0


def requeue_after(session: Session, watermark: int) -> int:
    """Mark acknowledged ops above the server's watermark pending again (server restored)."""
    result = session.execute(
        update(SyncOutbox)
        .where(SyncOutbox.device_seq > watermark, SyncOutbox.acked_at.is_not(None))
        .values(acked_at=None, result=None, result_detail="")
    )
    return int(getattr(result, "rowcount", 0) or 0)


# Acknowledged ops keep their full payload this long: a district server restored from its oldest
# nightly dump (14 kept, docs/DEPLOY.md) loses at most the last two weeks, and the desk re-sends
# the ops above the restored watermark (engine._check_epoch_and_watermark) with full payloads.
OUTBOX_KEEP_DAYS = 35


def purge_acked(session: Session, *, upto: int, keep_days: int = OUTBOX_KEEP_DAYS) -> int:
    """Drop personal fields from acknowledged ops older than `keep_days` (issue #11 item 5).

    Only ops at or below `upto` (the server's watermark, in local numbering) are touched: the
    server holds them. Pending ops and recent acknowledged ones keep their full payload.
    """
    from app.domain.masking import PERSONAL_FIELDS

    fields = sorted(PERSONAL_FIELDS)
    present = or_(*(func.json_type(SyncOutbox.payload, f"$.{f}").is_not(None) for f in fields))
    result = session.execute(
        update(SyncOutbox)
        .where(
            SyncOutbox.acked_at.is_not(None),
            SyncOutbox.acked_at < utcnow() - timedelta(days=keep_days),
            SyncOutbox.device_seq <= upto,
            present,
        )
        .values(payload=func.json_remove(SyncOutbox.payload, *(f"$.{f}" for f in fields)))
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def mark_results(session: Session, results: Iterable[OpResult]) -> None:
    """Store the server's per-op results; the ops stay as the archive."""
    now = utcnow()
    groups: dict[tuple[str, str], list[str]] = {}
    for r in results:
        groups.setdefault((r.status, r.reason), []).append(r.op_id)
    for (status, reason), ids in groups.items():
        session.execute(
            update(SyncOutbox)
            .where(SyncOutbox.op_id.in_(ids))
            .values(acked_at=now, result=status, result_detail=reason)
            .execution_options(synchronize_session=False)
        )


def bucket_row(session: Session, bucket: str) -> SyncBucket:
    """Return the cursor row of a bucket, creating it at 0."""
    row = session.get(SyncBucket, bucket)
    if row is None:
        row = SyncBucket(bucket=bucket, cursor=0, count=0, hash="", snapshot_as_of=0)
        session.add(row)
        session.flush()
    return row


def log_positions(session: Session) -> list[LogPosition]:
    """Return each bucket's cursor and the tag of the entry there (restore detection)."""
    rows = session.scalars(select(SyncBucket).where(SyncBucket.cursor > 0))
    return [LogPosition(bucket=r.bucket, seq=r.cursor, tag=r.cursor_tag or "") for r in rows]


def _model_in_bucket(model: type[SyncMixin], bucket: str) -> bool:
    return (model.__sync_bucket__ == "ref") == (bucket == DISTRICT_BUCKET)


def local_bucket_state(session: Session, bucket: str) -> tuple[int, str]:
    """Return count + hash of the server-known rows (version > 0) this device holds in `bucket`."""
    count, acc = 0, 0
    if bucket.startswith("dev:"):
        for cid in session.scalars(select(SyncConflict.id).where(SyncConflict.kind != LOCAL_KIND)):
            count += 1
            acc ^= row_digest(CONFLICT_ENTITY, cid, 1)
        return count, hash_hex(acc)
    org = bucket.removeprefix("org:")
    for name, model in SYNCED_MODELS.items():
        if not _model_in_bucket(model, bucket):
            continue
        stmt = select(model.id, model.version).where(model.version > 0)
        if bucket != DISTRICT_BUCKET:
            stmt = stmt.where(model.owner_org == org)
        for rid, ver in session.execute(stmt):
            count += 1
            acc ^= row_digest(name, rid, ver)
    return count, hash_hex(acc)


def forget_versions(session: Session, bucket: str) -> None:
    """Mark the rows of a bucket 'not confirmed by the server' before a full snapshot.

    The version is negated, not zeroed: a row the snapshot has not re-read yet drops out of
    the bucket check (version > 0) but an edit made meanwhile still carries the version it
    was made on as its base (abs), so it conflicts with nobody who did not change it.
    """
    if bucket.startswith("dev:"):
        return
    org = bucket.removeprefix("org:")
    for model in SYNCED_MODELS.values():
        if not _model_in_bucket(model, bucket):
            continue
        stmt = update(model).where(model.version > 0).values(version=-model.version)
        if bucket != DISTRICT_BUCKET:
            stmt = stmt.where(model.owner_org == org)
        session.execute(stmt.execution_options(synchronize_session=False))


def apply_changes(session: Session, changes: list[Change]) -> tuple[int, set[str]]:
    """Upsert pulled rows (newer versions only); return how many applied and the cases touched."""
    ordered = sorted(changes, key=lambda c: (c.seq, _ORDER.get(c.entity, 0)))
    cases: set[str] = set()
    loaded = _preload(session, ordered)  # held: the identity map only keeps weak references
    try:
        with session.begin_nested(), session.no_autoflush:
            applied = sum(_apply_one(session, ch, cases, loaded) for ch in ordered)
            session.flush()
        return applied, cases
    except IntegrityError:
        loaded.clear()
    # A row clashes with a local unique value (two desks made user "admin" offline): apply the
    # page row by row and keep each clash for review instead of blocking sync forever.
    applied, cases = 0, set()
    for ch in ordered:
        try:
            with session.begin_nested():
                applied += _apply_one(session, ch, cases)
                session.flush()
            continue
        except IntegrityError:
            pass
        if _make_way(session, ch):
            try:
                with session.begin_nested():
                    applied += _apply_one(session, ch, cases)
                    session.flush()
                continue
            except IntegrityError:
                pass
        if session.get(SyncConflict, _clash_id(ch)) is None:
            session.add(
                SyncConflict(
                    id=_clash_id(ch),
                    kind=LOCAL_KIND,
                    entity=ch.entity,
                    entity_id=ch.entity_id,
                    mine=None,
                    theirs=ch.payload,
                    kept="mine",
                    reason="服务器上的记录与本机记录的唯一值冲突，未能写入本机",
                )
            )
    session.flush()
    return applied, cases


def _clash_id(ch: Change) -> str:
    """Return the id of the local conflict about one server row version (raised once)."""
    return str(uuid.uuid5(uuid.NAMESPACE_OID, f"clash:{ch.entity}:{ch.entity_id}:{ch.version}"))


def _make_way(session: Session, ch: Change) -> bool:
    """Move a local row the server never confirmed out of a server row's unique value.

    The server's row wins the natural key (a case number, a user name): the server has already
    renumbered, merged or rejected the local row, and says so in this device's conflicts; a
    local row still waiting to be sent is raised here. Return whether anything moved.
    """
    model = SYNCED_MODELS.get(ch.entity)
    if model is None:
        return False
    table = cast(Any, model).__table__
    moved = False
    for col in table.columns:
        value = ch.payload.get(col.key)
        if not col.unique or col.key == "id" or value is None:
            continue
        attr = getattr(model, col.key)
        local_row = session.scalars(
            select(model).where(attr == value, model.id != ch.entity_id)
        ).first()
        if local_row is None or local_row.version > 0:
            continue
        length = getattr(col.type, "length", None) or 64
        aside = f"{value}#{local_row.id[-4:]}"[-length:]
        setattr(local_row, col.key, aside)
        session.flush()
        moved = True
        unsent = session.scalar(
            select(func.count())
            .select_from(SyncOutbox)
            .where(SyncOutbox.entity_id == local_row.id, SyncOutbox.acked_at.is_(None))
        )
        if unsent:
            session.add(
                SyncConflict(
                    id=_clash_id(ch),
                    kind=LOCAL_KIND,
                    entity=ch.entity,
                    entity_id=local_row.id,
                    field=col.key,
                    mine=value,
                    theirs=aside,
                    kept="theirs",
                    reason=MADE_WAY,
                )
            )
    return moved


def _preload(session: Session, changes: list[Change]) -> dict[tuple[str, str], Any]:
    """Return the page's existing rows, one query per table; absent ones map to None."""
    by_entity: dict[str, list[str]] = {}
    for ch in changes:
        by_entity.setdefault(ch.entity, []).append(ch.entity_id)
    rows: dict[tuple[str, str], Any] = {}
    for entity, ids in by_entity.items():
        model = SYNCED_MODELS.get(entity)
        if model is None:
            continue
        found = {r.id: r for r in session.scalars(select(model).where(model.id.in_(ids)))}
        for i in ids:
            rows[(entity, i)] = found.get(i)
    return rows


def _apply_one(
    session: Session,
    ch: Change,
    cases: set[str],
    known: dict[tuple[str, str], Any] | None = None,
) -> int:
    if ch.entity == CONFLICT_ENTITY:
        return _apply_conflict(session, ch.payload)
    model = SYNCED_MODELS.get(ch.entity)
    if model is None:
        log.warning("skipping unknown entity %s from the server", ch.entity)
        return 0
    key = (ch.entity, ch.entity_id)
    row = known[key] if known is not None and key in known else session.get(model, ch.entity_id)
    if row is not None and row.version >= ch.version:
        return 0
    values = payload_to_values(model, {k: v for k, v in ch.payload.items() if k != "id"})
    if row is None:
        row = cast(Any, model)(id=ch.entity_id, **values)
        session.add(row)
        if known is not None:
            known[key] = row  # a later change to it on the same page finds it
    else:
        for k, v in values.items():
            setattr(row, k, v)
    row.version = ch.version
    if isinstance(row, Case):
        cases.add(row.id)
    elif isinstance(row, CaseEvent):
        cases.add(row.case_id)
    return 1


def _apply_conflict(session: Session, p: dict[str, Any]) -> int:
    if session.get(SyncConflict, p["id"]) is not None:
        return 0
    session.add(
        SyncConflict(
            id=p["id"],
            kind=p.get("kind", "field"),
            entity=p.get("entity", ""),
            entity_id=p.get("entity_id", ""),
            field=p.get("field", ""),
            mine=p.get("mine"),
            theirs=p.get("theirs"),
            kept=p.get("kept", "theirs"),
            reason=p.get("reason", ""),
        )
    )
    return 1


def reapply_pending(session: Session, entity_ids: set[str]) -> int:
    """Lay unsent local edits back over freshly pulled rows so they stay visible."""
    if not entity_ids:
        return 0
    waiting = select(SyncOutbox.op_id).where(SyncOutbox.acked_at.is_(None)).limit(1)
    if session.scalar(waiting) is None:
        return 0  # nothing unsent (a new desk's first sync): no lookup of a page's ids
    ops = session.scalars(
        select(SyncOutbox)
        .where(SyncOutbox.acked_at.is_(None), SyncOutbox.entity_id.in_(entity_ids))
        .order_by(SyncOutbox.device_seq)
    ).all()
    n = 0
    for op in ops:
        model = SYNCED_MODELS.get(op.entity)
        row = session.get(model, op.entity_id) if model else None
        if model is None or row is None:
            continue
        for k, v in payload_to_values(model, op.payload).items():
            if k not in ("id", "version"):
                setattr(row, k, v)
        n += 1
    session.flush()
    return n


def refresh_cases(session: Session, case_ids: set[str]) -> None:
    """Re-fold cases whose events or rows were pulled, so local caches match the events.

    A case whose register event has not arrived yet is left as it is.
    """
    from app.services.transfer.workflow.bulk_refresh import refresh_many

    refresh_many(session, case_ids)


def refold_bucket(session: Session, bucket: str, chunk: int = 5000) -> int:
    """Re-fold every case of an org bucket (after a snapshot), a chunk of cases at a time."""
    if not bucket.startswith("org:"):
        return 0
    org = bucket.removeprefix("org:")
    done, after = 0, ""
    while True:
        ids = list(
            session.scalars(
                select(Case.id)
                .where(Case.owner_org == org, Case.id > after)
                .order_by(Case.id)
                .limit(chunk)
            )
        )
        if not ids:
            return done
        refresh_cases(session, set(ids))
        done += len(ids)
        after = ids[-1]


def open_conflicts(session: Session) -> int:
    """Return how many conflicts wait for review."""
    stmt = select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
    return session.scalar(stmt) or 0
