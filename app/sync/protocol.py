"""The wire protocol between a device and the district server (ARCHITECTURE.md §5).

Every body is one of these pydantic models; the server answers with them as `response_model`,
the client parses them back. Bump PROTOCOL_VERSION on any incompatible change; the server answers
426 to a client older than MIN_PROTOCOL_VERSION.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

PROTOCOL_VERSION = 1
MIN_PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Yizhan-Protocol"
MAX_PUSH_OPS = 200
MAX_PAGE = 1000
# Compact snapshot pages (GET /v1/sync/rows) and publish chunks carry up to this many rows.
MAX_ROWS_PAGE = 10_000
# The outbox op that stands for a bulk load's rows (`demo --publish`): pushed as row chunks.
PUBLISH_ENTITY = "publish"
DISTRICT_BUCKET = "ref:district"

OpStatus = Literal["applied", "duplicate", "conflict", "rejected"]


def org_bucket(org_code: str) -> str:
    """Return the bucket of one township's data."""
    return f"org:{org_code}"


def device_bucket(device_id: str) -> str:
    """Return the bucket of one device's rejections and conflicts."""
    return f"dev:{device_id}"


def row_digest(entity: str, entity_id: str, version: int) -> int:
    """Return a 64-bit digest of one row state; a bucket hash XORs these (order-free)."""
    raw = hashlib.sha256(f"{entity}:{entity_id}:{version}".encode()).digest()
    return int.from_bytes(raw[:8], "big")


def change_tag(entity: str, entity_id: str, version: int, payload: dict[str, Any]) -> str:
    """Return a short fingerprint of one log entry, content included.

    A desk remembers the tag of the entry at its cursor; a server restored from a backup holds
    another entry there (or none), whatever version number it reused.
    """
    body = json.dumps([entity, entity_id, version, payload], sort_keys=True, default=str)
    return hashlib.sha256(body.encode()).hexdigest()[:16]


def hash_hex(value: int) -> str:
    """Return the wire form of a bucket hash."""
    return f"{value:016x}"


class RegisterRequest(BaseModel):
    """Redeem a one-time code from a district admin for a device token."""

    code: str = Field(min_length=4, max_length=32)
    device_name: str = Field(default="", max_length=64)
    protocol_version: int = PROTOCOL_VERSION


class RegisterResponse(BaseModel):
    """The new device's identity; `token` is shown once and stored only hashed on the server."""

    device_id: str
    device_code: str
    org_code: str
    token: str
    epoch: str
    server_time: datetime
    token_expires_at: datetime | None = None
    # The district's key for asking about a resident's cases at other centres (lookup_digest).
    lookup_secret: str = ""


class BucketHead(BaseModel):
    """Where a bucket stands: its last seq and the count + hash of its server-known rows."""

    bucket: str
    head: int
    count: int
    hash: str


class LogPosition(BaseModel):
    """Where a desk's cursor stands in a bucket and the tag of the entry it last pulled there."""

    bucket: str = Field(max_length=48)
    seq: int
    tag: str = Field(default="", max_length=16)


class HelloRequest(BaseModel):
    """Open a cycle: the client's versions, clock and highest device_seq it ever wrote.

    `positions` lets the server notice it was restored from a backup: an entry the desk pulled
    is gone or different, or a bucket's head went back behind the desk's cursor.
    """

    protocol_version: int = PROTOCOL_VERSION
    app_version: str = ""
    client_time: datetime
    max_device_seq: int = 0
    positions: list[LogPosition] = Field(default_factory=list, max_length=64)


class HelloResponse(BaseModel):
    """The server's versions, clock, epoch, this device's watermark and its buckets."""

    protocol_version: int
    min_protocol_version: int
    server_time: datetime
    epoch: str
    device_id: str
    device_code: str
    org_code: str
    watermark: int
    buckets: list[BucketHead]
    # A successor of the token this hello came with (rotation before expiry): store it and use
    # it from now on; the old one keeps working for a grace period.
    new_token: str | None = None
    token_expires_at: datetime | None = None


class Op(BaseModel):
    """One local change from the outbox; its payload never changes after it was written."""

    op_id: str = Field(min_length=1, max_length=36)
    device_seq: int
    entity: str
    entity_id: str
    op: Literal["insert", "update", "delete"]
    base_version: int = 0
    payload: dict[str, Any]


class PushRequest(BaseModel):
    """Up to MAX_PUSH_OPS ops in device_seq order, gapless after the server's watermark."""

    ops: list[Op] = Field(max_length=MAX_PUSH_OPS)


class OpResult(BaseModel):
    """What the server did with one op."""

    op_id: str
    status: OpStatus
    version: int = 0
    reason: str = ""
    detail: dict[str, Any] = Field(default_factory=dict)


class PushResponse(BaseModel):
    """Per-op results in request order and the device's new watermark."""

    results: list[OpResult]
    watermark: int


class Change(BaseModel):
    """The full state of one row after a committed change, at log position `seq`."""

    seq: int
    entity: str
    entity_id: str
    op: str
    version: int
    payload: dict[str, Any]


class PullResponse(BaseModel):
    """One page of a bucket's log after a cursor, with the bucket state the last page reaches."""

    bucket: str
    changes: list[Change]
    next_after: int
    has_more: bool
    head: BucketHead


class SnapshotResponse(BaseModel):
    """One page of a bucket's current rows; `as_of` is where the log resumes afterwards."""

    bucket: str
    as_of: int
    rows: list[Change]
    next_token: str | None


MAX_AUDIT_ENTRIES = 500


class AuditEntryWire(BaseModel):
    """One audit entry of a desk, as chained there (app.models.audit_log)."""

    id: str = Field(min_length=1, max_length=36)
    seq: int = Field(ge=1)
    at: datetime
    owner_org: str = Field(max_length=12)
    user_id: str | None = Field(default=None, max_length=36)
    action: str = Field(min_length=1, max_length=32)
    entity: str = Field(max_length=32)
    entity_id: str | None = Field(default=None, max_length=36)
    detail: dict[str, Any] = Field(default_factory=dict)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(min_length=64, max_length=64)


class AuditPushRequest(BaseModel):
    """A desk's next audit entries, in seq order, continuing the chain the server holds."""

    entries: list[AuditEntryWire] = Field(max_length=MAX_AUDIT_ENTRIES)


class AuditPushResponse(BaseModel):
    """How many entries were new and the highest seq the server holds for the device."""

    stored: int
    last_seq: int


class DistrictAuditEntry(AuditEntryWire):
    """An entry as the district reads it: with the desk that wrote it."""

    device_code: str = ""


class DeviceChain(BaseModel):
    """The server's check of one desk's stored audit chain."""

    org_code: str
    device_code: str
    entries: int
    ok: bool
    first_bad_seq: int | None = None


class DistrictAuditResponse(BaseModel):
    """Entries of every township, newest first, and the chain check of each desk among them."""

    entries: list[DistrictAuditEntry]
    chains: list[DeviceChain]


class ErrorBody(BaseModel):
    """The body of every 4xx answer: a code the client branches on and a Chinese message."""

    code: str
    message: str
    detail: dict[str, Any] = Field(default_factory=dict)


# --- 其他中心: a resident's cases at other centres, asked by keyed hash (issue #10 item 6) -----

_NOT_DIGITS = re.compile(r"[^0-9Xx]")


def lookup_digest(secret: str, kind: Literal["id", "phone"], value: str) -> str:
    """Return the keyed hash (HMAC-SHA256 with the district secret) of an ID number or phone.

    The desk sends this instead of the number; the server hashes its own persons the same way.
    Numbers are compared without separators, an ID with an upper-case X, a phone without +86.
    """
    text = _NOT_DIGITS.sub("", value).upper()
    if kind == "phone" and text.startswith("86") and len(text) == 13:
        text = text[2:]
    msg = f"{kind}:{text}".encode()
    return hmac.new(secret.encode(), msg, hashlib.sha256).hexdigest()


class LookupRequest(BaseModel):
    """Ask for the earlier cases (at other centres) of a resident, by keyed hash only."""

    kind: Literal["id", "phone"]
    digest: str = Field(pattern=r"^[0-9a-f]{64}$")


class LookupTownship(BaseModel):
    """How many earlier cases one other township holds, and when they were received."""

    org_code: str
    name: str
    count: int
    dates: list[date]  # newest first, at most five


class LookupResponse(BaseModel):
    """Counts, townships and dates only: no names, no facts."""

    total: int
    townships: list[LookupTownship]
