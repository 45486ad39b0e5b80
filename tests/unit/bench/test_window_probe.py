"""The window figures' child processes: first paint of a bare window, memory on 案件查询."""

from __future__ import annotations

from pathlib import Path

from bench import fig_foundation
from bench.core import BenchContext, make_demo_db
from bench.window_probe import PAINTED


def test_bare_window_reports_its_first_paint(tmp_path: Path):
    ctx = BenchContext(quick=True, db_path=tmp_path / "unused.sqlite3", tmp=tmp_path)
    args = fig_foundation._probe(ctx, "bare-paint")
    seconds = fig_foundation._seconds_to_line(args, fig_foundation._probe_env(ctx), PAINTED)
    assert 0 < seconds < 60


def test_app_first_paint_and_list_memory_on_a_small_demo(tmp_path: Path):
    db = tmp_path / "demo-300.sqlite3"
    make_demo_db(db, 300)
    ctx = BenchContext(quick=True, db_path=db, tmp=tmp_path)
    paint = fig_foundation.first_paint(ctx, runs=1)
    assert paint.name == "first_paint_s" and paint.value > 0 and paint.floor
    rss = fig_foundation.rss_list_open(ctx, rows=250)
    assert rss.name == "rss_list_open_mb"
    assert rss.floor and rss.value > rss.floor > 10
    assert "scrolling 300 rows" in rss.note  # two chunks asked for, all 300 cases loaded
