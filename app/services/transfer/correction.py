"""更正: correct a saved case's facts, category, parties or contact details, as one event.

The event (`correct`) carries the reason and every change with its value before and after;
the desk writes the corrected rows at once, and the server applies the same changes from the
event when it merges it (`apply_changes` is shared), so every device shows the same case.

A centre head corrects any time; the window clerk only on the day of registration and before
the case was dispatched (`workflow.correction_refusal`, checked here before anything is written).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import EventType, IdType
from app.domain.transfer import ActionResult, CorrectedField
from app.models import Case, CaseParty, Category, Organisation, Person
from app.models.base import utcnow
from app.services.common.identity import normalize_phone, validate_id
from app.services.common.text import pinyin_full, pinyin_initials
from app.services.errors import DomainError, Msg, NotFound, ValidationError
from app.services.transfer.workflow import Actor, check_correction, current_state, record

E = EventType
F = CorrectedField
# What each entity of a correction may change (the server applies no other field).
FIELDS: dict[str, frozenset[str]] = {
    "case": frozenset({F.SUMMARY, F.FACTS, F.DEMANDS, F.CATEGORY}),
    "case_party": frozenset({F.NAME}),
    "person": frozenset({F.NAME, F.PHONE, F.ADDRESS, F.ID_NUMBER}),
    "organisation": frozenset({F.NAME, F.PHONE, F.ADDRESS}),
}
_MODELS: dict[str, type[Any]] = {
    "case": Case,
    "case_party": CaseParty,
    "person": Person,
    "organisation": Organisation,
}
SUMMARY_MAX = 200


@dataclass(frozen=True)
class Touched:
    """A row a correction changed and the fields it set (the server logs them)."""

    row: Any
    fields: frozenset[str]


def correct_case(
    session: Session,
    *,
    actor: Actor,
    case_id: str,
    reason: str,
    case_fields: Mapping[str, str] | None = None,
    parties: Mapping[str, Mapping[str, str]] | None = None,
    now: datetime | None = None,
) -> ActionResult:
    """Record a correction of the case (and its parties) and write the corrected rows.

    `case_fields` maps summary / facts / demands / category_id to new values; `parties` maps a
    party id to its new name / phone / address / id_number. Unchanged values are left out.
    """
    at = now or utcnow()
    case = session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound("案件不存在")
    state = current_state(session, case_id)
    check_correction(actor.role, state=state, now=at)
    errors: dict[str, str] = {}
    if not reason.strip():
        errors["reason"] = "请填写更正理由"
    changes = _case_changes(session, case, case_fields or {}, errors)
    for party_id, values in (parties or {}).items():
        changes += _party_changes(session, case_id, party_id, values, errors)
    if errors:
        raise ValidationError(errors)
    if not changes:
        raise ValidationError({"changes": "没有需要更正的内容"})
    new_state = record(
        session,
        case_id=case_id,
        type=E.CORRECT,
        actor=actor,
        payload={"reason": reason.strip(), "changes": changes},
        at=at,
        case=case,
    )
    apply_changes(session, case_id, changes)
    return ActionResult(
        case_id, new_state.status.value, new_state.status.label, new_state.due_at, E.CORRECT.value
    )


def _change(
    entity: str, id_: str, field: str, before: Any, after: Any, party: str = ""
) -> dict[str, Any]:
    out = {"entity": entity, "id": id_, "field": field, "before": before, "after": after}
    if party:
        out["party"] = party  # the party's name before the correction, for the timeline
    return out


def _case_changes(
    session: Session, case: Case, values: Mapping[str, str], errors: dict[str, str]
) -> list[dict[str, Any]]:
    out = []
    for name, raw in values.items():
        if name not in FIELDS["case"]:
            raise DomainError("不能更正该项：{what}", what=name)
        value = (raw or "").strip() if name != F.CATEGORY else raw or None
        if name == F.SUMMARY:
            if not value:
                errors["summary"] = "事项摘要不能为空"
                continue
            if len(value) > SUMMARY_MAX:
                errors["summary"] = Msg("事项摘要不能超过{n}字", n=SUMMARY_MAX)
                continue
        if name == F.FACTS and not value:
            errors["facts"] = "事实经过不能为空"
            continue
        if name == F.CATEGORY and value is not None:
            cat = session.get(Category, value)
            if cat is None or cat.deleted_at is not None:
                errors["category_id"] = "所选类别不存在"
                continue
        before = getattr(case, name)
        if before != value:
            out.append(_change("case", case.id, name, before, value))
    return out


def _party_changes(
    session: Session,
    case_id: str,
    party_id: str,
    values: Mapping[str, str],
    errors: dict[str, str],
) -> list[dict[str, Any]]:
    party = session.get(CaseParty, party_id)
    if party is None or party.case_id != case_id or party.deleted_at is not None:
        raise NotFound("该当事人不属于本案件")
    holder: Person | Organisation | None = None
    entity = ""
    if party.person_id is not None:
        holder, entity = session.get(Person, party.person_id), "person"
    elif party.organisation_id is not None:
        holder, entity = session.get(Organisation, party.organisation_id), "organisation"
    out = []
    for name, raw in values.items():
        value = " ".join((raw or "").split()) if name != F.ID_NUMBER else (raw or "").strip()
        if name == F.NAME:
            if not value:
                errors["name"] = "姓名/名称不能为空"
                continue
            if party.name != value:
                out.append(_change("case_party", party.id, "name", party.name, value, party.name))
            if holder is not None and holder.name != value:
                out.append(_change(entity, holder.id, "name", holder.name, value, party.name))
            continue
        if holder is None or name not in FIELDS[entity]:
            raise DomainError("不能更正该项：{what}", what=name)
        try:
            if name == F.PHONE and value:
                value = normalize_phone(value)
            if name == F.ID_NUMBER and isinstance(holder, Person):
                kind = holder.id_type if value else IdType.NONE.value
                number: str | None = validate_id(kind, value).number if value else None
                value = number or ""
        except DomainError as exc:
            errors[name] = exc.message
            continue
        before = getattr(holder, name)
        if (before or None) != (value or None):
            out.append(_change(entity, holder.id, name, before, value, party.name))
    return out


def _belongs(session: Session, case_id: str, entity: str, row: Any) -> bool:
    """Return whether `row` is the case, one of its parties, or a party's person/organisation."""
    if entity == "case":
        return bool(row.id == case_id)
    if entity == "case_party":
        return bool(row.case_id == case_id)
    column = CaseParty.person_id if entity == "person" else CaseParty.organisation_id
    found = session.scalar(
        select(CaseParty.id).where(CaseParty.case_id == case_id, column == row.id).limit(1)
    )
    return found is not None


def apply_changes(
    session: Session, case_id: str, changes: list[dict[str, Any]] | Any
) -> list[Touched]:
    """Write a correction's `after` values to the rows it names; return what was changed.

    Only the fields of FIELDS, and only rows of this case (its parties and their persons or
    organisations), are written: anything else in a payload is ignored. A person's or an
    organisation's name brings its pinyin along.
    """
    touched: list[Touched] = []
    if not isinstance(changes, list):
        return touched
    for ch in changes:
        if not isinstance(ch, dict):
            continue
        entity, field, row_id = ch.get("entity"), ch.get("field"), ch.get("id")
        if entity not in FIELDS or field not in FIELDS[entity] or not isinstance(row_id, str):
            continue
        row = session.get(_MODELS[entity], row_id)
        if row is None or not _belongs(session, case_id, entity, row):
            continue
        value = ch.get("after")
        if value is not None and not isinstance(value, str):
            continue
        if field in (F.PHONE, F.ADDRESS) and value is None:
            value = ""
        elif field == F.ID_NUMBER and not value:
            value = None  # no number: NULL, as intake stores it
        if getattr(row, field) == value:
            continue  # already so (the desk's own row update may have come first)
        setattr(row, field, value)
        fields = {field}
        if field == F.NAME and entity == "person":
            row.name_pinyin, row.name_initials = (
                pinyin_full(value or ""),
                pinyin_initials(value or ""),
            )
            fields |= {"name_pinyin", "name_initials"}
        elif field == F.NAME and entity == "organisation":
            row.name_initials = pinyin_initials(value or "")
            fields.add("name_initials")
        touched.append(Touched(row, frozenset(fields)))
    return touched
