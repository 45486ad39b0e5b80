"""The dashboard's figures read from the case rollup (`case_stat_day`, migration 0021) instead of
the case rows: a month of a million-case district is ~16 000 rollup rows against ~84 000 cases
walked once per grouping. What the rollup cannot hold is read live: the open and overdue counts
change with the clock and with every status, so they come from the period's open cases alone
(ix_case_status_received covers them), and the 90th percentile needs the closed cases' days.

Used for a township or the whole district; a category or department scope groups the case rows
as before (`dashboard._breakdowns`), as does a database without the rollup (PostgreSQL).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.domain.reports import Period, Scope
from app.models import Case, case_rollup
from app.services.common.deadlines import TZ as SHANGHAI

Folded = dict[Any, tuple[int, ...]]
DAY = timedelta(days=1)

# The rollup's dims, by the dashboard's names.
DIMS = {"category": "cat", "channel": "ch", "town": "town", "village": "vil"}


def usable(session: Session, scope: Scope) -> bool:
    """Return whether `scope`'s figures can come from the rollup on this database."""
    if scope.category_id or scope.department_id:
        return False
    cached = session.info.get("case_rollup")
    if cached is None:
        cached = case_rollup.present(session.connection())
        session.info["case_rollup"] = cached
    return bool(cached)


def _where(period: Period, scope: Scope) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {"lo": period.start.isoformat(), "hi": period.end.isoformat()}
    cond = "day >= :lo AND day <= :hi"
    if scope.org:
        cond += " AND owner_org = :org"
        params["org"] = scope.org
    return cond, params


def _key(value: str) -> str | None:
    return value or None


def _open_counts(session: Session, still_open: list[Any], now: datetime, column: Any) -> Folded:
    """Return {value of `column`: (open, overdue)} over the cases meeting `still_open` (the
    scope's cases received in the period and open now)."""
    stmt = (
        select(column, func.count(), func.count().filter(Case.due_at < now))
        .where(*still_open)
        .group_by(column)
    )
    return {r[0]: (int(r[1]), int(r[2])) for r in session.execute(stmt)}


def _merge(received: Folded, opened: Folded) -> Folded:
    """Return (received, open, overdue, repeats, groups) per key."""
    out: Folded = {}
    for k in set(received) | set(opened):
        n, repeats, grouped = received.get(k, (0, 0, 0))
        o, d = opened.get(k, (0, 0))
        out[k] = (n, o, d, repeats, grouped)
    return out


def breakdowns(
    session: Session,
    *,
    period: Period,
    scope: Scope,
    now: datetime,
    still_open: list[Any],
    day_column: Any,
    by_month: bool,
) -> tuple[tuple[Folded, Folded], dict[str, tuple[Folded, Folded]]]:
    """Return the series ({day or month: received figures}, {…: (closed,)}) and, per dimension,
    the same pair keyed by the dimension's value; received figures are (received, open, overdue,
    repeats, groups). `still_open`: the conditions selecting the period's cases open now."""
    cond, params = _where(period, scope)
    bucket = "substr(day, 1, 7)" if by_month else "day"
    series_rows = session.execute(
        text(
            f"SELECT kind, {bucket}, total(n), total(repeats), total(grouped) "
            f"FROM case_stat_day WHERE kind IN ('r', 'c') AND dim = '' AND {cond} "
            f"GROUP BY kind, {bucket}"
        ),
        params,
    ).all()
    rec_series: Folded = {}
    clo_series: Folded = {}
    for kind, k, n, repeats, grouped in series_rows:
        if kind == "r":
            rec_series[k] = (int(n), int(repeats), int(grouped))
        else:
            clo_series[k] = (int(n),)
    dim_rows = session.execute(
        text(
            "SELECT kind, dim, key, total(n), total(repeats), total(grouped) FROM case_stat_day "
            "WHERE kind IN ('r', 'c') AND dim IN ('cat', 'ch', 'town', 'vil') "
            # A row emptied by later writes (a case re-dated or re-placed) counts nothing.
            f"AND {cond} GROUP BY kind, dim, key HAVING total(n) != 0"
        ),
        params,
    ).all()
    rec: dict[str, Folded] = {d: {} for d in DIMS.values()}
    clo: dict[str, Folded] = {d: {} for d in DIMS.values()}
    for kind, dim, k, n, repeats, grouped in dim_rows:
        if kind == "r":
            rec[dim][_key(k)] = (int(n), int(repeats), int(grouped))
        else:
            clo[dim][_key(k)] = (int(n),)
    columns = {
        "category": Case.category_id,
        "channel": Case.channel,
        "town": Case.town_id,
        "village": Case.village_id,
    }
    out: dict[str, tuple[Folded, Folded]] = {}
    for name, dim in DIMS.items():
        opened = _open_counts(session, still_open, now, columns[name])
        out[name] = (_merge(rec[dim], opened), clo[dim])
    opened_days = _open_counts(session, still_open, now, day_column)
    return (_merge(rec_series, opened_days), clo_series), out


def received_by(
    session: Session, *, dim: str, lo: datetime, hi: datetime, scope: Scope
) -> dict[str, int]:
    """Return {key: cases received in [lo, hi)} of rollup dimension `dim` (blank keys left out);
    `lo` and `hi` are Beijing midnights."""
    days = Period(lo.astimezone(SHANGHAI).date(), (hi.astimezone(SHANGHAI) - DAY).date())
    cond, params = _where(days, scope)
    rows = session.execute(
        text(
            "SELECT key, total(n) FROM case_stat_day "
            f"WHERE kind = 'r' AND dim = :dim AND key != '' AND {cond} GROUP BY key"
        ),
        {**params, "dim": dim},
    ).all()
    return {str(k): int(n) for k, n in rows if n}


def repeats_by_village(session: Session, *, since: datetime, scope: Scope) -> dict[str, int]:
    """Return {village id: repeat cases received since `since` (a Beijing midnight)}."""
    params: dict[str, Any] = {"lo": since.astimezone(SHANGHAI).date().isoformat()}
    cond = "day >= :lo"
    if scope.org:
        cond += " AND owner_org = :org"
        params["org"] = scope.org
    rows = session.execute(
        text(
            "SELECT key, total(repeats) FROM case_stat_day "
            f"WHERE kind = 'r' AND dim = 'vil' AND key != '' AND {cond} GROUP BY key"
        ),
        params,
    ).all()
    return {str(k): int(n) for k, n in rows if n}


def closed_figures(session: Session, *, period: Period, scope: Scope) -> tuple[Any, ...]:
    """Return (closed, with outcome, resolved, with due date, on time, mean days, rated,
    satisfied) of the cases closed in the period."""
    cond, params = _where(period, scope)
    row = session.execute(
        text(
            "SELECT total(n), total(with_outcome), total(resolved), total(with_due), "
            "total(on_time), total(days_sum), total(rated), total(satisfied) "
            f"FROM case_stat_day WHERE kind = 'c' AND dim = '' AND {cond}"
        ),
        params,
    ).one()
    n, with_outcome, resolved, with_due, on_time, days, rated, satisfied = row
    n = int(n)
    return (
        n,
        int(with_outcome),
        int(resolved),
        int(with_due),
        int(on_time),
        days / n if n else None,
        int(rated),
        int(satisfied),
    )


def closed_by_department(
    session: Session, *, period: Period, scope: Scope
) -> dict[str, tuple[int, int]]:
    """Return {lead department id: (closed, closed on time)} over the period."""
    cond, params = _where(period, scope)
    rows = session.execute(
        text(
            "SELECT key, total(n), total(on_time) FROM case_stat_day "
            f"WHERE kind = 'c' AND dim = 'dept' AND key != '' AND {cond} GROUP BY key"
        ),
        params,
    ).all()
    return {str(k): (int(n), int(t)) for k, n, t in rows if n}
