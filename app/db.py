"""Engine and session factory for the local database: pragmas, migrations, backups."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.models.audit_log import install_audit_capture
from app.models.outbox import install_outbox_capture

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "models" / "migrations"
# The newest client migration, recorded here so that opening a current database never imports
# Alembic (about 0.1 s of the window's start). tests/unit/models/test_schema_head.py fails when
# a migration is added without updating it.
SCHEMA_HEAD = "0022"


class DatabaseTooNew(RuntimeError):
    """The database was written by a newer release of Yizhan; this one must not touch it.

    Migrating or writing a schema this release does not know could damage the desk's data, so
    the app refuses to open it and says which version to install.
    """

    def __init__(self, revision: str, head: str | None) -> None:
        self.revision = revision
        self.head = head
        # Chinese first (the users' language; the GUI translates the template), then English.
        self.message = (
            f"这个数据库由较新版本的一站创建（数据库结构 {revision}），"
            f"本程序只认识到 {head}。为保护数据，本程序不会打开它：请安装新版本后再打开。"
        )
        super().__init__(self.message)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: in WAL mode a power cut with NORMAL can roll back committed work (ARCHITECTURE.md §8).
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def connect_sqlite(path: Path | str, key: bytes | None = None, **kwargs: Any) -> Any:
    """Return a DB-API connection to the SQLite file `path`; with `key`, a SQLCipher one.

    The key is the raw 32-byte data key of the desk (app.services.vault); SQLCipher takes it as
    a hex blob, so no passphrase derivation runs on each connection. A plain file opened with a
    key (or an encrypted one without) fails on its first read with "file is not a database".
    """
    if key is None:
        return sqlite3.connect(str(path), **kwargs)
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(path), **kwargs)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def make_engine(url: str, *, key: bytes | None = None, **kwargs: Any) -> Engine:
    """Create an engine; SQLite connections get the pragmas of ARCHITECTURE.md §8.

    With `key` the file is a SQLCipher database (docs/SECURITY.md): every connection sets the
    key before anything else reads the file.
    """
    if key is not None:
        import sqlcipher3.dbapi2 as sqlcipher

        path = make_url(url).database or ""
        kwargs.setdefault("module", sqlcipher)
        kwargs.setdefault("creator", lambda: connect_sqlite(path, key, check_same_thread=False))
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def make_session_factory(engine: Engine, **info: Any) -> sessionmaker[Session]:
    """Return a session factory whose sessions write outbox ops for every synced change.

    On an encrypted desk pass `vault=` (app.services.vault.KeyVault): sign-ins re-wrap its key.
    """
    factory = sessionmaker(engine, expire_on_commit=False, info=dict(info))
    install_outbox_capture(factory)
    install_audit_capture(factory)
    return factory


def alembic_config(url: str) -> Any:
    """Return an Alembic config for the local schema at `url`."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def current_revision(engine: Engine) -> str | None:
    """Return the schema revision of the database, or None for an empty one."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(url: str) -> str | None:
    """Return the newest revision this release knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(url)).get_current_head()


def _known_revision(url: str, revision: str) -> bool:
    """Return whether this release's migrations include `revision`."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config(url)).get_revision(revision) is not None
    except CommandError:
        return False


def backup_sqlite(db_path: Path, backups_dir: Path, label: str, key: bytes | None = None) -> Path:
    """Copy a live SQLite file with the online backup API and return the copy's path.

    An encrypted database is copied encrypted with the same key.
    """
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"{db_path.stem}-{stamp}-{label}.sqlite3"
    src = connect_sqlite(db_path, key)
    dst = connect_sqlite(target, key)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def stored_revisions(engine: Engine) -> list[str]:
    """Return the revisions recorded in alembic_version with plain SQL ([] without the table)."""
    with engine.connect() as conn:
        try:
            return list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
        except DBAPIError:  # no table yet: an empty database
            return []


def upgrade_database(
    engine: Engine, *, backups_dir: Path | None = None, key: bytes | None = None
) -> Path | None:
    """Migrate the database to head; back up a non-empty SQLite file first. Return the backup.

    A database already at SCHEMA_HEAD is recognised without importing Alembic.
    """
    if stored_revisions(engine) == [SCHEMA_HEAD]:
        return None
    from alembic import command

    url = engine.url.render_as_string(hide_password=False)
    current = current_revision(engine)
    head = head_revision(url)
    backup = None
    if current == head:
        return None
    if current is not None and not _known_revision(url, current):
        raise DatabaseTooNew(current, head)
    has_tables = bool(inspect(engine).get_table_names())
    db_file = engine.url.database
    if has_tables and engine.dialect.name == "sqlite" and db_file and backups_dir is not None:
        backup = backup_sqlite(Path(db_file), backups_dir, f"before-{head}", key)
        log.info("backed up %s to %s before migrating", db_file, backup)
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def open_database(
    db_path: Path, *, backups_dir: Path | None = None, key: bytes | None = None
) -> Engine:
    """Open (creating if needed) and migrate a local SQLite database file (encrypted: `key`)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{db_path}", key=key)
    upgrade_database(engine, backups_dir=backups_dir, key=key)
    return engine
