"""Send the grid worker on duty for a case's village to check it on site (现场核查).

The worker is picked from the duty sheet of that day: a worker serving one of the village's
grids, standing a day line (a substitute stands for the person named), not on leave; the
patrol post first, then a full-day line, then any day line. The assignment is a case event
(a note carrying the worker), so it syncs with the case and shows on its timeline.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain.enums import DutyPost, EventType, Shift
from app.domain.grid import OnsiteAssignment
from app.models import Case, DutyShift, Grid, GridAssignment, GridWorker, WorkerLeave
from app.services.errors import Msg, NotFound, ValidationError
from app.services.grid.grids import today
from app.services.transfer import Actor, record

_RANK = {DutyPost.PATROL.value: 0}


def on_duty_worker(
    session: Session, *, org_code: str, village_id: str, day: date
) -> GridWorker | None:
    """Return the worker on duty on `day` for the village's grids, or None."""
    serving = set(
        session.scalars(
            select(GridAssignment.worker_id)
            .join(Grid, Grid.id == GridAssignment.grid_id)
            .where(
                Grid.village_id == village_id,
                Grid.deleted_at.is_(None),
                GridAssignment.deleted_at.is_(None),
                GridAssignment.start_date <= day,
                or_(GridAssignment.end_date.is_(None), GridAssignment.end_date >= day),
            )
        )
    )
    if not serving:
        return None
    away = set(
        session.scalars(
            select(WorkerLeave.worker_id).where(
                WorkerLeave.worker_id.in_(serving),
                WorkerLeave.deleted_at.is_(None),
                WorkerLeave.start_date <= day,
                WorkerLeave.end_date >= day,
            )
        )
    )
    lines = session.scalars(
        select(DutyShift).where(
            DutyShift.owner_org == org_code,
            DutyShift.deleted_at.is_(None),
            DutyShift.date == day,
            DutyShift.shift != Shift.NIGHT.value,
        )
    )
    best: tuple[tuple[int, int, str], str] | None = None
    for line in lines:
        who = line.substitute_id or line.worker_id
        if who is None or who not in serving or who in away:
            continue
        rank = (
            _RANK.get(line.post, 1),
            0 if line.shift == Shift.FULL_DAY.value else 1,
            line.id,
        )
        if best is None or rank < best[0]:
            best = (rank, who)
    if best is None:
        return None
    worker = session.get(GridWorker, best[1])
    if worker is None or worker.deleted_at is not None or not worker.active:
        return None
    return worker


def assign_onsite(
    session: Session, *, actor: Actor, case_id: str, day: date | None = None
) -> OnsiteAssignment:
    """Assign the case's on-site check to the worker on duty for its village (a case event)."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("案件不存在")
    if not case.village_id:
        raise ValidationError({"village_id": "案件未填写村（社区），无法确定在岗网格员"})
    when = day or today()
    worker = on_duty_worker(session, org_code=case.owner_org, village_id=case.village_id, day=when)
    if worker is None:
        raise ValidationError(
            {
                "village_id": Msg(
                    "{day}该村（社区）没有在岗值班的网格员，请先排班", day=when.isoformat()
                )
            }
        )
    record(
        session,
        case_id=case_id,
        type=EventType.NOTE,
        actor=actor,
        payload={
            "note": f"指派在岗网格员{worker.name}现场核查",
            "onsite_worker_id": worker.id,
            "onsite_worker": worker.name,
            "onsite_day": when.isoformat(),
        },
        case=case,
    )
    session.flush()
    return OnsiteAssignment(case.id, case.case_no, worker.id, worker.name, worker.phone, when)
