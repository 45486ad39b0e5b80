"""Bench: 统计研判 — all dashboard panels for one month at district scope, the 监测预警 board,
and the monthly report (PDF with charts), each against its bare GROUP BY queries in the same run.

The month is the last full month of the demo data (the month before its newest case).
"""

from __future__ import annotations

import io
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench.core import BenchContext, Figure

TARGET_DASHBOARD_MS = 300.0
TARGET_BOARD_MS = 200.0
TARGET_REPORT_S = 2.0


def _best_ms(fn: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, (time.perf_counter() - start) * 1000)
    return best


def _month(db: Path) -> tuple[str, str, str]:
    """Return (YYYY-MM, start, end) of the last full month, bounds as stored UTC text."""
    from app.services.reports.dashboard import bounds, month_period
    from app.services.reports.monthly import previous_month

    conn = sqlite3.connect(db)
    newest = conn.execute('SELECT max(received_at) FROM "case"').fetchone()[0]
    conn.close()
    last = datetime.fromisoformat(newest).replace(tzinfo=UTC)
    month = previous_month(last.strftime("%Y-%m"))
    start, end = bounds(month_period(month))
    fmt = "%Y-%m-%d %H:%M:%S.%f"
    return month, start.astimezone(UTC).strftime(fmt), end.astimezone(UTC).strftime(fmt)


# The bare queries: the same groupings over the same rows, straight to sqlite3, no names, no
# objects, no ORM.
_DIMENSIONS = (
    "strftime('%Y-%m-%d', received_at, '+8 hours')",
    "category_id",
    "channel",
    "town_id",
    "village_id",
)


def _bare_dashboard(conn: sqlite3.Connection, start: str, end: str, now: str) -> None:
    for dim in _DIMENSIONS:
        conn.execute(
            f"SELECT {dim}, count(*), sum(status IN ({_OPEN})), "
            f"sum(status IN ({_OPEN}) AND due_at < ?) "
            f'FROM "case" WHERE deleted_at IS NULL AND received_at >= ? AND received_at < ? '
            f"GROUP BY {dim}",
            (now, start, end),
        ).fetchall()
        conn.execute(
            f'SELECT {dim.replace("received_at", "closed_at")}, count(*) FROM "case" '
            "WHERE deleted_at IS NULL AND closed_at >= ? AND closed_at < ? "
            f"GROUP BY {dim.replace('received_at', 'closed_at')}",
            (start, end),
        ).fetchall()
    conn.execute(
        f'SELECT lead_department_id, count(*) FROM "case" WHERE status IN ({_OPEN}) '
        "AND deleted_at IS NULL GROUP BY lead_department_id"
    ).fetchall()


def _bare_board(conn: sqlite3.Connection, now: str, since: str, seven_months: str) -> None:
    conn.execute(
        'SELECT category_id, count(*) FROM "case" WHERE received_at >= ? GROUP BY category_id',
        (seven_months,),
    ).fetchall()
    conn.execute(
        f'SELECT count(*) FROM "case" WHERE status IN ({_OPEN}) AND deadline_at < ?', (now,)
    ).fetchall()
    conn.execute(
        f'SELECT count(*) FROM "case" WHERE status IN ({_OPEN}) AND deadline_at >= ? '
        "AND warn_at <= ?",
        (now, now),
    ).fetchall()
    conn.execute(
        'SELECT cp.person_id, count(*) FROM "case" c CROSS JOIN case_party cp ON c.id = cp.case_id '
        "WHERE c.received_at >= ? AND cp.role = 'applicant' GROUP BY cp.person_id "
        "HAVING count(*) >= 3",
        (since,),
    ).fetchall()


_OPEN = "'registered','accepted','to_dispatch','to_sign','in_progress','extended'"


def figures(ctx: BenchContext) -> list[Figure]:
    """Measure the three 统计研判 figures and their floors."""
    from app.db import make_session_factory, open_database
    from app.domain.reports import Scope
    from app.reports.fonts import font_set
    from app.reports.monthly import render_monthly_report
    from app.services.reports.dashboard import dashboard, month_period
    from app.services.reports.monthly import monthly_report
    from app.services.reports.warnings import warning_board

    runs = 5 if ctx.quick else 3
    month, start, end = _month(ctx.db_path)
    period = month_period(month)
    now = datetime.now(UTC)
    now_text = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    since = datetime.fromtimestamp(now.timestamp() - 90 * 86400, UTC).strftime(
        "%Y-%m-%d %H:%M:%S.%f"
    )
    engine = open_database(ctx.db_path)
    factory = make_session_factory(engine)
    font_set()  # registering the TTF is once per process, not per report
    conn = sqlite3.connect(ctx.db_path)
    scope = Scope()
    with factory() as s:
        dashboard(s, period=period, scope=scope, now=now)  # warm caches and imports
        warning_board(s, scope=scope, now=now)
        dash_ms = _best_ms(lambda: dashboard(s, period=period, scope=scope, now=now), runs)
        board_ms = _best_ms(lambda: warning_board(s, scope=scope, now=now), runs)

        def report() -> None:
            view = monthly_report(s, month=month, scope=scope, now=now)
            render_monthly_report(view, io.BytesIO())

        report()
        report_ms = _best_ms(report, max(2, runs - 2))
    dash_floor = _best_ms(lambda: _bare_dashboard(conn, start, end, now_text), runs)
    seven = datetime.fromtimestamp(now.timestamp() - 7 * 31 * 86400, UTC).strftime(
        "%Y-%m-%d %H:%M:%S.%f"
    )
    board_floor = _best_ms(lambda: _bare_board(conn, now_text, since, seven), runs)
    conn.close()
    engine.dispose()
    counted = sqlite3.connect(ctx.db_path)
    n_cases = counted.execute('SELECT count(*) FROM "case"').fetchone()[0]
    counted.close()
    scale = f"{n_cases:,} cases"
    return [
        Figure(
            "dashboard_refresh_ms",
            dash_ms,
            "ms",
            dash_floor,
            f"{month}, district, every panel (from the case rollup + open cases); target ≤"
            f" {TARGET_DASHBOARD_MS:.0f} ms; floor = the bare GROUP BYs over the case rows by"
            f" day/category/channel/town/village (received, closed) + queues;"
            f" {scale}; best of {runs}",
        ),
        Figure(
            "warning_board_ms",
            board_ms,
            "ms",
            board_floor,
            f"district, all seven lists; target ≤ {TARGET_BOARD_MS:.0f} ms; floor = bare red and"
            f" yellow counts, 7 months by category and the 3+-cases-in-90-days GROUP BY; {scale}",
        ),
        Figure(
            "monthly_report_s",
            report_ms / 1000,
            "s",
            dash_floor / 1000,
            f"{month}, district, figures + A4 PDF with charts; target ≤ {TARGET_REPORT_S:.0f} s;"
            f" floor = the dashboard's bare GROUP BYs; {scale}",
        ),
    ]
