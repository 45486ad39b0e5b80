"""Backups: online copy, verification, rotation (7 daily, 4 weekly), restore, CLI refusals."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.cli import main as cli
from app.db import make_session_factory, open_database
from app.models import Person
from app.services import backups
from app.services.errors import DomainError

T0 = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "desk.sqlite3"
    engine = open_database(path)
    with make_session_factory(engine).begin() as s:
        s.add(Person(name="张三", owner_org="370911106"))
    engine.dispose()
    return path


def _people(path) -> int:
    engine = open_database(path)
    try:
        with make_session_factory(engine)() as s:
            return s.scalar(select(func.count()).select_from(Person))
    finally:
        engine.dispose()


def test_backup_is_verified_private_and_restores(db, tmp_path):
    info = backups.make_backup(db, tmp_path / "b", now=T0)
    assert info.revision and info.source == "desk.sqlite3"
    assert (info.path.stat().st_mode & 0o777) == 0o600
    engine = open_database(db)
    with make_session_factory(engine).begin() as s:
        s.add(Person(name="李四", owner_org="370911106"))
    engine.dispose()
    assert _people(db) == 2
    backups.restore(info.path, db, tmp_path / "b")
    assert _people(db) == 1
    labels = [lab for _p, _at, lab in backups.list_backups(tmp_path / "b")]
    assert "before-restore" in labels  # the restore can be undone


def test_restore_refuses_what_is_not_a_backup(db, tmp_path):
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello")
    with pytest.raises(DomainError, match="不是一站的备份文件"):
        backups.restore(text, db, tmp_path / "b")
    plain = tmp_path / "other.sqlite3"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(DomainError, match="不是一站的备份文件"):
        backups.verify_backup(plain)
    # The live database itself is no backup either (no stamp): refused.
    with pytest.raises(DomainError, match="不是一站的备份文件"):
        backups.verify_backup(db)
    assert _people(db) == 1


def test_damaged_backup_is_refused(db, tmp_path):
    info = backups.make_backup(db, tmp_path / "b", now=T0)
    data = bytearray(info.path.read_bytes())
    for i in range(4096 * 2, min(len(data), 4096 * 6)):
        data[i] = 0xFF
    info.path.write_bytes(bytes(data))
    with pytest.raises(DomainError):
        backups.verify_backup(info.path)


def test_rotation_keeps_seven_days_and_four_weeks(db, tmp_path):
    folder = tmp_path / "b"
    for day in range(40):
        for hour in (0, 6):
            backups.make_backup(db, folder, label="daily", now=T0 + timedelta(days=day, hours=hour))
    backups.make_backup(db, folder, label="before-0006", now=T0)
    backups.rotate(folder)
    kept = backups.list_backups(folder)
    daily = [at for _p, at, lab in kept if lab == "daily"]
    assert len({at.date() for at in daily}) == len(daily)  # one a day at most
    newest = T0 + timedelta(days=39)
    assert sum(1 for at in daily if newest - at < timedelta(days=7)) == 7
    assert len(daily) <= 7 + 4 and len({at.isocalendar()[:2] for at in daily}) >= 4
    assert any(lab == "before-0006" for _p, _at, lab in kept)


def test_daily_backup_only_when_due(db, tmp_path):
    folder = tmp_path / "b"
    assert backups.daily_backup(db, folder, now=T0) is not None
    assert backups.daily_backup(db, folder, now=T0 + timedelta(hours=3)) is None
    assert backups.daily_backup(db, folder, now=T0 + timedelta(hours=25)) is not None


def test_cli_backup_and_restore(db, tmp_path, capsys):
    folder = tmp_path / "b"
    assert cli(["backup", "--db", str(db), "--dir", str(folder)]) == 0
    made = capsys.readouterr().out.split()[0]
    assert cli(["restore", "--db", str(db), "--from", made, "--check"]) == 0
    assert "备份有效" in capsys.readouterr().out
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    assert cli(["restore", "--db", str(db), "--from", str(junk)]) == 1
    assert "不是一站的备份文件" in capsys.readouterr().err
    assert cli(["restore", "--db", str(db), "--from", made, "--dir", str(folder)]) == 0
