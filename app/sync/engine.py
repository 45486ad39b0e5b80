"""The client sync engine: one cycle = hello → push → pull → verify (DESIGN.md §5).

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

from sqlalchemy import Engine, update
from sqlalchemy.orm import Session, sessionmaker

from app.models.base import utcnow
from app.models.sync_state import SyncBucket, SyncRun
from app.services.errors import Msg
from app.sync import local
from app.sync.protocol import (
    MAX_PUSH_OPS,
    PROTOCOL_VERSION,
    BucketHead,
    HelloRequest,
    HelloResponse,
    Op,
    change_tag,
)
from app.sync.transport import SyncError, Transport

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
        page_size: int = 500,
        app_version: str = "",
    ) -> None:
        self._factory = session_factory
        bind = session_factory.kw.get("bind")
        if not isinstance(bind, Engine):
            raise TypeError("session factory must be bound to an Engine")
        self._engine: Engine = bind
        self._transport_factory = transport_factory or (lambda url, token: Transport(url, token))
        self.page_size = page_size
        self.app_version = app_version

    @contextmanager
    def _apply_session(self) -> Iterator[Session]:
        """Yield a session for pulled rows: no outbox ops, foreign keys checked by the server.

        A pulled page may hold a child whose parent comes on the next page, so this one
        connection runs with foreign keys off; everything else keeps them on.
        """
        sqlite = self._engine.dialect.name == "sqlite"
        with self._engine.connect() as conn:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.commit()
            try:
                session = self._factory(bind=conn)
                session.info["sync_apply"] = True
                with session.begin():
                    yield session
                session.close()
            finally:
                if sqlite:
                    conn.rollback()
                    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
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
                url, token = device.server_url, device.token
            with self._transport_factory(url, token) as transport:
                hello, skew = self._hello(transport)
                self._check_epoch_and_watermark(hello)
                self._push_all(transport, tally)
                for head in hello.buckets:
                    self._sync_bucket(transport, head, tally)
            result = self._finish(started, tally, skew, ok=True, message="同步完成")
        except SyncError as exc:
            log.warning("sync cycle failed: %s", exc.message)
            result = self._finish(
                started, tally, skew, ok=False, message=exc.message, offline=exc.offline
            )
        return result

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

    def _check_epoch_and_watermark(self, hello: HelloResponse) -> None:
        with self._factory.begin() as s:
            device = local.get_device(s)
            assert device is not None
            restored = bool(device.server_epoch) and device.server_epoch != hello.epoch
            if local.max_acked_seq(s) - device.seq_offset > hello.watermark:
                restored = True  # the server lost ops it had acknowledged
            if restored:
                # The server was restored from a backup: read every bucket afresh.
                log.warning("server restored from a backup: re-reading all buckets")
                s.execute(update(SyncBucket).values(cursor=0, snapshot_token=None, cursor_tag=""))
            device.server_epoch = hello.epoch
            offset = device.seq_offset
            wire_max = local.max_device_seq(s) - offset
            if hello.watermark > wire_max:
                raise SyncError(
                    "本机数据比服务器记录的旧（数据库被还原或复制？），请重新注册本机",
                    code="seq_regressed",
                )
            if local.max_acked_seq(s) - offset > hello.watermark:
                n = local.requeue_after(s, hello.watermark + offset)
                log.warning("re-pushing %d acknowledged ops the server lost", n)

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
                resp = transport.push(wire_ops(ops, offset))
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

    def _sync_bucket(self, transport: Transport, head: BucketHead, tally: _Tally) -> None:
        for attempt in range(2):
            with self._factory.begin() as s:
                row = local.bucket_row(s, head.bucket)
                resume = row.snapshot_token is not None
                cursor = row.cursor
                verified = (row.count, row.hash)
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
            # Only pulls change versions locally: nothing applied and the server still matching
            # the last verified state means no full recount is needed.
            if tally.pulled == before and verified == (last.count, last.hash) and verified[1]:
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

    def _pull(self, transport: Transport, bucket: str, tally: _Tally) -> BucketHead:
        while True:
            with self._factory() as s:
                cursor = local.bucket_row(s, bucket).cursor
            page = transport.pull(bucket, cursor, self.page_size)
            with self._apply_session() as s:
                applied, cases = local.apply_changes(s, page.changes)
                local.reapply_pending(s, {c.entity_id for c in page.changes})
                local.refresh_cases(s, cases)
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
        with self._factory() as s:
            token = local.bucket_row(s, bucket).snapshot_token
        while True:
            page = transport.snapshot(bucket, token, self.page_size)
            with self._apply_session() as s:
                if token is None:
                    local.forget_versions(s, bucket)
                applied, cases = local.apply_changes(s, page.rows)
                local.reapply_pending(s, {c.entity_id for c in page.rows})
                local.refresh_cases(s, cases)
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


def wire_ops(ops: list[Op], offset: int) -> list[Op]:
    """Return ops with their device_seq as the server numbers them."""
    return [o.model_copy(update={"device_seq": o.device_seq - offset}) for o in ops]
