"""The server database: engine, migrations (own version table), first-run initialisation."""

from __future__ import annotations

import logging
import secrets
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from app.server.tables import SeqCounter, ServerMeta

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "server_alembic_version"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _sqlite_begin_immediate(conn: Any) -> None:
    # Take the write lock at BEGIN: a read-then-write push must not fail half-way with BUSY.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_server_engine(url: str, **kwargs: Any) -> Engine:
    """Create the server engine; SQLite gets WAL, FULL sync and write-locking transactions."""
    if url.startswith("sqlite"):
        kwargs.setdefault("connect_args", {"check_same_thread": False, "timeout": 30})
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)

        @event.listens_for(engine, "connect")
        def _no_pysqlite_tx(dbapi_conn: Any, _rec: Any) -> None:
            dbapi_conn.isolation_level = None  # let SQLAlchemy emit BEGIN itself

        event.listen(engine, "begin", _sqlite_begin_immediate)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def make_server_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Return a session factory (no outbox capture: the server is not a device)."""
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(url: str) -> Any:
    """Return the Alembic config of the server schema."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade_server_database(engine: Engine) -> None:
    """Migrate the server schema to head and initialise the counter, epoch and reference data."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(
            conn, opts={"version_table": VERSION_TABLE}
        ).get_current_revision()
    if current != head:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    _initialise(make_server_session_factory(engine))


def _initialise(factory: sessionmaker[Session]) -> None:
    with factory.begin() as s:
        if s.get(SeqCounter, 1) is not None:
            return
        from app.services.reference.loader import load_reference  # slow import: first run only

        s.add(SeqCounter(id=1, value=0))
        s.add(ServerMeta(key="epoch", value=secrets.token_hex(8)))
        s.add(ServerMeta(key="horizon", value="0"))
        # Reference rows at version 0 are the shipped baseline every device already holds;
        # only district edits (version >= 1) travel through the log.
        s.info["capture_outbox"] = False
        load_reference(s)
        log.info("initialised server database")


def meta_value(session: Session, key: str, default: str = "") -> str:
    """Return a server_meta value."""
    row = session.scalar(select(ServerMeta).where(ServerMeta.key == key))
    return row.value if row else default


def set_meta_value(session: Session, key: str, value: str) -> None:
    """Set a server_meta value."""
    row = session.get(ServerMeta, key)
    if row is None:
        session.add(ServerMeta(key=key, value=value))
    else:
        row.value = value
