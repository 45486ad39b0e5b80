"""Opening a current database skips Alembic: the head it would compute is recorded in app.db."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from app.db import SCHEMA_HEAD, alembic_config, make_engine, open_database, stored_revisions

ROOT = Path(__file__).resolve().parents[3]
# Opens the database at argv[1] and says whether Alembic was imported on the way.
PROBE = (
    "import sys\n"
    "from pathlib import Path\n"
    "from app.db import open_database, stored_revisions\n"
    "engine = open_database(Path(sys.argv[1]))\n"
    "print(stored_revisions(engine), 'alembic' in sys.modules)\n"
)


def _probe(db: Path) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    return proc.stdout.strip()


def test_recorded_head_is_the_newest_migration(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    assert head == SCHEMA_HEAD, (
        f"a migration was added: set app.db.SCHEMA_HEAD = {head!r} (it is {SCHEMA_HEAD!r})"
    )


def test_database_at_head_opens_without_importing_alembic(tmp_path):
    db = tmp_path / "current.sqlite3"
    open_database(db).dispose()
    assert _probe(db) == f"['{SCHEMA_HEAD}'] False"


def test_older_database_is_migrated(tmp_path):
    db = tmp_path / "old.sqlite3"
    url = f"sqlite:///{db}"
    engine = make_engine(url)
    with engine.begin() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    assert stored_revisions(engine) == ["0004"]
    engine.dispose()
    assert _probe(db) == f"['{SCHEMA_HEAD}'] True"


def test_empty_database_is_created_at_head(tmp_path):
    db = tmp_path / "empty.sqlite3"
    assert _probe(db) == f"['{SCHEMA_HEAD}'] True"
