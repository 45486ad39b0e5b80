"""Grid workers (网格员) of a township: search, create, edit, deactivate and soft-delete."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain.enums import WorkerPost
from app.domain.grid import WorkerView
from app.domain.masking import mask_id
from app.models import Grid, GridAssignment, GridWorker
from app.models.base import utcnow
from app.services.common.identity import validate_id
from app.services.common.text import pinyin_initials
from app.services.errors import DomainError, Msg, NotFound, ValidationError
from app.services.grid.grids import active_on_clause, check_phone, today

MAX_WORKER_NAME = 20
_NAME = re.compile(r"^[\u3400-\u9fff\U00020000-\U0002ffff·•A-Za-z ]+$")


def _worker_view(w: GridWorker, grids: tuple[str, ...] = ()) -> WorkerView:
    return WorkerView(
        id=w.id,
        name=w.name,
        name_initials=w.name_initials,
        phone=w.phone,
        id_number=w.id_number or "",
        id_masked=mask_id(w.id_number or ""),
        post=WorkerPost(w.post),
        active=w.active,
        joined_on=w.joined_on,
        note=w.note,
        grids=grids,
    )


def _grid_names(session: Session, worker_ids: list[str], day: date) -> dict[str, tuple[str, ...]]:
    names: dict[str, list[str]] = {w: [] for w in worker_ids}
    if worker_ids:
        rows = session.execute(
            select(GridAssignment.worker_id, Grid.name)
            .join(Grid, Grid.id == GridAssignment.grid_id)
            .where(GridAssignment.worker_id.in_(worker_ids), Grid.deleted_at.is_(None))
            .where(*active_on_clause(day))
            .order_by(Grid.code)
        ).all()
        for worker_id, grid_name in rows:
            names[worker_id].append(grid_name)
    return {k: tuple(v) for k, v in names.items()}


def search_workers(
    session: Session,
    *,
    org_code: str,
    text: str = "",
    post: WorkerPost | None = None,
    include_inactive: bool = False,
    grid_id: str | None = None,
    as_of: date | None = None,
) -> tuple[WorkerView, ...]:
    """Return the township's workers matching a name, pinyin initials or phone fragment."""
    day = as_of or today()
    query = select(GridWorker).where(
        GridWorker.owner_org == org_code, GridWorker.deleted_at.is_(None)
    )
    needle = text.strip()
    if needle:
        if needle.isascii() and needle.isalpha():
            query = query.where(GridWorker.name_initials.like(f"{needle.lower()}%"))
        elif needle.isdigit():
            query = query.where(GridWorker.phone.like(f"%{needle}%"))
        else:
            query = query.where(GridWorker.name.like(f"%{needle}%"))
    if post is not None:
        query = query.where(GridWorker.post == post.value)
    if not include_inactive:
        query = query.where(GridWorker.active.is_(True))
    if grid_id:
        query = query.where(
            GridWorker.id.in_(
                select(GridAssignment.worker_id).where(
                    GridAssignment.grid_id == grid_id, *active_on_clause(day)
                )
            )
        )
    workers = list(session.scalars(query.order_by(GridWorker.name_initials, GridWorker.name)))
    grids = _grid_names(session, [w.id for w in workers], day)
    return tuple(_worker_view(w, grids[w.id]) for w in workers)


def live_worker(session: Session, worker_id: str) -> GridWorker:
    """Return the worker row unless it is missing or soft-deleted (then raise NotFound)."""
    worker = session.get(GridWorker, worker_id)
    if worker is None or worker.deleted_at is not None:
        raise NotFound("该网格员不存在或已删除")
    return worker


def get_worker(session: Session, *, worker_id: str) -> WorkerView:
    """Return one live worker with the grids they serve today."""
    worker = live_worker(session, worker_id)
    return _worker_view(worker, _grid_names(session, [worker.id], today())[worker.id])


def save_worker(
    session: Session,
    *,
    org_code: str,
    name: str,
    phone: str,
    post: WorkerPost | str,
    id_number: str | None = "",
    joined_on: date | None = None,
    note: str = "",
    worker_id: str | None = None,
) -> WorkerView:
    """Create a worker (no `worker_id`) or edit one; raise ValidationError on bad input.

    `id_number=None` keeps the stored ID number, so an edit form never has to show it in full.
    """
    errors: dict[str, str] = {}
    clean_name = " ".join(name.split())
    if not clean_name:
        errors["name"] = "请填写姓名"
    elif len(clean_name) > MAX_WORKER_NAME:
        errors["name"] = Msg("姓名不能超过{most}个字", most=MAX_WORKER_NAME)
    elif not _NAME.match(clean_name):
        errors["name"] = "姓名只能包含汉字、字母或间隔号"
    clean_phone = check_phone(phone, "phone", errors, required=True)
    try:
        kind = WorkerPost(post)
    except ValueError:
        errors["post"] = "请选择岗位类型"
        kind = WorkerPost.FULL_TIME
    worker = live_worker(session, worker_id) if worker_id else None
    if id_number is None:
        id_number = worker.id_number or "" if worker is not None else ""
    number = ""
    if id_number.strip():
        try:
            number = validate_id("resident", id_number).number
        except DomainError as exc:
            errors["id_number"] = exc.message
    if joined_on is not None and joined_on > today():
        errors["joined_on"] = "入职日期不能晚于今天"
    if number and "id_number" not in errors:
        same = session.scalars(
            select(GridWorker.name).where(
                GridWorker.owner_org == org_code,
                GridWorker.id_number == number,
                GridWorker.deleted_at.is_(None),
                GridWorker.id != (worker_id or ""),
            )
        ).first()
        if same:
            errors["id_number"] = Msg("该身份证号已登记为网格员“{name}”", name=same)
    if errors:
        raise ValidationError(errors)
    if worker is None:
        worker = GridWorker(owner_org=org_code, active=True)
        session.add(worker)
    values = {
        "name": clean_name,
        "name_initials": pinyin_initials(clean_name),
        "phone": clean_phone,
        "post": kind.value,
        "id_number": number or None,
        "joined_on": joined_on,
        "note": note.strip(),
    }
    for key, value in values.items():
        if getattr(worker, key) != value:
            setattr(worker, key, value)
    session.flush()
    return get_worker(session, worker_id=worker.id)


def _end_open_assignments(session: Session, worker_id: str, on: date) -> None:
    """Close the worker's assignments so they stop serving on `on` (last day: the day before)."""
    last_day = on - timedelta(days=1)
    rows = session.scalars(
        select(GridAssignment).where(
            GridAssignment.worker_id == worker_id,
            GridAssignment.deleted_at.is_(None),
            or_(GridAssignment.end_date.is_(None), GridAssignment.end_date > last_day),
        )
    )
    for a in rows:
        if a.start_date > last_day:
            a.deleted_at = utcnow()  # never served a day: nothing to keep on record
        else:
            a.end_date = last_day


def set_worker_active(
    session: Session, *, worker_id: str, active: bool, on: date | None = None
) -> WorkerView:
    """Deactivate a worker (their open assignments end on `on`) or reactivate them."""
    worker = live_worker(session, worker_id)
    if worker.active != active:
        worker.active = active
        if not active:
            _end_open_assignments(session, worker.id, on or today())
    session.flush()
    return get_worker(session, worker_id=worker.id)


def delete_worker(session: Session, *, worker_id: str) -> None:
    """Soft-delete a worker; their open assignments end today."""
    worker = live_worker(session, worker_id)
    _end_open_assignments(session, worker.id, today())
    worker.deleted_at = utcnow()
    session.flush()
