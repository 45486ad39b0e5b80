"""Booking figures: a site with 40 rooms and 2 years of bookings (about 29,000 rows).

booking_month_first_paint_ms: the month view of that site, from asking the service to the
table painted (query, utilisation, model, paint) at the size the grid has in the page at
1280×800 (the rest scrolls); floor: a static 40 × 32 QTableView of that size painted.
booking_conflict_check_ms: checking one booking draft (form checks and who holds the slot);
floor: the bare indexed sqlite3 SELECT of the bookings of that room, date and slot.
Both build their own database in the run's scratch folder (the demo has no such site).
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import time
from contextlib import suppress
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.core import BenchContext, Figure

ROOMS = 40
# The month grid's size in the 阵地预约 page at 1280×800 (the splitter's default share).
GRID_SIZE = (940, 240)
DAYS = 730
SITE_CODE = "EDU-BENCH"


def build(path: Path, today: date) -> tuple[Any, str, list[str]]:
    """Create the database: a site of 40 rooms, a year of bookings behind today, one ahead."""
    from sqlalchemy import insert

    from app.db import make_session_factory, open_database
    from app.domain.ids import uuid7
    from app.models import Booking, EduRoom, EduSite
    from app.services.bookings.rules import slot_bounds
    from app.services.reference.loader import load_reference

    engine = open_database(path)
    factory = make_session_factory(engine)
    rng = random.Random(14)
    with factory.begin() as s:
        s.info["capture_outbox"] = False
        load_reference(s)
        site = EduSite(
            id=uuid7(), owner_org="370911", code=SITE_CODE, name="基准阵地", level="town_school"
        )
        s.add(site)
        s.flush()
        rooms = [
            EduRoom(
                id=uuid7(),
                owner_org="370911",
                site_id=site.id,
                code=f"{SITE_CODE}-{i:02d}",
                name=f"房间{i:02d}",
                capacity=30 + i,
            )
            for i in range(ROOMS)
        ]
        s.add_all(rooms)
        s.flush()
        rows = []
        first = today - timedelta(days=DAYS // 2)
        statuses = ("completed", "completed", "no_show", "approved", "cancelled", "pending")
        for room in rooms:
            for d in range(DAYS):
                day = first + timedelta(days=d)
                for slot in ("am", "pm"):
                    if rng.random() >= 0.5:
                        continue
                    starts, ends = slot_bounds(day, slot)
                    status = (
                        rng.choice(statuses) if day < today else rng.choice(("approved", "pending"))
                    )
                    rows.append(
                        {
                            "id": uuid7(), "owner_org": "370911106", "room_id": room.id,
                            "org_name": "某某村党支部", "contact_name": "王建国",
                            "contact_phone": "13805381234", "headcount": 20, "date": day,
                            "slot": slot, "starts_at": starts, "ends_at": ends,
                            "activity": "theme_day", "status": status,
                            "confirmed": status != "pending", "version": 1,
                            "attended": 18 if status == "completed" else None,
                            "rating": 4 if status == "completed" else None,
                            "created_at": datetime.now(UTC), "updated_at": datetime.now(UTC),
                        }
                    )  # fmt: skip
        s.execute(insert(Booking), rows)
    with engine.connect() as conn:  # a desk's database at rest: the bulk load checkpointed
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return factory, site.id, [r.id for r in rooms]


def _month_paint(factory: Any, site_id: str, month: date) -> tuple[float, float, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from app.services.bookings.usage import month_view
    from app.views.bookings.month import MonthGrid

    app = QApplication.instance() or QApplication([])
    runs, service = [], []
    for _ in range(5):
        grid = MonthGrid()
        grid.resize(*GRID_SIZE)
        grid.show()
        app.processEvents()
        started = time.perf_counter()
        with factory() as s:
            view = month_view(s, site_id=site_id, year=month.year, month=month.month)
        service.append((time.perf_counter() - started) * 1000)
        grid.show_month(view)
        grid.viewport().grab()
        runs.append((time.perf_counter() - started) * 1000)
        grid.close()
        grid.deleteLater()
    floors = []
    for _ in range(5):
        table = QTableView()
        table.resize(*GRID_SIZE)
        table.show()
        app.processEvents()
        started = time.perf_counter()
        static = QStandardItemModel(ROOMS, 32)
        for r in range(ROOMS):
            for c in range(32):
                static.setItem(r, c, QStandardItem("9%" if c == 0 else ""))
        table.setModel(static)
        table.viewport().grab()
        floors.append((time.perf_counter() - started) * 1000)
        table.close()
        table.deleteLater()
    app.processEvents()
    return statistics.median(runs), statistics.median(floors), statistics.median(service)


def _conflict_check(
    factory: Any, path: Path, room_ids: list[str], today: date
) -> tuple[float, float]:
    from app.domain.bookings import BookingDraft
    from app.services.bookings.rules import BookingConflict
    from app.services.bookings.validate import check_draft

    now = datetime.now(UTC)
    rng = random.Random(7)
    drafts = [
        BookingDraft(
            room_id=rng.choice(room_ids),
            org_name="满庄镇北淳于村党支部",
            contact_name="王建国",
            contact_phone="13805381234",
            headcount=20,
            day=today + timedelta(days=rng.randrange(2, 150)),
            slot=rng.choice(("am", "pm")),
            activity="theme_day",
        )
        for _ in range(300)
    ]
    runs = []
    with factory() as s:
        for d in drafts[:20]:  # warm the statement cache
            with suppress(BookingConflict):
                check_draft(s, d, now=now)
        for d in drafts:
            started = time.perf_counter()
            with suppress(BookingConflict):  # a taken slot is checked fully, free choices too
                check_draft(s, d, now=now)
            runs.append((time.perf_counter() - started) * 1000)
    conn = sqlite3.connect(path)
    floors = []
    sql = (
        "SELECT id FROM booking WHERE room_id = ? AND date = ? AND slot = ?"
        " AND deleted_at IS NULL AND status IN ('approved', 'completed', 'no_show') LIMIT 1"
    )
    for d in drafts:
        started = time.perf_counter()
        conn.execute(sql, (d.room_id, d.day.isoformat(), d.slot)).fetchall()
        floors.append((time.perf_counter() - started) * 1000)
    conn.close()
    return statistics.median(runs), statistics.median(floors)


def figures(ctx: BenchContext) -> list[Figure]:
    """Return booking_month_first_paint_ms and booking_conflict_check_ms."""
    from app.services.bookings.rules import china_today

    today = china_today()
    path = ctx.tmp / "bookings-bench.sqlite3"
    factory, site_id, room_ids = build(path, today)
    paint, paint_floor, service = _month_paint(factory, site_id, today.replace(day=1))
    check, check_floor = _conflict_check(factory, path, room_ids, today)
    note = f"{ROOMS} rooms, {DAYS} days of bookings (~50% of half-days)"
    return [
        Figure(
            "booking_month_first_paint_ms", paint, "ms", paint_floor,
            f"{note}; service ({service:.0f} ms) + model + paint, median of 5;"
            f" at its size in the 1280×800 page ({GRID_SIZE[0]}×{GRID_SIZE[1]}, scrolls);"
            " floor: static 40×32 QTableView as big;"
            " target ≤ 100",
        ),
        Figure(
            "booking_conflict_check_ms", check, "ms", check_floor,
            "check_draft (form + slot holder + free choices when taken), median of 300;"
            " floor: bare indexed sqlite3 SELECT; target ≤ 2",
        ),
    ]  # fmt: skip
