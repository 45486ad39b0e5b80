"""Record committed row changes in the change log, in commit order, with bucket count + hash.

A push collects touched rows in a ChangeSet while it applies ops; `commit_changes` then takes
the seq counter row under a lock (the last thing the transaction does before its small tail of
inserts and the commit), so seq order is commit order and a pull cursor never skips a row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, inspect, select, update
from sqlalchemy.orm import Session

from app.config import DISTRICT_CODE
from app.models import SYNCED_MODELS, Base, CaseEvent, SyncMixin
from app.models.serialize import row_to_payload
from app.server.tables import BucketState, ChangeLog, SeqCounter, ServerConflict
from app.sync.protocol import DISTRICT_BUCKET, device_bucket, hash_hex, org_bucket, row_digest

CONFLICT_ENTITY = "sync_conflict"
# Parents before children, so a page applied in log order meets few dangling references.
_TABLE_RANK = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


def bucket_of(obj: SyncMixin) -> str:
    """Return the bucket a synced row belongs to."""
    if obj.__sync_bucket__ == "ref":
        return DISTRICT_BUCKET
    return org_bucket(obj.owner_org)


def entity_of(obj: SyncMixin) -> str:
    """Return the table name of a synced row."""
    name: str = type(obj).__tablename__  # type: ignore[attr-defined]
    return name


@dataclass
class _Touched:
    obj: SyncMixin
    op: str
    old_version: int
    fields: set[str] = field(default_factory=set)
    # The bucket the row was in before this transaction (a case moved to another township).
    old_bucket: str | None = None


def _bucket_before(obj: SyncMixin) -> str:
    """Return the bucket `obj` belonged to before unflushed changes to its owner_org."""
    if obj.__sync_bucket__ == "ref":
        return DISTRICT_BUCKET
    history = inspect(obj).attrs.owner_org.history
    return org_bucket(str(history.deleted[0])) if history.deleted else bucket_of(obj)


@dataclass
class ChangeSet:
    """Rows and conflicts one transaction changed, waiting for their seqs."""

    device_id: str | None
    rows: dict[tuple[str, str], _Touched] = field(default_factory=dict)
    conflicts: list[ServerConflict] = field(default_factory=list)
    # Rows of the batch loaded (and locked) up front: (entity, id) -> row, None when absent.
    prefetched: dict[tuple[str, str], SyncMixin | None] = field(default_factory=dict)
    # Applying op by op after the database refused the batch: natural-key clashes are looked for.
    careful: bool = False

    def prefetch(self, session: Session, keys: list[tuple[str, str]]) -> None:
        """Load and lock the existing rows a batch touches, one query per table.

        Tables in name order, rows in id order: two batches touching the same rows take their
        locks in the same order, so they wait for each other instead of deadlocking.
        """
        by_entity: dict[str, list[str]] = {}
        for entity, entity_id in keys:
            if entity in SYNCED_MODELS:
                by_entity.setdefault(entity, []).append(entity_id)
        for entity, ids in sorted(by_entity.items()):
            model = SYNCED_MODELS[entity]
            stmt = select(model).where(model.id.in_(ids)).order_by(model.id).with_for_update()
            found = {r.id: r for r in session.scalars(stmt)}
            for i in ids:
                self.prefetched[(entity, i)] = found.get(i)

    def lookup(self, session: Session, model: type[SyncMixin], entity_id: str) -> SyncMixin | None:
        """Return the row an op targets: touched in this batch, prefetched, or loaded now."""
        key = (model.__tablename__, entity_id)  # type: ignore[attr-defined]
        touched = self.rows.get(key)
        if touched is not None:
            return touched.obj
        if key in self.prefetched:
            return self.prefetched[key]
        return session.get(model, entity_id, with_for_update=True)

    def touch(self, obj: SyncMixin, op: str, fields: set[str], *, old_version: int) -> None:
        """Note a changed row (bump its version once per transaction)."""
        key = (entity_of(obj), obj.id)
        seen = self.rows.get(key)
        if seen is None:
            obj.version = old_version + 1
            before = _bucket_before(obj) if old_version else None
            self.rows[key] = _Touched(obj, op, old_version, set(fields), before)
            return
        seen.fields |= fields
        if seen.op != "insert" and op == "delete":
            seen.op = op

    def rank(self) -> dict[tuple[str, str], int]:
        """Return the position of each touched row in the order the batch touched it."""
        return {k: i for i, k in enumerate(self.rows)}

    def snapshot(self) -> tuple[dict[tuple[str, str], _Touched], list[ServerConflict]]:
        """Return a copy to restore if the op being applied is rolled back."""
        rows = {
            k: _Touched(t.obj, t.op, t.old_version, set(t.fields), t.old_bucket)
            for k, t in self.rows.items()
        }
        return rows, list(self.conflicts)

    def restore(self, saved: tuple[dict[tuple[str, str], _Touched], list[ServerConflict]]) -> None:
        """Go back to a snapshot taken before a rolled-back op."""
        self.rows, self.conflicts = saved

    def add_conflict(self, conflict: ServerConflict) -> None:
        """Note a conflict for the pushing device's bucket."""
        self.conflicts.append(conflict)


def conflict_payload(c: ServerConflict) -> dict[str, Any]:
    """Return the wire form of a conflict row."""
    return {
        "id": c.id,
        "kind": c.kind,
        "entity": c.entity,
        "entity_id": c.entity_id,
        "field": c.field,
        "mine": c.mine,
        "theirs": c.theirs,
        "kept": c.kept,
        "reason": c.reason,
        "created_at": c.created_at.isoformat() if c.created_at else None,
    }


def commit_changes(session: Session, changes: ChangeSet) -> int:
    """Give every touched row and conflict a seq, write the log and bucket states; return head."""
    for c in changes.conflicts:
        session.add(c)
    session.flush()
    rows = sorted(changes.rows.values(), key=lambda t: _TABLE_RANK.get(entity_of(t.obj), 0))
    moved = {id(t) for t in rows if t.old_bucket is not None and t.old_bucket != bucket_of(t.obj)}
    n = len(rows) + len(moved) + len(changes.conflicts)
    if n == 0:
        return 0
    # The lock on this row is held until commit: a later transaction waits here, so seqs are
    # handed out in commit order.
    last = session.execute(
        update(SeqCounter)
        .where(SeqCounter.id == 1)
        .values(value=SeqCounter.value + n)
        .returning(SeqCounter.value)
    ).scalar_one()
    seq = last - n
    deltas: dict[str, list[int]] = {}
    entries: list[dict[str, Any]] = []
    for t in rows:
        seq += 1
        obj = t.obj
        if isinstance(obj, CaseEvent) and t.op == "insert":
            obj.server_seq = seq
        bucket = bucket_of(obj)
        d = deltas.setdefault(bucket, [0, 0, 0])
        if t.old_version == 0:
            d[0] += 1
        else:
            d[1] ^= row_digest(entity_of(obj), obj.id, t.old_version)
        if id(t) in moved and t.old_bucket is not None:
            # Moved to another township: it leaves the old bucket (whose desks get the row with
            # its new owner, so it drops out of their check) and enters the new one whole.
            old_d = deltas.setdefault(t.old_bucket, [0, 0, 0])
            old_d[0] -= 1
            old_d[1] ^= row_digest(entity_of(obj), obj.id, t.old_version)
            old_d[2] = seq
            d[0] += 1
            d[1] ^= row_digest(entity_of(obj), obj.id, t.old_version)  # undone just below
        d[1] ^= row_digest(entity_of(obj), obj.id, obj.version)
        d[2] = seq
        payload = row_to_payload(obj)
        entry = {
            "seq": seq,
            "bucket": bucket,
            "entity": entity_of(obj),
            "entity_id": obj.id,
            "op": t.op,
            "version": obj.version,
            "device_id": changes.device_id,
            "fields": sorted(t.fields),
            "payload": payload,
        }
        if id(t) in moved:
            seq += 1
            entries.append({**entry, "seq": seq - 1, "bucket": t.old_bucket})
            entry["seq"] = seq
            d[2] = seq
        entries.append(entry)
    for c in changes.conflicts:
        seq += 1
        bucket = device_bucket(c.device_id)
        d = deltas.setdefault(bucket, [0, 0, 0])
        d[0] += 1
        d[1] ^= row_digest(CONFLICT_ENTITY, c.id, 1)
        d[2] = seq
        entries.append(
            {
                "seq": seq,
                "bucket": bucket,
                "entity": CONFLICT_ENTITY,
                "entity_id": c.id,
                "op": "insert",
                "version": 1,
                "device_id": changes.device_id,
                "fields": [],
                "payload": conflict_payload(c),
            }
        )
    session.flush()
    session.execute(insert(ChangeLog), entries)
    for bucket, (dcount, dhash, head) in sorted(deltas.items()):
        _bump_bucket(session, bucket, dcount, dhash, head)
    return seq


def _bump_bucket(session: Session, bucket: str, dcount: int, dhash: int, head: int) -> None:
    state = session.get(BucketState, bucket, with_for_update=True)
    if state is None:
        state = BucketState(bucket=bucket, head=0, count=0, hash=hash_hex(0))
        session.add(state)
    state.count += dcount
    state.hash = hash_hex(int(state.hash, 16) ^ dhash)
    state.head = head
    session.flush()


def bucket_heads(session: Session, buckets: list[str]) -> list[BucketState]:
    """Return the state of each bucket (empty state for one never written)."""
    found = {
        b.bucket: b
        for b in session.scalars(select(BucketState).where(BucketState.bucket.in_(buckets)))
    }
    return [
        found.get(b) or BucketState(bucket=b, head=0, count=0, hash=hash_hex(0)) for b in buckets
    ]


def recompute_bucket(session: Session, bucket: str) -> tuple[int, str]:
    """Return count + hash of a bucket from its rows (checks the incremental state)."""
    count, acc = 0, 0
    if bucket.startswith("dev:"):
        dev = bucket[4:]
        for cid in session.scalars(
            select(ServerConflict.id).where(ServerConflict.device_id == dev)
        ):
            count += 1
            acc ^= row_digest(CONFLICT_ENTITY, cid, 1)
        return count, hash_hex(acc)
    for name, model in SYNCED_MODELS.items():
        is_ref = model.__sync_bucket__ == "ref"
        if (bucket == DISTRICT_BUCKET) != is_ref:
            continue
        stmt = select(model.id, model.version).where(model.version > 0)
        if not is_ref:
            stmt = stmt.where(model.owner_org == bucket.removeprefix("org:"))
        for rid, ver in session.execute(stmt):
            count += 1
            acc ^= row_digest(name, rid, ver)
    return count, hash_hex(acc)


def is_district(org_code: str) -> bool:
    """Return whether an org code is the district itself (sees every bucket)."""
    return org_code == DISTRICT_CODE
