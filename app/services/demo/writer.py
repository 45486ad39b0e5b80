"""Bulk writer: executemany of prepared tuples into the mapped tables, batch by batch.

A large load runs the writer in a child process fed through a pipe, so making rows (Python)
and inserting them (SQLite) use both cores. Threads would not do: sqlite3 drops and retakes
the GIL around every row of an executemany, and a busy generator thread makes each retake
wait for the interpreter's switch interval.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection

from app.db import make_engine
from app.models import Base

Batch = tuple[str, tuple[str, ...], list[tuple]]
BIG_TABLES = ("case", "case_party", "case_event", "case_assignment", "person")
_END = "end"
_ABORT = "abort"


class BulkWriter:
    """Insert row tuples with one prepared statement per table and commit every few batches.

    Rows carry the columns the generator knows; columns the current schema lacks are dropped
    (the models are still growing) and columns it adds take their server defaults.
    """

    def __init__(self, conn: Connection, *, commit_every: int = 250_000) -> None:
        self.conn = conn
        self.commit_every = commit_every
        self.pending = 0
        self.counts: dict[str, int] = {}
        self._plans: dict[tuple[str, tuple[str, ...]], tuple[str, Any]] = {}

    def _plan(self, table: str, columns: tuple[str, ...]) -> tuple[str, Any]:
        key = (table, columns)
        plan = self._plans.get(key)
        if plan is None:
            known = set(Base.metadata.tables[table].c.keys())
            keep = [i for i, c in enumerate(columns) if c in known]
            names = ", ".join(f'"{columns[i]}"' for i in keep)
            marks = ", ".join("?" for _ in keep)
            sql = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
            pick = None if len(keep) == len(columns) else itemgetter(*keep)
            plan = self._plans[key] = (sql, pick)
        return plan

    def insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        """Insert `rows` (tuples in `columns` order) into `table`."""
        if not rows or table not in Base.metadata.tables:
            return
        sql, pick = self._plan(table, columns)
        data = rows if pick is None else [pick(r) for r in rows]
        self.conn.exec_driver_sql(sql, data)
        self.counts[table] = self.counts.get(table, 0) + len(rows)
        self.pending += len(rows)
        if self.pending >= self.commit_every:
            self.flush()

    def flush(self) -> None:
        """Commit what was written so far (keeps the WAL file small during a long load)."""
        if self.conn.in_transaction():
            self.conn.commit()
        self.pending = 0


def suspend_schema(conn: Connection) -> list[str]:
    """Drop triggers and secondary indexes of the big tables; return the SQL recreating them.

    The full-text triggers would index every row twice (now, and in the rebuild the caller runs
    after the load), and an index built once over sorted data is several times faster than one
    grown row by row in random order.
    """
    names = ", ".join(f"'{t}'" for t in BIG_TABLES)
    rows = conn.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') "
        f"AND sql IS NOT NULL AND tbl_name IN ({names})"
    ).all()
    for kind, name, _sql in rows:
        conn.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    conn.commit()
    # Indexes first so the triggers come back onto complete tables.
    return [sql for kind, _n, sql in rows if kind == "index"] + [
        sql for kind, _n, sql in rows if kind == "trigger"
    ]


def write_all(conn: Connection, batches: Iterable[Batch]) -> dict[str, int]:
    """Write every batch with bulk-phase pragmas, then restore indexes, triggers and pragmas."""
    old_sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
    # The bulk phase only: a crash at worst loses the demo file being built.
    conn.exec_driver_sql("PRAGMA synchronous=OFF")
    conn.exec_driver_sql("PRAGMA cache_size=-262144")
    # The generator makes every reference itself; checking each one row by row costs more than
    # the insert (the tests check the references instead).
    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
    conn.commit()
    schema = suspend_schema(conn)
    writer = BulkWriter(conn)
    try:
        for table, columns, rows in batches:
            writer.insert(table, columns, rows)
        writer.flush()
    finally:
        if conn.in_transaction():
            conn.rollback()
        for sql in schema:
            conn.exec_driver_sql(sql)
        conn.commit()
        conn.exec_driver_sql(f"PRAGMA synchronous={int(old_sync if old_sync is not None else 2)}")
        conn.exec_driver_sql("PRAGMA cache_size=-2000")
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.commit()
    return writer.counts


def _received(pipe: Any) -> Iterator[Batch]:
    while True:
        item = pipe.recv()
        if item == _END:
            return
        if item == _ABORT:
            raise RuntimeError("demo generation failed in the parent process")
        yield item


def _child(url: str, pipe: Any) -> None:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            counts = write_all(conn, _received(pipe))
        pipe.send(("ok", counts))
    except BaseException as exc:  # reported to the parent, which raises it
        pipe.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        engine.dispose()


def write_in_child(url: str, batches: Iterable[Batch]) -> dict[str, int]:
    """Write the batches from a child process (the caller keeps making rows meanwhile)."""
    # fork where there is one: no re-import of the caller's __main__, and a fast start.
    methods = multiprocessing.get_all_start_methods()
    mp = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    parent, child = mp.Pipe()
    proc = mp.Process(target=_child, args=(url, child), name="demo-writer", daemon=True)
    proc.start()
    child.close()  # so a dead child shows up as EOF here instead of a hang
    try:
        for batch in batches:
            if parent.poll():  # the child stopped early: its error is waiting
                break
            parent.send(batch)
        else:
            parent.send(_END)
    except BaseException:
        if proc.is_alive():
            parent.send(_ABORT)
        proc.join()
        raise
    try:
        status, detail = parent.recv()
    except EOFError:
        status, detail = "error", f"writer process exited with code {proc.exitcode}"
    proc.join()
    if status != "ok":
        raise RuntimeError(f"示例数据写入失败：{detail}")
    return detail
