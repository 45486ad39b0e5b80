"""An older release refuses a database written by a newer one, and leaves it untouched."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import DatabaseTooNew, make_engine, open_database

ROOT = Path(__file__).resolve().parents[3]


def _newer_database(tmp_path: Path) -> Path:
    db = tmp_path / "newer.sqlite3"
    open_database(db).dispose()
    engine = make_engine(f"sqlite:///{db}")
    with engine.begin() as conn:  # what a future release's migration would leave behind
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
        conn.execute(text("CREATE TABLE future_things (id TEXT PRIMARY KEY)"))
    engine.dispose()
    return db


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_newer_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    db = _newer_database(tmp_path)
    before = _digest(db)
    with pytest.raises(DatabaseTooNew) as info:
        open_database(db, backups_dir=tmp_path / "backups")
    assert info.value.revision == "0999"
    assert "较新版本" in info.value.message and "请安装新版本" in info.value.message
    assert _digest(db) == before
    assert not (tmp_path / "backups").exists()


def test_the_cli_says_so_in_words(tmp_path: Path) -> None:
    db = _newer_database(tmp_path)
    res = subprocess.run(
        [sys.executable, "-m", "app.cli", "stats", "--db", str(db), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert res.returncode == 3
    assert "较新版本" in res.stderr
    assert "Traceback" not in res.stderr
