"""The desks' audit trails on the district server (issue #11 item 6): append-only, verified.

A desk pushes its audit entries (app.models.audit_log) in seq order after its data. Per device
the server keeps one chain and checks every entry before storing it:
- its hash is the SHA-256 of its own fields and `prev_hash` (the desk's `entry_hash`);
- it links to the entry the server holds before it (`prev_hash` = that entry's hash); the first
  entry a device ever sends is the anchor (seq 1 must have an empty `prev_hash`);
- an entry the server holds already must come back identical (a retry): a different entry
  under the same seq or id is an edit and is refused;
- a township device sends only its own township's entries.
One failing entry refuses the whole batch (409 with the reason and the seq); nothing is ever
updated or deleted, and there is no route that could. Refusals are in the access log (action
`audit`, status 409), so the district sees a desk whose trail was tampered with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.permissions import is_district
from app.models.audit_log import row_hash
from app.server.tables import ServerAuditEntry
from app.sync.protocol import AuditEntryWire, AuditPushResponse


@dataclass
class AuditRefused(Exception):
    """A batch the server will not store: `code`, a Chinese message, and where it failed."""

    code: str
    message: str
    detail: dict[str, Any] = field(default_factory=dict)


def append(
    session: Session, *, device_id: str, org_code: str, entries: list[AuditEntryWire]
) -> AuditPushResponse:
    """Verify and store `entries` of one device; raise AuditRefused (storing nothing) on any."""
    last = session.execute(
        select(ServerAuditEntry.seq, ServerAuditEntry.hash)
        .where(ServerAuditEntry.device_id == device_id)
        .order_by(ServerAuditEntry.seq.desc())
        .limit(1)
    ).first()
    last_seq, last_hash = (int(last[0]), str(last[1])) if last else (0, "")
    # What the server holds already of this batch, in two queries (a batch is up to 500).
    by_id = {
        r.id: r
        for r in session.scalars(
            select(ServerAuditEntry).where(ServerAuditEntry.id.in_([e.id for e in entries]))
        )
    }
    by_seq = {
        r.seq: r
        for r in session.scalars(
            select(ServerAuditEntry).where(
                ServerAuditEntry.device_id == device_id,
                ServerAuditEntry.seq.in_([e.seq for e in entries]),
            )
        )
    }
    new: list[ServerAuditEntry] = []
    for e in sorted(entries, key=lambda x: x.seq):
        where = {"seq": e.seq, "id": e.id}
        if e.at.tzinfo is None:
            raise AuditRefused("audit_invalid", "审计记录的时间缺少时区", where)
        if not is_district(org_code) and e.owner_org not in (org_code, ""):
            raise AuditRefused(
                "audit_forbidden", "本机只能上报本镇街的审计记录", {**where, "org": e.owner_org}
            )
        if e.hash != row_hash(e, e.prev_hash):
            raise AuditRefused("audit_hash", "审计记录的校验值不符：该条记录在本机被改动过", where)
        held = by_id.get(e.id) or by_seq.get(e.seq)
        if held is not None:
            if held.device_id != device_id or held.seq != e.seq or held.hash != e.hash:
                raise AuditRefused(
                    "audit_edit",
                    "审计记录只能追加，不能修改或删除：服务器已有不同的同号记录",
                    where,
                )
            continue  # a retry of what is stored
        if last_seq == 0:
            if e.seq == 1 and e.prev_hash:
                raise AuditRefused("audit_chain", "第一条审计记录不应有前序校验值", where)
        elif e.seq != last_seq + 1:
            raise AuditRefused(
                "audit_gap", "审计记录不连续：缺少中间的记录", {**where, "expected": last_seq + 1}
            )
        elif e.prev_hash != last_hash:
            raise AuditRefused(
                "audit_chain", "审计链断开：与服务器保存的上一条记录不衔接（有记录被删改）", where
            )
        row = ServerAuditEntry(
            id=e.id,
            device_id=device_id,
            seq=e.seq,
            at=e.at,
            owner_org=e.owner_org,
            user_id=e.user_id,
            action=e.action,
            entity=e.entity,
            entity_id=e.entity_id,
            detail=e.detail,
            prev_hash=e.prev_hash,
            hash=e.hash,
        )
        new.append(row)
        by_id[e.id] = by_seq[e.seq] = row
        last_seq, last_hash = e.seq, e.hash
    session.add_all(new)
    session.flush()
    stored = len(new)
    top = session.scalar(
        select(func.max(ServerAuditEntry.seq)).where(ServerAuditEntry.device_id == device_id)
    )
    return AuditPushResponse(stored=stored, last_seq=int(top or 0))


@dataclass(frozen=True)
class ChainReport:
    """The outcome of re-walking one device's stored chain."""

    device_id: str
    entries: int
    ok: bool
    first_bad_seq: int | None


def verify_device(session: Session, device_id: str) -> ChainReport:
    """Walk a device's stored entries again (e.g. after a database-level edit on the server)."""
    prev: str | None = None
    n = 0
    q = (
        select(ServerAuditEntry)
        .where(ServerAuditEntry.device_id == device_id)
        .order_by(ServerAuditEntry.seq)
    )
    for r in session.scalars(q):
        n += 1
        linked = prev is None or r.prev_hash == prev
        if not linked or r.hash != row_hash(r, r.prev_hash):
            return ChainReport(device_id, n, False, r.seq)
        prev = r.hash
    return ChainReport(device_id, n, True, None)


def list_entries(
    session: Session,
    *,
    org_code: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 2000,
) -> list[ServerAuditEntry]:
    """Return stored entries newest first, filtered (the district's audit viewer)."""
    q = select(ServerAuditEntry).order_by(ServerAuditEntry.at.desc(), ServerAuditEntry.seq.desc())
    if org_code:
        q = q.where(ServerAuditEntry.owner_org == org_code)
    if action:
        q = q.where(ServerAuditEntry.action == action)
    if since is not None:
        q = q.where(ServerAuditEntry.at >= since)
    if until is not None:
        q = q.where(ServerAuditEntry.at < until)
    return list(session.scalars(q.limit(limit)))
