"""Apply one pushed op to the server's rows (ARCHITECTURE.md §5 merge rules).

- Case events: a union deduplicated by id; an event whose precondition fails in the server's
  order is stored with no_effect=True and raised as a conflict
  (app.services.transfer.workflow.apply).
- Mutable records: per-field three-way merge against the op's base_version; a field another
  device changed since then keeps the earlier-committed value, the other goes to a conflict.
- Soft delete wins; a later edit to a deleted row becomes a conflict.
- Bookings: confirmed when approved and the room is free (guarded in the database).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import EventType
from app.models import SYNCED_MODELS, Booking, Case, CaseEvent, CaseParty, SyncMixin, User
from app.models.serialize import payload_to_values, to_json_value
from app.server.bookings import arbitrate_booking
from app.server.changelog import ChangeSet, entity_of, is_district
from app.server.outcome import Outcome
from app.server.tables import ChangeLog, CompactedField, ServerConflict
from app.services.common.deadlines import warn_point, yellow_fraction
from app.services.transfer.correction import apply_changes
from app.services.transfer.workflow import (
    CACHED_CASE_COLUMNS,
    EventRecord,
    TransitionError,
    apply,
    correction_refusal,
    running_limit,
)
from app.sync.protocol import Op, OpResult

# Case columns that cache the event fold: the server derives them, never merges them.
DERIVED_CASE_FIELDS = frozenset(CACHED_CASE_COLUMNS)
# Fields the server owns on any row.
SERVER_FIELDS = frozenset({"id", "version", "updated_at", "server_seq", "no_effect"})


# Fixed conflict reasons (the desk translates them; the numbers travel in mine/theirs).
RENUMBERED = "受理编号已被本镇另一案件使用，本案已改用新编号，请告知当事人"


class Forbidden(Exception):
    """An op touches another township's data."""


@dataclass
class DeviceRef:
    """The pushing device as merge needs it."""

    id: str
    org_code: str

    @property
    def district(self) -> bool:
        """Return whether this device may write every township's data."""
        return is_district(self.org_code)


def apply_op(session: Session, device: DeviceRef, op: Op, changes: ChangeSet) -> OpResult:
    """Apply one op inside the caller's transaction and return its per-op result."""
    model = SYNCED_MODELS.get(op.entity)
    if model is None:
        return _reject(session, device, op, changes, "unknown_entity", "未知的数据类型")
    if model.__sync_bucket__ == "ref" and not device.district:
        return _reject(session, device, op, changes, "reference_readonly", "基础数据只能由区级维护")
    row = changes.lookup(session, model, op.entity_id)
    if row is None and op.op != "insert":
        # Its insert was rejected (or never sent): say so once instead of refusing the batch.
        return _reject(session, device, op, changes, "not_found", "服务器上没有这条记录")
    _check_org(device, row, op)
    out = Outcome()
    if row is None:
        if model is Case and changes.careful:
            op = _renumber_if_taken(session, device, op, changes, out)
        row = _insert(session, model, op, changes)
        if isinstance(row, CaseEvent):
            _merge_event(session, device, row, changes, out)
    elif isinstance(row, CaseEvent):
        # Append-only and deduplicated by id: a second copy of an event changes nothing.
        return OpResult(op_id=op.op_id, status="duplicate", version=row.version)
    else:
        _merge_fields(session, device, row, op, changes, out)
    if isinstance(row, Booking):
        arbitrate_booking(session, device.id, row, op, changes, out)
    return OpResult(
        op_id=op.op_id, status=out.status, version=row.version, reason=out.reason, detail=out.detail
    )


def _check_org(device: DeviceRef, row: SyncMixin | None, op: Op) -> None:
    if device.district or (row is not None and row.__sync_bucket__ == "ref"):
        return
    orgs = {row.owner_org} if row is not None else set()
    if "owner_org" in op.payload:
        orgs.add(str(op.payload["owner_org"]))
    if row is None and "owner_org" not in op.payload:
        orgs.add("")
    if orgs != {device.org_code}:
        raise Forbidden(f"{op.entity}/{op.entity_id}")


def _renumber_if_taken(
    session: Session, device: DeviceRef, op: Op, changes: ChangeSet, out: Outcome
) -> Op:
    """Give a pushed case a free number when another case holds its number (a cloned disk).

    The case keeps every fact; only its number changes, and the clerk is told the new one.
    """
    number = op.payload.get("case_no")
    if not isinstance(number, str) or not _case_no_taken(session, number, op.entity_id):
        return op
    n = 1
    while _case_no_taken(session, f"{number}-R{n}", op.entity_id):
        n += 1
    new = f"{number}-R{n}"
    _conflict(changes, device, op, "renumbered", "case_no", number, new, RENUMBERED)
    out.status, out.reason, out.detail = "conflict", "renumbered", {"case_no": new}
    return op.model_copy(update={"payload": {**op.payload, "case_no": new}})


def _case_no_taken(session: Session, number: str, case_id: str) -> bool:
    stmt = select(Case.id).where(Case.case_no == number, Case.id != case_id).limit(1)
    return session.scalar(stmt) is not None


def _insert(session: Session, model: type[SyncMixin], op: Op, changes: ChangeSet) -> SyncMixin:
    payload = {k: v for k, v in op.payload.items() if k not in SERVER_FIELDS}
    values = payload_to_values(model, payload)
    row: SyncMixin = cast(Any, model)(id=op.entity_id, **values)
    if isinstance(row, CaseEvent):
        row.no_effect = False
    session.add(row)
    changes.touch(row, "insert", set(values), old_version=0)
    if isinstance(row, Case):
        _refresh_case(session, row, changes)
    return row


def _changed_by_others(session: Session, device_id: str, entity_id: str, base: int) -> set[str]:
    """Return the fields other devices changed after version `base` (log + compacted log)."""
    stmt = select(ChangeLog.fields, ChangeLog.device_id).where(
        ChangeLog.entity_id == entity_id, ChangeLog.version > base
    )
    out: set[str] = set()
    for fields, dev in session.execute(stmt):
        if dev != device_id:
            out |= set(fields or [])
    compacted = select(CompactedField.field).where(
        CompactedField.entity_id == entity_id,
        CompactedField.version > base,
        CompactedField.device_id != device_id,
    )
    out.update(session.scalars(compacted))
    return out


def _merge_fields(
    session: Session, device: DeviceRef, row: SyncMixin, op: Op, changes: ChangeSet, out: Outcome
) -> None:
    model = type(row)
    payload = {k: v for k, v in op.payload.items() if k not in SERVER_FIELDS}
    if isinstance(row, Case):
        payload = {k: v for k, v in payload.items() if k not in DERIVED_CASE_FIELDS}
    if op.op == "insert":
        # The same row made on two desks (a deterministic id): merge it, keep the first birth.
        payload.pop("created_at", None)
    values = payload_to_values(model, payload)
    deleting = op.op == "delete" and values.get("deleted_at") is not None
    # A reviewer who keeps their edit over a delete sends deleted_at=None explicitly: a restore.
    restoring = "deleted_at" in values and values["deleted_at"] is None
    if row.deleted_at is not None and not deleting and not restoring:
        # Delete wins: an edit made without seeing the delete is kept for review only.
        for name in values:
            _conflict(changes, device, op, "deleted", name, payload.get(name), None, "记录已被删除")
        out.status, out.reason = "conflict", "deleted"
        return
    others = _changed_by_others(session, device.id, row.id, op.base_version)
    applied: set[str] = set()
    lost: list[str] = []
    for name, value in values.items():
        current = getattr(row, name)
        if current == value:
            continue
        if name in others and not (deleting and name == "deleted_at"):
            _conflict(
                changes,
                device,
                op,
                "field",
                name,
                payload.get(name),
                to_json_value(current),
                "同一字段已被其他设备修改，保留先提交的值",
            )
            lost.append(name)
            continue
        setattr(row, name, value)
        applied.add(name)
    if applied:
        changes.touch(row, op.op, applied, old_version=_old_version(changes, row))
        if isinstance(row, Case) and "owner_org" in applied:
            _move_case_rows(session, row, changes)
    if lost:
        out.status, out.reason, out.detail = "conflict", "field", {"fields": lost}


def _move_case_rows(session: Session, case: Case, changes: ChangeSet) -> None:
    """A case moved to another township takes its events and parties along."""
    for model in (CaseEvent, CaseParty):
        stmt = select(model).where(model.case_id == case.id, model.owner_org != case.owner_org)
        for found in session.scalars(stmt.with_for_update()):
            child = cast(SyncMixin, found)
            version = _old_version(changes, child)
            child.owner_org = case.owner_org
            changes.touch(child, "update", {"owner_org"}, old_version=version)


def _old_version(changes: ChangeSet, row: SyncMixin) -> int:
    seen = changes.rows.get((entity_of(row), row.id))
    return seen.old_version if seen else row.version


def _merge_event(
    session: Session, device: DeviceRef, event: CaseEvent, changes: ChangeSet, out: Outcome
) -> None:
    rows = [r for r in _events_in_order(session, event.case_id, changes) if r.id != event.id]
    state = None
    for r in rows:
        try:
            state = apply(state, _record(r))
        except TransitionError:
            continue
    try:
        apply(state, _record(event))
    except TransitionError as exc:
        # Nothing a resident said is dropped: the event is kept, marked, and raised for review.
        event.no_effect = True
        _conflict(
            changes,
            device,
            None,
            "event",
            "type",
            event.type,
            None,
            exc.message,
            entity=("case_event", event.id),
        )
        out.status, out.reason, out.detail = "conflict", "no_effect", {"message": exc.message}
        return
    if event.type == EventType.CORRECT.value:
        refusal = _correction_refusal(session, state, event)
        if refusal is not None:
            event.no_effect = True
            _conflict(
                changes, device, None, "event", "type", event.type, None, refusal,
                entity=("case_event", event.id),
            )  # fmt: skip
            out.status, out.reason, out.detail = "conflict", "no_effect", {"message": refusal}
            return
        _apply_correction(session, event, changes)
    case = session.get(Case, event.case_id, with_for_update=True)
    if case is not None:
        _refresh_case(session, case, changes)


def _correction_refusal(session: Session, state: Any, event: CaseEvent) -> str | None:
    """Return why a pushed correction may not apply (the clerk's same-day rule), or None."""
    if state is None or event.actor_id is None:
        return None
    user = session.get(User, event.actor_id)
    if user is None:
        return None
    return correction_refusal(user.role, state=state, now=event.at)


def _apply_correction(session: Session, event: CaseEvent, changes: ChangeSet) -> None:
    """Write a correction's values to the case, party and person rows, as the desk did."""
    payload = event.payload or {}
    with session.no_autoflush:
        touched = apply_changes(session, event.case_id, payload.get("changes"))
    for t in touched:
        row = cast(SyncMixin, t.row)
        changes.touch(row, "update", set(t.fields), old_version=_old_version(changes, row))


def _events_in_order(session: Session, case_id: str, changes: ChangeSet) -> list[CaseEvent]:
    """Return a case's effective events in server order.

    Events stored earlier have their server_seq; those of the batch being applied get theirs
    at commit in op order, so they follow in device_seq order, never by their client-made ids
    (whose time part is the desk's clock).
    """
    rows = session.scalars(
        select(CaseEvent).where(CaseEvent.case_id == case_id, CaseEvent.no_effect.is_(False))
    ).all()
    rank = changes.rank()
    last = len(rank)

    def key(r: CaseEvent) -> tuple[int, int, int, str]:
        if r.server_seq is not None:
            return (0, r.server_seq, 0, r.id)
        return (1, 0, rank.get(("case_event", r.id), last), r.id)

    return sorted(rows, key=key)


def _record(row: CaseEvent) -> EventRecord:
    return EventRecord(
        id=row.id,
        type=EventType(row.type),
        at=row.at,
        payload=row.payload or {},
        actor_id=row.actor_id,
        department_id=row.department_id,
    )


def _refresh_case(session: Session, case: Case, changes: ChangeSet) -> None:
    """Rewrite a case's cached fold columns from its effective events in server order."""
    session.flush()
    rows = _events_in_order(session, case.id, changes)
    state = None
    for r in rows:
        try:
            state = apply(state, _record(r))
        except TransitionError:
            continue
    if state is None:
        return
    running = running_limit(state)
    deadline = running[1] if running else None
    warn = None
    if running and running[0] is not None:
        warn = warn_point(running[0], running[1], yellow_fraction(session))
    wanted = {
        "status": state.status.value,
        "due_at": state.due_at,
        "closed_at": state.closed_at,
        "outcome": state.outcome,
        "satisfaction": state.satisfaction,
        "escalated": state.escalated,
        "lead_department_id": state.lead_department_id or case.lead_department_id,
        "deadline_at": deadline,
        "warn_at": warn,
    }
    changed = {k for k, v in wanted.items() if getattr(case, k) != v}
    for k in changed:
        setattr(case, k, wanted[k])
    if changed:
        changes.touch(case, "update", changed, old_version=_old_version(changes, case))


def _conflict(
    changes: ChangeSet,
    device: DeviceRef,
    op: Op | None,
    kind: str,
    field_name: str,
    mine: Any,
    theirs: Any,
    reason: str,
    *,
    entity: tuple[str, str] | None = None,
) -> None:
    ent, ent_id = entity if entity else (op.entity, op.entity_id) if op else ("", "")
    changes.add_conflict(
        ServerConflict(
            device_id=device.id,
            kind=kind,
            entity=ent,
            entity_id=ent_id,
            field=field_name,
            mine=mine,
            theirs=theirs,
            kept="theirs",
            reason=reason,
        )
    )


def _reject(
    session: Session, device: DeviceRef, op: Op, changes: ChangeSet, reason: str, message: str
) -> OpResult:
    _conflict(changes, device, op, "rejected", "", op.payload, None, message)
    return OpResult(op_id=op.op_id, status="rejected", reason=reason, detail={"message": message})
