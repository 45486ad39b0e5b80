"""A new desk's first snapshot written as a bulk load (as the demo loader writes its rows).

Row by row, the full-text triggers rebuild a case's names document for every party and each
secondary index grows in random key order; for a first snapshot of a township (no case of it
on this desk yet) that is most of the time spent. So the first page's transaction drops the
big tables' full-text triggers and non-unique indexes and records, in the same transaction, the
SQL that recreates them (`local_meta`); the last page's transaction recreates them, rebuilds the
search tables once over all rows and removes the record. SQLite's DDL is transactional: a desk
killed anywhere in between holds either the old schema or the recorded one, and the resumed
snapshot (or, when no snapshot is under way any more, the next cycle: `heal`) restores it.
Unique indexes stay: they are constraints.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.models import case_rollup
from app.models.users import LocalMeta
from app.services.search import rebuild_search_index

MARKER = "sync_bulk_schema"
BIG_TABLES = ("case", "case_party", "case_event", "person")


def suspended(session: Session) -> bool:
    """Return whether a bulk load left the schema suspended."""
    return session.get(LocalMeta, MARKER) is not None


def suspend(session: Session, org: str) -> bool:
    """Suspend triggers and indexes when `org` has no case here yet; return whether suspended."""
    if suspended(session):
        return True
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return False
    if conn.exec_driver_sql('SELECT 1 FROM "case" LIMIT 1').first() is not None:
        return False  # not a new desk: a snapshot over existing rows mostly updates them
    names = ", ".join(f"'{t}'" for t in BIG_TABLES)
    found = conn.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') "
        f"AND sql IS NOT NULL AND tbl_name IN ({names}) ORDER BY type, name"
    ).all()
    drop = [
        (kind, name, sql)
        for kind, name, sql in found
        if (kind == "trigger" and ("_fts_" in name or name in case_rollup.TRIGGERS))
        or (kind == "index" and not sql.lstrip().upper().startswith("CREATE UNIQUE"))
    ]
    for kind, name, _sql in drop:
        conn.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    # Indexes first, so the triggers come back onto complete tables.
    recreate = [sql for kind, _n, sql in drop if kind == "index"]
    recreate += [sql for kind, _n, sql in drop if kind == "trigger"]
    session.add(LocalMeta(key=MARKER, value=json.dumps({"org": org, "sql": recreate})))
    session.flush()
    return True


def _rollup_trigger(sql: str) -> bool:
    return any(f"TRIGGER {name} " in sql for name in case_rollup.TRIGGERS)


def restore(session: Session, then: Callable[[], object] | None = None) -> bool:
    """Recreate what `suspend` dropped and rebuild the search tables; return whether it did.

    `then` (the bucket's refold) runs with the indexes back but before the case rollup's
    triggers return: the rollup is counted once afterwards instead of row by row.
    """
    meta = session.get(LocalMeta, MARKER)
    if meta is None:
        return False
    conn: Connection = session.connection()
    recreate = json.loads(meta.value)["sql"]
    for sql in recreate:
        if not _rollup_trigger(sql):
            conn.exec_driver_sql(sql)
    rebuild_search_index(session)
    if then is not None:
        then()
    for sql in recreate:
        if _rollup_trigger(sql):
            conn.exec_driver_sql(sql)
    case_rollup.rebuild(conn)
    session.delete(meta)
    session.flush()
    return True


def heal(session: Session) -> bool:
    """Restore a suspended schema whose snapshot is no longer under way (abandoned or reset)."""
    from app.models.sync_state import SyncBucket

    if not suspended(session):
        return False
    running = session.scalar(
        select(SyncBucket.bucket).where(SyncBucket.snapshot_token.is_not(None))
    )
    return False if running is not None else restore(session)
