"""Duty rosters (a week of shifts, copy last week, sign in/out, substitutes) and patrol logs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import DutyPost, Shift
from app.domain.grid import (
    DutyRange,
    DutyShiftView,
    DutyWeek,
    PatrolLogView,
    RotationView,
    ShiftInput,
)
from app.domain.permissions import Action
from app.models import Case, DutyRotation, DutyShift, Grid, GridWorker, PatrolLog
from app.models.base import utcnow
from app.services.errors import Msg, NotFound, ValidationError
from app.services.grid.grids import live_grid, today
from app.services.grid.workers import live_worker
from app.services.permissions import ActorLike, require

MAX_PLACE = 128
MAX_TEXT = 2000
_SHIFT_ORDER = {s.value: i for i, s in enumerate(Shift)}
_POST_ORDER = {p.value: i for i, p in enumerate(DutyPost)}


def week_start(day: date) -> date:
    """Return the Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def _names(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = session.execute(select(GridWorker.id, GridWorker.name).where(GridWorker.id.in_(ids)))
    return {i: n for i, n in rows.all()}


def _shift_views(session: Session, rows: Sequence[Any]) -> tuple[DutyShiftView, ...]:
    """Return views of duty lines (ORM rows or rows of the same columns), in sheet order."""
    subs = _names(session, {r.substitute_id for r in rows if r.substitute_id})
    rows = sorted(
        rows,
        key=lambda r: (r.date, _SHIFT_ORDER.get(r.shift, 9), _POST_ORDER.get(r.post, 9), r.id),
    )
    shifts, posts = {s.value: s for s in Shift}, {p.value: p for p in DutyPost}
    return tuple(
        DutyShiftView(
            id=r.id,
            date=r.date,
            shift=shifts[r.shift],
            post=posts[r.post],
            worker_id=r.worker_id,
            person_name=r.person_name,
            place=r.place,
            signed_in_at=r.signed_in_at,
            signed_out_at=r.signed_out_at,
            substitute_id=r.substitute_id,
            substitute_name=subs.get(r.substitute_id or "", ""),
            note=r.note,
        )
        for r in rows
    )


def _range_rows(session: Session, org_code: str, start: date, end: date) -> list[DutyShift]:
    """Return the live lines from `start` to `end` (both kept)."""
    return list(
        session.scalars(
            select(DutyShift).where(
                DutyShift.owner_org == org_code,
                DutyShift.deleted_at.is_(None),
                DutyShift.date >= start,
                DutyShift.date <= end,
            )
        )
    )


def _week_rows(session: Session, org_code: str, monday: date) -> list[DutyShift]:
    return _range_rows(session, org_code, monday, monday + timedelta(days=6))


def month_bounds(day: date) -> tuple[date, date]:
    """Return the first and the last day of the month holding `day`."""
    first = day.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    return first, nxt - timedelta(days=1)


def duty_range(session: Session, *, org_code: str, start: date, end: date) -> DutyRange:
    """Return the duty lines from `start` to `end` (both kept), e.g. a month."""
    if end < start:
        raise ValidationError({"date": "结束日期不能早于开始日期"})
    # Plain columns, not ORM rows: a township's month is a thousand lines and more.
    rows = session.execute(
        select(
            DutyShift.id,
            DutyShift.date,
            DutyShift.shift,
            DutyShift.post,
            DutyShift.worker_id,
            DutyShift.person_name,
            DutyShift.place,
            DutyShift.signed_in_at,
            DutyShift.signed_out_at,
            DutyShift.substitute_id,
            DutyShift.note,
        ).where(
            DutyShift.owner_org == org_code,
            DutyShift.deleted_at.is_(None),
            DutyShift.date >= start,
            DutyShift.date <= end,
        )
    ).all()
    return DutyRange(start, end, _shift_views(session, rows))


def duty_week(session: Session, *, org_code: str, day: date) -> DutyWeek:
    """Return the duty shifts of the week holding `day`."""
    monday = week_start(day)
    return DutyWeek(monday, _shift_views(session, _week_rows(session, org_code, monday)))


def _line(i: int, lines: list[ShiftInput], problem: Msg) -> Msg:
    """Return `problem`, naming the line when several were sent."""
    return Msg("第{n}条：{problem}", n=i + 1, problem=problem) if len(lines) > 1 else problem


def add_shifts(
    session: Session, *, actor: ActorLike, org_code: str, shifts: list[ShiftInput]
) -> DutyWeek:
    """Put shifts on the duty sheet; every line is checked before any is written."""
    require(actor, Action.EDIT_DUTY_ROSTER, org_code=org_code)
    errors: dict[str, str] = {}
    made: list[DutyShift] = []
    for i, item in enumerate(shifts):
        try:
            shift = Shift(item.shift)
            post = DutyPost(item.post)
        except ValueError:
            errors.setdefault("shift", _line(i, shifts, Msg("请选择班次和岗位")))
            continue
        name = item.person_name.strip()
        worker_id = item.worker_id or None
        if worker_id:
            worker = session.get(GridWorker, worker_id)
            if worker is None or worker.deleted_at is not None or not worker.active:
                errors.setdefault("worker_id", _line(i, shifts, Msg("所选值班人员不存在或已停用")))
                continue
            name = worker.name
        if not name:
            errors.setdefault("person_name", _line(i, shifts, Msg("请选择或填写值班人员")))
            continue
        if len(item.place.strip()) > MAX_PLACE:
            errors.setdefault(
                "place", _line(i, shifts, Msg("值班地点不能超过{most}个字", most=MAX_PLACE))
            )
            continue
        made.append(
            DutyShift(
                owner_org=org_code,
                date=item.date,
                shift=shift.value,
                post=post.value,
                worker_id=worker_id,
                person_name=name,
                place=item.place.strip(),
                note=item.note.strip(),
            )
        )
    if not shifts:
        errors["shift"] = "没有要添加的班次"
    if errors:
        raise ValidationError(errors)
    session.add_all(made)
    session.flush()
    return duty_week(session, org_code=org_code, day=shifts[0].date)


def _worker_by_name(
    session: Session, org_code: str, name: str, prefer: frozenset[str]
) -> GridWorker | Msg | None:
    """Return the township's active worker called `name`, None if nobody is, or why not one."""
    found = list(
        session.scalars(
            select(GridWorker).where(
                GridWorker.owner_org == org_code,
                GridWorker.name == name,
                GridWorker.active.is_(True),
                GridWorker.deleted_at.is_(None),
            )
        )
    )
    if len(found) > 1:
        mine = [w for w in found if w.id in prefer]
        if len(mine) == 1:
            return mine[0]
        return Msg("有{n}名网格员叫“{name}”，请用“添加值班”选择", n=len(found), name=name)
    return found[0] if found else None


def set_cell(
    session: Session,
    *,
    actor: ActorLike,
    org_code: str,
    day: date,
    shift: Shift | str,
    post: DutyPost | str,
    names: list[str],
    replace_ids: tuple[str, ...] = (),
    prefer_worker_ids: frozenset[str] = frozenset(),
) -> int:
    """Make the cell (day, shift, post) hold `names`, as typed into the month view.

    Lines of `replace_ids` (what the cell showed) whose person is no longer named are deleted;
    names not yet there become lines (a township worker of that name, else a named person).
    Other lines of the day are left alone. Checks never block: they are shown afterwards.
    Return how many lines changed.
    """
    require(actor, Action.EDIT_DUTY_ROSTER, org_code=org_code)
    try:
        shift, post = Shift(shift), DutyPost(post)
    except ValueError:
        raise ValidationError({"shift": "请选择班次和岗位"}) from None
    wanted: list[str] = []
    for raw in names:
        name = raw.strip()
        if name and name not in wanted:
            wanted.append(name)
    for name in wanted:
        if len(name) > 64:
            raise ValidationError({"person_name": Msg("姓名不能超过{most}个字", most=64)})
    shown = [r for r in (session.get(DutyShift, i) for i in replace_ids) if r is not None]
    shown = [
        r
        for r in shown
        if r.deleted_at is None
        and r.owner_org == org_code
        and r.date == day
        and r.shift == shift.value
        and r.post == post.value
    ]
    changed = 0
    kept: set[str] = set()
    for r in shown:
        if r.person_name in wanted and r.person_name not in kept:
            kept.add(r.person_name)
            continue
        r.deleted_at = utcnow()
        changed += 1
    for name in wanted:
        if name in kept:
            continue
        worker = _worker_by_name(session, org_code, name, prefer_worker_ids)
        if isinstance(worker, Msg):
            raise ValidationError({"person_name": worker})
        session.add(
            DutyShift(
                owner_org=org_code,
                date=day,
                shift=shift.value,
                post=post.value,
                worker_id=worker.id if worker is not None else None,
                person_name=name,
                place="",
                note="",
            )
        )
        changed += 1
    session.flush()
    return changed


# ------------------------------------------------------------------------------ rotations

MAX_ROTATION_DAYS = 62


def save_rotation(
    session: Session,
    *,
    actor: ActorLike,
    org_code: str,
    name: str,
    start: date,
    days: int,
    worker_ids: frozenset[str] | None = None,
) -> RotationView:
    """Save the sheet's lines of `days` days from `start` as a reusable rotation template.

    With `worker_ids` only those workers' lines are taken (the selected grid's rotation).
    """
    require(actor, Action.EDIT_DUTY_ROSTER, org_code=org_code)
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = "请填写模板名称"
    elif len(name.strip()) > 64:
        errors["name"] = Msg("模板名称不能超过{most}个字", most=64)
    if not 1 <= days <= MAX_ROTATION_DAYS:
        errors["days"] = Msg("轮换周期应为1至{most}天", most=MAX_ROTATION_DAYS)
    if errors:
        raise ValidationError(errors)
    rows = _range_rows(session, org_code, start, start + timedelta(days=days - 1))
    if worker_ids is not None:
        rows = [r for r in rows if r.worker_id in worker_ids]
    if not rows:
        raise ValidationError({"days": "所选日期内没有排班可存为模板"})
    pattern: list[list[dict[str, str | None]]] = [[] for _ in range(days)]
    for v in _shift_views(session, rows):
        pattern[(v.date - start).days].append(
            {
                "shift": v.shift.value,
                "post": v.post.value,
                "worker_id": v.worker_id,
                "person_name": v.person_name,
                "place": v.place,
            }
        )
    row = DutyRotation(owner_org=org_code, name=name.strip(), days=days, pattern=pattern)
    session.add(row)
    session.flush()
    return RotationView(row.id, row.name, days, len(rows))


def list_rotations(session: Session, *, org_code: str) -> tuple[RotationView, ...]:
    """Return the township's rotation templates by name."""
    rows = session.scalars(
        select(DutyRotation)
        .where(DutyRotation.owner_org == org_code, DutyRotation.deleted_at.is_(None))
        .order_by(DutyRotation.name)
    )
    return tuple(
        RotationView(r.id, r.name, r.days, sum(len(d) for d in r.pattern or [])) for r in rows
    )


def apply_rotation(
    session: Session,
    *,
    actor: ActorLike,
    org_code: str,
    rotation_id: str,
    start: date,
    end: date,
) -> tuple[int, tuple[str, ...]]:
    """Lay the template over `start`..`end` (day i takes pattern day i mod N).

    Lines already on the sheet (same day, shift, post and person) are skipped, so applying
    twice does not double it; people who left (deleted or inactive workers) are skipped and
    named. Return (lines added, names skipped).
    """
    require(actor, Action.EDIT_DUTY_ROSTER, org_code=org_code)
    rotation = session.get(DutyRotation, rotation_id)
    if rotation is None or rotation.deleted_at is not None or rotation.owner_org != org_code:
        raise NotFound("该轮换模板不存在或已删除")
    if end < start:
        raise ValidationError({"end": "结束日期不能早于开始日期"})
    if (end - start).days > 366:
        raise ValidationError({"end": "一次最多套用一年"})
    pattern: list[list[dict[str, str | None]]] = rotation.pattern or []
    ids = {line.get("worker_id") for day in pattern for line in day if line.get("worker_id")}
    live = {
        w.id: w
        for w in session.scalars(select(GridWorker).where(GridWorker.id.in_(ids)))
        if w.deleted_at is None and w.active
    }
    present = {
        (r.date, r.shift, r.post, r.worker_id, r.person_name)
        for r in _range_rows(session, org_code, start, end)
    }
    added, skipped = 0, []
    day = start
    while day <= end:
        for line in pattern[(day - start).days % rotation.days] if pattern else []:
            wid = line.get("worker_id") or None
            name = str(line.get("person_name") or "")
            if wid is not None:
                worker = live.get(wid)
                if worker is None:
                    if name not in skipped:
                        skipped.append(name)
                    continue
                name = worker.name
            key = (day, str(line["shift"]), str(line["post"]), wid, name)
            if key in present:
                continue
            present.add(key)
            session.add(
                DutyShift(
                    owner_org=org_code,
                    date=day,
                    shift=str(line["shift"]),
                    post=str(line["post"]),
                    worker_id=wid,
                    person_name=name,
                    place=str(line.get("place") or ""),
                    note="",
                )
            )
            added += 1
        day += timedelta(days=1)
    session.flush()
    return added, tuple(skipped)


def delete_rotation(session: Session, *, actor: ActorLike, rotation_id: str) -> None:
    """Soft-delete a rotation template."""
    row = session.get(DutyRotation, rotation_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("该轮换模板不存在或已删除")
    require(actor, Action.EDIT_DUTY_ROSTER, org_code=row.owner_org)
    row.deleted_at = utcnow()
    session.flush()


def _live_shift(session: Session, shift_id: str) -> DutyShift:
    row = session.get(DutyShift, shift_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("该班次不存在或已删除")
    return row


def copy_week(
    session: Session, *, actor: ActorLike, org_code: str, from_monday: date, to_monday: date
) -> int:
    """Copy a week's shifts (people, posts, places; no sign-ins) onto another week.

    Lines already present in the target week (same day, shift, post and person) are skipped,
    so copying twice does not double the sheet. Return how many lines were added.
    """
    require(actor, Action.EDIT_DUTY_ROSTER, org_code=org_code)
    if week_start(from_monday) == week_start(to_monday):
        raise ValidationError({"week": "不能把一周的排班复制到同一周"})
    source = _week_rows(session, org_code, week_start(from_monday))
    if not source:
        raise ValidationError({"week": "上周没有排班可复制"})
    offset = week_start(to_monday) - week_start(from_monday)
    present = {
        (r.date, r.shift, r.post, r.worker_id, r.person_name)
        for r in _week_rows(session, org_code, week_start(to_monday))
    }
    added = 0
    for r in source:
        key = (r.date + offset, r.shift, r.post, r.worker_id, r.person_name)
        if key in present:
            continue
        present.add(key)
        session.add(
            DutyShift(
                owner_org=org_code,
                date=r.date + offset,
                shift=r.shift,
                post=r.post,
                worker_id=r.worker_id,
                person_name=r.person_name,
                place=r.place,
                note="",
            )
        )
        added += 1
    session.flush()
    return added


def sign_in(
    session: Session, *, actor: ActorLike, shift_id: str, at: datetime | None = None
) -> DutyShiftView:
    """Record that the person on duty arrived."""
    require(actor, Action.RECORD_DUTY)
    row = _live_shift(session, shift_id)
    require(actor, Action.RECORD_DUTY, org_code=row.owner_org)
    if row.signed_in_at is not None:
        raise ValidationError({"signed_in_at": "该班次已签到"})
    row.signed_in_at = at or utcnow()
    session.flush()
    return _shift_views(session, [row])[0]


def sign_out(
    session: Session, *, actor: ActorLike, shift_id: str, at: datetime | None = None
) -> DutyShiftView:
    """Record that the person on duty left (after signing in)."""
    require(actor, Action.RECORD_DUTY)
    row = _live_shift(session, shift_id)
    require(actor, Action.RECORD_DUTY, org_code=row.owner_org)
    when = at or utcnow()
    if row.signed_in_at is None:
        raise ValidationError({"signed_out_at": "尚未签到，不能签退"})
    if row.signed_out_at is not None:
        raise ValidationError({"signed_out_at": "该班次已签退"})
    if when < row.signed_in_at:
        raise ValidationError({"signed_out_at": "签退时间不能早于签到时间"})
    row.signed_out_at = when
    session.flush()
    return _shift_views(session, [row])[0]


def set_substitute(
    session: Session, *, actor: ActorLike, shift_id: str, substitute_id: str | None, note: str = ""
) -> DutyShiftView:
    """Record who stands in for the person on duty (None clears it)."""
    row = _live_shift(session, shift_id)
    require(actor, Action.EDIT_DUTY_ROSTER, org_code=row.owner_org)
    if substitute_id:
        sub = session.get(GridWorker, substitute_id)
        if sub is None or sub.deleted_at is not None or not sub.active:
            raise ValidationError({"substitute_id": "替班人员不存在或已停用"})
        if substitute_id == row.worker_id:
            raise ValidationError({"substitute_id": "替班人员不能是原值班人员本人"})
    row.substitute_id = substitute_id or None
    if note.strip():
        row.note = note.strip()
    session.flush()
    return _shift_views(session, [row])[0]


def delete_shift(session: Session, *, actor: ActorLike, shift_id: str) -> None:
    """Soft-delete a shift line."""
    require(actor, Action.EDIT_DUTY_ROSTER)
    row = _live_shift(session, shift_id)
    require(actor, Action.EDIT_DUTY_ROSTER, org_code=row.owner_org)
    row.deleted_at = utcnow()
    session.flush()


# ----------------------------------------------------------------------------------- patrol logs


def add_patrol(
    session: Session,
    *,
    actor: ActorLike,
    org_code: str,
    day: date,
    worker_id: str,
    grid_id: str | None = None,
    place: str = "",
    issue: str = "",
    action: str = "",
    result: str = "",
    case_no: str = "",
) -> PatrolLogView:
    """Record a patrol; `case_no` links the case it produced (it must exist)."""
    require(actor, Action.RECORD_DUTY, org_code=org_code)
    errors: dict[str, str] = {}
    worker = session.get(GridWorker, worker_id) if worker_id else None
    if worker is None or worker.deleted_at is not None:
        errors["worker_id"] = "请选择巡查的网格员"
    if grid_id:
        try:
            live_grid(session, grid_id)
        except NotFound as exc:
            errors["grid_id"] = exc.message
    if day > today():
        errors["date"] = "巡查日期不能晚于今天"
    if len(place.strip()) > MAX_PLACE:
        errors["place"] = Msg("巡查地点不能超过{most}个字", most=MAX_PLACE)
    for field, label, text in (
        ("issue", Msg("发现问题"), issue),
        ("action", Msg("处置措施"), action),
    ):
        if len(text) > MAX_TEXT:
            errors[field] = Msg("{label}不能超过{most}个字", label=label, most=MAX_TEXT)
    if not place.strip() and not issue.strip():
        errors.setdefault("place", "请至少填写巡查地点或发现的问题")
    case_id = None
    if case_no.strip():
        case_id = session.scalars(
            select(Case.id).where(Case.case_no == case_no.strip().upper())
        ).first()
        if case_id is None:
            errors["case_no"] = Msg("找不到案件编号 {no}", no=case_no.strip())
    if errors:
        raise ValidationError(errors)
    row = PatrolLog(
        owner_org=org_code,
        date=day,
        worker_id=worker_id,
        grid_id=grid_id or None,
        place=place.strip(),
        issue=issue.strip(),
        action=action.strip(),
        result=result.strip(),
        case_id=case_id,
    )
    session.add(row)
    session.flush()
    return _patrol_views(session, [row])[0]


def _patrol_views(session: Session, rows: list[PatrolLog]) -> list[PatrolLogView]:
    names = _names(session, {r.worker_id for r in rows})
    grid_ids = {r.grid_id for r in rows if r.grid_id}
    grids = (
        dict(session.execute(select(Grid.id, Grid.name).where(Grid.id.in_(grid_ids))).all())
        if grid_ids
        else {}
    )
    case_ids = {r.case_id for r in rows if r.case_id}
    cases = (
        dict(session.execute(select(Case.id, Case.case_no).where(Case.id.in_(case_ids))).all())
        if case_ids
        else {}
    )
    return [
        PatrolLogView(
            id=r.id,
            date=r.date,
            worker_id=r.worker_id,
            worker_name=names.get(r.worker_id, ""),
            grid_id=r.grid_id,
            grid_name=grids.get(r.grid_id or "", ""),
            place=r.place,
            issue=r.issue,
            action=r.action,
            result=r.result,
            case_id=r.case_id,
            case_no=cases.get(r.case_id or "", ""),
        )
        for r in rows
    ]


def list_patrols(
    session: Session,
    *,
    org_code: str,
    grid_id: str | None = None,
    worker_id: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 500,
) -> tuple[PatrolLogView, ...]:
    """Return the township's patrol records (from `since` to `until`, both kept), newest first."""
    query = select(PatrolLog).where(PatrolLog.owner_org == org_code, PatrolLog.deleted_at.is_(None))
    if grid_id:
        query = query.where(PatrolLog.grid_id == grid_id)
    if worker_id:
        live_worker(session, worker_id)
        query = query.where(PatrolLog.worker_id == worker_id)
    if since:
        query = query.where(PatrolLog.date >= since)
    if until:
        query = query.where(PatrolLog.date <= until)
    rows = list(
        session.scalars(query.order_by(PatrolLog.date.desc(), PatrolLog.id.desc()).limit(limit))
    )
    return tuple(_patrol_views(session, rows))


def delete_patrol(session: Session, *, actor: ActorLike, patrol_id: str) -> None:
    """Soft-delete a patrol record entered by mistake."""
    require(actor, Action.RECORD_DUTY)
    row = session.get(PatrolLog, patrol_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("该巡查记录不存在或已删除")
    require(actor, Action.RECORD_DUTY, org_code=row.owner_org)
    row.deleted_at = utcnow()
    session.flush()


def link_patrol_case(session: Session, *, actor: ActorLike, patrol_id: str, case_id: str) -> None:
    """Link a patrol record to the case it was reported as (上报为案件)."""
    row = session.get(PatrolLog, patrol_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("该巡查记录不存在或已删除")
    # Whoever registers the case from the record links the two (the window clerk).
    require(actor, Action.REGISTER_CASE, org_code=row.owner_org)
    if session.get(Case, case_id) is None:
        raise NotFound("案件不存在")
    if row.case_id and row.case_id != case_id:
        raise ValidationError({"case_no": "该巡查记录已上报为其他案件"})
    row.case_id = case_id
    session.flush()


def patrols_of_case(session: Session, *, case_id: str) -> tuple[PatrolLogView, ...]:
    """Return the patrol records a case was reported from."""
    rows = list(
        session.scalars(
            select(PatrolLog)
            .where(PatrolLog.case_id == case_id, PatrolLog.deleted_at.is_(None))
            .order_by(PatrolLog.date)
        )
    )
    return tuple(_patrol_views(session, rows))


def get_patrol(session: Session, *, patrol_id: str) -> PatrolLogView:
    """Return one live patrol record."""
    row = session.get(PatrolLog, patrol_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("该巡查记录不存在或已删除")
    return _patrol_views(session, [row])[0]
