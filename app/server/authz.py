"""Authorise one pushed op against the pushing device's township (before merge applies it).

The owner_org of the row itself is checked by merge (403 for the whole request). Here, per op,
becoming a rejection with a reason the device shows for review:

- the payload fits the entity's strict schema (app.server.schemas);
- users and reference tables (regions, departments, routing, time limits, weights, sites) are
  written only by district devices: a township cannot create or promote a user;
- every row an op points at (the case of an event, party or attachment; a party's person; an
  attachment's event; ...) belongs to the device's township when the server has it, and a case
  arriving after its children must be of the same township as they are;
- a case event's type is known, and its actor is a user of this township (or the district) whose
  role may record that event type (app.services.transfer.workflow.rules, the rules the desk
  applies); only automatic events (escalation, reminders) and print records may carry no actor;
- a 信访 复查/复核 event (review_request, review_opinion, recheck_request, recheck_opinion,
  petition_final) comes from a handler of the reviewing organ the case names on the server (the
  复查机关 of the 处理意见书, the 复核机关 of the 复查意见书), from any device, district ones too.

District devices are trusted with every township's rows; the schema applies to them too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from app.config import DISTRICT_CODE
from app.domain.enums import EventType
from app.domain.permissions import REVIEW_EVENTS
from app.models import SYNCED_MODELS, Attachment, Case, CaseEvent, CaseParty, SyncMixin, User
from app.models.serialize import to_json_value
from app.server.changelog import ChangeSet
from app.server.schemas import check_payload
from app.server.tables import ServerConflict
from app.services.errors import Forbidden as RuleForbidden
from app.services.transfer.workflow import CaseState, EventRecord, TransitionError, apply
from app.services.transfer.workflow.rules import ROLES_FOR, SYSTEM_ROLE, check_allowed
from app.sync.protocol import Op, OpResult

# The one field of its own township's users a township may change: the password (a change on one
# desk reaches the township's other desks). Names, contact, window, role, department, township
# and whether the account is active are district reference data. (Failed sign-ins and lockouts
# are per desk, in the local login_state table, and never synced.)
USER_SELF_FIELDS = frozenset({"password_hash"})
_BOOKKEEPING = frozenset({"id", "version", "updated_at", "server_seq", "no_effect"})
# Event types that may carry no actor: automatic ones and the record of a print.
ANONYMOUS_EVENTS = frozenset(
    {t for t, roles in ROLES_FOR.items() if SYSTEM_ROLE in roles} | {EventType.PRINT}
)
_HELD = "authz_rows"  # session.info key of the rows authorisation read in this request
# Shown in the device's review list instead of a payload that was refused for its size.
_MAX_SHOWN = 200


@dataclass(frozen=True)
class Refusal:
    """Why an op is refused: a reason code the client branches on and a Chinese message."""

    reason: str
    message: str
    field: str = ""


class _Device(Protocol):
    """What authorisation needs of the pushing device (merge's DeviceRef fits)."""

    id: str
    org_code: str

    @property
    def district(self) -> bool:
        """Return whether the device belongs to the district."""
        ...


def check_op(session: Session, device: _Device, op: Op, changes: ChangeSet) -> OpResult | None:
    """Return a rejection for `op` (also noted for the device's review), or None to apply it."""
    refusal = refuse(session, device, op, changes)
    if refusal is None:
        return None
    changes.add_conflict(
        ServerConflict(
            device_id=device.id,
            kind="rejected",
            entity=op.entity[:32],
            entity_id=op.entity_id[:36],
            field=refusal.field[:48],
            mine=_shown(op.payload),
            theirs=None,
            kept="theirs",
            reason=refusal.message,
        )
    )
    detail: dict[str, Any] = {"message": refusal.message}
    if refusal.field:
        detail["field"] = refusal.field[:48]
    return OpResult(op_id=op.op_id, status="rejected", reason=refusal.reason, detail=detail)


def refuse(session: Session, device: _Device, op: Op, changes: ChangeSet) -> Refusal | None:
    """Return why `device` may not apply `op`, or None."""
    bad = check_payload(op.entity, op.entity_id, op.op, op.payload)
    if bad is not None:
        reason = "unknown_entity" if op.entity not in SYNCED_MODELS else "invalid"
        return Refusal(reason, bad.message, bad.field)
    model = SYNCED_MODELS[op.entity]
    if model is CaseEvent and op.op == "insert":
        refusal = _reviewing_organ(session, op.payload, changes)
        if refusal is not None:
            return refusal
    if device.district:
        return None
    if model.__sync_bucket__ == "ref":
        return Refusal("reference_readonly", "基础数据只能由区级维护")
    row = _get(session, changes, model, op.entity_id)
    if model is User:
        return _user(row, op.payload)
    refusal = _references(session, device, model, op.payload, changes)
    if refusal is not None:
        return refusal
    if model is Case and row is None:
        refusal = _children_elsewhere(session, device, op.entity_id)
    if model is CaseEvent and row is None:
        refusal = refusal or _event(session, device, op.payload, changes)
    return refusal


def _get(
    session: Session, changes: ChangeSet, model: type[SyncMixin], entity_id: str
) -> SyncMixin | None:
    """Return the row as this batch sees it, without locking it."""
    key = (model.__tablename__, entity_id)  # type: ignore[attr-defined]
    touched = changes.rows.get(key)
    if touched is not None:
        return touched.obj
    if key in changes.prefetched:
        return changes.prefetched[key]
    # Held strongly for the request (the identity map is weak: actors would be read per op), and
    # read without an autoflush (the batch's own rows are in `changes` already).
    held: dict[tuple[str, str], SyncMixin | None] = session.info.setdefault(_HELD, {})
    if key not in held:
        with session.no_autoflush:
            held[key] = session.get(model, entity_id)
    return held[key]


def _own(device: _Device, org: str) -> bool:
    return org == device.org_code


def _references(
    session: Session,
    device: _Device,
    model: type[SyncMixin],
    payload: dict[str, Any],
    changes: ChangeSet,
) -> Refusal | None:
    """Refuse a payload pointing at another township's rows (or users)."""
    for name, target in foreign_keys(model):
        value = payload.get(name)
        if not isinstance(value, str):
            continue
        ref = _get(session, changes, SYNCED_MODELS[target], value)
        if ref is None:
            continue  # not here yet: a batch may end between a parent and its child
        if target == "user":
            if ref.owner_org not in (device.org_code, DISTRICT_CODE):
                return Refusal("foreign_user", "经办人不是本镇街的用户", name)
            continue
        if not _own(device, ref.owner_org):
            message = "所属案件不属于本镇街" if target == "case" else "关联的记录不属于本镇街"
            return Refusal("foreign_parent", message, name)
    return None


def foreign_keys(model: type[SyncMixin]) -> list[tuple[str, str]]:
    """Return (column, target table) of the model's references to township-owned rows."""
    cached: list[tuple[str, str]] | None = _FK_CACHE.get(model)
    if cached is None:
        cached = []
        table = model.__table__  # type: ignore[attr-defined]
        for col in table.columns:
            for fk in col.foreign_keys:
                target = fk.column.table.name
                if target in SYNCED_MODELS and SYNCED_MODELS[target].__sync_bucket__ == "org":
                    cached.append((col.key, target))
        _FK_CACHE[model] = cached
    return cached


_FK_CACHE: dict[type[SyncMixin], list[tuple[str, str]]] = {}


def _children_elsewhere(session: Session, device: _Device, case_id: str) -> Refusal | None:
    """Refuse a new case whose events, parties or attachments arrived from another township."""
    found = or_(
        *(
            exists().where(child.case_id == case_id, child.owner_org != device.org_code)
            for child in (CaseEvent, CaseParty, Attachment)
        )
    )
    with session.no_autoflush:
        if session.scalar(select(found)):
            return Refusal("foreign_parent", "该案件的记录属于其他镇街", "id")
    return None


def _user(row: SyncMixin | None, payload: dict[str, Any]) -> Refusal | None:
    """Refuse a township creating a user or changing a user's role, township or status."""
    if row is None:
        return Refusal("reference_readonly", "用户只能由区级创建")
    for name, value in payload.items():
        if name in USER_SELF_FIELDS or name in _BOOKKEEPING:
            continue
        if to_json_value(getattr(row, name)) != value:
            return Refusal("reference_readonly", "用户信息只能由区级修改，镇街只能修改密码", name)
    return None


def _event(
    session: Session, device: _Device, payload: dict[str, Any], changes: ChangeSet
) -> Refusal | None:
    """Refuse an event of an unknown type or by an actor without the role for it."""
    try:
        type_ = EventType(str(payload.get("type")))
    except ValueError:
        return Refusal("unknown_event", "未知的事项操作类型", "type")
    actor_id = payload.get("actor_id")
    if actor_id is None:
        if type_ in ANONYMOUS_EVENTS:
            return None
        return Refusal("no_actor", "该操作必须注明经办人", "actor_id")
    user = _get(session, changes, User, actor_id)
    if not isinstance(user, User) or user.deleted_at is not None:
        return Refusal("unknown_actor", "经办人不是服务器登记的用户", "actor_id")
    if user.owner_org not in (device.org_code, DISTRICT_CODE):
        return Refusal("foreign_user", "经办人不是本镇街的用户", "actor_id")
    try:
        check_allowed(
            type_,
            role=user.role,
            actor_department_id=user.department_id,
            department_id=payload.get("department_id"),
        )
    except RuleForbidden:
        return Refusal("actor_role", "经办人的角色无权进行该操作", "actor_id")
    return None


def _reviewing_organ(
    session: Session, payload: dict[str, Any], changes: ChangeSet
) -> Refusal | None:
    """Refuse a 复查/复核 event not recorded by the organ the case's opinions name."""
    type_ = payload.get("type")
    if type_ not in REVIEW_EVENTS:
        return None
    case_id = payload.get("case_id")
    dept = payload.get("department_id")
    actor = _get(session, changes, User, payload["actor_id"]) if payload.get("actor_id") else None
    if not isinstance(actor, User) or actor.department_id is None or actor.department_id != dept:
        return Refusal(
            "not_reviewing_organ", "复查、复核只能由复查（复核）机关的承办人办理", "actor_id"
        )
    state = _server_state(session, str(case_id), changes)
    if state is None:
        return Refusal("not_reviewing_organ", "服务器上没有该信访事项的处理意见", "case_id")
    if type_ in (EventType.REVIEW_REQUEST, EventType.REVIEW_OPINION):
        organ, what = state.review_department_id, "复查机关"
    else:
        organ, what = state.recheck_department_id, "复核机关"
    if organ is None or dept != organ:
        return Refusal("not_reviewing_organ", f"只有该信访事项的{what}可以办理", "department_id")
    return None


def _server_state(session: Session, case_id: str, changes: ChangeSet) -> CaseState | None:
    """Fold the case's events as the server holds them (this batch's earlier ones included)."""
    with session.no_autoflush:
        rows = list(
            session.scalars(
                select(CaseEvent).where(
                    CaseEvent.case_id == case_id, CaseEvent.no_effect.is_(False)
                )
            )
        )
    known = {r.id for r in rows}
    for (table, _id), touched in changes.rows.items():
        obj = touched.obj
        if table != "case_event" or not isinstance(obj, CaseEvent) or obj.case_id != case_id:
            continue
        if obj.id not in known and not obj.no_effect:
            rows.append(obj)
    rank = changes.rank()
    rows.sort(
        key=lambda r: (
            (0, r.server_seq, 0, r.id)
            if r.server_seq is not None
            else (1, 0, rank.get(("case_event", r.id), len(rank)), r.id)
        )
    )
    state: CaseState | None = None
    for r in rows:
        try:
            state = apply(
                state,
                EventRecord(
                    id=r.id,
                    type=EventType(r.type),
                    at=r.at,
                    payload=r.payload or {},
                    actor_id=r.actor_id,
                    department_id=r.department_id,
                ),
            )
        except (TransitionError, ValueError):
            continue
    return state


def _shown(payload: dict[str, Any]) -> dict[str, Any]:
    """Return the payload as the review list may show it: JSON-safe, long values cut."""
    out: dict[str, Any] = {}
    for k, v in list(payload.items())[:64]:
        key = str(k)[:48]
        if isinstance(v, str):
            out[key] = v if len(v) <= _MAX_SHOWN else v[:_MAX_SHOWN] + "…"
            continue
        try:
            text = json.dumps(v, allow_nan=False)
        except (TypeError, ValueError):
            out[key] = "…"  # NaN or Infinity: PostgreSQL's JSON has no such number
            continue
        out[key] = v if len(text) <= _MAX_SHOWN else "…"
    return out
