"""Duty rosters (a week of shifts, copy last week, sign in/out, substitutes) and patrol logs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import DutyPost, Shift
from app.domain.grid import DutyShiftView, DutyWeek, PatrolLogView
from app.models import Case, DutyShift, Grid, GridWorker, PatrolLog
from app.models.base import utcnow
from app.services.errors import Msg, NotFound, ValidationError
from app.services.grid.grids import live_grid, today
from app.services.grid.workers import live_worker

MAX_PLACE = 128
MAX_TEXT = 2000
_SHIFT_ORDER = {s.value: i for i, s in enumerate(Shift)}
_POST_ORDER = {p.value: i for i, p in enumerate(DutyPost)}


def week_start(day: date) -> date:
    """Return the Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class ShiftInput:
    """One shift to put on the duty sheet: a worker, or a named person (a leader, a volunteer)."""

    date: date
    shift: Shift | str
    post: DutyPost | str
    worker_id: str | None = None
    person_name: str = ""
    place: str = ""
    note: str = ""


def _names(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = session.execute(select(GridWorker.id, GridWorker.name).where(GridWorker.id.in_(ids)))
    return {i: n for i, n in rows.all()}


def _shift_views(session: Session, rows: list[DutyShift]) -> tuple[DutyShiftView, ...]:
    subs = _names(session, {r.substitute_id for r in rows if r.substitute_id})
    rows = sorted(
        rows,
        key=lambda r: (r.date, _SHIFT_ORDER.get(r.shift, 9), _POST_ORDER.get(r.post, 9), r.id),
    )
    return tuple(
        DutyShiftView(
            id=r.id,
            date=r.date,
            shift=Shift(r.shift),
            post=DutyPost(r.post),
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


def _week_rows(session: Session, org_code: str, monday: date) -> list[DutyShift]:
    return list(
        session.scalars(
            select(DutyShift).where(
                DutyShift.owner_org == org_code,
                DutyShift.deleted_at.is_(None),
                DutyShift.date >= monday,
                DutyShift.date < monday + timedelta(days=7),
            )
        )
    )


def duty_week(session: Session, *, org_code: str, day: date) -> DutyWeek:
    """Return the duty shifts of the week holding `day`."""
    monday = week_start(day)
    return DutyWeek(monday, _shift_views(session, _week_rows(session, org_code, monday)))


def _line(i: int, lines: list[ShiftInput], problem: Msg) -> Msg:
    """Return `problem`, naming the line when several were sent."""
    return Msg("第{n}条：{problem}", n=i + 1, problem=problem) if len(lines) > 1 else problem


def add_shifts(session: Session, *, org_code: str, shifts: list[ShiftInput]) -> DutyWeek:
    """Put shifts on the duty sheet; every line is checked before any is written."""
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


def _live_shift(session: Session, shift_id: str) -> DutyShift:
    row = session.get(DutyShift, shift_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("该班次不存在或已删除")
    return row


def copy_week(session: Session, *, org_code: str, from_monday: date, to_monday: date) -> int:
    """Copy a week's shifts (people, posts, places; no sign-ins) onto another week.

    Lines already present in the target week (same day, shift, post and person) are skipped,
    so copying twice does not double the sheet. Return how many lines were added.
    """
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


def sign_in(session: Session, *, shift_id: str, at: datetime | None = None) -> DutyShiftView:
    """Record that the person on duty arrived."""
    row = _live_shift(session, shift_id)
    if row.signed_in_at is not None:
        raise ValidationError({"signed_in_at": "该班次已签到"})
    row.signed_in_at = at or utcnow()
    session.flush()
    return _shift_views(session, [row])[0]


def sign_out(session: Session, *, shift_id: str, at: datetime | None = None) -> DutyShiftView:
    """Record that the person on duty left (after signing in)."""
    row = _live_shift(session, shift_id)
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
    session: Session, *, shift_id: str, substitute_id: str | None, note: str = ""
) -> DutyShiftView:
    """Record who stands in for the person on duty (None clears it)."""
    row = _live_shift(session, shift_id)
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


def delete_shift(session: Session, *, shift_id: str) -> None:
    """Soft-delete a shift line."""
    _live_shift(session, shift_id).deleted_at = utcnow()
    session.flush()


# ----------------------------------------------------------------------------------- patrol logs


def add_patrol(
    session: Session,
    *,
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
    limit: int = 500,
) -> tuple[PatrolLogView, ...]:
    """Return the township's patrol records, newest first."""
    query = select(PatrolLog).where(PatrolLog.owner_org == org_code, PatrolLog.deleted_at.is_(None))
    if grid_id:
        query = query.where(PatrolLog.grid_id == grid_id)
    if worker_id:
        live_worker(session, worker_id)
        query = query.where(PatrolLog.worker_id == worker_id)
    if since:
        query = query.where(PatrolLog.date >= since)
    rows = list(
        session.scalars(query.order_by(PatrolLog.date.desc(), PatrolLog.id.desc()).limit(limit))
    )
    return tuple(_patrol_views(session, rows))


def delete_patrol(session: Session, *, patrol_id: str) -> None:
    """Soft-delete a patrol record entered by mistake."""
    row = session.get(PatrolLog, patrol_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("该巡查记录不存在或已删除")
    row.deleted_at = utcnow()
    session.flush()
