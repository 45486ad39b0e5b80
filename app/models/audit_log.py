"""The audit trail: hash-chained entries, and one entry per written row, in the same transaction.

Hooked on the session factory beside the outbox capture (app/models/outbox.py), so no service
can forget it: every flush of a local change to a synced row appends an `audit_entry` saying who
(`session.info["actor_user_id"]`), when, and which fields changed from what to what. Personal
numbers are masked in the entry and password hashes never appear. Sessions that apply pulled
rows (`sync_apply`) or bulk-load (`capture_outbox=False`) write no entries.

Each entry carries the hash of the entry before it (`prev_hash`) and its own hash over its
fields and `prev_hash`; `verify_chain` in app.services.audit walks the chain.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.ids import uuid7
from app.domain.masking import mask_id, mask_phone
from app.models.base import SyncMixin, utcnow
from app.models.serialize import to_json_value
from app.models.users import AuditEntry

# Fields whose values an audit entry masks, and fields it only says were changed.
MASKED_ID = frozenset({"id_number"})
MASKED_PHONE = frozenset({"phone", "contact_phone"})
SECRET = frozenset({"password_hash", "token"})
SECRET_MARK = "（已更改）"
# Bookkeeping columns an entry leaves out (they change on every write).
_NOISE = frozenset({"version", "updated_at", "created_at"})

_LAST = select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
_INSERT = insert(AuditEntry)


def shown(field: str, value: Any) -> Any:
    """Return `value` of `field` as an audit entry may keep it (masked, or hidden)."""
    value = to_json_value(value)
    if value is None or value == "":
        return value
    if field in SECRET:
        return SECRET_MARK
    if field in MASKED_ID and isinstance(value, str):
        return mask_id(value)
    if field in MASKED_PHONE and isinstance(value, str):
        return mask_phone(value)
    return value


CHAINED = ("seq", "at", "owner_org", "user_id", "action", "entity", "entity_id", "detail")


def chained_fields(entry: Any) -> dict[str, Any]:
    """Return the fields an entry's hash covers, read off any object that has them (a desk's
    row, the server's row, a wire entry)."""
    return {name: getattr(entry, name) for name in CHAINED}


def row_hash(entry: Any, prev_hash: str) -> str:
    """Return `entry_hash` of an object carrying the chained fields."""
    return entry_hash(prev_hash, chained_fields(entry))


def entry_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    """Return the SHA-256 over an entry's fields and the previous entry's hash."""
    at = entry["at"]
    if isinstance(at, datetime):
        at = at.astimezone(UTC).isoformat()
    body = {
        "seq": entry["seq"],
        "at": at,
        "owner_org": entry["owner_org"],
        "user_id": entry.get("user_id"),
        "action": entry["action"],
        "entity": entry["entity"],
        "entity_id": entry.get("entity_id"),
        "detail": entry.get("detail") or {},
        "prev": prev_hash,
    }
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def append_entries(conn: Connection, entries: list[dict[str, Any]]) -> None:
    """Number, chain and insert `entries` (dicts of AuditEntry columns) after the newest one."""
    if not entries:
        return
    last = conn.execute(_LAST).first()
    seq, prev = (last[0] or 0, last[1] or "") if last else (0, "")
    for e in entries:
        seq += 1
        e.setdefault("id", uuid7())
        e.setdefault("at", utcnow())
        e.setdefault("detail", {})
        e.setdefault("user_id", None)
        e.setdefault("entity_id", None)
        e["seq"] = seq
        e["prev_hash"] = prev
        e["hash"] = prev = entry_hash(prev, e)
    conn.execute(_INSERT, entries)


def _row_entries(session: Session) -> list[dict[str, Any]]:
    user_id = session.info.get("actor_user_id")
    org = session.info.get("actor_org")
    now = utcnow()
    out: list[dict[str, Any]] = []
    for obj in session.new:
        if not isinstance(obj, SyncMixin):
            continue
        state = inspect(obj)
        after = {
            a.key: shown(a.key, getattr(obj, a.key))
            for a in state.mapper.column_attrs
            if a.key not in _NOISE and a.key != "id" and getattr(obj, a.key) not in (None, "")
        }
        out.append(_entry(obj, "insert", {"after": after}, user_id, org, now))
    for obj in session.dirty:
        if not isinstance(obj, SyncMixin):
            continue
        state = inspect(obj)
        before: dict[str, Any] = {}
        after = {}
        for a in state.mapper.column_attrs:
            if a.key in _NOISE:
                continue
            hist = state.attrs[a.key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old == new:
                continue
            before[a.key] = shown(a.key, old)
            after[a.key] = shown(a.key, new)
        if not after:
            continue
        action = "delete" if after.get("deleted_at") and not before.get("deleted_at") else "update"
        out.append(_entry(obj, action, {"before": before, "after": after}, user_id, org, now))
    return out


def _entry(
    obj: SyncMixin, action: str, detail: dict[str, Any], user_id: Any, org: Any, now: datetime
) -> dict[str, Any]:
    return {
        "at": now,
        "owner_org": org or obj.owner_org,
        "user_id": user_id,
        "action": action,
        "entity": type(obj).__tablename__,  # type: ignore[attr-defined]
        "entity_id": obj.id,
        "detail": detail,
    }


def install_audit_capture(factory: sessionmaker[Session]) -> None:
    """Make every session of `factory` append an audit entry for each local write."""
    pending_key = "_audit_pending"

    @event.listens_for(factory, "before_flush")
    def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
        info = session.info
        if not info.get("sync_apply") and info.get("capture_outbox", True):
            info[pending_key] = True

    @event.listens_for(factory, "after_flush")
    def _after_flush(session: Session, _ctx: Any) -> None:
        if not session.info.pop(pending_key, False):
            return
        entries = _row_entries(session)
        if entries:
            append_entries(session.connection(), entries)
