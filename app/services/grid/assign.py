"""Assign grid workers to grids for a period, and gather what the roster and notices print."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import WorkerPost
from app.domain.grid import (
    AssignmentView,
    GridNoticeView,
    NoticeWorker,
    RosterRow,
    RosterSheetView,
)
from app.models import Case, Grid, GridAssignment, GridWorker
from app.models.base import utcnow
from app.services.errors import Msg, NotFound, ValidationError
from app.services.grid.grids import (
    assignment_view,
    display_phone,
    get_grid,
    list_grids,
    live_grid,
    today,
    town_of,
)
from app.services.grid.workers import live_worker


def _overlaps(a_start: date, a_end: date | None, b_start: date, b_end: date | None) -> bool:
    """Return True when two closed periods (None = open-ended) share a day."""
    return (a_end is None or b_start <= a_end) and (b_end is None or a_start <= b_end)


def list_assignments(
    session: Session, *, grid_id: str | None = None, worker_id: str | None = None
) -> tuple[AssignmentView, ...]:
    """Return every live assignment of a grid or a worker, newest first."""
    query = (
        select(GridAssignment, Grid, GridWorker)
        .join(Grid, Grid.id == GridAssignment.grid_id)
        .join(GridWorker, GridWorker.id == GridAssignment.worker_id)
        .where(GridAssignment.deleted_at.is_(None))
        .order_by(GridAssignment.start_date.desc(), GridWorker.name)
    )
    if grid_id:
        query = query.where(GridAssignment.grid_id == grid_id)
    if worker_id:
        query = query.where(GridAssignment.worker_id == worker_id)
    return tuple(assignment_view(a, g, w) for a, g, w in session.execute(query).all())


def assign_worker(
    session: Session,
    *,
    grid_id: str,
    worker_id: str,
    start_date: date,
    post: WorkerPost | str | None = None,
    end_date: date | None = None,
) -> AssignmentView:
    """Put a worker on a grid from `start_date`; one 网格长 at a time, no overlapping spells."""
    grid = live_grid(session, grid_id)
    worker = live_worker(session, worker_id)
    errors: dict[str, str] = {}
    try:
        kind = WorkerPost(post or worker.post)
    except ValueError:
        errors["post"] = "请选择岗位类型"
        kind = WorkerPost(worker.post)
    if not worker.active:
        errors["worker"] = Msg("“{name}”已停用，不能分配到网格", name=worker.name)
    if worker.owner_org != grid.owner_org:
        errors["worker"] = "网格员与网格不属于同一镇街"
    if end_date is not None and end_date < start_date:
        errors["end_date"] = "结束日期不能早于开始日期"
    existing = session.scalars(
        select(GridAssignment).where(
            GridAssignment.grid_id == grid.id, GridAssignment.deleted_at.is_(None)
        )
    ).all()
    if "end_date" not in errors:
        for a in existing:
            if not _overlaps(a.start_date, a.end_date, start_date, end_date):
                continue
            if a.worker_id == worker.id:
                errors["start_date"] = Msg("“{name}”在这段时间已分配到本网格", name=worker.name)
            elif kind is WorkerPost.GRID_HEAD and a.post == WorkerPost.GRID_HEAD.value:
                head = session.get(GridWorker, a.worker_id)
                head_name = head.name if head else ""
                errors["post"] = Msg(
                    "本网格这段时间已有网格长“{name}”，一个网格只能有一名网格长", name=head_name
                )
    if errors:
        raise ValidationError(errors)
    row = GridAssignment(
        owner_org=grid.owner_org,
        grid_id=grid.id,
        worker_id=worker.id,
        post=kind.value,
        start_date=start_date,
        end_date=end_date,
    )
    session.add(row)
    session.flush()
    return assignment_view(row, grid, worker)


def end_assignment(session: Session, *, assignment_id: str, end_date: date) -> AssignmentView:
    """End an assignment on `end_date` (not before it started); the record is kept."""
    row = session.get(GridAssignment, assignment_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("该分配记录不存在或已删除")
    if end_date < row.start_date:
        raise ValidationError({"end_date": "结束日期不能早于开始日期"})
    row.end_date = end_date
    session.flush()
    grid = session.get(Grid, row.grid_id)
    worker = session.get(GridWorker, row.worker_id)
    assert grid is not None and worker is not None  # foreign keys guarantee both
    return assignment_view(row, grid, worker)


def delete_assignment(session: Session, *, assignment_id: str) -> None:
    """Soft-delete an assignment entered by mistake."""
    row = session.get(GridAssignment, assignment_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("该分配记录不存在或已删除")
    row.deleted_at = utcnow()
    session.flush()


def demo_database(session: Session) -> bool:
    """Return True when the database holds generated demo cases (its printouts get a watermark)."""
    return (
        session.scalars(select(Case.id).where(Case.is_demo.is_(True)).limit(1)).first() is not None
    )


def roster_sheet(
    session: Session, *, org_code: str, as_of: date | None = None, is_demo: bool = False
) -> RosterSheetView:
    """Return the township roster (花名册): every grid and its workers on `as_of`."""
    day = as_of or today()
    town = town_of(session, org_code)
    rows: list[RosterRow] = []
    for g in list_grids(session, org_code=org_code, as_of=day):
        if not g.workers:
            rows.append(RosterRow(g.name, g.village_name, "（暂无）", "", "", None))
        for a in g.workers:
            rows.append(
                RosterRow(
                    grid_name=g.name,
                    village_name=g.village_name,
                    worker_name=a.worker_name,
                    post=a.post.label,
                    phone=display_phone(a.worker_phone),
                    start_date=a.start_date,
                )
            )
    return RosterSheetView(town_name=town.name, as_of=day, rows=tuple(rows), is_demo=is_demo)


def grid_notice(
    session: Session, *, grid_id: str, as_of: date | None = None, is_demo: bool = False
) -> GridNoticeView:
    """Return the public notice of a grid: the workers' real work phones are posted by law."""
    day = as_of or today()
    g = get_grid(session, grid_id=grid_id, as_of=day)
    town = town_of(session, session.get(Grid, grid_id).owner_org)  # type: ignore[union-attr]
    return GridNoticeView(
        town_name=town.name,
        grid_name=g.name,
        village_name=g.village_name,
        area=g.area,
        households=g.households,
        complaint_phone=display_phone(g.complaint_phone),
        workers=tuple(
            NoticeWorker(a.worker_name, a.post.label, display_phone(a.worker_phone))
            for a in g.workers
        ),
        as_of=day,
        is_demo=is_demo,
    )
