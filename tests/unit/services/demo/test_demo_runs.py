"""Determinism, the one-town option, the CLI and the writer process."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import main as cli_main
from app.domain.demo import DemoSummary
from app.services.demo import loader
from app.services.errors import DomainError
from tests.unit.services.demo.conftest import make_demo

Demo = tuple[Path, DemoSummary]
FIELDS = "id, case_no, query_code, status, received_at, summary, facts, due_at"


def _cases(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    return conn.execute(f'SELECT {FIELDS} FROM "case" ORDER BY id').fetchall()


def test_same_seed_same_cases(tmp_path: Path) -> None:
    a, _ = make_demo(tmp_path / "a.sqlite3", cases=150, seed=3)
    b, _ = make_demo(tmp_path / "b.sqlite3", cases=150, seed=3)
    c, _ = make_demo(tmp_path / "c.sqlite3", cases=150, seed=4)
    for e in (a, b, c):
        e.dispose()
    first = _cases(tmp_path / "a.sqlite3")
    assert len(first) == 150
    assert first == _cases(tmp_path / "b.sqlite3")
    assert first != _cases(tmp_path / "c.sqlite3")


def test_one_town_and_refusing_a_second_demo(tmp_path: Path) -> None:
    engine, summary = make_demo(tmp_path / "one.sqlite3", cases=80, org="370911106")
    assert summary.towns == ("370911106",)
    with pytest.raises(DomainError, match="已有"):
        loader.generate_demo(engine, cases=10)
    engine.dispose()
    conn = sqlite3.connect(tmp_path / "one.sqlite3")
    orgs = {r[0] for r in conn.execute('SELECT DISTINCT owner_org FROM "case"')}
    assert orgs == {"370911106"}


def test_writer_process_gives_the_same_rows(tmp_path: Path, monkeypatch) -> None:
    inline, _ = make_demo(tmp_path / "inline.sqlite3", cases=120, seed=5)
    monkeypatch.setattr(loader, "PARALLEL_FROM", 0)
    child, summary = make_demo(tmp_path / "child.sqlite3", cases=120, seed=5)
    inline.dispose()
    child.dispose()
    assert summary.rows["case"] == 120
    assert _cases(tmp_path / "inline.sqlite3") == _cases(tmp_path / "child.sqlite3")


def test_cli_demo_then_stats_counts_match(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "cli.sqlite3"
    assert cli_main(["demo", "--db", str(db), "--cases", "60", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    assert "行/秒" in out
    assert cli_main(["stats", "--db", str(db), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    conn = sqlite3.connect(db)
    for table in (
        "case",
        "case_party",
        "case_event",
        "person",
        "organisation",
        "grid",
        "grid_worker",
        "duty_shift",
        "patrol_log",
        "booking",
        "user",
    ):
        assert counts[table] == conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    assert counts["case"] == 60
    assert cli_main(["demo", "--db", str(db), "--cases", "5"]) == 1
    assert "已有" in capsys.readouterr().err


def test_summary_throughput(demo: Demo) -> None:
    summary = demo[1]
    assert summary.total_rows == sum(summary.rows.values()) > summary.cases
    assert summary.rows_per_s > 0
