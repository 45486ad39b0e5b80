"""Bulk writer: executemany of prepared tuples into the mapped tables, batch by batch.

A large load runs the writer in a child process fed through a pipe, so making rows (Python)
and inserting them (SQLite) use both cores. Threads would not do: sqlite3 drops and retakes
the GIL around every row of an executemany, and a busy generator thread makes each retake
wait for the interpreter's switch interval.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from collections.abc import Iterable, Iterator
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection

from app.db import make_engine
from app.models import Base, case_rollup

Batch = tuple[str, tuple[str, ...], list[tuple]]
BIG_TABLES = ("case", "case_party", "case_event", "case_assignment", "person")
# FTS5 tables of migration 0002 (SQLite only): the loader fills them with the case rows, which
# spreads their tokenizing over the load instead of a rebuild pass after it.
# Indexes whose keys arrive in random order (people's names, numbers, phones): built once over
# the loaded rows, several times faster than growing them row by row. Every other index of
# the big tables grows at the right-hand edge, one edge per distinct leading value (ids and
# times ascend; type, status, department have few values), so keeping it during the load costs
# about what building it after would, and the load's writer has the spare time to do it while
# the generator is the slower side.
RANDOM_KEY_INDEXES = frozenset(
    {
        "ix_person_name",
        "ix_person_name_initials",
        "ix_person_id_number",
        "ix_person_phone",
        "ix_case_party_person_id",
        "ix_case_party_person_applicant",
        "ix_case_party_organisation_id",
    }
)
SEARCH_TABLES = ("case_text_fts", "party_name_fts", "party_text_fts")
_END = "end"
_ABORT = "abort"


class BulkWriter:
    """Insert row tuples with one prepared statement per table and commit every few batches.

    Rows carry the columns the generator knows; columns the current schema lacks are dropped
    (the models are still growing) and columns it adds take their server defaults. On SQLite
    an explicit `rowid` is kept (the search tables are keyed by the case's rowid) and the FTS5
    search tables are written; elsewhere both are dropped.
    """

    def __init__(self, conn: Connection, *, commit_every: int = 250_000) -> None:
        self.conn = conn
        self.commit_every = commit_every
        self.pending = 0
        self.counts: dict[str, int] = {}
        self._plans: dict[tuple[str, tuple[str, ...]], tuple[str, Any]] = {}
        self.sqlite = conn.dialect.name == "sqlite"
        self.search_tables: set[str] = set()
        if self.sqlite:
            names = ", ".join(f"'{t}'" for t in SEARCH_TABLES)
            self.search_tables = set(
                conn.exec_driver_sql(
                    f"SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ({names})"
                ).scalars()
            )

    def _plan(self, table: str, columns: tuple[str, ...]) -> tuple[str, Any]:
        key = (table, columns)
        plan = self._plans.get(key)
        if plan is None:
            if table in self.search_tables:
                known = set(columns)
            else:
                known = set(Base.metadata.tables[table].c.keys()) | (
                    {"rowid"} if self.sqlite else set()
                )
            keep = [i for i, c in enumerate(columns) if c in known]
            names = ", ".join(f'"{columns[i]}"' for i in keep)
            marks = ", ".join("?" for _ in keep)
            sql = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
            pick = None if len(keep) == len(columns) else itemgetter(*keep)
            plan = self._plans[key] = (sql, pick)
        return plan

    def insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        """Insert `rows` (tuples in `columns` order) into `table`."""
        if not rows or (table not in Base.metadata.tables and table not in self.search_tables):
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
    """Drop the big tables' triggers and random-key indexes; return the SQL recreating them.

    The full-text triggers would do row by row, and far slower, what the loader does in bulk
    (it writes the search rows itself); see RANDOM_KEY_INDEXES for the indexes.
    """
    names = ", ".join(f"'{t}'" for t in BIG_TABLES)
    rows = conn.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') "
        f"AND sql IS NOT NULL AND tbl_name IN ({names})"
    ).all()
    rows = [r for r in rows if r[0] == "trigger" or r[1] in RANDOM_KEY_INDEXES]
    for kind, name, _sql in rows:
        conn.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    conn.commit()
    # Indexes first so the triggers come back onto complete tables.
    return [sql for kind, _n, sql in rows if kind == "index"] + [
        sql for kind, _n, sql in rows if kind == "trigger"
    ]


# FTS5 merge settings during the load: no incremental merging, and a level is merged only when
# it holds this many segments. The one 'optimize' at the end then merges everything in a pass
# instead of rewriting each posting at every level on the way (measured: half the CPU time).
LOAD_MERGE = {"automerge": 0, "crisismerge": 256}
DEFAULT_MERGE = {"automerge": 4, "crisismerge": 16}  # SQLite's defaults


def _merge_settings(conn: Connection, tables: Iterable[str], settings: dict[str, int]) -> None:
    for table in tables:
        for key, value in settings.items():
            conn.exec_driver_sql(f"INSERT INTO {table}({table}, rank) VALUES ('{key}', {value})")
    conn.commit()


def write_all(conn: Connection, batches: Iterable[Batch]) -> dict[str, int]:
    """Write every batch with bulk-phase pragmas, then restore indexes, triggers and pragmas."""
    old_sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
    # The bulk phase only: a crash at worst loses the demo file being built.
    conn.exec_driver_sql("PRAGMA synchronous=OFF")
    # 512 MiB: the indexes kept during the load stay in memory at a million cases.
    conn.exec_driver_sql("PRAGMA cache_size=-524288")
    # The generator makes every reference itself; checking each one row by row costs more than
    # the insert (the tests check the references instead).
    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
    conn.commit()
    schema = suspend_schema(conn)
    writer = BulkWriter(conn)
    search = sorted(writer.search_tables)
    _merge_settings(conn, search, LOAD_MERGE)
    loaded = False
    try:
        for table, columns, rows in batches:
            writer.insert(table, columns, rows)
        writer.flush()
        loaded = True
    finally:
        if conn.in_transaction():
            conn.rollback()
        # The sorter may use the other core for the index builds.
        conn.exec_driver_sql("PRAGMA threads=2")
        for sql in schema:
            conn.exec_driver_sql(sql)
        conn.commit()
        # The rollup's triggers were off: count what was written (committed batches too).
        case_rollup.rebuild(conn)
        conn.commit()
        conn.exec_driver_sql("PRAGMA threads=0")
        _merge_settings(conn, search, DEFAULT_MERGE)
        for table in search if loaded else ():
            if writer.counts.get(table):
                # One merged b-tree per index: the load leaves many segments, and every query
                # would otherwise walk each of them.
                conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")
                conn.commit()
        conn.exec_driver_sql(f"PRAGMA synchronous={int(old_sync if old_sync is not None else 2)}")
        conn.exec_driver_sql("PRAGMA cache_size=-2000")
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.commit()
    return writer.counts


def _received(pipe: Any, depth: int = 4) -> Iterator[Batch]:
    """Yield the batches the parent sends, read ahead by a thread.

    Without the read-ahead the parent blocks in send() until the writer has finished the batch
    before, and each side idles while the other works (measured: both at 50–75 % of a core).
    """
    ahead: queue.Queue[Any] = queue.Queue(maxsize=depth)

    def read() -> None:
        while True:
            try:
                item = pipe.recv()
            except EOFError:
                item = _ABORT
            ahead.put(item)
            if isinstance(item, str):
                return

    threading.Thread(target=read, name="demo-reader", daemon=True).start()
    while True:
        item = ahead.get()
        if item == _END:
            return
        if item == _ABORT:
            raise RuntimeError("demo generation failed in the parent process")
        yield from item


def _grouped(batches: Iterable[Batch], rows: int = 50_000) -> Iterator[list[Batch]]:
    """Group batches into messages of about `rows` rows, never splitting a case batch from the
    batch after it (the case texts and their search rows share strings: one pickle each)."""
    group: list[Batch] = []
    size = 0
    for batch in batches:
        group.append(batch)
        size += len(batch[2])
        if size >= rows and batch[0] != "case":
            yield group
            group, size = [], 0
    if group:
        yield group


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
    # typeshed types get_context(name) as BaseContext, which lacks the Process every context has
    proc = mp.Process(  # type: ignore[attr-defined]
        target=_child, args=(url, child), name="demo-writer", daemon=True
    )
    proc.start()
    child.close()  # so a dead child shows up as EOF here instead of a hang
    try:
        for group in _grouped(batches):
            if parent.poll():  # the child stopped early: its error is waiting
                break
            parent.send(group)
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
