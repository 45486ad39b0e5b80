"""Client-side sync bookkeeping: outbox, bucket cursors, conflicts, this device, case numbers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class SyncOutbox(Base):
    """One local change waiting to be (or already) pushed. Its payload never changes."""

    __tablename__ = "sync_outbox"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_seq: Mapped[int] = mapped_column(Integer, unique=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(8))  # OpKind
    base_version: Mapped[int] = mapped_column(Integer, default=0)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # None while pending; set when the server acknowledged it (kept as the archive).
    acked_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
    result: Mapped[str | None] = mapped_column(String(16), default=None)
    result_detail: Mapped[str] = mapped_column(Text, default="")


class SyncBucket(Base):
    """The pull cursor and last verified count/hash of one bucket."""

    __tablename__ = "sync_bucket"

    bucket: Mapped[str] = mapped_column(String(48), primary_key=True)
    cursor: Mapped[int] = mapped_column(Integer, default=0)
    count: Mapped[int] = mapped_column(Integer, default=0)
    hash: Mapped[str] = mapped_column(String(64), default="")
    synced_at: Mapped[datetime | None] = mapped_column(default=None)
    # A snapshot in progress: resume from this page token; afterwards pull from `snapshot_as_of`.
    snapshot_token: Mapped[str | None] = mapped_column(String(128), default=None)
    snapshot_as_of: Mapped[int] = mapped_column(Integer, default=0)
    # protocol.change_tag of the log entry at `cursor` (empty: not known, e.g. after a snapshot).
    cursor_tag: Mapped[str] = mapped_column(String(16), default="", server_default="")


class SyncConflict(Base):
    """A change that lost a merge, kept for a supervisor to review. Nothing is dropped."""

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="field")  # field/event/deleted/booking/…
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(48), default="")
    mine: Mapped[Any] = mapped_column(JSON, default=None)
    theirs: Mapped[Any] = mapped_column(JSON, default=None)
    kept: Mapped[str] = mapped_column(String(8), default="theirs")  # mine / theirs
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolution: Mapped[str | None] = mapped_column(String(8), default=None)


class SyncDevice(Base):
    """This installation: its township, device code, server and token. One row."""

    __tablename__ = "sync_device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    org_code: Mapped[str] = mapped_column(String(12))
    device_code: Mapped[str] = mapped_column(String(8))
    server_url: Mapped[str] = mapped_column(String(255), default="")
    token: Mapped[str] = mapped_column(String(255), default="")
    server_epoch: Mapped[str] = mapped_column(String(64), default="")
    registered_at: Mapped[datetime | None] = mapped_column(default=None)
    last_sync_at: Mapped[datetime | None] = mapped_column(default=None)
    last_sync_result: Mapped[str] = mapped_column(Text, default="")
    sync_interval_s: Mapped[int] = mapped_column(Integer, default=300)
    # Local device_seq minus this is the seq on the wire: a re-registered device starts at 1.
    seq_offset: Mapped[int] = mapped_column(Integer, default=0)
    # The district's key for the lookup of other centres (migration 0014), from registration.
    lookup_secret: Mapped[str] = mapped_column(String(64), default="", server_default="")


class SyncRun(Base):
    """One sync cycle as the 同步 tab lists it."""

    __tablename__ = "sync_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    ok: Mapped[bool] = mapped_column(default=False)
    pushed: Mapped[int] = mapped_column(Integer, default=0)
    pulled: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    clock_skew_s: Mapped[float] = mapped_column(default=0.0)
    message: Mapped[str] = mapped_column(Text, default="")


class CaseNumberSeq(Base):
    """The last sequence number issued on this device per case-number prefix (local only)."""

    __tablename__ = "case_number_seq"

    prefix: Mapped[str] = mapped_column(String(24), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)
