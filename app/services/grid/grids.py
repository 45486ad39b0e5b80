"""Grids and grid workers of a township: list, search, create, edit, assign and soft-delete.

Every writer validates everything first and raises ValidationError({field: 中文}) before it
touches a row, so bad input never leaves half a change in the session.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from app.domain.enums import RegionLevel, WorkerPost
from app.domain.grid import AssignmentView, GridView, VillageRef
from app.domain.masking import normalize_phone as strip_phone
from app.models import Grid, GridAssignment, GridWorker, Region
from app.models.base import utcnow
from app.services.common.identity import format_phone, normalize_phone
from app.services.errors import DomainError, Msg, NotFound, ValidationError

CHINA = ZoneInfo("Asia/Shanghai")
MAX_GRID_NAME = 64
MAX_HOUSEHOLDS = 100_000
# Public service lines (12345 government hotline, 12348 legal aid, ...) are valid complaint lines.
_SERVICE_LINE = re.compile(r"^1\d{4}$")


def today() -> date:
    """Return today's calendar date in China."""
    return datetime.now(CHINA).date()


def town_of(session: Session, org_code: str) -> Region:
    """Return the township Region whose code is `org_code`; grids belong to a township only."""
    town = session.scalars(select(Region).where(Region.code == org_code)).first()
    if town is None:
        raise NotFound("找不到镇街代码 {code}", code=org_code)
    if town.level != RegionLevel.TOWN.value:
        raise DomainError(
            "“{name}”不是镇街：网格由镇街划分和管理，请以镇街账号登录", name=town.name
        )
    return town


def list_villages(session: Session, *, org_code: str) -> tuple[VillageRef, ...]:
    """Return the live villages/communities of the township, by code (none for a non-town)."""
    town = session.scalars(
        select(Region).where(Region.code == org_code, Region.level == RegionLevel.TOWN.value)
    ).first()
    if town is None:
        return ()
    rows = session.scalars(
        select(Region)
        .where(
            Region.parent_id == town.id,
            Region.level == RegionLevel.VILLAGE.value,
            Region.deleted_at.is_(None),
        )
        .order_by(Region.code)
    )
    return tuple(VillageRef(r.id, r.code, r.name) for r in rows)


def check_phone(value: str, field: str, errors: dict[str, str], *, required: bool) -> str:
    """Return the normalized phone (mobile or 0538 landline) or record a Chinese error."""
    text = value.strip()
    if not text:
        if required:
            errors[field] = "请填写联系电话"
        return ""
    try:
        phone = normalize_phone(text)
    except DomainError as exc:
        errors[field] = exc.message
        return ""
    if phone.startswith("0") and not phone.startswith("0538"):
        errors[field] = "固定电话应为泰安本地号码（区号0538）"
        return ""
    return phone


def display_phone(value: str) -> str:
    """Return a stored phone for screens and notices (`138 1234 5678`, `0538-8123456`).

    Rows synced or imported from elsewhere may hold separators already; strip them first.
    """
    return format_phone(strip_phone(value))


# ----------------------------------------------------------------------------------------- views


def assignment_view(a: GridAssignment, grid: Grid, worker: GridWorker) -> AssignmentView:
    """Return the frozen view of one assignment row."""
    return AssignmentView(
        id=a.id,
        grid_id=grid.id,
        grid_name=grid.name,
        worker_id=worker.id,
        worker_name=worker.name,
        worker_phone=worker.phone,
        post=WorkerPost(a.post),
        start_date=a.start_date,
        end_date=a.end_date,
    )


def active_on_clause(day: date) -> tuple[ColumnElement[bool], ...]:
    """Return the WHERE terms selecting live assignments that cover `day`."""
    return (
        GridAssignment.deleted_at.is_(None),
        GridAssignment.start_date <= day,
        or_(GridAssignment.end_date.is_(None), GridAssignment.end_date >= day),
    )


_POST_ORDER = {p.value: i for i, p in enumerate(WorkerPost)}


def _current_assignments(
    session: Session, grid_ids: list[str], day: date
) -> dict[str, list[AssignmentView]]:
    """Return the assignments active on `day` for each grid id, 网格长 first."""
    out: dict[str, list[AssignmentView]] = {g: [] for g in grid_ids}
    if not grid_ids:
        return out
    rows = session.execute(
        select(GridAssignment, Grid, GridWorker)
        .join(Grid, Grid.id == GridAssignment.grid_id)
        .join(GridWorker, GridWorker.id == GridAssignment.worker_id)
        .where(GridAssignment.grid_id.in_(grid_ids), GridWorker.deleted_at.is_(None))
        .where(*active_on_clause(day))
    ).all()
    for a, g, w in rows:
        out[g.id].append(assignment_view(a, g, w))
    for views in out.values():
        views.sort(key=lambda v: (_POST_ORDER.get(v.post.value, 99), v.worker_name))
    return out


def _grid_view(g: Grid, village_name: str, workers: list[AssignmentView]) -> GridView:
    return GridView(
        id=g.id,
        code=g.code,
        name=g.name,
        town_id=g.town_id,
        village_id=g.village_id,
        village_name=village_name,
        households=g.households,
        area=g.area,
        complaint_phone=g.complaint_phone,
        workers=tuple(workers),
    )


def list_grids(
    session: Session, *, org_code: str, text: str = "", as_of: date | None = None
) -> tuple[GridView, ...]:
    """Return the township's live grids (optionally matching `text`) with today's workers."""
    day = as_of or today()
    query = (
        select(Grid, Region.name)
        .outerjoin(Region, Region.id == Grid.village_id)
        .where(Grid.owner_org == org_code, Grid.deleted_at.is_(None))
        .order_by(Region.code, Grid.code)
    )
    needle = text.strip()
    if needle:
        like = f"%{needle}%"
        query = query.where(or_(Grid.name.like(like), Grid.code.like(like), Region.name.like(like)))
    rows = session.execute(query).all()
    current = _current_assignments(session, [g.id for g, _ in rows], day)
    return tuple(_grid_view(g, vname or "", current[g.id]) for g, vname in rows)


def live_grid(session: Session, grid_id: str) -> Grid:
    """Return the grid row unless it is missing or soft-deleted (then raise NotFound)."""
    grid = session.get(Grid, grid_id)
    if grid is None or grid.deleted_at is not None:
        raise NotFound("该网格不存在或已删除")
    return grid


def get_grid(session: Session, *, grid_id: str, as_of: date | None = None) -> GridView:
    """Return one live grid with the workers serving it on `as_of` (today by default)."""
    grid = live_grid(session, grid_id)
    village = session.get(Region, grid.village_id) if grid.village_id else None
    current = _current_assignments(session, [grid.id], as_of or today())
    return _grid_view(grid, village.name if village else "", current[grid.id])


def _next_grid_code(session: Session, org_code: str) -> str:
    """Return the next free grid code of the township: 370911106-G001, -G002, ..."""
    codes = session.scalars(select(Grid.code).where(Grid.code.like(f"{org_code}-G%"))).all()
    numbers = [int(c.rsplit("G", 1)[1]) for c in codes if c.rsplit("G", 1)[1].isdigit()]
    return f"{org_code}-G{max(numbers, default=0) + 1:03d}"


def save_grid(
    session: Session,
    *,
    org_code: str,
    name: str,
    village_id: str | None,
    households: int,
    area: str = "",
    complaint_phone: str = "",
    grid_id: str | None = None,
) -> GridView:
    """Create a grid (no `grid_id`) or edit one; raise ValidationError on bad input."""
    errors: dict[str, str] = {}
    town = town_of(session, org_code)
    clean_name = name.strip()
    if not clean_name:
        errors["name"] = "请填写网格名称"
    elif len(clean_name) > MAX_GRID_NAME:
        errors["name"] = Msg("网格名称不能超过{most}个字", most=MAX_GRID_NAME)
    if village_id:
        village = session.get(Region, village_id)
        if (
            village is None
            or village.parent_id != town.id
            or village.level != RegionLevel.VILLAGE.value
        ):
            errors["village_id"] = "所选村/社区不属于本镇街"
    if not 0 <= households <= MAX_HOUSEHOLDS:
        errors["households"] = Msg("户数应在0到{most}之间", most=MAX_HOUSEHOLDS)
    line = complaint_phone.strip()
    if line and not _SERVICE_LINE.match(line):
        line = check_phone(line, "complaint_phone", errors, required=False)
    grid = live_grid(session, grid_id) if grid_id else None
    if grid is not None and grid.owner_org != org_code:
        raise NotFound("该网格不属于本镇街")
    duplicate = session.scalars(
        select(Grid.id).where(
            Grid.owner_org == org_code,
            Grid.name == clean_name,
            Grid.deleted_at.is_(None),
            Grid.id != (grid_id or ""),
        )
    ).first()
    if duplicate and "name" not in errors:
        errors["name"] = Msg("本镇街已有名为“{name}”的网格", name=clean_name)
    if errors:
        raise ValidationError(errors)
    if grid is None:
        grid = Grid(owner_org=org_code, code=_next_grid_code(session, org_code), town_id=town.id)
        session.add(grid)
    values = {
        "name": clean_name,
        "village_id": village_id or None,
        "households": households,
        "area": area.strip(),
        "complaint_phone": line,
    }
    for key, value in values.items():
        if getattr(grid, key) != value:  # unchanged fields stay out of the sync outbox
            setattr(grid, key, value)
    session.flush()
    return get_grid(session, grid_id=grid.id)


def delete_grid(session: Session, *, grid_id: str) -> None:
    """Soft-delete a grid that no worker serves any more."""
    grid = live_grid(session, grid_id)
    if _current_assignments(session, [grid.id], today())[grid.id]:
        raise ValidationError({"grid": "该网格仍有在岗网格员，请先解除分配再删除"})
    grid.deleted_at = utcnow()
    session.flush()
