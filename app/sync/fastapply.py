"""Write pulled rows with the raw driver: one query per table to read versions, then one
`executemany` for the new rows and one for the changed ones (no ORM objects).

Each applied row also moves the bucket's count + hash (the XOR of row digests, as the server
keeps it), so a desk knows its bucket state without recounting a million rows. A page that hits
a unique clash (two desks made the same user offline) raises IntegrityError: the engine then
applies that page row by row with the ORM path, which keeps each clash for review.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from app.models import SYNCED_MODELS
from app.models.base import utcnow
from app.sync.protocol import Change, hash_hex, row_digest
from app.sync.wire import TABLE_RANK, codec, convert_rows, payload_row, storage_dt, to_sqlite

_IN_CHUNK = 5000


@dataclass
class Applied:
    """What applying pages did: rows written, cases touched, bucket count/hash deltas."""

    rows: int = 0
    cases: set[str] = field(default_factory=set)
    count: int = 0
    hash: int = 0

    def add(self, other: Applied) -> None:
        """Fold another result into this one."""
        self.rows += other.rows
        self.cases |= other.cases
        self.count += other.count
        self.hash ^= other.hash


def moved_state(count: int, digest: str, applied: Applied) -> tuple[int, str]:
    """Return a bucket's (count, hash) after `applied`; an unknown hash ("") stays unknown."""
    if not digest:
        return count, digest
    return count + applied.count, hash_hex(int(digest, 16) ^ applied.hash)


def _versions(conn: Connection, table: str, ids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i in range(0, len(ids), _IN_CHUNK):
        part = ids[i : i + _IN_CHUNK]
        marks = ",".join("?" * len(part))
        sql = f'SELECT id, version FROM "{table}" WHERE id IN ({marks})'
        found.update(conn.exec_driver_sql(sql, tuple(part)).all())
    return found


def apply_rows(
    conn: Connection, entity: str, columns: list[str], rows: Iterable[list[Any]]
) -> Applied:
    """Upsert wire rows of one table (newer versions only) on the raw SQLite connection."""
    c = codec(entity)
    if list(columns) != list(c.columns):
        where = {n: i for i, n in enumerate(columns)}
        rows = [[r[where[n]] if n in where else None for n in c.columns] for r in rows]
    newest: dict[str, list[Any]] = {}
    for r in rows:
        seen = newest.get(r[0])
        if seen is None or r[1] > seen[1]:
            newest[r[0]] = r
    out = Applied()
    if not newest:
        return out
    have = _versions(conn, entity, list(newest))
    upd_i = c.index("updated_at")
    now = storage_dt(utcnow())
    inserts: list[list[Any]] = []
    updates: list[list[Any]] = []
    for rid, r in newest.items():
        old = have.get(rid)
        if old is not None and old >= r[1]:
            continue
        if r[upd_i] is None:
            r = list(r)
            r[upd_i] = now
        if old is None:
            inserts.append(r)
        else:
            updates.append(r)
        if old:
            out.hash ^= row_digest(entity, rid, old)
        else:
            out.count += 1
        out.hash ^= row_digest(entity, rid, r[1])
    conv = to_sqlite(c)
    cols = ", ".join(f'"{n}"' for n in c.columns)
    if inserts:
        marks = ", ".join("?" * len(c.columns))
        conn.exec_driver_sql(
            f'INSERT INTO "{entity}" ({cols}) VALUES ({marks})',
            convert_rows(inserts, conv),
        )
    if updates:
        sets = ", ".join(f'"{n}" = ?' for n in c.columns[1:])
        params = [(*r[1:], r[0]) for r in convert_rows(updates, conv)]
        conn.exec_driver_sql(
            f'UPDATE "{entity}" SET {sets} WHERE id = ?',
            params,
        )
    out.rows = len(inserts) + len(updates)
    if entity == "case":
        out.cases = {r[0] for r in (*inserts, *updates)}
    elif entity == "case_event":
        k = c.index("case_id")
        out.cases = {r[k] for r in (*inserts, *updates)}
    return out


def apply_pages(conn: Connection, pages: Iterable[dict[str, Any]]) -> Applied:
    """Apply compact pages ({entity, columns, rows}) parent tables first."""
    total = Applied()
    for p in sorted(pages, key=lambda p: TABLE_RANK.get(p["entity"], 0)):
        if p["entity"] not in SYNCED_MODELS:
            continue
        total.add(apply_rows(conn, p["entity"], p["columns"], p["rows"]))
    return total


def changes_as_pages(changes: list[Change]) -> list[dict[str, Any]] | None:
    """Return pulled log changes as compact pages, or None if one is not a synced row."""
    by_entity: dict[str, list[list[Any]]] = {}
    for ch in changes:
        if ch.entity not in SYNCED_MODELS:
            return None
        c = codec(ch.entity)
        by_entity.setdefault(ch.entity, []).append(
            payload_row(c, ch.entity_id, ch.version, ch.payload)
        )
    return [
        {"entity": e, "columns": list(codec(e).columns), "rows": rows}
        for e, rows in by_entity.items()
    ]
