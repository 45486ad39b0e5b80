"""Bulk paths of sync: compact snapshot pages and a desk's published rows.

- `rows_page`: a first sync reads a bucket table by table in id order (keyset), thousands of
  rows per page as compact rows (app.sync.wire), resumable by token like `snapshot_page`.
- `publish_chunk` / `publish_done`: a desk that loaded data in bulk (the demo with
  `--publish`) has one `publish` op in its outbox instead of a million insert ops; the desk
  streams the rows of its tables in chunks. Each chunk is one transaction: the rows not yet on
  the server are inserted at version 1 with their change-log entries, seqs taken under the
  counter lock (commit order), so a chunk sent twice inserts nothing twice. `publish_done`
  then acknowledges the op like a push, moving the device's watermark past it.

The log entries of a publish carry op "publish" and the device id: the desk already holds those
rows, so its own pulls skip them (it never pulls back what it just pushed).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Table, Text, cast, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.config import DISTRICT_CODE
from app.models import SYNCED_MODELS, Base
from app.models.base import utcnow
from app.server.authz import foreign_keys
from app.server.changelog import bucket_heads
from app.server.schemas import check_rows
from app.server.tables import AppliedOp, BucketState, ChangeLog, SeqCounter, ServerDevice
from app.sync.protocol import (
    DISTRICT_BUCKET,
    PUBLISH_ENTITY,
    Op,
    OpResult,
    PushResponse,
    hash_hex,
    org_bucket,
    row_digest,
)
from app.sync.wire import (
    TABLE_RANK,
    TableCodec,
    codec,
    convert_rows,
    dumps,
    from_python,
    identity,
    to_python,
)

PUBLISH_OP = "publish"
_NOT_CHECKED = frozenset({"version"})
_ORG_TABLES = sorted(
    (name for name, m in SYNCED_MODELS.items() if m.__sync_bucket__ == "org"),
    key=lambda n: TABLE_RANK[n],
)
_REF_TABLES = sorted(
    (name for name, m in SYNCED_MODELS.items() if m.__sync_bucket__ == "ref"),
    key=lambda n: TABLE_RANK[n],
)


class BulkRefused(Exception):
    """The request is refused as a whole: `status` and `code` go back to the client."""

    def __init__(self, status: int, code: str, message: str, **detail: object) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.detail = status, code, message, detail


def bucket_tables(bucket: str) -> list[str]:
    """Return the tables of a bucket in parent-first order."""
    if bucket == DISTRICT_BUCKET:
        return _REF_TABLES
    if bucket.startswith("org:"):
        return _ORG_TABLES
    return []


def _table(entity: str) -> Table:
    table = Base.metadata.tables[entity]
    return table


def rows_page(session: Session, *, bucket: str, token: str | None, limit: int) -> dict[str, Any]:
    """Return up to `limit` current rows of `bucket` after `token`, as compact table pages."""
    tables = bucket_tables(bucket)
    if token:
        as_of_s, index_s, last = token.split(".", 2)
        as_of, index = int(as_of_s), int(index_s)
    else:
        as_of, index, last = bucket_heads(session, [bucket])[0].head, 0, ""
    pages: list[dict[str, Any]] = []
    left = limit
    postgres = session.get_bind().dialect.name == "postgresql"
    while index < len(tables) and left > 0:
        c = codec(tables[index])
        t = _table(c.entity)
        columns, conv = _read_columns(c, t, postgres)
        stmt = select(*columns).where(t.c.version > 0, t.c.id > last)
        if bucket != DISTRICT_BUCKET:
            stmt = stmt.where(t.c.owner_org == bucket.removeprefix("org:"))
        found = session.execute(stmt.order_by(t.c.id).limit(left)).all()
        if found:
            rows = convert_rows(found, conv)
            pages.append({"entity": c.entity, "columns": list(c.columns), "rows": rows})
            left -= len(rows)
        if left > 0:
            index, last = index + 1, ""
        else:
            last = found[-1][0]
    nxt = f"{as_of}.{index}.{last}" if index < len(tables) else None
    return {"bucket": bucket, "as_of": as_of, "next_token": nxt, "pages": pages}


_PG_TEXT = {"dt": "YYYY-MM-DD HH24:MI:SS.US", "date": "YYYY-MM-DD"}


def _fragment(v: Any) -> Any:
    return None if v is None else orjson.Fragment(v)


def _read_columns(c: TableCodec, t: Table, postgres: bool) -> tuple[list[Any], list[Any]]:
    """Return the columns to select for a compact page and their value -> wire converters.

    On PostgreSQL the database writes datetimes and dates in the wire's text form and hands
    JSON over as its text (sent as is), so no value is parsed only to be formatted again.
    """
    if not postgres:
        return [t.c[n] for n in c.columns], from_python(c)
    columns: list[Any] = []
    conv: list[Any] = []
    for name, kind, f in zip(c.columns, c.kinds, from_python(c), strict=True):
        col = t.c[name]
        if kind in _PG_TEXT:
            columns.append(func.to_char(col, _PG_TEXT[kind]))
            conv.append(identity)
        elif kind == "json":
            columns.append(cast(col, Text))
            conv.append(_fragment)
        else:
            columns.append(col)
            conv.append(f)
    return columns, conv


@dataclass(frozen=True)
class Publisher:
    """The device publishing: id, township, whether it is the district's."""

    id: str
    org_code: str
    district: bool


def _check_turn(session: Session, device: Publisher, op_id: str, device_seq: int) -> ServerDevice:
    dev = session.get(ServerDevice, device.id, with_for_update=True)
    assert dev is not None
    if device_seq != dev.watermark + 1:
        raise BulkRefused(
            409, "seq_gap", "操作序号不连续", expected=dev.watermark + 1, got=device_seq
        )
    return dev


def publish_chunk(
    session: Session,
    device: Publisher,
    *,
    op_id: str,
    device_seq: int,
    entity: str,
    columns: list[str],
    rows: list[list[Any]],
) -> dict[str, Any]:
    """Insert the rows of one chunk the server does not hold yet; return what happened."""
    if entity not in _ORG_TABLES:
        raise BulkRefused(400, "bad_entity", "不能批量上传这类数据", entity=entity)
    c = codec(entity)
    if list(columns) != list(c.columns) or any(len(r) != len(c.columns) for r in rows):
        raise BulkRefused(400, "bad_columns", "批量上传的列与服务器不一致", entity=entity)
    org_i = c.index("owner_org")
    if not device.district and any(r[org_i] != device.org_code for r in rows):
        raise BulkRefused(403, "forbidden", "无权修改其他镇街的数据", entity=entity)
    with session.begin():
        done = session.get(AppliedOp, (device.id, op_id))
        if done is not None:
            return {"inserted": [], "first_seq": 0, "done": True}
        _check_publishable(session, device, c.entity, c.columns, rows)
        _check_turn(session, device, op_id, device_seq)
        try:
            with session.begin_nested():
                return _insert_chunk(session, device, c.entity, rows, careful=False)
        except IntegrityError:
            pass
        return _insert_chunk(session, device, c.entity, rows, careful=True)


def _check_publishable(
    session: Session, device: Publisher, entity: str, columns: tuple[str, ...], rows: list[Any]
) -> None:
    """Refuse a chunk that a push of the same rows would have refused (app.server.authz).

    Users are the district's; every row fits its entity's schema; no row points at another
    township's case, person or other row. Refused as a whole: a publish is one desk's own data.
    """
    if device.district:
        return
    if entity == "user":
        raise BulkRefused(403, "users_district_only", "用户只能由区级维护", entity=entity)
    refused = check_rows(entity, columns, rows, skip=_NOT_CHECKED)
    if refused is not None:
        n, bad = refused
        raise BulkRefused(
            422, "invalid", bad.message, entity=entity, field=bad.field, id=rows[n][0]
        )
    model = SYNCED_MODELS[entity]
    for column, target in foreign_keys(model):
        i = columns.index(column)
        ids = {r[i] for r in rows if isinstance(r[i], str)}
        if not ids:
            continue
        t = _table(target)
        allowed = [device.org_code, DISTRICT_CODE] if target == "user" else [device.org_code]
        foreign = session.execute(
            select(t.c.id).where(t.c.id.in_(ids), t.c.owner_org.not_in(allowed)).limit(1)
        ).first()
        if foreign is not None:
            raise BulkRefused(
                403, "foreign_parent", "关联的记录不属于本镇街", entity=entity, field=column
            )


def _insert_chunk(
    session: Session, device: Publisher, entity: str, rows: list[list[Any]], *, careful: bool
) -> dict[str, Any]:
    c = codec(entity)
    t = _table(entity)
    ids = [r[0] for r in rows]
    existing: dict[str, int] = {}
    # First try (not careful): insert all, no lookup; a row the server holds already (a chunk
    # sent again after a lost reply) fails the insert, and the careful try looks them up.
    for i in range(0, len(ids) if careful else 0, 5000):
        part = ids[i : i + 5000]
        existing.update(session.execute(select(t.c.id, t.c.version).where(t.c.id.in_(part))).all())
    fresh = [r for r in rows if r[0] not in existing]
    # Lock the counter now: the seqs go into the rows (case_event.server_seq), and nothing
    # that commits later may take a lower seq.
    base = session.execute(
        select(SeqCounter.value).where(SeqCounter.id == 1).with_for_update()
    ).scalar_one()
    seq_i = c.index("server_seq") if entity == "case_event" else -1
    ver_i = c.index("version")
    wire: list[list[Any]] = []
    for n, r in enumerate(fresh, start=1):
        r = list(r)
        r[ver_i] = 1
        if seq_i >= 0:
            r[seq_i] = base + n
        wire.append(r)
    postgres = session.get_bind().dialect.name == "postgresql"
    inserted: list[int] = []
    if careful or not postgres:
        conv = to_python(c)
        values = [{k: f(v) for k, f, v in zip(c.columns, conv, r, strict=True)} for r in wire]
        if careful:
            for k, v in enumerate(values):
                try:
                    with session.begin_nested():
                        session.execute(insert(t), [v])
                    inserted.append(k)
                except IntegrityError:
                    continue
        elif values:
            session.execute(insert(t), values)
            inserted = list(range(len(values)))
    elif wire:
        _copy(session, entity, c.columns, [_pg_row(c.kinds, r) for r in wire])
        inserted = list(range(len(wire)))
    entries = []
    org_i = c.index("owner_org")
    exclude = SYNCED_MODELS[entity].__sync_exclude__
    keep = [i for i, name in enumerate(c.columns) if name not in exclude]
    for k in inserted:
        r = wire[k]
        # The payload keeps the wire's datetime text (naive UTC): every reader parses both forms.
        payload = {c.columns[i]: r[i] for i in keep}
        entries.append((base + k + 1, org_bucket(r[org_i]), r[0], payload))
    if entries:
        now = utcnow()
        if postgres and not careful:
            _copy(
                session,
                "change_log",
                LOG_COLUMNS,
                [
                    (seq, b, entity, rid, PUBLISH_OP, 1, device.id, "[]", dumps(p).decode(), now)
                    for seq, b, rid, p in entries
                ],
            )
        else:
            session.execute(
                insert(ChangeLog),
                [
                    {"seq": seq, "bucket": b, "entity": entity, "entity_id": rid,
                     "op": PUBLISH_OP, "version": 1, "device_id": device.id, "fields": [],
                     "payload": p, "committed_at": now}
                    for seq, b, rid, p in entries
                ],
            )  # fmt: skip
        head = base + len(fresh)
        session.execute(update(SeqCounter).where(SeqCounter.id == 1).values(value=head))
        by_bucket: dict[str, tuple[int, int]] = {}
        for _seq, b, rid, _p in entries:
            cnt, h = by_bucket.get(b, (0, 0))
            by_bucket[b] = (cnt + 1, h ^ row_digest(entity, rid, 1))
        for b, (cnt, h) in sorted(by_bucket.items()):
            state = session.get(BucketState, b, with_for_update=True)
            if state is None:
                state = BucketState(bucket=b, head=0, count=0, hash=hash_hex(0))
                session.add(state)
            state.count += cnt
            state.hash = hash_hex(int(state.hash, 16) ^ h)
            state.head = head
        session.flush()
    return {
        "inserted": [wire[k][0] for k in inserted],
        "first_seq": base + 1,
        "seqs": [base + k + 1 for k in inserted] if seq_i >= 0 else [],
        # Rows already stored (this chunk sent before, its reply lost): their versions.
        "had": sorted(existing.items()),
        "done": False,
    }


LOG_COLUMNS = (
    "seq", "bucket", "entity", "entity_id", "op", "version", "device_id", "fields", "payload",
    "committed_at",
)  # fmt: skip


def _pg_row(kinds: tuple[str, ...], row: list[Any]) -> tuple[Any, ...]:
    """Return a wire row as COPY takes it: JSON columns as text, the rest as they are."""
    return tuple(
        dumps(v).decode() if k == "json" and v is not None else v
        for k, v in zip(kinds, row, strict=True)
    )


def _copy(session: Session, table: str, columns: tuple[str, ...], rows: list[Any]) -> None:
    """Write rows with PostgreSQL COPY (text values parsed by the server, no per-row SQL)."""
    raw = session.connection().connection.driver_connection
    assert raw is not None
    import psycopg

    cols = ", ".join(f'"{n}"' for n in columns)
    sql = f'COPY "{table}" ({cols}) FROM STDIN'
    try:
        with raw.cursor() as cur, cur.copy(sql) as copy:
            for r in rows:
                copy.write_row(r)
    except psycopg.IntegrityError as exc:  # a row stored already: the caller tries carefully
        raise IntegrityError(sql, None, exc) from exc


def op_fingerprint(op: Op) -> str:
    """Return the fingerprint a publish op id is bound to."""
    body = op.model_dump_json(exclude={"op_id"})
    return hashlib.sha256(body.encode()).hexdigest()


def publish_done(session: Session, device: Publisher, op: Op) -> PushResponse:
    """Acknowledge a finished publish op: it takes its place in the device's sequence."""
    if op.entity != PUBLISH_ENTITY:
        raise BulkRefused(400, "bad_entity", "不是批量上传操作", entity=op.entity)
    fingerprint = op_fingerprint(op)
    with session.begin():
        done = session.get(AppliedOp, (device.id, op.op_id))
        if done is not None:
            if done.payload_hash != fingerprint:
                raise BulkRefused(409, "op_mismatch", "同一操作编号的内容不同", op_id=op.op_id)
            dev = session.get(ServerDevice, device.id)
            assert dev is not None
            stored = OpResult.model_validate(done.result)
            result = stored.model_copy(update={"status": "duplicate"})
            return PushResponse(results=[result], watermark=dev.watermark)
        dev = _check_turn(session, device, op.op_id, op.device_seq)
        result = OpResult(op_id=op.op_id, status="applied", version=1)
        session.add(
            AppliedOp(
                device_id=device.id,
                op_id=op.op_id,
                device_seq=op.device_seq,
                payload_hash=fingerprint,
                result=result.model_dump(mode="json"),
            )
        )
        dev.watermark = op.device_seq
        return PushResponse(results=[result], watermark=dev.watermark)
