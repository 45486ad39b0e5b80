"""Foundation figures: the app's first paint, cold start and memory, and demo throughput."""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.core import BenchContext, Figure, last_demo, make_demo_db

ROOT = Path(__file__).resolve().parent.parent
BARE_QT = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents(); w.close()\n"
)


def _timed(args: list[str], env: dict[str, str] | None = None) -> float:
    env = env or {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run(args, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def _best(args: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    return min(_timed(args, env) for _ in range(runs))


def startup(ctx: BenchContext, runs: int) -> Figure:
    """Return the app's cold start with every tab built against a bare QMainWindow shown."""
    floor = _best([sys.executable, "-c", BARE_QT], runs)
    if (ROOT / "app" / "__main__.py").exists():
        # On the bench's demo database, with settings in the run's scratch folder (never the
        # user's profile).
        args = [sys.executable, "-m", "app", "--self-test", "--db", str(ctx.db_path)]
        value = _best(args, runs, _probe_env(ctx))
        note = f"python -m app --self-test on the demo (builds every tab), best of {runs}"
    else:
        value = _best([sys.executable, "-c", "import app.main"], runs)
        note = "app/__main__.py missing: measured `import app.main`"
    return Figure("startup_s", value, "s", floor, note)


def _probe(ctx: BenchContext, *args: str) -> list[str]:
    return [sys.executable, "-m", "bench.window_probe", *args]


def _probe_env(ctx: BenchContext) -> dict[str, str]:
    data = ctx.tmp / "probe-data"  # Qt settings and backups of the probes, not the user's
    data.mkdir(exist_ok=True)
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "YIZHAN_DATA_DIR": str(data)}


def _seconds_to_line(args: list[str], env: dict[str, str], marker: str) -> float:
    """Return seconds from starting `args` to the line `marker` on its stdout."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if line.strip() == marker:
            elapsed = time.perf_counter() - started
            break
    proc.stdout.close()
    if proc.wait(timeout=120) != 0 or elapsed is None:
        raise RuntimeError(f"{' '.join(args)} ended without printing {marker!r}")
    return elapsed


def first_paint(ctx: BenchContext, runs: int = 5) -> Figure:
    """Return process start to the main window's first paint, median of `runs` cold processes.

    Floor: a bare QMainWindow + QTabWidget process, started alternately with the app's so that
    both see the same machine load.
    """
    from bench.window_probe import PAINTED

    env = _probe_env(ctx)
    app_runs, bare_runs = [], []
    for _ in range(runs):
        bare_runs.append(_seconds_to_line(_probe(ctx, "bare-paint"), env, PAINTED))
        app_runs.append(_seconds_to_line(_probe(ctx, "app-paint", str(ctx.db_path)), env, PAINTED))
    app_s = ", ".join(f"{v:.2f}" for v in app_runs)
    return Figure(
        "first_paint_s",
        statistics.median(app_runs),
        "s",
        statistics.median(bare_runs),
        f"python -m app to the main window's first paint, median of {runs} processes ({app_s});"
        " floor: bare QMainWindow + QTabWidget; goal <= 3x floor",
    )


def _rss_line(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    proc = subprocess.run(
        args, cwd=ROOT, env=env, check=True, capture_output=True, text=True, timeout=1200
    )
    for line in proc.stdout.splitlines():
        if line.startswith("rss_mb "):
            _, mb, _, rows = line.split()
            return float(mb), int(rows)
    raise RuntimeError(f"{' '.join(args)} printed no rss_mb line: {proc.stderr[-500:]}")


def rss_list_open(ctx: BenchContext, rows: int = 10_000) -> Figure:
    """Return the app's resident memory on 案件查询 after scrolling `rows` rows of the demo."""
    env = _probe_env(ctx)
    floor, _ = _rss_line(_probe(ctx, "bare-rss"), env)
    value, loaded = _rss_line(_probe(ctx, "app-rss-list", str(ctx.db_path), str(rows)), env)
    return Figure(
        "rss_list_open_mb",
        value,
        "MB",
        floor,
        f"VmRSS with the demo open on 案件查询 after scrolling {loaded:,} rows; floor: the bare "
        "window (QMainWindow + QTabWidget) shown; goal <= 250 MB",
    )


def raw_rows_per_s(db_path: Path, rows: int) -> float:
    """Return rows/s of bare sqlite3 executemany of case_event-shaped rows (floor)."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute(
        "CREATE TABLE ev (id TEXT PRIMARY KEY, owner_org TEXT, version INT, created_at TEXT,"
        " updated_at TEXT, case_id TEXT, type TEXT, at TEXT, actor_id TEXT, actor_name TEXT,"
        " department_id TEXT, base_case_version INT, payload TEXT, no_effect INT)"
    )
    payload = json.dumps({"note": "已电话联系双方当事人，约定时间到现场了解情况。"})
    ts = "2026-11-27 10:00:00.000000"
    data = [
        (
            f"0190f{i:027x}",
            "370911106",
            0,
            ts,
            ts,
            f"0190e{i // 6:027x}",
            "progress",
            ts,
            None,
            "张三",
            None,
            0,
            payload,
            0,
        )
        for i in range(rows)
    ]
    started = time.perf_counter()
    for k in range(0, rows, 50_000):
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO ev VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", data[k : k + 50_000]
        )
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return rows / elapsed


def demo_throughput(ctx: BenchContext) -> Figure:
    """Return the demo generator's rows/s over all its tables against the raw floor."""
    demo = last_demo()
    note = "demo generation of this run"
    if not demo:
        make_demo_db(ctx.tmp / "demo-small.sqlite3", 5_000 if ctx.quick else 50_000)
        demo = last_demo()
        note = "a separate small demo (the database was reused)"
    floor = raw_rows_per_s(ctx.tmp / "raw-floor.sqlite3", 100_000 if ctx.quick else 500_000)
    value = demo["rows"] / demo["seconds"]
    return Figure(
        "demo_rows_per_s",
        value,
        "rows/s",
        floor,
        f"{note}: {demo['rows']:,.0f} rows in {demo['seconds']:.1f} s",
    )


def figures(ctx: BenchContext) -> list[Figure]:
    """Return the foundation figures."""
    return [
        first_paint(ctx),
        startup(ctx, 3 if ctx.quick else 5),
        rss_list_open(ctx),
        demo_throughput(ctx),
    ]
