"""Notice that this server was restored from an older backup (DESIGN.md §5).

The epoch lives in the database, so a restore brings the old epoch back. What a restore cannot
bring back is what desks pulled after the backup: each desk sends, per bucket, its cursor and
the fingerprint (protocol.change_tag) of the entry it pulled there. A bucket whose head is now
behind a desk's cursor, or an entry that is gone or different, means the log was rewound.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.server.db import meta_value
from app.server.tables import BucketState, ChangeLog
from app.sync.protocol import LogPosition, change_tag


def restored_from_backup(
    session: Session, heads: list[BucketState], positions: list[LogPosition]
) -> bool:
    """Return whether a desk's positions show this server's log went back in time."""
    head_of = {h.bucket: h.head for h in heads}
    horizon = int(meta_value(session, "horizon", "0"))
    tagged: dict[int, LogPosition] = {}
    for p in positions:
        if p.bucket not in head_of or p.seq <= 0:
            continue  # not this device's bucket (the server decides those), or nothing pulled
        if p.seq > head_of[p.bucket]:
            return True
        if p.tag and p.seq > horizon:
            tagged[p.seq] = p
    if not tagged:
        return False
    found = {
        r.seq: r for r in session.scalars(select(ChangeLog).where(ChangeLog.seq.in_(list(tagged))))
    }
    for seq, p in tagged.items():
        r = found.get(seq)
        if r is None or r.bucket != p.bucket:
            return True
        if change_tag(r.entity, r.entity_id, r.version, r.payload) != p.tag:
            return True
    return False
