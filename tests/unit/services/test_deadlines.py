"""Due dates across the 2026 Spring Festival and National Day holidays with their make-up days."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.domain.enums import CaseKind, TimeUnit, WarningLevel
from app.domain.ids import reference_id
from app.models import TimeLimitRule
from app.services.common.deadlines import (
    TZ,
    Limit,
    WorkCalendar,
    add_limit,
    handling_limit,
    load_calendar,
    local_date,
    sign_limit,
    warning_level,
    yellow_fraction,
)

WD = TimeUnit.WORKING_DAYS


def _at(y: int, m: int, d: int, hour: int = 10) -> datetime:
    return datetime(y, m, d, hour, tzinfo=TZ).astimezone(UTC)


def _due_day(start: datetime, value: int, unit: TimeUnit = WD) -> date:
    return local_date(add_limit(start, Limit(value, unit)))


def test_spring_festival_2026_working_days_skip_holiday_and_count_makeup_saturdays() -> None:
    # Fri 13 Feb → Sat 14 Feb is a make-up working day (调休); 15–23 Feb are holidays.
    assert _due_day(_at(2026, 2, 13), 1) == date(2026, 2, 14)
    assert _due_day(_at(2026, 2, 13), 2) == date(2026, 2, 24)
    # Tue 24 Feb + 4 working days: 25, 26, 27 and the make-up Saturday 28 Feb.
    assert _due_day(_at(2026, 2, 24), 4) == date(2026, 2, 28)
    assert _due_day(_at(2026, 2, 24), 5) == date(2026, 3, 2)


def test_national_day_2026_working_days() -> None:
    # Sun 20 Sep 2026 is a make-up working day before the 1–7 Oct holiday.
    assert _due_day(_at(2026, 9, 18), 1) == date(2026, 9, 20)
    # Wed 30 Sep + 1 working day: 1–7 Oct off, Thu 8 Oct.
    assert _due_day(_at(2026, 9, 30), 1) == date(2026, 10, 8)
    # 8 Oct + 2: Fri 9 Oct and the make-up Saturday 10 Oct.
    assert _due_day(_at(2026, 10, 8), 2) == date(2026, 10, 10)
    assert _due_day(_at(2026, 10, 8), 3) == date(2026, 10, 12)


def test_calendar_days_ignore_holidays_and_end_at_local_midnight() -> None:
    due = add_limit(_at(2026, 2, 10, hour=23), Limit(15, TimeUnit.DAYS))
    assert due.astimezone(TZ).date() == date(2026, 2, 25)
    assert due.astimezone(TZ).time().hour == 23
    # 01:00 in Shanghai is still the previous day in UTC: the local date counts.
    early = datetime(2026, 9, 30, 17, 30, tzinfo=UTC)  # 01:30 on 1 Oct in Shanghai
    assert _due_day(early, 1) == date(2026, 10, 8)


def test_zero_working_days_on_a_holiday_rolls_to_the_next_working_day() -> None:
    assert _due_day(_at(2026, 10, 3), 0) == date(2026, 10, 8)
    assert _due_day(_at(2026, 10, 9), 0) == date(2026, 10, 9)


def test_due_dates_are_monotone_in_the_start() -> None:
    days = [_at(2026, 2, d) for d in range(10, 28)] + [_at(2026, 9, d) for d in range(25, 31)]
    for value in (0, 1, 3, 7):
        dues = [add_limit(s, Limit(value, WD)) for s in days]
        assert dues == sorted(dues)


def test_district_override_adds_a_year_the_library_does_not_know() -> None:
    cal = WorkCalendar(
        holidays=frozenset({date(2027, 2, 8)}), workdays=frozenset({date(2027, 2, 6)})
    )
    start = datetime(2027, 2, 5, 2, tzinfo=UTC)  # Friday
    assert local_date(add_limit(start, Limit(1, WD), cal)) == date(2027, 2, 6)
    assert local_date(add_limit(start, Limit(2, WD), cal)) == date(2027, 2, 9)


def test_calendar_overrides_load_from_time_limit_rules(
    session_factory: sessionmaker[Session],
) -> None:
    with session_factory.begin() as s:
        for step, applies in (("calendar_holiday", "2027-02-08..2027-02-10"),
                              ("calendar_workday", "2027-02-06")):  # fmt: skip
            s.add(
                TimeLimitRule(
                    id=reference_id("time_limit_rule", f"{step}:{applies}"),
                    step=step,
                    applies_to=applies,
                    limit_value=0,
                    unit="date",
                    owner_org="370911",
                )
            )
    with session_factory() as s:
        cal = load_calendar(s)
    assert cal.holidays == {date(2027, 2, 8), date(2027, 2, 9), date(2027, 2, 10)}
    assert cal.is_workday(date(2027, 2, 6)) and not cal.is_workday(date(2027, 2, 9))


def test_limits_come_from_reference_data(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as s:
        labour = reference_id("category", "LD")
        consumer = reference_id("category", "XF")
        assert handling_limit(s, kind=CaseKind.DISPUTE, category_id=labour) == Limit(
            15, TimeUnit.DAYS
        )
        assert handling_limit(s, kind=CaseKind.DISPUTE, category_id=consumer) == Limit(7, WD)
        claim = handling_limit(s, kind=CaseKind.PETITION_CLAIM, category_id=consumer)
        assert claim == Limit(60, TimeUnit.DAYS)
        assert sign_limit(s) == Limit(1, WD)
        assert yellow_fraction(s) == pytest.approx(0.8)


def test_warning_levels() -> None:
    start = _at(2026, 3, 1)
    due = _at(2026, 3, 11)
    assert warning_level(start, due, _at(2026, 3, 8), 0.8) == WarningLevel.NONE
    assert warning_level(start, due, _at(2026, 3, 9), 0.8) == WarningLevel.YELLOW
    assert warning_level(start, due, _at(2026, 3, 11, hour=11), 0.8) == WarningLevel.RED
    assert warning_level(None, None, _at(2026, 3, 11), 0.8) == WarningLevel.NONE
