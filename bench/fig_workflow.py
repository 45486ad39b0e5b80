"""Workflow figures: folding a case, a department's queue to first paint, the monthly evaluation."""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.core import BenchContext, Figure

STATUS_OF = {"register": "registered", "accept": "accepted", "dispatch": "to_sign",
             "sign": "in_progress", "close": "to_revisit", "revisit": "evaluated"}  # fmt: skip


def _events_50() -> list[Any]:
    """Return the 50 events of a long-running joint case (the kind a supervisor opens)."""
    from app.domain.enums import EventType as E
    from app.services.transfer.workflow import EventRecord

    t = datetime(2026, 3, 2, 1, tzinfo=UTC)
    iso = lambda d: (t + timedelta(days=d)).isoformat()  # noqa: E731
    lead, assist = "dept-lead", "dept-assist"
    evs = [
        (E.REGISTER, None, {"due_at": iso(15)}),
        (E.ACCEPT, None, {}),
        (E.DISPATCH, None, {"lead_department_id": lead, "assist_department_ids": [assist],
                            "due_at": iso(30), "sign_due_at": iso(1)}),
        (E.SIGN, lead, {"due_at": iso(31)}),
        (E.SIGN, assist, {}),
    ]  # fmt: skip
    kinds = [
        (E.PROGRESS, lead, {"note": "已约谈双方当事人"}),
        (E.URGE, None, {"opinion": "加快"}),
        (E.NOTE, None, {"text": "电话回访当事人"}),
        (E.SUPERVISE, None, {"opinion": "督办"}),
    ]
    while len(evs) < 44:
        evs.append(kinds[len(evs) % len(kinds)])
    evs += [
        (E.EXTEND_REQUEST, lead, {"days": 15, "reason": "需等待鉴定"}),
        (E.EXTEND_APPROVE, None, {"due_at": iso(46)}),
        (E.ASSIST_REPORT, assist, {"result": "已协助"}),
        (E.CLOSE, lead, {"outcome": "resolved", "result": "调解成功", "revisit_due_at": iso(50)}),
        (E.PRINT, None, {"document": "revisit", "copies": 1}),
        (E.REVISIT, None, {"satisfaction": "satisfied", "channel": "phone"}),
    ]
    return [
        EventRecord(id=f"{i:04d}", type=k, at=t + timedelta(hours=i), payload=p, department_id=d)
        for i, (k, d, p) in enumerate(evs)
    ]


def _per_call_ms(fn: Any, runs: int) -> float:
    """Return the median milliseconds of one call over `runs` batches of 50 calls."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        for _ in range(50):
            fn()
        samples.append((time.perf_counter() - started) * 1000 / 50)
    return statistics.median(samples)


def fold_figure(quick: bool) -> Figure:
    """Fold 50 events against a bare loop that only looks up each event's status."""
    from app.services.transfer.workflow import fold

    events = _events_50()
    state = fold(events)
    assert state.status.value == "evaluated", state.status

    def bare() -> str:
        status = ""
        for e in events:
            status = STATUS_OF.get(e.type.value, status)
        return status

    runs = 20 if quick else 60
    return Figure(
        "case_fold_50_events_ms",
        _per_call_ms(lambda: fold(events), runs),
        "ms",
        _per_call_ms(bare, runs),
        "pure fold, 50 events (joint case, extension, close, revisit); floor: bare dict loop",
    )


def _busiest_department(db: Path) -> tuple[str, int]:
    conn = sqlite3.connect(db)
    row = conn.execute(
        "SELECT lead_department_id, count(*) FROM \"case\" WHERE status = 'in_progress'"
        " AND lead_department_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    conn.close()
    return (row[0], int(row[1])) if row else ("", 0)


_BARE_QUEUE = """SELECT c.id, c.case_no, c.summary, c.kind, c.status, c.received_at, c.deadline_at,
  c.warn_at, c.escalated, c.risk_grade, g.name, d.name FROM case_assignment a
  JOIN "case" c ON c.id = a.case_id LEFT JOIN category g ON g.id = c.category_id
  LEFT JOIN department d ON d.id = c.lead_department_id
  WHERE a.department_id = ? AND a.state IN ('to_sign', 'signed', 'reported')
  AND c.status = 'in_progress' ORDER BY c.deadline_at IS NULL, c.deadline_at, c.id LIMIT 200"""


def queue_figure(ctx: BenchContext) -> Figure:
    """A department's 办理中 queue: service query, model and a painted QTableView."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    from app.db import make_engine, make_session_factory
    from app.domain.transfer import Queue
    from app.services.transfer import queries as transfer_queries
    from app.views.transfer.queue_table_model import QueueTableModel

    app = QApplication.instance() or QApplication([])
    dept, open_cases = _busiest_department(ctx.db_path)
    engine = make_engine(f"sqlite:///{ctx.db_path}")
    factory = make_session_factory(engine)

    def paint() -> None:
        with factory() as s:
            page = transfer_queries.queue(
                s, queue=Queue.IN_PROGRESS, department_id=dept, with_total=False
            )
            transfer_queries.queue_counts(s, department_id=dept)  # the queue list and its totals
        model = QueueTableModel()
        model.set_rows(list(page.rows))
        view = QTableView()
        view.setModel(model)
        view.resize(1000, 600)
        view.show()
        view.grab()  # renders the visible rows now, as the first paint does
        view.close()

    conn = sqlite3.connect(ctx.db_path)

    def bare() -> None:
        conn.execute(_BARE_QUEUE, (dept,)).fetchall()
        conn.execute(
            'SELECT count(*) FROM case_assignment a JOIN "case" c ON c.id = a.case_id'
            " WHERE a.department_id = ? AND a.state IN ('to_sign', 'signed', 'reported')"
            " AND c.status = 'in_progress'",
            (dept,),
        ).fetchone()

    paint()  # warm: first Qt paint loads fonts once per process
    runs = 3 if ctx.quick else 5
    value = statistics.median(_timed(paint) for _ in range(runs))
    floor = statistics.median(_timed(bare) for _ in range(runs))
    conn.close()
    engine.dispose()
    app.processEvents()
    return Figure(
        "dept_queue_first_paint_ms",
        value,
        "ms",
        floor,
        f"{open_cases:,} open cases of the busiest department, page + queue counts + paint;"
        " floor: bare sqlite3 page + count",
    )


def _timed(fn: Any) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def evaluation_figure(ctx: BenchContext) -> Figure:
    """履职评价 of the busiest month against a bare GROUP BY over that month's events."""
    from app.db import make_engine, make_session_factory
    from app.services.transfer import evaluation

    conn = sqlite3.connect(ctx.db_path)
    month = conn.execute(
        "SELECT substr(at, 1, 7), count(*) FROM case_event WHERE type = 'close'"
        " GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    year, mon = (int(x) for x in month[0].split("-"))
    a, b = evaluation.month_range(year, mon)
    bounds = tuple(x.replace(tzinfo=None).isoformat(sep=" ") for x in (a, b))

    def bare() -> None:
        for kind in ("dispatch", "sign", "close", "return", "reopen", "revisit"):
            conn.execute(
                "SELECT department_id, count(*) FROM case_event WHERE type = ? AND at >= ?"
                " AND at < ? GROUP BY department_id",
                (kind, *bounds),
            ).fetchall()

    engine = make_engine(f"sqlite:///{ctx.db_path}")
    factory = make_session_factory(engine)

    def evaluate() -> None:
        with factory() as s:
            rows = evaluation.evaluate_month(s, year=year, month=mon)
        assert rows

    floor = min(_timed(bare) for _ in range(2)) / 1000
    value = min(_timed(evaluate) for _ in range(2)) / 1000
    conn.close()
    engine.dispose()
    return Figure(
        "monthly_evaluation_s",
        value,
        "s",
        floor,
        f"{year}-{mon:02d} ({month[1]:,} closings), all departments; floor: bare GROUP BYs",
    )


def figures(ctx: BenchContext) -> list[Figure]:
    """Return the workflow figures."""
    return [fold_figure(ctx.quick), queue_figure(ctx), evaluation_figure(ctx)]
