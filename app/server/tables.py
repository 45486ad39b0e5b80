"""Server-only tables: devices, registration codes, applied ops, the change log, counters.

They live on their own metadata (and their own Alembic version table) next to the shared
synced tables of app.models, which the server stores without foreign keys: devices push in
their own order and a batch may end between a parent and its child, so the server keeps
facts and leaves referential checks to the clients.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.domain.ids import uuid7
from app.models import SYNCED_MODELS, Base
from app.models.base import NAMING_CONVENTION, UTCDateTime, utcnow


class ServerBase(DeclarativeBase):
    """Declarative base of the server-only tables."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}


class ServerDevice(ServerBase):
    """A registered device: its township, device code and hashed token."""

    __tablename__ = "server_device"
    __table_args__ = (UniqueConstraint("org_code", "device_code", name="uq_server_device_code"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    org_code: Mapped[str] = mapped_column(String(12), index=True)
    device_code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(64), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    last_seen_at: Mapped[datetime | None] = mapped_column(default=None)
    watermark: Mapped[int] = mapped_column(BigInteger, default=0)
    # Tokens expire and rotate (migration s006): the previous token stays valid for a grace
    # period after the server handed out its successor, so a reply lost in transit locks no one out.
    token_expires_at: Mapped[datetime | None] = mapped_column(default=None)
    prev_token_hash: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    prev_token_until: Mapped[datetime | None] = mapped_column(default=None)


class RegistrationCode(ServerBase):
    """A one-time code a district admin issued for one township (or the district)."""

    __tablename__ = "registration_code"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    org_code: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None] = mapped_column(default=None)
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)


class AppliedOp(ServerBase):
    """An op already applied for a device: makes push idempotent."""

    __tablename__ = "applied_op"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_seq: Mapped[int] = mapped_column(BigInteger)
    payload_hash: Mapped[str] = mapped_column(String(64))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)


class ChangeLog(ServerBase):
    """One committed row change; `seq` is handed out in commit order from SeqCounter."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_bucket_seq", "bucket", "seq"),
        Index("ix_change_log_entity_version", "entity_id", "version"),
    )

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    bucket: Mapped[str] = mapped_column(String(48))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    committed_at: Mapped[datetime] = mapped_column(default=utcnow)


class CompactedField(ServerBase):
    """What compaction keeps of the deleted log for the merge: per row, field and device, the
    highest version at which that device changed that field."""

    __tablename__ = "compacted_field"

    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(48), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class SeqCounter(ServerBase):
    """The single counter row; locking it at the end of a transaction orders commits."""

    __tablename__ = "seq_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class BucketState(ServerBase):
    """Incrementally kept count + XOR hash of a bucket's rows and its last seq."""

    __tablename__ = "bucket_state"

    bucket: Mapped[str] = mapped_column(String(48), primary_key=True)
    head: Mapped[int] = mapped_column(BigInteger, default=0)
    count: Mapped[int] = mapped_column(BigInteger, default=0)
    hash: Mapped[str] = mapped_column(String(16), default="0" * 16)


class LookupKey(ServerBase):
    """A person's ID number or phone as its keyed hash (the lookup of other centres, s011).

    Refreshed from the person rows whenever a lookup runs (version tells what changed), so a
    lookup is one index probe, never a hash of every person.
    """

    __tablename__ = "lookup_key"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


class ServerMeta(ServerBase):
    """Key/value facts about this server: epoch, log horizon."""

    __tablename__ = "server_meta"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ServerConflict(ServerBase):
    """A change that lost a merge or was rejected, for the pushing device to review."""

    __tablename__ = "server_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # field / event / deleted / booking / rejected
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(48), default="")
    mine: Mapped[Any] = mapped_column(JSON, default=None)
    theirs: Mapped[Any] = mapped_column(JSON, default=None)
    kept: Mapped[str] = mapped_column(String(8), default="theirs")
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


_AUTO_ID = BigInteger().with_variant(Integer, "sqlite")  # SQLite autoincrements INTEGER keys only


class StatusHit(ServerBase):
    """One public /status lookup, per limiter key (client address, or "*" for all), s006.

    Kept in the database so every worker process shares the limit; older hits are dropped.
    """

    __tablename__ = "status_hit"
    __table_args__ = (Index("ix_status_hit_key_at", "key", "at"),)

    id: Mapped[int] = mapped_column(_AUTO_ID, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(80))
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class StatusLockout(ServerBase):
    """Wrong 查询码 entered for one case number, and until when its lookups are locked, s006."""

    __tablename__ = "status_lockout"

    case_no: Mapped[str] = mapped_column(String(32), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(default=None)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)


class AccessLog(ServerBase):
    """Who read or wrote what: one row per sync request of a device, per bucket, s006."""

    __tablename__ = "access_log"
    __table_args__ = (
        Index("ix_access_log_device_at", "device_id", "at"),
        Index("ix_access_log_bucket_at", "bucket", "at"),
    )

    id: Mapped[int] = mapped_column(_AUTO_ID, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    org_code: Mapped[str] = mapped_column(String(12))
    action: Mapped[str] = mapped_column(String(16))  # hello / push / pull / snapshot
    bucket: Mapped[str] = mapped_column(String(48), default="")
    status: Mapped[int] = mapped_column(Integer, default=200)
    address: Mapped[str] = mapped_column(String(64), default="")


def shared_metadata() -> MetaData:
    """Return the synced tables of app.models as the server stores them: without foreign keys."""
    md = MetaData(naming_convention=NAMING_CONVENTION)
    for name in SYNCED_MODELS:
        src: Table = Base.metadata.tables[name]
        copy = src.to_metadata(md)
        for fk in list(copy.foreign_key_constraints):
            copy.constraints.discard(fk)
        for col in copy.columns:
            col.foreign_keys.clear()
    return md


class ServerAuditEntry(ServerBase):
    """A desk's audit entry as the district keeps it: append-only, hash-chained per device, s017.

    Stored exactly as the desk chained it (app.models.audit_log.entry_hash); the server checks
    each hash and link before storing (app.server.audit) and has no route that edits or deletes.
    """

    __tablename__ = "server_audit_entry"
    __table_args__ = (
        UniqueConstraint("device_id", "seq", name="uq_server_audit_entry_device_seq"),
        Index("ix_server_audit_entry_org_at", "owner_org", "at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column()
    owner_org: Mapped[str] = mapped_column(String(12))
    user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(36), default=None)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
