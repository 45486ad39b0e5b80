"""An older database upgrades to head without loss, after a backup copy is taken."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from app.db import alembic_config, make_engine, open_database


def _revisions(url: str) -> list[str]:
    script = ScriptDirectory.from_config(alembic_config(url))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_every_revision_upgrades_with_a_backup_and_keeps_rows(tmp_path):
    db = tmp_path / "old.sqlite3"
    url = f"sqlite:///{db}"
    revisions = _revisions(url)
    if len(revisions) < 2:
        pytest.skip("only the baseline exists: nothing older to upgrade from")
    engine = make_engine(url)
    with engine.begin() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revisions[0])
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO region (id, code, name, short, level, kind, pinyin_initials, active,"
                " note, owner_org, version, created_at, updated_at) VALUES ('r1', '370911999',"
                " '旧数据镇', '', 'town', '镇', '', 1, '', '370911', 0, :t, :t)"
            ),
            {"t": datetime.now(UTC).replace(tzinfo=None)},
        )
    engine.dispose()
    backups = tmp_path / "backups"
    upgraded = open_database(db, backups_dir=backups)
    with upgraded.connect() as conn:
        assert conn.execute(text("SELECT name FROM region WHERE id='r1'")).scalar() == "旧数据镇"
    assert len(list(backups.glob("*.sqlite3"))) == 1


def test_opening_a_current_database_takes_no_backup(tmp_path):
    db = tmp_path / "new.sqlite3"
    open_database(db, backups_dir=tmp_path / "backups").dispose()
    open_database(db, backups_dir=tmp_path / "backups").dispose()
    assert not (tmp_path / "backups").exists()
