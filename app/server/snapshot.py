"""Snapshot pages: a bucket's current rows for a first sync or a recovery, resumable by token.

The token is "as_of.table_index.last_id". `as_of` is the bucket head read before the first
page: any row committed later has a higher seq (commit order), so the client pulls from
`as_of` afterwards and misses nothing; a row sent twice is harmless (versions decide).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import SYNCED_MODELS, Base, SyncMixin
from app.models.serialize import row_to_payload
from app.server.changelog import CONFLICT_ENTITY, bucket_heads, conflict_payload
from app.server.tables import ServerConflict
from app.sync.protocol import DISTRICT_BUCKET, Change, SnapshotResponse

_ORDERED = [SYNCED_MODELS[t.name] for t in Base.metadata.sorted_tables if t.name in SYNCED_MODELS]


def _tables(bucket: str) -> list[type[SyncMixin]]:
    if bucket.startswith("dev:"):
        return []
    ref = bucket == DISTRICT_BUCKET
    return [m for m in _ORDERED if (m.__sync_bucket__ == "ref") == ref]


def _parse(token: str | None, session: Session, bucket: str) -> tuple[int, int, str]:
    if not token:
        return bucket_heads(session, [bucket])[0].head, 0, ""
    as_of, index, last = token.split(".", 2)
    return int(as_of), int(index), last


def snapshot_page(
    session: Session, *, bucket: str, token: str | None, limit: int
) -> SnapshotResponse:
    """Return up to `limit` current rows of `bucket` after `token`."""
    as_of, index, last = _parse(token, session, bucket)
    rows: list[Change] = []
    if bucket.startswith("dev:"):
        conflicts = (
            select(ServerConflict)
            .where(ServerConflict.device_id == bucket[4:], ServerConflict.id > last)
            .order_by(ServerConflict.id)
            .limit(limit)
        )
        for c in session.scalars(conflicts):
            rows.append(_change(as_of, CONFLICT_ENTITY, c.id, 1, conflict_payload(c)))
        nxt = f"{as_of}.0.{rows[-1].entity_id}" if len(rows) == limit else None
        return SnapshotResponse(bucket=bucket, as_of=as_of, rows=rows, next_token=nxt)
    tables = _tables(bucket)
    org = bucket.removeprefix("org:")
    while index < len(tables) and len(rows) < limit:
        model = tables[index]
        stmt = select(model).where(model.version > 0, model.id > last)
        if bucket != DISTRICT_BUCKET:
            stmt = stmt.where(model.owner_org == org)
        found = session.scalars(stmt.order_by(model.id).limit(limit - len(rows))).all()
        name: str = model.__tablename__  # type: ignore[attr-defined]
        for obj in found:
            rows.append(_change(as_of, name, obj.id, obj.version, row_to_payload(obj)))
        if len(rows) < limit:
            index, last = index + 1, ""
        else:
            last = rows[-1].entity_id
    nxt = f"{as_of}.{index}.{last}" if index < len(tables) else None
    return SnapshotResponse(bucket=bucket, as_of=as_of, rows=rows, next_token=nxt)


def _change(
    as_of: int, entity: str, entity_id: str, version: int, payload: dict[str, Any]
) -> Change:
    return Change(
        seq=as_of,
        entity=entity,
        entity_id=entity_id,
        op="snapshot",
        version=version,
        payload=payload,
    )
