"""The supervisor's dashboard: a period's cases by day, category, channel, township, village and
department, and its quality rates — every figure one SQL GROUP BY over indexed columns.

Definitions (the click-through of each figure, `case_filter`, lists exactly the cases it counts):
- received: cases of the scope received in the period (Beijing days);
- open / overdue: of those, the ones still open now / open and past their due date;
- closed: cases of the scope closed in the period (a day's or month's closed: closed that day);
- department queue / overdue: open cases it leads now, whatever the period.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, distinct, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from app.domain.enums import CaseStatus, Channel, EventType, Outcome, Satisfaction
from app.domain.intake import NONE_KEY, CaseFilter, Choice
from app.domain.reports import Bucket, Dashboard, DepartmentFigures, Period, Rates, Scope
from app.models import Case, CaseEvent, Category, Department, Region
from app.services.common.deadlines import TZ as SHANGHAI
from app.services.reports import rollup

OPEN = tuple(
    s.value
    for s in (
        CaseStatus.REGISTERED,
        CaseStatus.ACCEPTED,
        CaseStatus.TO_DISPATCH,
        CaseStatus.TO_SIGN,
        CaseStatus.IN_PROGRESS,
        CaseStatus.EXTENDED,
    )
)
MONTHLY_AFTER_DAYS = 62  # a longer period is drawn per month, not per day
MEASURES = ("received", "closed", "open", "overdue", "repeat", "group")
DIMENSIONS = ("day", "month", "category", "channel", "town", "village", "department")


def day_start(d: date) -> datetime:
    """Return the start of Beijing day `d` as an aware datetime."""
    return datetime.combine(d, time.min, SHANGHAI)


def bounds(period: Period) -> tuple[datetime, datetime]:
    """Return [start, end) of the period in aware datetimes."""
    return day_start(period.start), day_start(period.end + timedelta(days=1))


def month_period(month: str) -> Period:
    """Return the Period of calendar month `YYYY-MM`."""
    y, m = (int(p) for p in month.split("-"))
    start = date(y, m, 1)
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return Period(start, nxt - timedelta(days=1))


def scope_where(scope: Scope) -> list[ColumnElement[bool]]:
    """Return the conditions selecting the scope's live cases."""
    conds: list[ColumnElement[bool]] = [Case.deleted_at.is_(None)]
    if scope.org:
        conds.append(Case.owner_org == scope.org)
    if scope.category_id:
        conds.append(Case.category_id == scope.category_id)
    if scope.department_id:
        conds.append(Case.lead_department_id == scope.department_id)
    return conds


def local_bucket(session: Session, column: Any, *, by_month: bool) -> Any:
    """Return SQL for the Beijing day (YYYY-MM-DD) or month (YYYY-MM) of a UTC datetime column."""
    if session.get_bind().dialect.name == "postgresql":
        shifted = column + literal_column("interval '8 hours'")
        return func.to_char(shifted, "YYYY-MM" if by_month else "YYYY-MM-DD")
    return func.strftime("%Y-%m" if by_month else "%Y-%m-%d", column, "+8 hours")


def _days_to_close(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", Case.closed_at - Case.received_at) / 86400.0
    return func.julianday(Case.closed_at) - func.julianday(Case.received_at)


def _counts(now: datetime) -> tuple[Any, ...]:
    """Return count(*) and the counts of still-open, overdue, repeat and group cases, as
    aggregate columns."""
    is_open = Case.status.in_(OPEN)
    return (
        func.count(),
        func.count().filter(is_open),
        func.count().filter(and_(is_open, Case.due_at < now)),
        func.count().filter(Case.is_repeat.is_(True)),
        func.count().filter(Case.is_group.is_(True)),
    )


Cube = dict[tuple[Any, ...], tuple[int, ...]]
Folded = dict[Any, tuple[int, ...]]


def _received(session: Session, period: Period, scope: Scope, now: datetime, *keys: Any) -> Cube:
    """Return {(key values): (received, open, overdue)} over the period's received cases.

    Several keys group at once (one walk of ix_case_stats_received); `_fold` then sums the
    groups (never the cases) per key.
    """
    start, end = bounds(period)
    stmt = (
        select(*keys, *_counts(now))
        .where(*scope_where(scope), Case.received_at >= start, Case.received_at < end)
        .group_by(*keys)
    )
    n = len(keys)
    return {tuple(r[:n]): tuple(r[n:]) for r in session.execute(stmt)}


def _closed(session: Session, period: Period, scope: Scope, *keys: Any) -> Cube:
    """Return {(key values): (closed,)} over the cases closed in the period."""
    start, end = bounds(period)
    stmt = (
        select(*keys, func.count())
        .where(*scope_where(scope), Case.closed_at >= start, Case.closed_at < end)
        .group_by(*keys)
    )
    n = len(keys)
    return {tuple(r[:n]): tuple(r[n:]) for r in session.execute(stmt)}


def _fold(cube: Cube, position: int) -> dict[Any, tuple[int, ...]]:
    """Return the cube's figures summed per value of key `position` (a loop over groups)."""
    out: dict[Any, tuple[int, ...]] = {}
    for key, figures in cube.items():
        k = key[position]
        have = out.get(k)
        out[k] = (
            figures if have is None else tuple(a + b for a, b in zip(have, figures, strict=True))
        )
    return out


def _bucket(key: str | None, label: str, rec: tuple[int, ...], closed: int = 0) -> Bucket:
    return Bucket(
        key=key or NONE_KEY,
        label=label,
        received=rec[0],
        open=rec[1],
        overdue=rec[2],
        closed=closed,
    )


def _series(period: Period, by_month: bool, rec: Folded, closed: Folded) -> tuple[Bucket, ...]:
    keys: list[str] = []
    d = period.start
    while d <= period.end:
        k = d.strftime("%Y-%m" if by_month else "%Y-%m-%d")
        if not keys or keys[-1] != k:
            keys.append(k)
        d += timedelta(days=1)
    out = []
    for k in keys:
        label = k if by_month else k[5:]
        out.append(_bucket(k, label, rec.get(k, (0, 0, 0)), closed.get(k, (0,))[0]))
    return tuple(out)


def _names(session: Session, model: Any, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    rows = session.execute(select(model.id, model.name).where(model.id.in_(wanted)))
    return {str(r[0]): str(r[1]) for r in rows}


def _ranked(
    rec: dict[Any, tuple[int, ...]],
    closed: dict[Any, tuple[int, ...]],
    names: dict[Any, str],
    blank: str,
) -> tuple[Bucket, ...]:
    keys = set(rec) | set(closed)
    out = [
        _bucket(k, names.get(k, k) if k else blank, rec.get(k, (0, 0, 0)), closed.get(k, (0,))[0])
        for k in keys
    ]
    out.sort(key=lambda b: (-b.received, -b.closed, b.label))
    return tuple(out)


BLANKS = {"category": "未分类", "channel": "未填", "town": "未填镇街", "village": "未填村居"}


def _live_breakdowns(
    session: Session, period: Period, scope: Scope, now: datetime, by_month: bool
) -> tuple[tuple[Folded, Folded], dict[str, tuple[Folded, Folded]]]:
    """Return the series and the four breakdowns (received figures, closed) from four grouped
    walks of the case rows (two per index)."""
    rec_day = local_bucket(session, Case.received_at, by_month=by_month)
    closed_day = local_bucket(session, Case.closed_at, by_month=by_month)
    rec = _received(session, period, scope, now, rec_day, Case.category_id, Case.channel)
    clo = _closed(session, period, scope, closed_day, Case.category_id, Case.channel)
    rec_places = _received(session, period, scope, now, Case.town_id, Case.village_id)
    clo_places = _closed(session, period, scope, Case.town_id, Case.village_id)
    folded = {
        "category": (_fold(rec, 1), _fold(clo, 1)),
        "channel": (_fold(rec, 2), _fold(clo, 2)),
        "town": (_fold(rec_places, 0), _fold(clo_places, 0)),
        "village": (_fold(rec_places, 1), _fold(clo_places, 1)),
    }
    return (_fold(rec, 0), _fold(clo, 0)), folded


def _breakdowns(
    session: Session, period: Period, scope: Scope, now: datetime, by_month: bool
) -> tuple[dict[str, tuple[Bucket, ...]], tuple[int, ...]]:
    """Return the series and the four breakdowns, and the period's received totals (received,
    open, overdue, repeats, groups) summed from them; from the case rollup where it serves the
    scope, else from the case rows."""
    if rollup.usable(session, scope):
        start, end = bounds(period)
        still_open = [
            *scope_where(scope),
            Case.status.in_(OPEN),
            Case.received_at >= start,
            Case.received_at < end,
        ]
        day = local_bucket(session, Case.received_at, by_month=by_month)
        series, folded = rollup.breakdowns(
            session,
            period=period,
            scope=scope,
            now=now,
            still_open=still_open,
            day_column=day,
            by_month=by_month,
        )
    else:
        series, folded = _live_breakdowns(session, period, scope, now, by_month)
    out = {"series": _series(period, by_month, *series)}
    for dim, (r, c) in folded.items():
        keys = set(r) | set(c)
        if dim == "channel":
            names = {ch.value: ch.label for ch in Channel}
        else:
            names = _names(session, Category if dim == "category" else Region, keys)
        out[dim] = _ranked(r, c, names, BLANKS[dim])
    received = series[0]
    totals = (
        tuple(sum(col) for col in zip(*received.values(), strict=True)) if received else (0,) * 5
    )
    return out, totals


def rates(
    session: Session,
    *,
    period: Period,
    scope: Scope,
    now: datetime,
    received: tuple[int, ...] | None = None,
) -> Rates:
    """Return the period's totals and quality rates (see the module docstring); `received`
    (received, open, overdue, repeats, groups) when the caller has counted them already."""
    start, end = bounds(period)
    if received is None:
        received_in = (Case.received_at >= start, Case.received_at < end)
        received = tuple(
            session.execute(select(*_counts(now)).where(*scope_where(scope), *received_in)).one()
        )
    rec = received
    closed_in = (*scope_where(scope), Case.closed_at >= start, Case.closed_at < end)
    good = (Satisfaction.SATISFIED.value, Satisfaction.BASIC.value)
    days = _days_to_close(session)
    if rollup.usable(session, scope):
        clo = rollup.closed_figures(session, period=period, scope=scope)
    else:
        clo = session.execute(
            select(
                func.count(),
                func.count(Case.outcome),
                func.count().filter(Case.outcome == Outcome.RESOLVED.value),
                func.count(Case.due_at),
                func.count().filter(Case.closed_at <= Case.due_at),
                func.avg(days),
                func.count(Case.satisfaction),
                func.count().filter(Case.satisfaction.in_(good)),
            ).where(*closed_in)
        ).one()
    n_closed, n_outcome, n_resolved, n_due, n_on_time, avg, n_sat, n_good = clo
    p90: float | None = None
    if n_closed:
        rank = math.ceil(0.9 * n_closed)  # nearest rank
        p90 = session.scalar(
            select(days).where(*closed_in).order_by(days).offset(rank - 1).limit(1)
        )

    def ratio(a: int, b: int) -> float | None:
        return a / b if b else None

    return Rates(
        received=rec[0],
        closed=n_closed,
        open=rec[1],
        overdue=rec[2],
        resolution_rate=ratio(n_resolved, n_outcome),
        on_time_rate=ratio(n_on_time, n_due),
        avg_days=None if avg is None else float(avg),
        p90_days=None if p90 is None else float(p90),
        satisfaction_rate=ratio(n_good, n_sat),
        repeat_rate=ratio(rec[3], rec[0]),
        repeats=rec[3],
        group_cases=rec[4],
    )


def departments(
    session: Session, *, period: Period, scope: Scope, now: datetime
) -> tuple[DepartmentFigures, ...]:
    """Return each lead department's live queue and overdue, and the period's closings and
    returns (履职评价 figures), busiest queue first."""
    start, end = bounds(period)
    dept = Case.lead_department_id
    live = {
        r[0]: (r[1], r[2])
        for r in session.execute(
            select(dept, func.count(), func.count().filter(Case.due_at < now))
            .where(*scope_where(scope), Case.status.in_(OPEN), dept.is_not(None))
            .group_by(dept)
        )
    }
    if rollup.usable(session, scope):
        closed = rollup.closed_by_department(session, period=period, scope=scope)
    else:
        closed = {
            str(r[0]): (r[1], r[2])
            for r in session.execute(
                select(dept, func.count(), func.count().filter(Case.closed_at <= Case.due_at))
                .where(*scope_where(scope), Case.closed_at >= start, Case.closed_at < end)
                .where(dept.is_not(None))
                .group_by(dept)
            )
        }
    ev = aliased(CaseEvent)
    returns_scope = Scope(org=scope.org, category_id=scope.category_id)
    returns = {
        r[0]: r[1]
        for r in session.execute(
            select(ev.department_id, func.count(distinct(ev.case_id)))
            .join(Case, Case.id == ev.case_id)
            .where(
                *scope_where(returns_scope),
                ev.type == EventType.RETURN.value,
                ev.deleted_at.is_(None),
                ev.at >= start,
                ev.at < end,
                ev.department_id.is_not(None),
            )
            .group_by(ev.department_id)
        )
    }
    if scope.department_id:
        returns = {k: v for k, v in returns.items() if k == scope.department_id}
    keys: set[str] = {str(k) for k in (*live, *closed, *returns)}
    names = _names(session, Department, keys)
    out = [
        DepartmentFigures(
            department_id=k,
            name=names.get(k, k),
            queue=live.get(k, (0, 0))[0],
            overdue=live.get(k, (0, 0))[1],
            closed=closed.get(k, (0, 0))[0],
            on_time=closed.get(k, (0, 0))[1],
            returns=returns.get(k, 0),
        )
        for k in keys
    ]
    out.sort(key=lambda d: (-d.queue, -d.closed, d.name))
    return tuple(out)


def dashboard(
    session: Session, *, period: Period, scope: Scope, now: datetime | None = None
) -> Dashboard:
    """Return every figure of the home page for `period` and `scope`."""
    now = now or datetime.now(UTC)
    by_month = period.days > MONTHLY_AFTER_DAYS
    parts, received = _breakdowns(session, period, scope, now, by_month)
    kw: dict[str, Any] = {"period": period, "scope": scope, "now": now}
    return Dashboard(
        period=period,
        scope=scope,
        by_month=by_month,
        series=parts["series"],
        by_category=parts["category"],
        by_channel=parts["channel"],
        by_town=parts["town"],
        by_village=parts["village"],
        rates=rates(session, received=received, **kw),
        departments=departments(session, **kw),
    )


def case_filter(
    *,
    period: Period,
    scope: Scope,
    measure: str,
    dimension: str | None = None,
    key: str | None = None,
    label: str = "",
) -> CaseFilter:
    """Return the case-list filter of one figure: `measure` (received, closed, open, overdue,
    repeat, group; for a department also queue and returns) of the bucket `key` of `dimension`.

    The list it gives holds exactly the cases the figure counts (tests/unit/services/reports).
    """
    start, end = period.start, period.end
    if dimension in ("day", "month") and key:
        if dimension == "day":
            start = end = date.fromisoformat(key)
        else:
            sub = month_period(key)
            start, end = max(start, sub.start), min(end, sub.end)
    fields: dict[str, Any] = {
        "owner_org": scope.org,
        "category_id": scope.category_id,
        "department_id": scope.department_id,
        "label": label,
    }
    if dimension in ("category", "channel", "village", "department"):
        fields[f"{dimension}_id" if dimension != "channel" else "channel"] = key
    elif dimension == "town":
        fields["town_id"] = key
    if measure == "queue":
        return CaseFilter(statuses=OPEN, **fields)
    if measure == "queue_overdue":
        return CaseFilter(overdue=True, **fields)
    dates: dict[str, Any] = {"date_from": start, "date_to": end}
    if measure == "closed":
        return CaseFilter(date_field="closed", **dates, **fields)
    if measure == "returns":
        return CaseFilter(date_field="returned", **dates, **fields)
    if measure == "open":
        return CaseFilter(statuses=OPEN, **dates, **fields)
    if measure == "overdue":
        return CaseFilter(overdue=True, **dates, **fields)
    if measure == "repeat":
        return CaseFilter(repeat_only=True, **dates, **fields)
    if measure == "group":
        return CaseFilter(group_only=True, **dates, **fields)
    if measure != "received":
        raise ValueError(f"unknown measure {measure!r}")
    return CaseFilter(**dates, **fields)


def scope_choices(session: Session) -> tuple[tuple[Choice, ...], tuple[Choice, ...]]:
    """Return the active categories and departments the dashboard's scope can narrow to."""
    cats = session.execute(
        select(Category.id, Category.name, Category.pinyin_initials)
        .where(Category.active.is_(True), Category.deleted_at.is_(None))
        .order_by(Category.code)
    )
    depts = session.execute(
        select(Department.id, Department.name, Department.pinyin_initials)
        .where(Department.active.is_(True), Department.deleted_at.is_(None))
        .order_by(Department.code)
    )
    return (
        tuple(Choice(r[0], r[1], r[2]) for r in cats),
        tuple(Choice(r[0], r[1], r[2]) for r in depts),
    )
