"""其他中心: a resident's earlier cases at other townships' centres, asked by keyed hash.

A desk never sends an ID number or phone: it sends HMAC-SHA256(district secret, number)
(`app.sync.protocol.lookup_digest`); the secret is handed out at registration. The server keeps
the same hash of every person's numbers in `lookup_key` (brought up to date from the person rows
before each lookup) and answers only counts, townships and dates — no names, no facts. Each
lookup is an access-log entry (action `lookup`) of the asking device.
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from datetime import date

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session

from app.models import Case, CaseParty, Person, Region
from app.server.db import meta_value, set_meta_value
from app.server.tables import LookupKey
from app.services.common.deadlines import local_date
from app.sync.protocol import LookupResponse, LookupTownship, lookup_digest

SECRET_KEY = "lookup_secret"
MAX_DATES = 5


def district_secret(session: Session) -> str:
    """Return the district's lookup secret, making it on first use."""
    value = meta_value(session, SECRET_KEY)
    if not value:
        value = secrets.token_hex(32)
        set_meta_value(session, SECRET_KEY, value)
        session.flush()
    return value


def refresh_keys(session: Session, secret: str, *, batch: int = 5000) -> int:
    """Hash the numbers of persons new or changed since their keys were made; return how many."""
    done = 0
    while True:
        stale = session.execute(
            select(Person.id, Person.version, Person.id_number, Person.phone)
            .outerjoin(
                LookupKey,
                and_(LookupKey.person_id == Person.id, LookupKey.version == Person.version),
            )
            .where(LookupKey.person_id.is_(None))
            .where(or_(Person.id_number.is_not(None), Person.phone != ""))
            .limit(batch)
        ).all()
        if not stale:
            return done
        ids = [r.id for r in stale]
        session.execute(delete(LookupKey).where(LookupKey.person_id.in_(ids)))
        rows: dict[tuple[str, str], LookupKey] = {}
        for r in stale:
            keys = set()
            if r.id_number:
                keys.add(lookup_digest(secret, "id", r.id_number))
            if r.phone:
                keys.add(lookup_digest(secret, "phone", r.phone))
            keys = keys or {f"none:{r.id}"[:64]}  # nothing to hash: marked as seen all the same
            for key in keys:
                rows[(key, r.id)] = LookupKey(digest=key, person_id=r.id, version=r.version)
        session.add_all(rows.values())
        session.flush()
        done += len(stale)
        if len(stale) < batch:
            return done


def other_centres(session: Session, *, org_code: str, digest: str) -> LookupResponse:
    """Return the earlier cases at townships other than `org_code` of the person(s) hashed."""
    refresh_keys(session, district_secret(session))
    persons = select(LookupKey.person_id).where(LookupKey.digest == digest)
    rows = session.execute(
        select(Case.owner_org, Case.received_at)
        .join(CaseParty, CaseParty.case_id == Case.id)
        .where(
            CaseParty.person_id.in_(persons),
            CaseParty.deleted_at.is_(None),
            Case.deleted_at.is_(None),
            Case.owner_org != org_code,
        )
        .distinct()
    ).all()
    by_org: dict[str, list[date]] = defaultdict(list)
    for org, received in rows:
        by_org[org].append(local_date(received))
    names = {
        code: name
        for code, name in session.execute(
            select(Region.code, Region.name).where(Region.code.in_(list(by_org)))
        )
    }
    townships = [
        LookupTownship(
            org_code=org,
            name=names.get(org, org),
            count=len(days),
            dates=sorted(days, reverse=True)[:MAX_DATES],
        )
        for org, days in by_org.items()
    ]
    townships.sort(key=lambda t: (-t.count, t.org_code))
    return LookupResponse(total=sum(t.count for t in townships), townships=townships)
