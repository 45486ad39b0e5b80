"""Window intake figures: save, exact lookups, Chinese text search, first paint of the case list.

All through the service layer on the demo database; each floor is the bare query (or bare Qt
paint) of the same kind measured in the same run.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.core import BenchContext, Figure

WARM_UP = 20  # calls per query kind before timing: steady state, as the app runs


def _p95(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _time_ms(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def _samples(conn: sqlite3.Connection, n: int, rng: random.Random) -> dict[str, list[str]]:
    """Pick real values to look up: ID numbers, phones, case numbers, names, facts, initials."""

    def column(sql: str) -> list[str]:
        return [r[0] for r in conn.execute(sql) if r[0]]

    top = conn.execute('SELECT max(rowid) FROM "case"').fetchone()[0] or 1
    rowids = [rng.randint(1, top) for _ in range(n)]
    marks = ",".join("?" * len(rowids))
    case_rows = conn.execute(
        f'SELECT case_no, facts FROM "case" WHERE rowid IN ({marks})', rowids
    ).fetchall()
    names = column("SELECT name FROM case_party WHERE party_type = 'person' LIMIT 5000")
    facts = []
    for _no, text in case_rows:
        if text and len(text) > 8:
            start = rng.randrange(len(text) - 5)
            chunk = text[start : start + rng.choice((3, 4, 5))]
            if not any(ch in chunk for ch in "，。、；：！？ \n"):
                facts.append(chunk)
    persons = conn.execute(
        "SELECT id_number, phone, name_initials FROM person WHERE id_number IS NOT NULL LIMIT 5000"
    ).fetchall()
    rng.shuffle(persons)
    return {
        "case_no": [r[0] for r in case_rows],
        "id": [p[0] for p in persons[:n]],
        "phone": [p[1] for p in persons[:n] if p[1]],
        "given2": list({nm[-2:] for nm in rng.sample(names, min(n, len(names))) if len(nm) >= 3}),
        "name2": list({nm for nm in names if len(nm) == 2})[:n],
        "facts": facts[:n],
        "initials": list({p[2][:3] for p in persons[:n] if len(p[2]) >= 3}),
    }


def _ensure_search_index(factory: Any, conn: sqlite3.Connection) -> float | None:
    """Rebuild the FTS tables if the demo load left them empty; return the seconds it took."""
    from app.services.search.case_list import rebuild_search_index

    cases = conn.execute('SELECT count(*) FROM "case"').fetchone()[0]
    indexed = conn.execute("SELECT count(*) FROM case_text_fts_docsize").fetchone()[0]
    if cases == 0 or indexed >= cases:
        return None
    started = time.perf_counter()
    with factory.begin() as session:
        rebuild_search_index(session)
    return time.perf_counter() - started


def _intake_figure(factory: Any, db: Path, n: int) -> Figure:
    from app.domain.enums import CaseKind, Channel, PartyRole
    from app.domain.ids import reference_id
    from app.domain.intake import IntakeInput, PartyInput
    from app.services.intake.register import register_case
    from app.services.transfer.workflow import Actor

    actor = Actor(user_id=None, name="基准测试", role="front_desk", org_code="370911106")
    category = reference_id("category", "LL")
    # New visitors: phones no earlier run on a reused database has saved (a phone seen within
    # 30 days makes the save a 重复件, another path).
    run = random.SystemRandom().randrange(10**4)
    times = []
    for i in range(n + 1):
        data = IntakeInput(
            kind=CaseKind.DISPUTE,
            channel=Channel.WALK_IN,
            parties=(
                PartyInput(
                    role=PartyRole.APPLICANT, name="基准测试人", phone=f"177{run:04d}{i:04d}"
                ),
            ),
            facts="基准测试：邻居在院墙边堆放柴草，影响通行，多次协商未果。",
            category_id=category,
        )

        def save(data: IntakeInput = data) -> None:
            with factory.begin() as session:
                register_case(session, data=data, actor=actor)

        ms = _time_ms(save)
        if i:  # the first save compiles every statement: warm-up, not counted
            times.append(ms)
    # Floor: one bare sqlite3 insert + commit of a case-shaped row (synchronous=FULL).
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS t (id TEXT PRIMARY KEY, no TEXT, facts TEXT)")
    conn.execute("CREATE TABLE IF NOT EXISTS bench_floor (id TEXT PRIMARY KEY, facts TEXT)")
    floor = []
    for i in range(n):

        def bare(i: int = i) -> None:
            conn.execute("BEGIN")
            conn.execute("INSERT INTO bench_floor VALUES (?, ?)", (f"f{i}-{os.getpid()}", "x"))
            conn.execute("COMMIT")

        floor.append(_time_ms(bare))
    conn.execute("DROP TABLE bench_floor")
    conn.close()
    return Figure(
        "intake_save_p95_ms",
        _p95(times),
        "ms",
        _p95(floor),
        f"register + accept + commit, {n} saves; floor: bare insert+commit",
    )


def figures(ctx: BenchContext) -> list[Figure]:
    """Return the intake and search figures."""
    from app.db import make_session_factory, open_database
    from app.domain.intake import CaseFilter
    from app.services.intake.persons import lookup_persons
    from app.services.search.case_list import FIRST_PAGE, PAGE_SIZE, find_case_id, list_cases

    engine = open_database(ctx.db_path)
    factory = make_session_factory(engine)
    conn = sqlite3.connect(ctx.db_path)
    rebuilt = _ensure_search_index(factory, conn)
    rng = random.Random(7)
    n = 60 if ctx.quick else 200
    picks = _samples(conn, n, rng)
    warm = _samples(conn, WARM_UP, random.Random(11))  # other values: the timed ones stay cold
    out: list[Figure] = []

    exact: list[float] = []
    with factory() as s:
        # Warm-up, not counted: SQLAlchemy compiles each statement shape once per process, and
        # the app has its page cache warm after the first searches too (steady state).
        for kind in ("id", "phone", "case_no"):
            for value in warm[kind][:WARM_UP]:
                lookup_persons(s, text=value, limit=8)
                find_case_id(s, case_no=value)
                list_cases(s, filt=CaseFilter(text=value))
        for kind in ("given2", "name2", "facts", "initials"):
            for value in warm[kind][:WARM_UP]:
                list_cases(s, filt=CaseFilter(text=value))
        for value in picks["id"]:
            exact.append(_time_ms(lambda v=value: lookup_persons(s, text=v, limit=8)))
        for value in picks["phone"]:
            exact.append(_time_ms(lambda v=value: lookup_persons(s, text=v, limit=8)))
        for value in picks["case_no"]:
            exact.append(_time_ms(lambda v=value: find_case_id(s, case_no=v)))
    bare_exact = [
        _time_ms(
            lambda v=v: conn.execute("SELECT * FROM person WHERE id_number = ?", (v,)).fetchall()
        )
        for v in picks["id"]
    ]
    out.append(
        Figure(
            "lookup_exact_p95_ms",
            _p95(exact),
            "ms",
            _p95(bare_exact),
            f"{len(exact)} lookups by ID, phone, case number after {WARM_UP} warm-ups per kind; "
            "floor: bare indexed SELECT by id_number",
        )
    )

    out.append(_text_figure("search_text_p95_ms", factory, conn, picks, FIRST_PAGE, rebuilt))
    # The same kinds of query fetching a whole scrolling chunk, with other values (the first
    # pass left its own answers in the page cache).
    others = _samples(conn, n, random.Random(13))
    out.append(_text_figure("search_text_chunk_p95_ms", factory, conn, others, PAGE_SIZE, None))

    first_page = [_time_ms(lambda: list_cases_session(factory, list_cases)) for _ in range(20)]
    out.append(_first_paint(ctx, factory, statistics.median(first_page)))
    out.append(_intake_figure(factory, ctx.db_path, 20 if ctx.quick else 60))
    conn.close()
    engine.dispose()
    return out


def _text_figure(
    name: str,
    factory: Any,
    conn: sqlite3.Connection,
    picks: dict[str, list[str]],
    limit: int,
    rebuilt: float | None,
) -> Figure:
    """Time list_cases for every text query of `picks`, `limit` rows a page."""
    from app.domain.intake import CaseFilter
    from app.services.search.case_list import list_cases

    text_times: list[float] = []
    kinds: dict[str, list[float]] = {"given2": [], "name2": [], "facts": [], "initials": []}
    with factory() as s:
        for kind, times in kinds.items():
            for q in picks[kind]:
                filt = CaseFilter(text=q)
                ms = _time_ms(lambda f=filt: list_cases(s, filt=f, limit=limit))
                times.append(ms)
                text_times.append(ms)
    bare_text = [
        _time_ms(
            lambda q=q: conn.execute(
                "SELECT rowid FROM case_text_fts WHERE case_text_fts MATCH ? LIMIT ?",
                ('"' + q + '"', limit),
            ).fetchall()
        )
        for q in picks["facts"]
    ]
    detail = ", ".join(f"{k} p95 {_p95(v):.1f}" for k, v in kinds.items() if v)
    note = f"{len(text_times)} queries, a page of {limit} rows ({detail})"
    note += f"; load average {os.getloadavg()[0]:.1f}"
    if rebuilt is not None:
        note += f"; FTS rebuilt first in {rebuilt:.1f}s"
    return Figure(
        name,
        _p95(text_times),
        "ms",
        _p95(bare_text) if bare_text else None,
        note + f"; floor: bare trigram MATCH LIMIT {limit}",
    )


def list_cases_session(factory: Any, list_cases: Any) -> None:
    """Fetch the newest cases' first page in a fresh session (what the list does on first show)."""
    with factory() as s:
        list_cases(s)


def _first_paint(ctx: BenchContext, factory: Any, service_ms: float) -> Figure:
    """Time from an empty case table to its first chunk painted; floor: a static table as big."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from app.services.search.case_list import FIRST_PAGE
    from app.views.cases.case_table_model import CaseTableModel
    from app.views.context import build_test_context

    app = QApplication.instance() or QApplication([])
    bench_ctx = build_test_context(factory)
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        model = CaseTableModel(bench_ctx)
        view = QTableView()
        view.resize(1280, 700)
        view.setModel(model)
        view.show()
        model.reload()
        while not model.rows:
            app.processEvents()
            time.sleep(0.0005)
        view.viewport().grab()
        runs.append((time.perf_counter() - started) * 1000)
        view.close()
        view.deleteLater()
    floors = []
    for _ in range(5):
        started = time.perf_counter()
        static = QStandardItemModel(FIRST_PAGE, 8)
        for r in range(FIRST_PAGE):
            for c in range(8):
                static.setItem(r, c, QStandardItem(f"106-261127-A-{r:04d}"))
        view = QTableView()
        view.resize(1280, 700)
        view.setModel(static)
        view.show()
        app.processEvents()
        view.viewport().grab()
        floors.append((time.perf_counter() - started) * 1000)
        view.close()
        view.deleteLater()
    bench_ctx.runner.shutdown()
    return Figure(
        "case_list_first_paint_ms",
        statistics.median(runs),
        "ms",
        statistics.median(floors),
        f"lazy model, first {FIRST_PAGE}-row chunk painted, median of 5 (service alone "
        f"{service_ms:.1f} ms); floor: static {FIRST_PAGE}-row QTableView",
    )
