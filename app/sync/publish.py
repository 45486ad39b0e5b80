"""Publish a bulk load (the demo with `--publish`): one outbox op instead of a million.

`record_publish` writes a single `publish` op whose payload names the township and, per table,
the highest id the load wrote. When the push reaches that op, `push_publish` streams the rows
of that township which the server does not know yet (version 0, id up to that mark) in id
order, a chunk per request. The server inserts what it does not hold (a chunk sent twice
inserts nothing twice) and answers the ids it stored; the desk marks them version 1 — as a
pull would have — in the same local transaction that moves the bucket hash. A desk killed
half-way starts again at the first row still at version 0. Last, `publish_done` puts the op
in the device's sequence like any pushed op.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from sqlalchemy import Connection, Engine, func, select, update
from sqlalchemy.orm import Session

from app.domain.enums import OpKind
from app.domain.ids import uuid7
from app.models import SYNCED_MODELS
from app.models.base import utcnow
from app.models.sync_state import SyncBucket, SyncOutbox
from app.sync.fastapply import Applied, moved_state
from app.sync.pipeline import prefetch
from app.sync.protocol import PUBLISH_ENTITY, Op, PushResponse, org_bucket, row_digest
from app.sync.transport import Transport
from app.sync.wire import TABLE_RANK, codec, convert_rows, from_sqlite

CHUNK_ROWS = 5000
_Chunk = tuple[str, list[list[Any]]]  # table, wire rows
# Users are not published: accounts come from the district (a township cannot create them), and
# the server refuses user rows from a township's publish as it refuses them in a push.
ORG_TABLES = sorted(
    (n for n, m in SYNCED_MODELS.items() if m.__sync_bucket__ == "org" and n != "user"),
    key=lambda n: TABLE_RANK[n],
)


def record_publish(session: Session, *, org_code: str) -> SyncOutbox | None:
    """Append one publish op for the rows of `org_code` not yet on the server; None if none."""
    marks: dict[str, str] = {}
    for name in ORG_TABLES:
        model = SYNCED_MODELS[name]
        top = session.scalar(
            select(func.max(model.id)).where(model.owner_org == org_code, model.version == 0)
        )
        if top is not None:
            marks[name] = top
    if not marks:
        return None
    last = session.scalar(select(func.coalesce(func.max(SyncOutbox.device_seq), 0))) or 0
    op = SyncOutbox(
        op_id=uuid7(),
        device_seq=last + 1,
        entity=PUBLISH_ENTITY,
        entity_id=org_code,
        op=OpKind.INSERT.value,
        base_version=0,
        payload={"org": org_code, "upto": marks},
        created_at=utcnow(),
    )
    session.add(op)
    session.flush()
    return op


def _chunk(conn: Connection, table: str, org: str, after: str, upto: str) -> list[tuple[Any, ...]]:
    c = codec(table)
    cols = ", ".join(f'"{n}"' for n in c.columns)
    sql = (
        f'SELECT {cols} FROM "{table}" WHERE owner_org = ? AND version = 0 AND id > ? '
        f"AND id <= ? ORDER BY id LIMIT {CHUNK_ROWS}"
    )
    return list(conn.exec_driver_sql(sql, (org, after, upto)).all())


def _mark(conn: Connection, table: str, ids: list[str], seqs: list[int]) -> None:
    if not ids:
        return
    conn.exec_driver_sql(
        f'UPDATE "{table}" SET version = 1 WHERE id = ? AND version = 0',
        [(i,) for i in ids],
    )
    if seqs:
        conn.exec_driver_sql(
            "UPDATE case_event SET server_seq = ? WHERE id = ?",
            list(zip(seqs, ids, strict=True)),
        )


def _chunks(engine: Engine, org: str, upto: dict[str, str]) -> Iterator[_Chunk]:
    """Yield the chunks still to send, read one ahead of the sender (app.sync.pipeline).

    Reading and converting the next chunk overlaps with the server storing this one; the
    keyset (table, last id) does not depend on what the server answers.
    """
    tables = [t for t in ORG_TABLES if t in upto]

    def fetch(token: str | None) -> tuple[_Chunk | None, str | None]:
        index_s, after = str(token).split("|", 1)
        index = int(index_s)
        while index < len(tables):
            table = tables[index]
            with engine.connect() as conn:
                rows = _chunk(conn, table, org, after, upto[table])
            if rows:
                wire_rows = [list(r) for r in convert_rows(rows, from_sqlite(codec(table)))]
                return (table, wire_rows), f"{index}|{rows[-1][0]}"
            index, after = index + 1, ""
        return None, None

    for chunk in prefetch(fetch, "0|"):
        if chunk is not None:
            yield chunk


def push_publish(engine: Engine, transport: Transport, op: Op, wire_seq: int) -> tuple[int, int]:
    """Stream the rows of a publish op; return (rows stored, rows the server already had).

    A chunk's answer is written (rows marked version 1, the bucket hash moved) by one writer
    thread while the next chunk travels; all of it is written before this returns or raises.
    A desk killed before a mark was written sends those rows again: the server answers them as
    stored already (`had`), and they are marked then.
    """
    org = str(op.payload["org"])
    upto: dict[str, str] = dict(op.payload.get("upto", {}))
    bucket = org_bucket(org)
    stored = known = 0
    writes: list[Future[None]] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="publish-mark") as writer:
        for table, wire_rows in _chunks(engine, org, upto):
            answer = transport.publish_chunk(
                {
                    "op_id": op.op_id,
                    "device_seq": wire_seq,
                    "entity": table,
                    "columns": list(codec(table).columns),
                    "rows": wire_rows,
                }
            )
            if answer.get("done"):
                break  # acknowledged before (a lost reply): nothing left to send
            ids = [str(i) for i in answer.get("inserted", [])]
            # Stored by an earlier try whose reply was lost: still exactly what this desk sent.
            again = [str(i) for i, v in answer.get("had", []) if v == 1]
            seqs = [int(s) for s in answer.get("seqs", [])]
            writes.append(writer.submit(_record, engine, bucket, table, ids, seqs, again))
            stored += len(ids)
            known += len(wire_rows) - len(ids)
            if writes[0].done():
                writes.pop(0).result()  # a failed write stops the push here
    for w in writes:
        w.result()
    return stored, known


def _record(
    engine: Engine, bucket: str, table: str, ids: list[str], seqs: list[int], again: list[str]
) -> None:
    """Mark a chunk's stored rows as the server holds them, in one local transaction."""
    with engine.begin() as conn:
        _mark(conn, table, ids, seqs)
        _mark(conn, table, again, [])
        moved = Applied(count=len(ids) + len(again))
        for i in (*ids, *again):
            moved.hash ^= row_digest(table, i, 1)
        _move_bucket(conn, bucket, moved)


def _move_bucket(conn: Connection, bucket: str, moved: Applied) -> None:
    t = SyncBucket
    row = conn.execute(select(t.count, t.hash).where(t.bucket == bucket)).first()
    if row is None:
        return  # no state yet: the first verify counts the rows
    count, digest = moved_state(int(row[0]), str(row[1]), moved)
    conn.execute(update(t).where(t.bucket == bucket).values(count=count, hash=digest))


def finish_publish(transport: Transport, op: Op) -> PushResponse:
    """Acknowledge the publish op once every chunk is stored."""
    return transport.publish_done(op)
