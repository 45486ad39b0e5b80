"""The bench harness discovers figure modules, survives a failing one, prints one table."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from bench import core
from bench.core import BenchContext, Figure

FAKE = """
from bench.core import Figure


def figures(ctx):
    assert ctx.db_path.name.startswith("demo-")
    return [Figure("fake_query_ms", 2.0, "ms", 0.5, "bare select"),
            Figure("fake_size_mb", 3.0, "MB", None)]
"""
BROKEN = """
def figures(ctx):
    raise RuntimeError("boom")
"""


@pytest.fixture
def fake_modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    pkg = tmp_path / "fakebench"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "fig_fake.py").write_text(FAKE)
    (pkg / "fig_broken.py").write_text(BROKEN)
    (pkg / "helper.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    return core.discover("fakebench")


def test_figure_ratio() -> None:
    assert Figure("a_ms", 3.0, "ms", 1.5).ratio == 2.0
    assert Figure("a_ms", 3.0, "ms", None).ratio is None
    assert Figure("a_ms", 3.0, "ms", 0.0).ratio is None


def test_discover_finds_only_fig_modules(fake_modules: list[str]) -> None:
    assert fake_modules == ["fakebench.fig_broken", "fakebench.fig_fake"]
    assert "bench.fig_foundation" in core.discover()


def test_run_prints_one_table_and_writes_json(
    fake_modules: list[str], tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    made: list[tuple[Path, int]] = []

    def make_db(path: Path, cases: int) -> float:
        made.append((path, cases))
        path.write_bytes(b"")
        return 0.0

    out = io.StringIO()
    json_file = tmp_path / "figs.json"
    code = core.run(
        ["--quick", "--json", str(json_file)], modules=fake_modules, make_db=make_db, out=out
    )
    assert code == 0
    assert made and made[0][1] == core.QUICK_CASES
    lines = out.getvalue().splitlines()
    assert lines[0].split()[:5] == ["figure", "value", "unit", "floor", "ratio"]
    rows = {line.split()[0]: line.split() for line in lines[1:]}
    assert rows["fake_query_ms"][1:5] == ["2", "ms", "0.5", "4"]
    assert rows["fake_size_mb"][3:5] == ["-", "-"]
    assert "RuntimeError: boom" in out.getvalue()
    data = json.loads(json_file.read_text())
    assert data["fake_query_ms"] == {
        "value": 2.0,
        "unit": "ms",
        "floor": 0.5,
        "ratio": 4.0,
        "note": "bare select",
    }
    assert data["fig_broken_error"]["value"] is None
    assert "boom" in capsys.readouterr().err


def test_context_fields(tmp_path: Path) -> None:
    ctx = BenchContext(quick=True, db_path=tmp_path / "x", tmp=tmp_path)
    assert ctx.quick and ctx.db_path.parent == ctx.tmp


def test_raw_floor_measures_rows_per_second(tmp_path: Path) -> None:
    from bench.fig_foundation import raw_rows_per_s

    assert raw_rows_per_s(tmp_path / "floor.sqlite3", 2_000) > 0
    assert sys.modules["bench.fig_foundation"].figures
