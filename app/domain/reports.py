"""What the home page and reports show: figures computed by app.services.reports."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class TodayCounts:
    """The home page's figures for one township (or all, when org is None).

    `open`, `overdue` and `due_soon` are the 案件流转 tab's live figures (在办, 红色预警,
    黄色预警) for the same township.
    """

    received_today: int
    open: int
    overdue: int
    due_soon: int
    closed_today: int


@dataclass(frozen=True)
class Period:
    """A span of Beijing calendar days, both ends included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        """Return how many days the period spans."""
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Scope:
    """Which cases a figure counts: one township (owner org) or all; optionally one category
    or one lead department."""

    org: str | None = None
    category_id: str | None = None
    department_id: str | None = None


@dataclass(frozen=True)
class Bucket:
    """One row of a breakdown: a key (a day, a category id, ...), its label and its counts.

    `received` counts the cases received in the period; `open` and `overdue` those of them still
    open now (overdue: past their due date); `closed` the cases closed in the period (for a day
    or month: closed that day or month).
    """

    key: str
    label: str
    received: int
    closed: int = 0
    open: int = 0
    overdue: int = 0


@dataclass(frozen=True)
class Rates:
    """The period's quality figures; a rate is None when nothing was there to rate."""

    received: int
    closed: int
    open: int
    overdue: int
    resolution_rate: float | None  # 化解成功 / cases closed in the period with an outcome
    on_time_rate: float | None  # closed by the due date / closed in the period (with a due date)
    avg_days: float | None  # mean days from receipt to closing, cases closed in the period
    p90_days: float | None  # 90th percentile of the same (nearest rank)
    satisfaction_rate: float | None  # 满意 + 基本满意 / revisited, cases closed in the period
    repeat_rate: float | None  # 重复件 / received
    repeats: int
    group_cases: int  # 群体性 among the received


@dataclass(frozen=True)
class DepartmentFigures:
    """One lead department: its live queue and overdue, and the period's closings and returns."""

    department_id: str
    name: str
    queue: int  # open cases it leads, now
    overdue: int  # of those, past their due date
    closed: int  # closed in the period
    on_time: int  # of those, by the due date
    returns: int  # distinct cases it returned (退回) in the period

    @property
    def on_time_rate(self) -> float | None:
        """Return on_time / closed, or None without closings."""
        return self.on_time / self.closed if self.closed else None


@dataclass(frozen=True)
class Dashboard:
    """Every figure of the home page for one period and scope."""

    period: Period
    scope: Scope
    by_month: bool  # the series is per month (else per day)
    series: tuple[Bucket, ...]
    by_category: tuple[Bucket, ...]
    by_channel: tuple[Bucket, ...]
    by_town: tuple[Bucket, ...]
    by_village: tuple[Bucket, ...]
    rates: Rates
    departments: tuple[DepartmentFigures, ...]


@dataclass(frozen=True)
class WarningCase:
    """A case on the 监测预警 board."""

    id: str
    case_no: str
    received_at: datetime
    summary: str
    category_name: str
    town_name: str
    level: str  # WarningLevel value, or the risk grade for high-risk lists
    deadline_at: datetime | None


@dataclass(frozen=True)
class RisingCategory:
    """A category received more often this month than the mean of the six before."""

    category_id: str
    name: str
    this_month: int
    mean_before: float

    @property
    def change(self) -> float | None:
        """Return the relative change against the mean, or None when the mean is zero."""
        return None if self.mean_before == 0 else self.this_month / self.mean_before - 1


@dataclass(frozen=True)
class RepeatVillage:
    """A village with repeated visits (重复件) in the window."""

    village_id: str
    name: str
    town_name: str
    repeats: int


@dataclass(frozen=True)
class FrequentPerson:
    """A person who applied in 3+ cases in the window; `latest_case_id` opens the newest."""

    person_id: str
    name: str
    cases: int
    latest_case_id: str
    latest_case_no: str


@dataclass(frozen=True)
class WarningBoard:
    """The 监测预警 board: each list already sorted for display."""

    red: tuple[WarningCase, ...]
    yellow: tuple[WarningCase, ...]
    rising: tuple[RisingCategory, ...]
    villages: tuple[RepeatVillage, ...]
    persons: tuple[FrequentPerson, ...]
    group_cases: tuple[WarningCase, ...]
    high_risk: tuple[WarningCase, ...]
    window_days: int
    threshold: float
    # How many cases each case list holds in all (the lists stop at their first 200).
    totals: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class MonthlyReport:
    """The 月报 of one month and scope: the dashboard, the month before, the warnings, and one
    summary line per section."""

    month: str  # YYYY-MM
    scope_name: str
    dashboard: Dashboard
    previous: Rates
    warnings: WarningBoard
    summaries: Mapping[str, str]  # app.services.errors.Msg values: Chinese, translatable
