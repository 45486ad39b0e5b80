"""Leave of grid workers (请假、调休、公休): recorded per worker, read by the duty checks."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.grid import LeaveView
from app.domain.permissions import Action
from app.models import GridWorker, WorkerLeave
from app.models.base import utcnow
from app.services.errors import Msg, NotFound, ValidationError
from app.services.grid.workers import live_worker
from app.services.permissions import ActorLike, require

MAX_REASON = 64
MAX_DAYS = 366


def add_leave(
    session: Session,
    *,
    actor: ActorLike,
    org_code: str,
    worker_id: str,
    start_date: date,
    end_date: date,
    reason: str = "",
) -> LeaveView:
    """Record a worker's leave from `start_date` to `end_date` (both kept)."""
    require(actor, Action.EDIT_DUTY_ROSTER, org_code=org_code)
    errors: dict[str, str] = {}
    worker = None
    try:
        worker = live_worker(session, worker_id) if worker_id else None
    except NotFound as exc:
        errors["worker_id"] = exc.message
    if worker is None:
        errors.setdefault("worker_id", "请选择请假的网格员")
    if end_date < start_date:
        errors["end_date"] = "结束日期不能早于开始日期"
    elif (end_date - start_date).days >= MAX_DAYS:
        errors["end_date"] = Msg("一次请假不能超过{most}天", most=MAX_DAYS)
    if len(reason.strip()) > MAX_REASON:
        errors["reason"] = Msg("事由不能超过{most}个字", most=MAX_REASON)
    if worker is not None and not errors:
        clash = session.scalars(
            select(WorkerLeave).where(
                WorkerLeave.worker_id == worker_id,
                WorkerLeave.deleted_at.is_(None),
                WorkerLeave.start_date <= end_date,
                WorkerLeave.end_date >= start_date,
            )
        ).first()
        if clash is not None:
            errors["start_date"] = Msg(
                "{name}在{a}至{b}已有请假记录",
                name=worker.name,
                a=clash.start_date.isoformat(),
                b=clash.end_date.isoformat(),
            )
    if errors:
        raise ValidationError(errors)
    assert worker is not None
    row = WorkerLeave(
        owner_org=org_code,
        worker_id=worker_id,
        start_date=start_date,
        end_date=end_date,
        reason=reason.strip(),
    )
    session.add(row)
    session.flush()
    return LeaveView(row.id, worker_id, worker.name, start_date, end_date, row.reason)


def list_leaves(
    session: Session, *, org_code: str, since: date, until: date
) -> tuple[LeaveView, ...]:
    """Return the township's leave that touches `since`..`until`, by start date."""
    rows = session.execute(
        select(WorkerLeave, GridWorker.name)
        .join(GridWorker, GridWorker.id == WorkerLeave.worker_id)
        .where(
            WorkerLeave.owner_org == org_code,
            WorkerLeave.deleted_at.is_(None),
            WorkerLeave.start_date <= until,
            WorkerLeave.end_date >= since,
        )
        .order_by(WorkerLeave.start_date, GridWorker.name)
    ).all()
    return tuple(
        LeaveView(r.id, r.worker_id, name, r.start_date, r.end_date, r.reason) for r, name in rows
    )


def delete_leave(session: Session, *, actor: ActorLike, leave_id: str) -> None:
    """Soft-delete a leave record entered by mistake."""
    row = session.get(WorkerLeave, leave_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("该请假记录不存在或已删除")
    require(actor, Action.EDIT_DUTY_ROSTER, org_code=row.owner_org)
    row.deleted_at = utcnow()
    session.flush()
