"""Send this desk's audit entries to the district, append-only (issue #11 item 6).

After the data of a sync cycle, the entries the server does not hold yet (seq above
`local_meta.audit_pushed_seq`) go up in seq order, MAX_AUDIT_ENTRIES at a time; the server
verifies each hash and link (app.server.audit). A refusal (a trail changed on this desk) does
not stop the data sync: it is kept in `local_meta.audit_push_refused` and logged, and the
server's access log shows it to the district.
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import AuditEntry, LocalMeta
from app.sync.protocol import MAX_AUDIT_ENTRIES, AuditEntryWire
from app.sync.transport import SyncError, Transport

log = logging.getLogger(__name__)
PUSHED_KEY = "audit_pushed_seq"
REFUSED_KEY = "audit_push_refused"


def _meta(session: Session, key: str) -> str:
    row = session.get(LocalMeta, key)
    return row.value if row is not None else ""


def _set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(LocalMeta, key)
    if row is None:
        session.add(LocalMeta(key=key, value=value))
    else:
        row.value = value


def _wire(e: AuditEntry) -> AuditEntryWire:
    return AuditEntryWire(
        id=e.id,
        seq=e.seq or 0,
        at=e.at,
        owner_org=e.owner_org,
        user_id=e.user_id,
        action=e.action,
        entity=e.entity,
        entity_id=e.entity_id,
        detail=dict(e.detail or {}),
        prev_hash=e.prev_hash,
        hash=e.hash,
    )


def push_audit(factory: sessionmaker[Session], transport: Transport) -> int:
    """Send the unsent audit entries; return how many the server newly stored."""
    stored = 0
    rewound = False
    while True:
        with factory() as s:
            done = int(_meta(s, PUSHED_KEY) or 0)
            batch = [
                _wire(e)
                for e in s.scalars(
                    select(AuditEntry)
                    .where(AuditEntry.seq > done)
                    .order_by(AuditEntry.seq)
                    .limit(MAX_AUDIT_ENTRIES)
                )
            ]
        if not batch:
            return stored
        try:
            answer = transport.push_audit(batch)
        except SyncError as exc:
            if (
                exc.status == 404
            ):  # a server older than the audit route: try again after its upgrade
                return stored
            if exc.status != 409:
                raise
            expected = int(exc.detail.get("expected", 0) or 0)
            if exc.code == "audit_gap" and 0 < expected <= done and not rewound:
                # The server lost entries (restored from a backup): send them again.
                rewound = True
                with factory.begin() as s:
                    _set_meta(s, PUSHED_KEY, str(expected - 1))
                continue
            log.warning("the district refused this desk's audit trail: %s", exc.message)
            with factory.begin() as s:
                _set_meta(s, REFUSED_KEY, f"{exc.code}: {exc.message} {exc.detail}")
            return stored
        with factory.begin() as s:
            _set_meta(s, PUSHED_KEY, str(max(answer.last_seq, batch[-1].seq)))
            _set_meta(s, REFUSED_KEY, "")
        stored += answer.stored
