"""Grid roster figures: a 5,000-row roster workbook imported through the service, and the
duty month view's first paint for one grid of a district of 11 townships × 40 grids × 600
workers (three months of duty lines, some leave).

The import checks every row (ID check digit, phone, dates, grid names, grid heads) and writes
workers and assignments in one transaction, rolled back here so the demo database is unchanged.
The floor is the bare work of the same kind in the same run: openpyxl reading the same workbook
and one sqlite3 executemany of the same worker rows.
"""

from __future__ import annotations

import io
import os
import random
import sqlite3
import statistics
import time
import uuid
from datetime import UTC, date, datetime, timedelta

from bench.core import BenchContext, Figure

ROWS = 5000


def _id_number(rng: random.Random) -> str:
    from stdnum.cn import ric

    born = date(1960, 1, 1) + timedelta(days=rng.randrange(40 * 365))
    body = f"370911{born:%Y%m%d}{rng.randrange(1000):03d}"
    return body + ric.calc_check_digit(body + "0")


def _workbook(grid_names: list[str], rng: random.Random) -> tuple[bytes, list[tuple]]:
    from openpyxl import Workbook

    from app.services.grid import excel

    wb = Workbook(write_only=True)
    gs = wb.create_sheet(excel.GRID_SHEET)
    gs.append(list(excel.GRID_HEADER))
    ws = wb.create_sheet(excel.WORKER_SHEET)
    ws.append(list(excel.WORKER_HEADER))
    surnames, given = (
        "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗",
        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚",
    )
    seen: set[str] = set()
    rows = []
    while len(rows) < ROWS:
        number = _id_number(rng)
        if number in seen:
            continue
        seen.add(number)
        name = rng.choice(surnames) + rng.choice(given) + rng.choice(given)
        phone = f"139{rng.randrange(10**8):08d}"
        joined = date(2015, 1, 1) + timedelta(days=rng.randrange(3000))
        row = (name, "专职网格员", phone, number, joined, rng.choice(grid_names), "")
        ws.append(list(row))
        rows.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue(), rows


def _floor(data: bytes, db_path, rows: list[tuple]) -> float:
    from openpyxl import load_workbook

    started = time.perf_counter()
    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    read = [r for ws in wb.worksheets for r in ws.iter_rows(values_only=True)]
    wb.close()
    assert len(read) >= ROWS
    conn = sqlite3.connect(db_path)
    try:
        conn.executemany(
            "INSERT INTO grid_worker (id, owner_org, version, created_at, updated_at, name,"
            " name_initials, phone, id_number, post, active, joined_on, note)"
            " VALUES (?, 'floor', 0, '2026-01-01', '2026-01-01', ?, '', ?, ?, 'full_time', 1,"
            " ?, '')",
            [(str(uuid.uuid4()), r[0], r[2], r[3], r[4].isoformat()) for r in rows],
        )
        elapsed = time.perf_counter() - started
    finally:
        conn.rollback()
        conn.close()
    return elapsed


def figures(ctx: BenchContext) -> list[Figure]:
    """Return roster_import_5000_s."""
    from sqlalchemy import func, select

    from app.db import make_session_factory, open_database
    from app.models import Grid
    from app.services.grid import excel

    engine = open_database(ctx.db_path)
    factory = make_session_factory(engine)
    with factory() as s:
        org = s.scalar(
            select(Grid.owner_org).group_by(Grid.owner_org).order_by(func.count().desc())
        )
        names = list(s.scalars(select(Grid.name).where(Grid.owner_org == org)))
    rng = random.Random(14)
    data, rows = _workbook(names, rng)
    with factory() as s:
        started = time.perf_counter()
        report = excel.import_roster(
            s, data=data, org_code=org, actor=_coordinator(org), progress=lambda d, t: None
        )
        elapsed = time.perf_counter() - started
        s.rollback()
    engine.dispose()
    if not report.imported:
        raise RuntimeError(f"roster import refused: {report.problems[:3]}")
    floor = _floor(data, ctx.db_path, rows)
    return [
        Figure(
            "roster_import_5000_s",
            elapsed,
            "s",
            floor,
            f"{ROWS:,} workers + assignments, checked and written, rolled back; target ≤ 3",
        ),
        _month_first_paint(ctx),
    ]


def _coordinator(org: str) -> object:
    from app.services.transfer import Actor

    return Actor(user_id=None, name="bench", role="grid_coordinator", org_code=org)


TOWNS, GRIDS, WORKERS = 11, 40, 600


def _district(path) -> tuple[str, frozenset[str], date]:
    """Write the district's roster and three months of duty lines; return (org, grid's workers,
    the month shown)."""
    from sqlalchemy import insert

    from app.db import open_database
    from app.models import DutyShift, Grid, GridAssignment, GridWorker, Region, WorkerLeave

    engine = open_database(path)
    rng = random.Random(15)
    month = date(2026, 10, 1)  # National Day: holidays and a make-up Saturday in the month
    stamp = datetime(2026, 9, 1, tzinfo=UTC)
    base = {"version": 0, "created_at": stamp, "updated_at": stamp}
    shown: frozenset[str] = frozenset()
    with engine.begin() as conn:
        for t in range(TOWNS):
            org = f"370911{101 + t:03d}"
            town = str(uuid.uuid4())
            conn.execute(
                insert(Region),
                [
                    {
                        **base,
                        "id": town,
                        "owner_org": org,
                        "code": org,
                        "name": f"第{t + 1}镇",
                        "short": "",
                        "level": "town",
                        "kind": "镇",
                        "parent_id": None,
                        "pinyin_initials": "",
                        "active": True,
                        "note": "",
                    }
                ],
            )
            grids, workers, spells, lines, leave = [], [], [], [], []
            ids = [str(uuid.uuid4()) for _ in range(WORKERS)]
            for i, wid in enumerate(ids):
                workers.append(
                    {
                        **base,
                        "id": wid,
                        "owner_org": org,
                        "name": f"网格员{t}-{i}",
                        "name_initials": "wgy",
                        "phone": f"139{rng.randrange(10**8):08d}",
                        "id_number": None,
                        "post": "full_time",
                        "active": True,
                        "note": "",
                    }
                )
            per = WORKERS // GRIDS
            for g in range(GRIDS):
                gid = str(uuid.uuid4())
                grids.append(
                    {
                        **base,
                        "id": gid,
                        "owner_org": org,
                        "code": f"{org}-G{g:03d}",
                        "name": f"第{g + 1}网格",
                        "town_id": town,
                        "village_id": None,
                        "households": 400,
                        "area": "",
                        "complaint_phone": "",
                    }
                )
                mine = ids[g * per : (g + 1) * per]
                if t == 0 and g == 0:
                    shown = frozenset(mine)
                for wid in mine:
                    spells.append(
                        {
                            **base,
                            "id": str(uuid.uuid4()),
                            "owner_org": org,
                            "grid_id": gid,
                            "worker_id": wid,
                            "post": "full_time",
                            "start_date": date(2025, 1, 1),
                        }
                    )
                for d in range(-30, 62):
                    day = month + timedelta(days=d)
                    lines.append(
                        {
                            **base,
                            "id": str(uuid.uuid4()),
                            "owner_org": org,
                            "date": day,
                            "shift": "full_day",
                            "post": "patrol",
                            "worker_id": mine[d % per],
                            "person_name": "x",
                            "place": "",
                            "note": "",
                        }
                    )
            for d in range(-30, 62):
                day = month + timedelta(days=d)
                for shift, post in (
                    ("morning", "window"),
                    ("afternoon", "window"),
                    ("night", "emergency"),
                ):
                    wid = rng.choice(ids)
                    lines.append(
                        {
                            **base,
                            "id": str(uuid.uuid4()),
                            "owner_org": org,
                            "date": day,
                            "shift": shift,
                            "post": post,
                            "worker_id": wid,
                            "person_name": "y",
                            "place": "",
                            "note": "",
                        }
                    )
            for wid in rng.sample(ids, WORKERS // 20):
                first = month + timedelta(days=rng.randrange(28))
                leave.append(
                    {
                        **base,
                        "id": str(uuid.uuid4()),
                        "owner_org": org,
                        "worker_id": wid,
                        "start_date": first,
                        "end_date": first + timedelta(days=2),
                        "reason": "事假",
                    }
                )
            conn.execute(insert(GridWorker), workers)
            conn.execute(insert(Grid), grids)
            conn.execute(insert(GridAssignment), spells)
            conn.execute(insert(DutyShift), lines)
            conn.execute(insert(WorkerLeave), leave)
    engine.dispose()
    return "370911101", shown, month


def _month_first_paint(ctx: BenchContext) -> Figure:
    """Time from asking for one grid's month to the month table painted; floor: the bare
    query of the month's lines plus a static table of the same size painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
    from sqlalchemy import select

    from app.db import make_session_factory, open_database
    from app.models import DutyShift
    from app.views.context import build_test_context
    from app.views.grid.month_view import DutyMonthView, load_month

    path = ctx.tmp / "district-roster.sqlite3"
    org, people, month = _district(path)
    engine = open_database(path)
    factory = make_session_factory(engine)
    app = QApplication.instance() or QApplication([])
    bench_ctx = build_test_context(factory, role="grid_coordinator", org_code=org)
    runs, floors = [], []
    for _ in range(5):
        started = time.perf_counter()
        view = DutyMonthView(bench_ctx, lambda: people)
        view.resize(1000, 640)
        view.show()
        with factory() as s:
            view.show_month(load_month(s, org_code=org, first=month))
        app.processEvents()
        view.table.viewport().grab()
        runs.append((time.perf_counter() - started) * 1000)
        view.close()
        view.deleteLater()
        app.processEvents()
    for _ in range(5):
        started = time.perf_counter()
        with factory() as s:
            s.execute(
                select(DutyShift.id, DutyShift.date, DutyShift.worker_id).where(
                    DutyShift.owner_org == org,
                    DutyShift.date >= month,
                    DutyShift.date < month + timedelta(days=31),
                )
            ).all()
        table = QTableWidget(31, 7)
        table.resize(1000, 640)
        for r in range(31):
            for c in range(7):
                table.setItem(r, c, QTableWidgetItem("网格员0-1"))
        table.show()
        app.processEvents()
        table.viewport().grab()
        floors.append((time.perf_counter() - started) * 1000)
        table.close()
        table.deleteLater()
    bench_ctx.runner.shutdown()
    engine.dispose()
    return Figure(
        "roster_month_first_paint_ms",
        statistics.median(runs),
        "ms",
        statistics.median(floors),
        f"one grid's month (checks, leave, day kinds) of {TOWNS}×{GRIDS} grids×{WORKERS} "
        "workers, 3 months of lines; median of 5; floor: bare query + static 31×7 table; "
        "target ≤ 150",
    )
