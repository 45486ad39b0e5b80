"""Alembic environment of the server schema (its own version table: server_alembic_version)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

from app.server.db import VERSION_TABLE
from app.server.tables import ServerBase

config = context.config


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=ServerBase.metadata,
        version_table=VERSION_TABLE,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run on the connection handed in by app.server.db, or a new one."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "", poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)
        conn.commit()


run_migrations_online()
