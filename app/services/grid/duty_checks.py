"""Checks of a duty sheet, shown in place as it is edited and never blocking a save.

- One person in two places at once: two lines of the same day whose shifts overlap (全天
  overlaps 上午 and 下午) name the same worker (or the same person by name, or a substitute).
- A person on leave (recorded per worker) put on duty on a day of the leave.
- A post left uncovered: on a working day (the Chinese calendar with 调休 make-up days and the
  district's overrides) the window is staffed morning and afternoon and a leader is on duty;
  on a statutory holiday (法定节假日, whole holiday period) a leader is on duty all day;
  every day, statutory holidays and weekends included, someone keeps the night emergency watch.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from itertools import combinations

import chinese_calendar
from sqlalchemy.orm import Session

from app.domain.enums import DutyPost, Shift
from app.domain.grid import DutyProblem, DutyRange, DutyShiftView
from app.services.common.deadlines import WorkCalendar, load_calendar
from app.services.errors import Msg
from app.services.grid.duty import duty_range, week_start
from app.services.grid.leave import list_leaves

# A worker's leave as the checks read it: worker id -> [(first day, last day, reason)].
Leaves = dict[str, list[tuple[date, date, str]]]

_OVERLAP = {
    Shift.MORNING: {Shift.MORNING, Shift.FULL_DAY},
    Shift.AFTERNOON: {Shift.AFTERNOON, Shift.FULL_DAY},
    Shift.FULL_DAY: {Shift.MORNING, Shift.AFTERNOON, Shift.FULL_DAY},
    Shift.NIGHT: {Shift.NIGHT},
}
# (post, shifts that cover it) a working day needs, and what every day needs.
WORKDAY_POSTS = (
    (DutyPost.WINDOW, Shift.MORNING),
    (DutyPost.WINDOW, Shift.AFTERNOON),
    (DutyPost.LEADER, Shift.FULL_DAY),
)
HOLIDAY_POSTS = ((DutyPost.LEADER, Shift.FULL_DAY),)
EVERY_DAY_POSTS = ((DutyPost.EMERGENCY, Shift.NIGHT),)


def day_kind(calendar: WorkCalendar, day: date) -> str:
    """Return "workday", "makeup" (a weekend made a working day), "holiday" or "weekend"."""
    if calendar.is_workday(day):
        return "makeup" if day.weekday() >= 5 else "workday"
    return "holiday" if is_statutory_holiday(calendar, day) else "weekend"


def is_statutory_holiday(calendar: WorkCalendar, day: date) -> bool:
    """Return whether `day` is in a statutory holiday (or a district-declared one)."""
    if day in calendar.holidays:
        return True
    if calendar.is_workday(day):
        return False
    try:
        _off, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return False
    return name is not None


def _who(s: DutyShiftView) -> str:
    """Return who actually stands the line: the substitute if any, else the person."""
    if s.substitute_id:
        return f"w:{s.substitute_id}"
    return f"w:{s.worker_id}" if s.worker_id else f"n:{s.person_name}"


def _name(s: DutyShiftView) -> str:
    return s.substitute_name or s.person_name


def _covers(s: DutyShiftView, shift: Shift) -> bool:
    return s.shift is shift or (
        s.shift is Shift.FULL_DAY and shift in (Shift.MORNING, Shift.AFTERNOON)
    )


def _on_leave(leaves: Leaves, s: DutyShiftView) -> str | None:
    """Return the leave reason ("" if none given) when who stands the line is on leave."""
    wid = s.substitute_id or s.worker_id
    for first, last, reason in leaves.get(wid or "", ()):
        if first <= s.date <= last:
            return reason
    return None


def check_lines(
    shifts: tuple[DutyShiftView, ...],
    days: tuple[date, ...],
    is_workday: Callable[[date], bool],
    leaves: Leaves | None = None,
    is_holiday: Callable[[date], bool] = lambda _d: False,
) -> tuple[DutyProblem, ...]:
    """Return the problems of these duty lines over `days`.

    `is_workday(day)` and `is_holiday(day)` (statutory) say which posts a day needs; `leaves`
    names who is away when.
    """
    problems: list[DutyProblem] = []
    by_day: dict[date, list[DutyShiftView]] = {d: [] for d in days}
    for s in shifts:
        if s.date in by_day:
            by_day[s.date].append(s)
    for day in days:
        lines = by_day[day]
        people: dict[str, list[DutyShiftView]] = {}
        for s in lines:
            people.setdefault(_who(s), []).append(s)
        for same in people.values():  # only one person's lines can clash
            for a, b in combinations(same, 2) if len(same) > 1 else ():
                if b.shift not in _OVERLAP[a.shift]:
                    continue
                problems.append(
                    DutyProblem(
                        day,
                        a.shift if a.shift is not Shift.FULL_DAY else b.shift,
                        "double",
                        Msg(
                            "{name}同时排在{a_shift}{a_post}和{b_shift}{b_post}",
                            name=_name(a),
                            a_shift=a.shift,
                            a_post=a.post,
                            b_shift=b.shift,
                            b_post=b.post,
                        ),
                        (a.id, b.id),
                        b.post if a.shift is Shift.FULL_DAY else a.post,
                    )
                )
        for s in lines if leaves else ():
            reason = _on_leave(leaves or {}, s)
            if reason is not None:
                problems.append(
                    DutyProblem(
                        day,
                        s.shift,
                        "leave",
                        Msg("{name}当天请假（{reason}）", name=_name(s), reason=reason or "请假")
                        if reason
                        else Msg("{name}当天请假", name=_name(s)),
                        (s.id,),
                        s.post,
                    )
                )
        workday = is_workday(day)
        needed = (
            (WORKDAY_POSTS if workday else ())
            + (HOLIDAY_POSTS if not workday and is_holiday(day) else ())
            + EVERY_DAY_POSTS
        )
        for post, shift in needed:
            if not any(s.post is post and _covers(s, shift) for s in lines):
                problems.append(
                    DutyProblem(
                        day,
                        shift,
                        "uncovered",
                        Msg("{shift}没有安排{post}", shift=shift, post=post),
                        (),
                        post,
                    )
                )
    return tuple(problems)


def leaves_between(session: Session, *, org_code: str, start: date, end: date) -> Leaves:
    """Return the township's leave touching `start`..`end`, by worker."""
    out: Leaves = {}
    for lv in list_leaves(session, org_code=org_code, since=start, until=end):
        out.setdefault(lv.worker_id, []).append((lv.start_date, lv.end_date, lv.reason))
    return out


def check_range(
    session: Session,
    *,
    org_code: str,
    start: date,
    end: date,
    sheet: DutyRange | None = None,
    kinds: tuple[str, ...] | None = None,
) -> tuple[DutyProblem, ...]:
    """Return the problems of the duty sheet from `start` to `end` (both kept).

    `sheet` is the range already loaded for the view and `kinds` its days' kinds (else they
    are read here).
    """
    if sheet is None:
        sheet = duty_range(session, org_code=org_code, start=start, end=end)
    if kinds is None:
        kinds = day_kinds(session, start=start, end=end)
    days = tuple(start + timedelta(days=i) for i in range((end - start).days + 1))
    kind = dict(zip(days, kinds, strict=True))
    return check_lines(
        sheet.shifts,
        days,
        lambda d: kind[d] in ("workday", "makeup"),
        leaves_between(session, org_code=org_code, start=start, end=end),
        lambda d: kind[d] == "holiday",
    )


def day_kinds(session: Session, *, start: date, end: date) -> tuple[str, ...]:
    """Return the kind of each day from `start` to `end` (see `day_kind`)."""
    calendar = load_calendar(session)
    return tuple(
        day_kind(calendar, start + timedelta(days=i)) for i in range((end - start).days + 1)
    )


def check_week(session: Session, *, org_code: str, day: date) -> tuple[DutyProblem, ...]:
    """Return the problems of the duty week holding `day`."""
    monday = week_start(day)
    return check_range(session, org_code=org_code, start=monday, end=monday + timedelta(days=6))
