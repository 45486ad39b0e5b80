"""监测预警: the cases and patterns a supervisor acts on first.

- red / yellow: open cases past their running time limit (deadline_at) / past its warning point
  (warn_at) but not yet the limit;
- rising categories: this month's received against the mean of the six months before, flagged
  when above the mean by more than `threshold` and at least `min_cases`. The district sets the
  threshold in its reference data, as it does the yellow-warning point: a TimeLimitRule row with
  step `warn_rising_fraction`, unit `fraction` (0.5 = +50%); without one it is 0.5;
- villages with 2+ repeat visits (重复件) and persons applying in 3+ cases in the last
  `window_days` days;
- open group cases (群体性) and open cases graded orange or red (high risk).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, literal, select, text
from sqlalchemy.orm import Session, aliased

from app.domain.enums import CaseStatus, PartyRole, RiskGrade, WarningLevel
from app.domain.reports import (
    FrequentPerson,
    Period,
    RepeatVillage,
    RisingCategory,
    Scope,
    WarningBoard,
    WarningCase,
)
from app.models import Case, CaseParty, Category, Person, Region, TimeLimitRule
from app.services.common.deadlines import TZ as SHANGHAI
from app.services.reports import rollup
from app.services.reports.dashboard import (
    OPEN,
    bounds,
    day_start,
    month_period,
    scope_where,
)

RUNNING = (*OPEN, CaseStatus.TO_REVISIT.value)  # statuses whose time limit is still running
DEFAULT_THRESHOLD = 0.5
DEFAULT_WINDOW_DAYS = 90
MIN_RISING_CASES = 3
MIN_VILLAGE_REPEATS = 2
MIN_PERSON_CASES = 3
LIST_LIMIT = 200
RISING_STEP = "warn_rising_fraction"


def rising_threshold(session: Session) -> float:
    """Return the district's rising-category threshold (TimeLimitRule `warn_rising_fraction`)."""
    value = session.scalar(
        select(TimeLimitRule.limit_value).where(
            TimeLimitRule.step == RISING_STEP, TimeLimitRule.deleted_at.is_(None)
        )
    )
    return float(value) if value is not None and value > 0 else DEFAULT_THRESHOLD


def _cases(
    session: Session, where: list[ColumnElement[bool]], level: Any, order: Any
) -> tuple[WarningCase, ...]:
    """Return the first LIST_LIMIT cases meeting `where` in `order`: their ids from
    ix_case_stats_open alone (sorted there), then only those rows."""
    ids = list(
        session.scalars(select(Case.id).where(*where).order_by(order, Case.id).limit(LIST_LIMIT))
    )
    if not ids:
        return ()
    town = aliased(Region)
    stmt = (
        select(
            Case.id,
            Case.case_no,
            Case.received_at,
            Case.summary,
            Category.name,
            town.name,
            level,
            Case.deadline_at,
        )
        .outerjoin(Category, Category.id == Case.category_id)
        .outerjoin(town, town.id == Case.town_id)
        .where(Case.id.in_(ids))
    )
    rows = {r[0]: r for r in session.execute(stmt)}
    return tuple(
        WarningCase(
            id=r[0],
            case_no=r[1],
            received_at=r[2],
            summary=r[3] or "",
            category_name=r[4] or "",
            town_name=r[5] or "",
            level=str(r[6]),
            deadline_at=r[7],
        )
        for r in (rows[i] for i in ids)
    )


def window_start(now: datetime, window_days: int) -> date:
    """Return the first Beijing day of the last `window_days` days up to `now` (today included)."""
    return now.astimezone(SHANGHAI).date() - timedelta(days=window_days - 1)


def month_of(d: date) -> str:
    """Return the YYYY-MM of a date."""
    return d.strftime("%Y-%m")


def rising_categories(
    session: Session,
    *,
    scope: Scope,
    month: str,
    threshold: float = DEFAULT_THRESHOLD,
    min_cases: int = MIN_RISING_CASES,
) -> tuple[RisingCategory, ...]:
    """Return the categories received more than (1 + threshold) × their mean of the six months
    before `month` (and at least `min_cases` times), steepest first."""
    this = month_period(month)
    first = this.start
    for _ in range(6):
        first = (first - timedelta(days=1)).replace(day=1)
    start, _ = bounds(Period(first, this.end))
    _, end = bounds(this)
    # Two plain GROUP BY category walks (this month; the six before): grouping by anything
    # computed per row (the month, or a CASE) costs more than the index walk itself.
    this_start, _ = bounds(this)

    def per_category(lo: datetime, hi: datetime) -> dict[str, int]:
        if rollup.usable(session, scope):
            return rollup.received_by(session, dim="cat", lo=lo, hi=hi, scope=scope)
        rows = session.execute(
            select(Case.category_id, func.count())
            .where(*scope_where(scope), Case.received_at >= lo, Case.received_at < hi)
            .where(Case.category_id.is_not(None))
            .group_by(Case.category_id)
        )
        return {str(r[0]): int(r[1]) for r in rows}

    now_counts = per_category(this_start, end)
    before = per_category(start, this_start)
    flagged = [
        (cat, n, before.get(cat, 0) / 6)
        for cat, n in now_counts.items()
        if n >= min_cases and n > (1 + threshold) * (before.get(cat, 0) / 6)
    ]
    if not flagged:
        return ()
    names = dict(
        session.execute(
            select(Category.id, Category.name).where(Category.id.in_([f[0] for f in flagged]))
        ).all()
    )
    out = [RisingCategory(cat, names.get(cat, cat), n, mean) for cat, n, mean in flagged]
    out.sort(key=lambda r: (-(r.change if r.change is not None else 1e9), -r.this_month))
    return tuple(out)


def repeat_villages(
    session: Session, *, scope: Scope, since: datetime
) -> tuple[RepeatVillage, ...]:
    """Return the villages with 2+ repeat cases received since `since`, most first."""
    village, town = aliased(Region), aliased(Region)
    if rollup.usable(session, scope):
        counted = rollup.repeats_by_village(session, since=since, scope=scope)
        wanted = {k: v for k, v in counted.items() if v >= MIN_VILLAGE_REPEATS}
        if not wanted:
            return ()
        names = session.execute(
            select(village.id, village.name, town.name)
            .outerjoin(town, town.id == village.parent_id)
            .where(village.id.in_(list(wanted)))
        ).all()
        found = [RepeatVillage(str(r[0]), r[1], r[2] or "", wanted[str(r[0])]) for r in names]
        found.sort(key=lambda v: (-v.repeats, v.name))
        return tuple(found[:LIST_LIMIT])
    n = func.count()
    stmt = (
        select(Case.village_id, village.name, town.name, n)
        .join(village, village.id == Case.village_id)
        .outerjoin(town, town.id == village.parent_id)
        .where(*scope_where(scope), Case.is_repeat.is_(True), Case.received_at >= since)
        .group_by(Case.village_id, village.name, town.name)
        .having(n >= MIN_VILLAGE_REPEATS)
        .order_by(n.desc(), village.name)
        .limit(LIST_LIMIT)
    )
    return tuple(RepeatVillage(str(r[0]), r[1], r[2] or "", r[3]) for r in session.execute(stmt))


def frequent_persons(
    session: Session, *, scope: Scope, since: datetime
) -> tuple[FrequentPerson, ...]:
    """Return the persons applying in 3+ cases received since `since`, with their newest case."""
    # Driven by the window's cases (a range of the received_at indexes), each probing its
    # parties; on SQLite CROSS JOIN fixes that order, which the planner otherwise turns round
    # to walk every applicant ever registered (226 ms against 8 ms at 20 000 cases). Where the
    # rollup keeps person_recent, only the persons whose third newest case is in the window
    # can qualify: their cases are counted instead of the window's (1.4 s → ms at 1M cases).
    join = "CROSS JOIN" if session.get_bind().dialect.name == "sqlite" else "JOIN"
    conds = [
        "c.deleted_at IS NULL",
        "c.received_at >= :since",
        "cp.role = :role",
        "cp.deleted_at IS NULL",
        "cp.person_id IS NOT NULL",
    ]
    params: dict[str, Any] = {
        "since": since.astimezone(UTC).replace(tzinfo=None),
        "role": PartyRole.APPLICANT.value,
        "least": MIN_PERSON_CASES,
        "lim": LIST_LIMIT,
    }
    for name, column in (
        ("org", "owner_org"),
        ("cat", "category_id"),
        ("dept", "lead_department_id"),
    ):
        value = {"org": scope.org, "cat": scope.category_id, "dept": scope.department_id}[name]
        if value:
            params[name] = value
            conds.append(f"c.{column} = :{name}")
    source = f'"case" c {join} case_party cp ON cp.case_id = c.id'
    if rollup.usable(session, Scope()):
        source = (
            "person_recent pr CROSS JOIN case_party cp ON cp.person_id = pr.person_id "
            'CROSS JOIN "case" c ON c.id = cp.case_id'
        )
        # Literal, so SQLite may read ix_case_party_person_applicant (a partial index).
        conds += ["pr.third_at >= :since", "cp.role = 'applicant'"]
    stmt = text(
        f"SELECT cp.person_id, count(DISTINCT cp.case_id) AS n, max(c.received_at) AS latest "
        f"FROM {source} WHERE {' AND '.join(conds)} "
        "GROUP BY cp.person_id HAVING count(DISTINCT cp.case_id) >= :least "
        "ORDER BY n DESC, latest DESC LIMIT :lim"
    )
    counted = session.execute(stmt, params).all()
    if not counted:
        return ()
    names = dict(
        session.execute(
            select(Person.id, Person.name).where(Person.id.in_([r[0] for r in counted]))
        ).all()
    )
    found = [(r[0], names.get(r[0], ""), r[1]) for r in counted]
    # The newest case of each: one indexed lookup over these few persons' cases.
    newest: dict[str, tuple[str, str]] = {}
    rows = session.execute(
        select(CaseParty.person_id, Case.id, Case.case_no)
        .join(Case, Case.id == CaseParty.case_id)
        .where(
            CaseParty.person_id.in_([r[0] for r in found]),
            CaseParty.role == PartyRole.APPLICANT.value,
            CaseParty.deleted_at.is_(None),
            *scope_where(scope),
            Case.received_at >= since,
        )
        .order_by(Case.received_at.desc(), Case.id.desc())
    )
    for pid, cid, no in rows:
        newest.setdefault(str(pid), (cid, no))
    return tuple(FrequentPerson(str(r[0]), r[1], r[2], *newest[str(r[0])]) for r in found)


def warning_board(
    session: Session,
    *,
    scope: Scope,
    now: datetime | None = None,
    threshold: float | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> WarningBoard:
    """Return every list of the 监测预警 board for `scope` at `now`; `threshold` defaults to
    the district's setting."""
    now = now or datetime.now(UTC)
    if threshold is None:
        threshold = rising_threshold(session)
    since = day_start(window_start(now, window_days))
    base = scope_where(scope)
    running = Case.status.in_(RUNNING)
    is_open = Case.status.in_(OPEN)
    high = (RiskGrade.ORANGE.value, RiskGrade.RED.value)
    wheres: dict[str, list[ColumnElement[bool]]] = {
        "red": [*base, running, Case.deadline_at < now],
        "yellow": [*base, running, Case.deadline_at >= now, Case.warn_at <= now],
        "group": [*base, is_open, Case.is_group.is_(True)],
        "high_risk": [*base, is_open, Case.risk_grade.in_(high)],
    }
    red = _cases(session, wheres["red"], literal(WarningLevel.RED.value), Case.deadline_at)
    yellow = _cases(session, wheres["yellow"], literal(WarningLevel.YELLOW.value), Case.deadline_at)
    groups = _cases(session, wheres["group"], Case.risk_grade, Case.received_at.desc())
    risky = _cases(session, wheres["high_risk"], Case.risk_grade, Case.received_at.desc())
    shown = {"red": red, "yellow": yellow, "group": groups, "high_risk": risky}
    totals = {
        key: len(rows)
        if len(rows) < LIST_LIMIT
        else session.scalar(select(func.count()).select_from(Case).where(*wheres[key])) or 0
        for key, rows in shown.items()
    }
    return WarningBoard(
        red=red,
        yellow=yellow,
        rising=rising_categories(
            session,
            scope=scope,
            month=month_of(now.astimezone(SHANGHAI).date()),
            threshold=threshold,
        ),
        villages=repeat_villages(session, scope=scope, since=since),
        persons=frequent_persons(session, scope=scope, since=since),
        group_cases=groups,
        high_risk=risky,
        window_days=window_days,
        threshold=threshold,
        totals=totals,
    )
