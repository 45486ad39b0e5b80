"""Find residents as the clerk types, save them, and list their earlier cases."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from app.domain.enums import CaseStatus, EventType, IdType, Sex
from app.domain.ids import uuid7
from app.domain.intake import CaseBrief, IdentityInfo, PersonHit
from app.domain.masking import mask_id, mask_phone
from app.models import Case, CaseEvent, CaseParty, Category, Person
from app.models.base import utcnow
from app.services.common.identity import compact_id
from app.services.common.text import pinyin_full, pinyin_initials

_DIGITS = re.compile(r"^[0-9Xx\s\-+]+$")
_LETTERS = re.compile(r"^[A-Za-z]+$")
DEFAULT_REPEAT_DAYS = 30
# An ID number is searched by prefix only from this many characters on: "370911" must not list
# a whole county's residents (shorter digit runs search phones only).
MIN_ID_PREFIX = 14


def _glob_prefix(text: str) -> str:
    """Return a GLOB pattern matching values that start with `text` (metacharacters escaped)."""
    escaped = re.sub(r"([*?\[])", r"[\1]", text)
    return escaped + "*"


# The columns a hit shows: the lookup runs as the clerk types, so it selects these (Core rows)
# instead of loading whole Person objects into the session.
_HIT_COLUMNS = (
    Person.id,
    Person.name,
    Person.id_type,
    Person.id_number,
    Person.phone,
    Person.address,
    Person.village_id,
    Person.birth_date,
    Person.sex,
)


def _hit(p: Any, matched_by: str) -> PersonHit:
    return PersonHit(
        id=p.id,
        name=p.name,
        id_type=IdType(p.id_type),
        id_number=p.id_number or "",
        id_masked=mask_id(p.id_number or ""),
        phone=p.phone,
        phone_masked=mask_phone(p.phone),
        address=p.address,
        village_id=p.village_id,
        birth_date=p.birth_date,
        sex=Sex(p.sex),
        matched_by=matched_by,
    )


def lookup_persons(session: Session, *, text: str, limit: int = 20) -> tuple[PersonHit, ...]:
    """Return people whose ID number, phone, name or pinyin initials start with `text`.

    ID numbers match by prefix only from MIN_ID_PREFIX characters on. Hits carry masked
    numbers for lists; the full ones stay hidden in the form until 显示完整号码 (logged).
    """
    query = text.strip()
    if not query:
        return ()
    live = Person.deleted_at.is_(None)
    found: list[PersonHit] = []
    seen: set[str] = set()

    def add(rows: Iterable[Any], how: str) -> None:
        for p in rows:
            if p.id not in seen and len(found) < limit:
                seen.add(p.id)
                found.append(_hit(p, how))

    if _DIGITS.match(query):
        digits = compact_id(query)
        if digits.startswith("+86"):
            digits = digits[3:]
        if len(digits) < 3:
            return ()
        pattern = _glob_prefix(digits)
        if len(digits) >= 15:
            # A complete ID number: one indexed equality lookup, no prefix scans.
            add(
                session.execute(
                    select(*_HIT_COLUMNS).where(live, Person.id_number == digits).limit(limit)
                ),
                "id",
            )
            return tuple(found)
        if len(digits) == 11 and digits.startswith("1"):
            # Households share a phone: never load more people than the list shows.
            add(
                session.execute(
                    select(*_HIT_COLUMNS).where(live, Person.phone == digits).limit(limit)
                ),
                "phone",
            )
            return tuple(found)
        add(
            session.execute(
                select(*_HIT_COLUMNS).where(live, Person.phone.op("GLOB")(pattern)).limit(limit)
            ),
            "phone",
        )
        if len(digits) >= MIN_ID_PREFIX:
            add(
                session.execute(
                    select(*_HIT_COLUMNS)
                    .where(live, Person.id_number.op("GLOB")(pattern))
                    .limit(limit)
                ),
                "id",
            )
        return tuple(found)
    if _LETTERS.match(query):
        pattern = _glob_prefix(query.lower())
        add(
            session.execute(
                select(*_HIT_COLUMNS)
                .where(live, Person.name_initials.op("GLOB")(pattern))
                .order_by(Person.name_initials, Person.name)
                .limit(limit)
            ),
            "initials",
        )
        return tuple(found)
    add(
        session.execute(
            select(*_HIT_COLUMNS)
            .where(live, Person.name.op("GLOB")(_glob_prefix(query)))
            .order_by(Person.name)
            .limit(limit)
        ),
        "name",
    )
    return tuple(found)


def get_person(session: Session, *, person_id: str) -> PersonHit | None:
    """Return one person as the intake form shows them, or None."""
    p = session.get(Person, person_id)
    return None if p is None or p.deleted_at is not None else _hit(p, "id")


def find_by_identity(session: Session, *, id_number: str = "", phone: str = "") -> Person | None:
    """Return the live person holding this ID number (or, without one, this phone), if any."""
    live = Person.deleted_at.is_(None)
    if id_number:
        return session.scalars(
            select(Person).where(live, Person.id_number == id_number).limit(1)
        ).first()
    if phone:
        return session.scalars(select(Person).where(live, Person.phone == phone).limit(1)).first()
    return None


def save_person(
    session: Session,
    *,
    org_code: str,
    name: str,
    identity: IdentityInfo,
    phone: str,
    address: str = "",
    village_id: str | None = None,
    person_id: str | None = None,
) -> Person:
    """Update the picked (or same-ID) person with what was typed, or create a new one."""
    person = session.get(Person, person_id) if person_id else None
    if person is None and identity.number:
        person = find_by_identity(session, id_number=identity.number)
    if person is None:
        person = Person(id=uuid7(), owner_org=org_code, name=name)
        session.add(person)
    # Only fields that changed are written, so a re-visit does not churn the sync outbox.
    values = {
        "name": name,
        "name_pinyin": pinyin_full(name),
        "name_initials": pinyin_initials(name),
        "id_type": identity.id_type.value,
        "id_number": identity.number or None,
        "phone": phone,
    }
    if identity.birth_date is not None:
        values["birth_date"] = identity.birth_date  # type: ignore[assignment]
        values["sex"] = identity.sex.value
    if address:
        values["address"] = address
    if village_id:
        values["village_id"] = village_id
    for key, value in values.items():
        if getattr(person, key) != value:
            setattr(person, key, value)
    return person


def _brief(case: Case, category: str | None, reason: str = "") -> CaseBrief:
    status = CaseStatus(case.status)
    return CaseBrief(
        id=case.id,
        case_no=case.case_no,
        received_at=case.received_at,
        status=status.value,
        status_label=status.label,
        category_name=category or "",
        summary=case.summary,
        owner_org=case.owner_org,
        reason=reason,
    )


def person_cases(session: Session, *, person_id: str, limit: int = 50) -> tuple[CaseBrief, ...]:
    """Return the person's earlier cases, newest first (any centre whose rows were synced here)."""
    stmt = (
        select(Case, Category.name)
        .join(CaseParty, CaseParty.case_id == Case.id)
        .outerjoin(Category, Category.id == Case.category_id)
        .where(
            CaseParty.person_id == person_id,
            CaseParty.deleted_at.is_(None),
            Case.deleted_at.is_(None),
        )
        .order_by(Case.received_at.desc())
        .limit(limit)
    )
    seen: set[str] = set()
    out: list[CaseBrief] = []
    for case, cat in session.execute(stmt):
        if case.id not in seen:
            seen.add(case.id)
            out.append(_brief(case, cat))
    final = _final_petitions(session, [c.id for c in out])
    return tuple(replace(c, petition_final=True) if c.id in final else c for c in out)


def _final_petitions(session: Session, case_ids: list[str]) -> set[str]:
    """Return which of the cases are 信访终结 (a `petition_final` event in effect)."""
    if not case_ids:
        return set()
    return set(
        session.scalars(
            select(CaseEvent.case_id).where(
                CaseEvent.case_id.in_(case_ids),
                CaseEvent.type == EventType.PETITION_FINAL.value,
                CaseEvent.no_effect.is_(False),
            )
        )
    )


# Cases of the given people or of anyone on record with one of the phones, in one query built
# once (every intake save runs it).
_CASES_OF_PEOPLE = (
    select(CaseParty.case_id)
    .join(Case, Case.id == CaseParty.case_id)
    .where(
        or_(
            CaseParty.person_id.in_(bindparam("ids", expanding=True)),
            CaseParty.person_id.in_(
                select(Person.id).where(
                    Person.phone.in_(bindparam("phones", expanding=True)),
                    Person.deleted_at.is_(None),
                )
            ),
        ),
        Case.received_at >= bindparam("since"),
    )
)

_CASES_IN_VILLAGE = select(Case.id).where(
    Case.village_id == bindparam("village_id"),
    Case.category_id == bindparam("category_id"),
    Case.received_at >= bindparam("since"),
)


def find_repeats(
    session: Session,
    *,
    person_ids: Iterable[str] = (),
    phones: Iterable[str] = (),
    village_id: str | None = None,
    category_id: str | None = None,
    days: int = DEFAULT_REPEAT_DAYS,
    now: datetime | None = None,
    exclude_case_id: str | None = None,
) -> tuple[CaseBrief, ...]:
    """Return cases within `days` by the same person, same phone, or same village + category."""
    reasons = _repeat_reasons(
        session, person_ids, phones, village_id, category_id, days, now, exclude_case_id
    )
    if not reasons:
        return ()
    stmt = (
        select(Case, Category.name)
        .outerjoin(Category, Category.id == Case.category_id)
        .where(Case.id.in_(list(reasons)), Case.deleted_at.is_(None))
        .order_by(Case.received_at.desc())
        .limit(20)
    )
    return tuple(_brief(c, cat, reasons[c.id]) for c, cat in session.execute(stmt))


def _repeat_reasons(
    session: Session,
    person_ids: Iterable[str],
    phones: Iterable[str],
    village_id: str | None,
    category_id: str | None,
    days: int,
    now: datetime | None,
    exclude_case_id: str | None,
) -> dict[str, str]:
    """Return {case id: why it repeats} for the repeat-visit rules."""
    since = (now or utcnow()) - timedelta(days=days)
    ids = sorted({p for p in person_ids if p})
    phone_list = [p for p in phones if p]
    reasons: dict[str, str] = {}
    if ids or phone_list:
        params = {"ids": ids, "phones": phone_list, "since": since}
        for cid in session.scalars(_CASES_OF_PEOPLE, params):
            reasons.setdefault(cid, "同一当事人或同一电话")
    if village_id and category_id:
        params = {"village_id": village_id, "category_id": category_id, "since": since}
        for cid in session.scalars(_CASES_IN_VILLAGE, params):
            reasons.setdefault(cid, "同村同类事项")
    reasons.pop(exclude_case_id or "", None)
    return reasons


def phones_of(session: Session, *, person_ids: Iterable[str]) -> list[str]:
    """Return the phones on record for these people (for the repeat check of a picked person)."""
    wanted = [p for p in person_ids if p]
    if not wanted:
        return []
    rows = session.scalars(select(Person.phone).where(Person.id.in_(wanted)))
    return [p for p in rows if p]
