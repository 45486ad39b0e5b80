"""Checks of a duty sheet, shown in place as it is edited and never blocking a save.

- One person in two places at once: two lines of the same day whose shifts overlap (全天
  overlaps 上午 and 下午) name the same worker (or the same person by name, or a substitute).
- A post left uncovered: on a working day (the Chinese calendar with 调休 make-up days and the
  district's overrides) the window is staffed morning and afternoon and a leader is on duty;
  every day, statutory holidays and weekends included, someone keeps the night emergency watch.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from itertools import combinations

from sqlalchemy.orm import Session

from app.domain.enums import DutyPost, Shift
from app.domain.grid import DutyProblem, DutyShiftView
from app.services.common.deadlines import load_calendar
from app.services.errors import Msg
from app.services.grid.duty import duty_week, week_start

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
EVERY_DAY_POSTS = ((DutyPost.EMERGENCY, Shift.NIGHT),)


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


def check_lines(
    shifts: tuple[DutyShiftView, ...],
    days: tuple[date, ...],
    is_workday: Callable[[date], bool],
) -> tuple[DutyProblem, ...]:
    """Return the problems of these duty lines over `days` (`is_workday(day) -> bool`)."""
    problems: list[DutyProblem] = []
    by_day: dict[date, list[DutyShiftView]] = {d: [] for d in days}
    for s in shifts:
        if s.date in by_day:
            by_day[s.date].append(s)
    for day in days:
        lines = by_day[day]
        for a, b in combinations(lines, 2):
            if _who(a) == _who(b) and b.shift in _OVERLAP[a.shift]:
                problems.append(
                    DutyProblem(
                        day,
                        a.shift if a.shift is not Shift.FULL_DAY else b.shift,
                        "double",
                        Msg(
                            "{name}同时排在{a}和{b}",
                            name=_name(a),
                            a=Msg("{shift}{post}", shift=a.shift, post=a.post),
                            b=Msg("{shift}{post}", shift=b.shift, post=b.post),
                        ),
                        (a.id, b.id),
                    )
                )
        needed = (WORKDAY_POSTS if is_workday(day) else ()) + EVERY_DAY_POSTS
        for post, shift in needed:
            if not any(s.post is post and _covers(s, shift) for s in lines):
                problems.append(
                    DutyProblem(
                        day,
                        shift,
                        "uncovered",
                        Msg("{shift}没有安排{post}", shift=shift, post=post),
                    )
                )
    return tuple(problems)


def check_week(session: Session, *, org_code: str, day: date) -> tuple[DutyProblem, ...]:
    """Return the problems of the duty week holding `day`."""
    monday = week_start(day)
    week = duty_week(session, org_code=org_code, day=monday)
    calendar = load_calendar(session)
    days = tuple(monday + timedelta(days=i) for i in range(7))
    return check_lines(week.shifts, days, calendar.is_workday)
