"""Due dates from time-limit rules, on the Chinese working calendar (法定节假日 and 调休).

A limit of N 日 ends at the end of the N-th calendar day after the start day; N 工作日 ends at the
end of the N-th working day after it. Days are counted in Asia/Shanghai. Working days come from
`chinese_calendar`; years it does not know fall back to Monday–Friday plus the district's own
entries (TimeLimitRule rows with step `calendar_holiday` / `calendar_workday`, applies_to an ISO
date or `YYYY-MM-DD..YYYY-MM-DD`), so the district can add years without a new release.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import chinese_calendar
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.domain.enums import CaseKind, TimeUnit, WarningLevel
from app.models import Category, TimeLimitRule
from app.services.errors import DomainError

TZ = ZoneInfo("Asia/Shanghai")
DEFAULT_YELLOW = 0.8


@dataclass(frozen=True)
class WorkCalendar:
    """Working days: chinese_calendar plus district overrides (which win)."""

    holidays: frozenset[date] = field(default_factory=frozenset)
    workdays: frozenset[date] = field(default_factory=frozenset)

    def is_workday(self, day: date) -> bool:
        """Return whether `day` is a working day."""
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        try:
            return bool(chinese_calendar.is_workday(day))
        except NotImplementedError:
            return day.weekday() < 5


@dataclass(frozen=True)
class Limit:
    """A time limit: a number of 日 or 工作日."""

    value: int
    unit: TimeUnit

    @property
    def label(self) -> str:
        """Return the limit as shown to people, e.g. '15 工作日'."""
        return f"{self.value}{self.unit.label}"


def local_date(at: datetime) -> date:
    """Return the Asia/Shanghai calendar date of an aware datetime."""
    return at.astimezone(TZ).date()


def end_of_day(day: date) -> datetime:
    """Return the last second of `day` in Asia/Shanghai, as aware UTC."""
    return datetime.combine(day, time(23, 59, 59), tzinfo=TZ).astimezone(UTC)


def add_limit(start: datetime, limit: Limit, calendar: WorkCalendar | None = None) -> datetime:
    """Return when `limit` counted from `start` runs out (end of the last day, UTC)."""
    if start.tzinfo is None:
        raise ValueError("start must be timezone-aware")
    if limit.value < 0:
        raise DomainError("期限不能为负数")
    day = local_date(start)
    if limit.unit == TimeUnit.DAYS:
        return end_of_day(day + timedelta(days=limit.value))
    cal = calendar or WorkCalendar()
    left = limit.value
    if left == 0:
        while not cal.is_workday(day):
            day += timedelta(days=1)
        return end_of_day(day)
    while left > 0:
        day += timedelta(days=1)
        if cal.is_workday(day):
            left -= 1
    return end_of_day(day)


# Statements of every intake save, built once (building one costs more than running it).
_CALENDAR_ROWS = select(TimeLimitRule.step, TimeLimitRule.applies_to).where(
    TimeLimitRule.step.in_(("calendar_holiday", "calendar_workday")),
    TimeLimitRule.deleted_at.is_(None),
)
_CATEGORY_LIMIT = select(Category.limit_value, Category.limit_unit).where(
    Category.id == bindparam("category_id")
)
_YELLOW = select(TimeLimitRule.limit_value).where(TimeLimitRule.step == "warn_yellow_fraction")


def load_calendar(session: Session) -> WorkCalendar:
    """Return the working calendar with the district's overrides from the time-limit table."""
    holidays: set[date] = set()
    workdays: set[date] = set()
    for step, applies_to in session.execute(_CALENDAR_ROWS):
        target = holidays if step == "calendar_holiday" else workdays
        first, _, last = applies_to.partition("..")
        d0 = date.fromisoformat(first.strip())
        d1 = date.fromisoformat(last.strip()) if last else d0
        while d0 <= d1:
            target.add(d0)
            d0 += timedelta(days=1)
    return WorkCalendar(frozenset(holidays), frozenset(workdays))


def _rule(session: Session, step: str, applies_to: str | None = None) -> Limit | None:
    q = select(TimeLimitRule.limit_value, TimeLimitRule.unit).where(
        TimeLimitRule.step == step, TimeLimitRule.deleted_at.is_(None)
    )
    if applies_to is not None:
        q = q.where(TimeLimitRule.applies_to == applies_to)
    row = session.execute(q.limit(1)).first()
    if row is None or row.unit not in TimeUnit._value2member_map_:
        return None
    return Limit(int(row.limit_value), TimeUnit(row.unit))


def handling_limit(session: Session, *, kind: str, category_id: str | None) -> Limit:
    """Return a case's handling limit: the petition rule for 申诉求决类, else its category's."""
    if kind == CaseKind.PETITION_CLAIM.value:
        rule = _rule(session, "handle_petition")
        if rule is not None:
            return rule
    if category_id is not None:
        cat = session.execute(_CATEGORY_LIMIT, {"category_id": category_id}).first()
        if cat is not None and cat.limit_unit in TimeUnit._value2member_map_:
            return Limit(cat.limit_value, TimeUnit(cat.limit_unit))
    return Limit(30, TimeUnit.DAYS)


def sign_limit(session: Session) -> Limit:
    """Return the limit for a department to sign (签收) an assignment."""
    return _rule(session, "sign_assignment") or Limit(1, TimeUnit.WORKING_DAYS)


def revisit_limit(session: Session) -> Limit:
    """Return the time within which a closed case is to be revisited."""
    return _rule(session, "revisit") or Limit(7, TimeUnit.DAYS)


def max_extension(session: Session, *, kind: str) -> Limit | None:
    """Return the longest extension allowed for the case kind, if a rule caps it."""
    if kind == CaseKind.PETITION_CLAIM.value:
        return _rule(session, "extend_petition")
    return None


# The 信访 clocks (time_limits.csv; the district edits them as reference data) and the limit each
# falls back to when a district deleted its row: 信访工作条例 (2022) arts. 22-23, 34-36 and
# 山东省信访条例 arts. 43-44.
PETITION_STEPS: dict[str, Limit] = {
    "route_petition": Limit(15, TimeUnit.DAYS),
    "decide_acceptance": Limit(15, TimeUnit.DAYS),
    "handle_petition": Limit(60, TimeUnit.DAYS),
    "extend_petition": Limit(30, TimeUnit.DAYS),
    "review_request": Limit(30, TimeUnit.DAYS),
    "review_opinion": Limit(30, TimeUnit.DAYS),
    "recheck_opinion": Limit(30, TimeUnit.DAYS),
    "accept_recheck_sd": Limit(3, TimeUnit.WORKING_DAYS),
}
PETITION_KINDS = frozenset(
    {
        CaseKind.PETITION_CLAIM.value,
        CaseKind.PETITION_ACCUSATION.value,
        CaseKind.PETITION_SUGGESTION.value,
    }
)


def petition_limit(session: Session, step: str) -> Limit:
    """Return the district's limit for a 信访 step (its statutory default without a row)."""
    return _rule(session, step) or PETITION_STEPS[step]


def petition_basis(session: Session, step: str) -> str:
    """Return the legal basis the time-limit row cites for a 信访 step."""
    basis = session.scalar(
        select(TimeLimitRule.basis)
        .where(TimeLimitRule.step == step, TimeLimitRule.deleted_at.is_(None))
        .limit(1)
    )
    return basis or ""


def yellow_fraction(session: Session) -> float:
    """Return the fraction of a limit after which a case turns yellow."""
    value = session.scalar(_YELLOW)
    return float(value) if value is not None and 0 < value < 1 else DEFAULT_YELLOW


def warn_point(start: datetime, due: datetime, fraction: float) -> datetime:
    """Return the instant at which `fraction` of the span start → due has passed."""
    return start + (due - start) * fraction


def warning_level(
    start: datetime | None, due: datetime | None, now: datetime, fraction: float
) -> WarningLevel:
    """Return yellow at `fraction` of a running limit, red once it is overdue."""
    if due is None:
        return WarningLevel.NONE
    if now > due:
        return WarningLevel.RED
    if start is not None and now >= warn_point(start, due, fraction):
        return WarningLevel.YELLOW
    return WarningLevel.NONE
