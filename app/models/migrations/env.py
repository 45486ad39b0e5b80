"""Alembic environment of the local (and shared) schema."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from app.models import Base

config = context.config
target_metadata = Base.metadata


# SQLite-only indexes written by hand in 0002_search (a partial covering index the ORM
# does not declare).
HAND_MADE_INDEXES = frozenset({"ix_case_party_applicant"})


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """Leave hand-made search objects (FTS5 tables, their shadows, 0002's indexes) alone."""
    if name is None:
        return True
    if type_ == "table":
        # FTS5 tables and the trigger-kept case rollup (0021) are written by hand.
        return "_fts" not in name and name not in ("case_stat_day", "person_recent")
    return not (type_ == "index" and name in HAND_MADE_INDEXES)


def run_migrations_offline() -> None:
    """Emit SQL without a database connection."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run migrations on the connection handed in by app.db, or a new one."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as conn:
        _run(conn)
        conn.commit()


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
