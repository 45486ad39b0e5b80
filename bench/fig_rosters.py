"""Grid roster figures: a 5,000-row roster workbook imported through the service.

The import checks every row (ID check digit, phone, dates, grid names, grid heads) and writes
workers and assignments in one transaction, rolled back here so the demo database is unchanged.
The floor is the bare work of the same kind in the same run: openpyxl reading the same workbook
and one sqlite3 executemany of the same worker rows.
"""

from __future__ import annotations

import io
import random
import sqlite3
import time
import uuid
from datetime import date, timedelta

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
        report = excel.import_roster(s, data=data, org_code=org, progress=lambda d, t: None)
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
        )
    ]
