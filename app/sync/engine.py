"""The client sync engine: one cycle = hello → push → pull → verify (ARCHITECTURE.md §5).

No Qt: the GUI runs `SyncEngine.run_cycle` on its network pool, `python -m app.cli sync` runs it
once. A pulled page and its cursor are saved in one transaction; unsent local edits are laid
back over pulled rows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.models.base import utcnow
from app.models.sync_state import SyncBucket, SyncDevice, SyncRun
from app.services.errors import Msg
from app.sync import bulkload, local, token_store
from app.sync.audit_push import push_audit
from app.sync.fastapply import apply_pages, changes_as_pages, moved_state
from app.sync.pipeline import prefetch
from app.sync.protocol import (
    MAX_PUSH_OPS,
    PROTOCOL_VERSION,
    PUBLISH_ENTITY,
    BucketHead,
    Change,
    DistrictAuditResponse,
    HelloRequest,
    HelloResponse,
    Op,
    PushResponse,
    change_tag,
    hash_hex,
)
from app.sync.publish import finish_publish, push_publish
from app.sync.transport import SyncError, Transport
from app.sync.wire import codec, payload_of

log = logging.getLogger(__name__)
SKEW_WARN_S = 300.0
TransportFactory = Callable[[str, str], Transport]


@dataclass(frozen=True)
class CycleResult:
    """What one sync cycle did."""

    ok: bool
    message: str = ""
    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    snapshots: tuple[str, ...] = ()
    pending: int = 0
    open_conflicts: int = 0
    clock_skew_s: float = 0.0
    offline: bool = False
    registered: bool = True
    started_at: datetime = field(default_factory=utcnow)
    finished_at: datetime = field(default_factory=utcnow)

    @property
    def skew_warning(self) -> bool:
        """Return whether this device's clock is off by more than five minutes."""
        return abs(self.clock_skew_s) > SKEW_WARN_S


@dataclass
class _Tally:
    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    snapshots: list[str] = field(default_factory=list)


class SyncEngine:
    """Run sync cycles for the local database of `session_factory`."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        transport_factory: TransportFactory | None = None,
        page_size: int = 1000,
        snapshot_page: int = 5000,
        app_version: str = "",
    ) -> None:
        self._factory = session_factory
        bind = session_factory.kw.get("bind")
        if not isinstance(bind, Engine):
            raise TypeError("session factory must be bound to an Engine")
        self._engine: Engine = bind
        self._db_path = token_store.database_path(bind.url.database)
        self._transport_factory = transport_factory or (
            lambda url, token: Transport(url, token, ca_file=token_store.ca_file(self._db_path))
        )
        self.page_size = page_size
        self.snapshot_page = snapshot_page
        self.app_version = app_version

    @contextmanager
    def _apply_session(self, *, fast: bool = False) -> Iterator[Session]:
        """Yield a session for pulled rows: no outbox ops, foreign keys checked by the server.

        A pulled page may hold a child whose parent comes on the next page, so this one
        connection runs with foreign keys off; everything else keeps them on. `fast` (snapshot
        pages): the commit waits for no fsync (WAL, synchronous=NORMAL): a page lost to a power
        cut is lost with its cursor and read again, and the file stays consistent.
        """
        sqlite = self._engine.dialect.name == "sqlite"
        with self._engine.connect() as conn:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                if fast:
                    conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
                conn.commit()
            try:
                session = self._factory(bind=conn)
                session.info["sync_apply"] = True
                with session.begin():
                    if sqlite:
                        # pysqlite starts a transaction only at the first write, so a SAVEPOINT
                        # before it would be released as a commit: begin for real first.
                        session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                    yield session
                session.close()
            finally:
                if sqlite:
                    conn.rollback()
                    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                    conn.exec_driver_sql("PRAGMA synchronous=FULL")
                    conn.commit()

    def run_cycle(self) -> CycleResult:
        """Run one cycle and record it; never raises for network or server trouble."""
        started = utcnow()
        tally = _Tally()
        skew = 0.0
        try:
            with self._factory.begin() as s:
                device = local.get_device(s)
                if device is None or not device.token:
                    # Not an error worth a history row or a retry: nothing to sync with yet.
                    return CycleResult(
                        ok=False, message="本机尚未注册，请先注册到区级服务器", registered=False
                    )
                device_id, url, stored = device.id, device.server_url, device.token
            token = self._token(device_id, stored)
            with self._transport_factory(url, token) as transport:
                hello, skew = self._hello(transport)
                self._take_new_token(transport, device_id, hello)
                known = self._check_epoch_and_watermark(hello)
                self._push_all(transport, tally)
                for head in hello.buckets:
                    if _in_step(head, known.get(head.bucket), tally):
                        continue  # nothing new and the same rows as the server: no request
                    self._sync_bucket(transport, head, tally)
                push_audit(self._factory, transport)
            result = self._finish(started, tally, skew, ok=True, message="同步完成")
        except SyncError as exc:
            log.warning("sync cycle failed: %s", exc.message)
            result = self._finish(
                started, tally, skew, ok=False, message=exc.message, offline=exc.offline
            )
        return result

    def district_audit(self, **filters: Any) -> DistrictAuditResponse:
        """Read every township's audit trail from the server (raises SyncError)."""
        with self._factory() as s:
            device = local.get_device(s)
            if device is None or not device.token:
                raise SyncError("本机尚未注册，请先注册到区级服务器", code="not_registered")
            device_id, url, stored = device.id, device.server_url, device.token
        with self._transport_factory(url, self._token(device_id, stored)) as transport:
            return transport.district_audit(**filters)

    def _token(self, device_id: str, stored: str) -> str:
        """Return the device token from where it is kept (moving a token in clear out first)."""
        token = token_store.load(device_id, self._db_path, stored)
        if not token:
            raise SyncError(
                Msg("找不到本机的设备令牌（系统钥匙串或令牌文件），请重新注册本机"),
                code="no_token",
            )
        if not token_store.is_marker(stored) and self._db_path is not None:
            marker = token_store.save(device_id, self._db_path, token)
            with self._factory.begin() as s:
                s.execute(update(SyncDevice).values(token=marker))
        return token

    def _take_new_token(self, transport: Transport, device_id: str, hello: HelloResponse) -> None:
        """Store the successor token a hello brought (rotation) and use it from now on."""
        if not hello.new_token:
            return
        marker = token_store.save(device_id, self._db_path, hello.new_token)
        with self._factory.begin() as s:
            s.execute(update(SyncDevice).values(token=marker))
        transport.token = hello.new_token

    def _hello(self, transport: Transport) -> tuple[HelloResponse, float]:
        with self._factory() as s:
            device = local.get_device(s)
            assert device is not None
            wire_max = local.max_device_seq(s) - device.seq_offset
            positions = local.log_positions(s)
        sent = utcnow()
        hello = transport.hello(
            HelloRequest(
                protocol_version=PROTOCOL_VERSION,
                app_version=self.app_version,
                client_time=sent,
                max_device_seq=max(wire_max, 0),
                positions=positions,
            )
        )
        received = utcnow()
        midpoint = sent + (received - sent) / 2
        return hello, (hello.server_time - midpoint).total_seconds()

    def _check_epoch_and_watermark(self, hello: HelloResponse) -> dict[str, _BucketState]:
        """Check the server's epoch and watermark; return each bucket's state as it then is."""
        with self._factory.begin() as s:
            device = local.get_device(s)
            assert device is not None
            restored = bool(device.server_epoch) and device.server_epoch != hello.epoch
            acked = local.max_acked_seq(s)
            if acked - device.seq_offset > hello.watermark:
                restored = True  # the server lost ops it had acknowledged
            if restored:
                # The server was restored from a backup: read every bucket afresh.
                log.warning("server restored from a backup: re-reading all buckets")
                s.execute(update(SyncBucket).values(cursor=0, snapshot_token=None, cursor_tag=""))
            device.server_epoch = hello.epoch
            bulkload.heal(s)  # a first snapshot given up half-way: indexes and search back
            offset = device.seq_offset
            wire_max = local.max_device_seq(s) - offset
            if hello.watermark > wire_max:
                raise SyncError(
                    "本机数据比服务器记录的旧（数据库被还原或复制？），请重新注册本机",
                    code="seq_regressed",
                )
            if acked - offset > hello.watermark:
                n = local.requeue_after(s, hello.watermark + offset)
                log.warning("re-pushing %d acknowledged ops the server lost", n)
            else:
                local.purge_acked(s, upto=hello.watermark + offset)
            return {
                r.bucket: _BucketState(r.snapshot_token is not None, r.cursor, r.count, r.hash)
                for r in s.scalars(select(SyncBucket))
            }

    def _push_all(self, transport: Transport, tally: _Tally) -> None:
        retried_gap = False
        while True:
            with self._factory() as s:
                device = local.get_device(s)
                assert device is not None
                offset = device.seq_offset
                ops = local.pending_ops(s, MAX_PUSH_OPS)
            if not ops:
                return
            try:
                if ops[0].entity == PUBLISH_ENTITY:
                    resp = self._push_publish(transport, ops[0], offset, tally)
                else:
                    # A publish op further on waits for its turn: it goes as row chunks.
                    cut = next((i for i, o in enumerate(ops) if o.entity == PUBLISH_ENTITY), None)
                    resp = transport.push(wire_ops(ops[:cut], offset))
            except SyncError as exc:
                if exc.code == "seq_gap" and not retried_gap:
                    retried_gap = True
                    with self._factory.begin() as s:
                        local.requeue_after(s, int(exc.detail.get("expected", 1)) - 1 + offset)
                    continue
                raise
            with self._factory.begin() as s:
                local.mark_results(s, resp.results)
            for r in resp.results:
                if r.status == "applied":
                    tally.pushed += 1
                elif r.status == "duplicate":
                    tally.duplicates += 1
                elif r.status == "conflict":
                    tally.pushed += 1
                    tally.conflicts += 1
                else:
                    tally.rejected += 1

    def _push_publish(
        self, transport: Transport, op: Op, offset: int, tally: _Tally
    ) -> PushResponse:
        """Stream a bulk load's rows, then acknowledge its op (app.sync.publish)."""
        wire = op.model_copy(update={"device_seq": op.device_seq - offset})
        stored, _known = push_publish(self._engine, transport, wire, wire.device_seq)
        tally.pushed += stored
        resp = finish_publish(transport, wire)
        return resp

    def _sync_bucket(self, transport: Transport, head: BucketHead, tally: _Tally) -> None:
        # Org and district buckets keep their count + hash up to date as rows are written
        # (app.sync.fastapply); a device bucket (a few conflicts) is recounted after a pull.
        tracked = not head.bucket.startswith("dev:")
        for attempt in range(2):
            with self._factory.begin() as s:
                row = local.bucket_row(s, head.bucket)
                resume = row.snapshot_token is not None
                cursor = row.cursor
                state = (row.count, row.hash)
            same = bool(state[1]) and state == (head.count, head.hash)
            # Heads are from hello: after a push of ours (conflicts, merged rows) they are old.
            pushed = tally.pushed or tally.duplicates or tally.rejected
            if attempt == 0 and not resume and cursor == head.head and same and not pushed:
                return  # nothing new and the same rows as the server: no request at all
            before = tally.pulled
            if resume or (cursor == 0 and head.head > 0) or attempt == 1:
                self._snapshot(transport, head.bucket, tally)
            try:
                last = self._pull(transport, head.bucket, tally)
            except SyncError as exc:
                if exc.status != 410 or attempt == 1:
                    raise
                with self._factory.begin() as s:
                    local.bucket_row(s, head.bucket).cursor = 0
                continue
            with self._factory() as s:
                row = local.bucket_row(s, head.bucket)
                state = (row.count, row.hash)
            same = bool(state[1]) and state == (last.count, last.hash)
            if same and (tracked or tally.pulled == before):
                return
            with self._factory.begin() as s:
                count, digest = local.local_bucket_state(s, head.bucket)
                row = local.bucket_row(s, head.bucket)
                row.count, row.hash = count, digest
            if (count, digest) == (last.count, last.hash):
                return
            log.warning(
                "bucket %s differs (local %s/%s, server %s/%s): re-reading it",
                head.bucket,
                count,
                digest,
                last.count,
                last.hash,
            )
        raise SyncError(
            Msg("数据分区 {bucket} 校验不一致", bucket=head.bucket), code="verify_failed"
        )

    def _apply(self, s: Session, bucket: str, pages: list[dict[str, Any]] | None,
               changes: Callable[[], list[Change]], *, refold: bool = True) -> int:  # fmt: skip
        """Write one page and move the bucket state; return how many rows were applied.

        `refold=False` (a snapshot's pages): the cases are folded once when the snapshot ends.
        """
        row = local.bucket_row(s, bucket)
        cases: set[str]
        if pages is not None:
            try:
                with s.begin_nested():
                    got = apply_pages(s.connection(), pages)
                row.count, row.hash = moved_state(row.count, row.hash, got)
                applied, cases = got.rows, got.cases
            except IntegrityError:
                pages = None
        if pages is None:
            # A unique clash or a conflict row: the ORM path keeps each clash for review; the
            # bucket is recounted at the end of the cycle.
            rows = changes()
            applied, cases = local.apply_changes(s, rows)
            if not bucket.startswith("dev:"):
                row.hash = ""
            local.reapply_pending(s, {c.entity_id for c in rows})
        else:
            local.reapply_pending(s, _ids(pages))
        if refold:
            local.refresh_cases(s, cases)
        return applied

    def _pull(self, transport: Transport, bucket: str, tally: _Tally) -> BucketHead:
        tracked = not bucket.startswith("dev:")
        while True:
            with self._factory() as s:
                cursor = local.bucket_row(s, bucket).cursor
            page = transport.pull(bucket, cursor, self.page_size)
            pages = changes_as_pages(page.changes) if tracked else None
            with self._apply_session() as s:
                applied = self._apply(s, bucket, pages, partial(list, page.changes))
                row = local.bucket_row(s, bucket)
                last = page.changes[-1] if page.changes else None
                if last is not None and last.seq == page.next_after:
                    # Only an entry the cursor stands on is remembered (restore detection).
                    row.cursor_tag = change_tag(
                        last.entity, last.entity_id, last.version, last.payload
                    )
                elif page.next_after != row.cursor:
                    row.cursor_tag = ""
                row.cursor = page.next_after
                row.synced_at = utcnow()
            tally.pulled += applied
            if not page.has_more:
                return page.head

    def _snapshot(self, transport: Transport, bucket: str, tally: _Tally) -> None:
        tally.snapshots.append(bucket)
        if bucket.startswith("dev:"):
            self._snapshot_changes(transport, bucket, tally)
            return
        with self._factory() as s:
            token = local.bucket_row(s, bucket).snapshot_token
        first = token is None

        def fetch(tok: str | None) -> tuple[dict[str, Any], str | None]:
            page = transport.rows(bucket, tok, self.snapshot_page)
            return page, page.get("next_token")

        # The next page is fetched while this one is written: at most two pages in memory.
        # A township's first snapshot on a new desk is written as a bulk load (app.sync.bulkload);
        # the cases are folded once, in the last page's transaction, from the rows as they end.
        for page in prefetch(fetch, token):
            with self._apply_session(fast=True) as s:
                if first:
                    local.forget_versions(s, bucket)
                    row = local.bucket_row(s, bucket)
                    row.count, row.hash = 0, hash_hex(0)
                    first = False
                    if bucket.startswith("org:"):
                        bulkload.suspend(s, bucket.removeprefix("org:"))
                as_of = int(page["as_of"])
                applied = self._apply(
                    s, bucket, page["pages"], partial(snapshot_changes, page["pages"], as_of),
                    refold=False,
                )  # fmt: skip
                row = local.bucket_row(s, bucket)
                row.snapshot_as_of = int(page["as_of"])
                row.snapshot_token = page.get("next_token")
                if page.get("next_token") is None:
                    row.cursor = int(page["as_of"])
                    row.synced_at = utcnow()
                    if not bulkload.restore(s, then=partial(local.refold_bucket, s, bucket)):
                        local.refold_bucket(s, bucket)
            tally.pulled += applied

    def _snapshot_changes(self, transport: Transport, bucket: str, tally: _Tally) -> None:
        with self._factory() as s:
            token = local.bucket_row(s, bucket).snapshot_token
        while True:
            page = transport.snapshot(bucket, token, self.page_size)
            with self._apply_session() as s:
                if token is None:
                    local.forget_versions(s, bucket)
                applied = self._apply(s, bucket, None, partial(list, page.rows))
                row = local.bucket_row(s, bucket)
                row.snapshot_as_of = page.as_of
                row.snapshot_token = page.next_token
                if page.next_token is None:
                    row.cursor, row.cursor_tag = page.as_of, ""
                    row.synced_at = utcnow()
            tally.pulled += applied
            token = page.next_token
            if token is None:
                return

    def _finish(
        self,
        started: datetime,
        tally: _Tally,
        skew: float,
        *,
        ok: bool,
        message: str,
        offline: bool = False,
    ) -> CycleResult:
        finished = utcnow()
        with self._factory.begin() as s:
            pending = local.pending_count(s)
            conflicts_open = local.open_conflicts(s)
            s.add(
                SyncRun(
                    started_at=started,
                    finished_at=finished,
                    ok=ok,
                    pushed=tally.pushed,
                    pulled=tally.pulled,
                    conflicts=tally.conflicts,
                    rejected=tally.rejected,
                    clock_skew_s=skew,
                    message=message,
                )
            )
            device = local.get_device(s)
            if device is not None:
                device.last_sync_result = message
                if ok:
                    device.last_sync_at = finished
        return CycleResult(
            ok=ok,
            message=message,
            pushed=tally.pushed,
            duplicates=tally.duplicates,
            conflicts=tally.conflicts,
            rejected=tally.rejected,
            pulled=tally.pulled,
            snapshots=tuple(tally.snapshots),
            pending=pending,
            open_conflicts=conflicts_open,
            clock_skew_s=skew,
            offline=offline,
            started_at=started,
            finished_at=finished,
        )


@dataclass(frozen=True)
class _BucketState:
    resuming: bool  # a snapshot is under way
    cursor: int
    count: int
    hash: str


def _in_step(head: BucketHead, state: _BucketState | None, tally: _Tally) -> bool:
    """Return whether a bucket needs no request: at the server's head with the same rows.

    Heads are from hello: after a push of ours (conflicts, merged rows) they are old.
    """
    if state is None or state.resuming or tally.pushed or tally.duplicates or tally.rejected:
        return False
    return (
        state.cursor == head.head
        and bool(state.hash)
        and (state.count, state.hash)
        == (
            head.count,
            head.hash,
        )
    )


def _ids(pages: list[dict[str, Any]] | None) -> set[str]:
    return {r[0] for p in pages or () for r in p["rows"]}


def snapshot_changes(pages: list[dict[str, Any]], as_of: int) -> list[Change]:
    """Return compact snapshot pages as Change rows (for the row-by-row path)."""
    out = []
    for p in pages:
        c = codec(p["entity"])
        for r in p["rows"]:
            out.append(
                Change(seq=as_of, entity=c.entity, entity_id=r[0], op="snapshot",
                       version=r[1], payload=payload_of(c, r))
            )  # fmt: skip
    return out


def wire_ops(ops: list[Op], offset: int) -> list[Op]:
    """Return ops with their device_seq as the server numbers them."""
    return [o.model_copy(update={"device_seq": o.device_seq - offset}) for o in ops]
