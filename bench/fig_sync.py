"""Sync figures over real HTTP, side by side with the PouchDB replication anchor (issue #10).

The server runs as its own process (`python -m app.server`, uvicorn; 2 workers on PostgreSQL)
on PostgreSQL at 127.0.0.1:5432 (database test_syncperf_bench, made afresh) and on SQLite.
Each desk is an app.sync engine in its own process (bench.sync_desk). N cases of one township
(quick 10,000; full 100,000), with parties, events and the rest of a demo township:

- sync_push_cases_per_s: desk A's first push of its published demo (`demo --publish`);
- sync_initial_cases_per_s: new desk B's first sync to complete (and its peak RSS);
- sync_incremental_100_ms: B's cycle that brings 100 cases changed on A (median of 5);
- sync_noop_cycle_ms: B's cycle with nothing new (median of 5);
- server_p99_ms / server_errors: 110 simulated devices (11 townships x 10), a cycle every 6 s
  (60 s time-compressed), half pushing 1-20 new cases a cycle, 2 minutes (bench.sync_load).

Floors are the PouchDB anchor's figures for the same N in the same run (when node is here);
the pouchdb_ratio_* rows say ours / PouchDB (cases/s) and PouchDB / ours (ms).
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.core import BenchContext, Figure

ORG = "370911106"
# Three ports from BENCH_SYNC_PORT (a session sharing the machine runs in its own range).
_PORT = int(os.environ.get("BENCH_SYNC_PORT", "18110"))
PORT_PG, PORT_SQLITE, PORT_POUCH = _PORT, _PORT + 1, _PORT + 2
PG_ADMIN = os.environ.get(
    "BENCH_PG_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test_syncperf"
)
PG_BENCH_DB = os.environ.get("BENCH_PG_DB", "test_syncperf_bench")
ROOT = Path(__file__).resolve().parents[1]
LOAD_TOWNS, LOAD_PER_TOWN, LOAD_PERIOD_S = 11, 10, 6.0
LOAD_SECONDS = float(os.environ.get("BENCH_SYNC_LOAD_S", "120"))


class DeskProc:
    """A desk process (bench.sync_desk) driven line by line."""

    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.sync_desk", "--db", str(db)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def ask(self, cmd: str, **kw: Any) -> dict[str, Any]:
        """Send one command; return its answer."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"cmd": cmd, **kw}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"desk process ended during {cmd}")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def cycle(self) -> dict[str, Any]:
        """Run one cycle; raise when it failed."""
        r = self.ask("cycle")
        if not r["ok"]:
            raise RuntimeError(f"sync cycle failed: {r['message']}")
        return r

    def close(self) -> None:
        """End the process."""
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(60)


class ServerProc:
    """`python -m app.server` on one port, stopped by its PID."""

    def __init__(self, url: str, port: int, workers: int, log: Path) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.log = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "app.server", "--database-url", url, "--host", "127.0.0.1",
             "--port", str(port), "--workers", str(workers)],
            cwd=ROOT, stdout=self.log, stderr=self.log,
        )  # fmt: skip
        import httpx

        for _ in range(600):
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited early, see {log}")
            try:
                if httpx.get(f"{self.base}/healthz", timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        """Stop the server (uvicorn stops its workers on SIGTERM)."""
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def _copy_db(src: Path, dest: Path) -> None:
    """Copy a SQLite database with what its WAL holds (the backup API)."""
    with sqlite3.connect(src) as a, sqlite3.connect(dest) as b:
        a.backup(b)
    a.close()
    b.close()


def _fresh_pg() -> str:
    from sqlalchemy import create_engine, text

    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{PG_BENCH_DB}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{PG_BENCH_DB}"'))
    admin.dispose()
    return PG_ADMIN.rsplit("/", 1)[0] + f"/{PG_BENCH_DB}"


def _issue(url: str, org: str, n: int = 1) -> list[str]:
    from app.server.admin import issue_code
    from app.server.db import make_server_engine, make_server_session_factory

    engine = make_server_engine(url)
    try:
        with make_server_session_factory(engine).begin() as s:
            return [issue_code(s, org_code=org) for _ in range(n)]
    finally:
        engine.dispose()


def _clerk(url: str, org: str) -> dict[str, str]:
    """Make the district's user who records the bench's changes (the server wants known actors)."""
    from sqlalchemy import select

    from app.models import User
    from app.server.db import make_server_engine, make_server_session_factory

    engine = make_server_engine(url)
    try:
        with make_server_session_factory(engine).begin() as s:
            user = s.scalar(select(User).where(User.username == "bench_clerk"))
            if user is None:
                user = User(username="bench_clerk", display_name="基准测试", role="admin",
                            owner_org=org)  # fmt: skip
                s.add(user)
                s.flush()
            return {"id": user.id, "username": user.username, "org": org}
    finally:
        engine.dispose()


def _register(db: Path, base: str, code: str) -> None:
    from app.db import make_session_factory, open_database
    from app.services.reference.setup import ensure_reference
    from app.sync.registration import register

    engine = open_database(db)
    factory = make_session_factory(engine)
    with factory.begin() as s:
        ensure_reference(s)
    register(factory, server_url=base, code=code, device_name=db.stem)
    engine.dispose()


def _make_publisher(path: Path, cases: int) -> float:
    """Write desk A's database: reference data, a demo of one township, its publish op."""
    from app.db import make_session_factory, open_database
    from app.services.demo import generate_demo
    from app.services.reference.setup import ensure_reference
    from app.sync.publish import record_publish

    engine = open_database(path)
    factory = make_session_factory(engine)
    with factory.begin() as s:
        ensure_reference(s)
    started = time.perf_counter()
    generate_demo(engine, cases=cases, org=ORG, seed=1)
    engine.dispose()
    engine = open_database(path)
    factory = make_session_factory(engine)
    with factory.begin() as s:
        s.info["capture_outbox"] = False
        record_publish(s, org_code=ORG)
    engine.dispose()
    return time.perf_counter() - started


def _case_templates(work: Path) -> list[dict[str, Any]]:
    """Return the ops one new case makes at a desk (case row + register event), as templates."""
    from datetime import timedelta

    from sqlalchemy import select

    from app.db import make_session_factory, open_database
    from app.domain.enums import CaseKind, Channel, EventType
    from app.models import Case, SyncOutbox
    from app.models.base import utcnow
    from app.services.reference.setup import ensure_reference
    from app.services.transfer.workflow import Actor, record

    engine = open_database(work / "template.sqlite3")
    factory = make_session_factory(engine)
    with factory.begin() as s:
        ensure_reference(s)
    with factory.begin() as s:
        case = Case(owner_org=ORG, case_no=f"{ORG[-3:]}-261205-T-0001", query_code="123456",
                    kind=CaseKind.DISPUTE.value, channel=Channel.WALK_IN.value,
                    received_at=utcnow(), summary="基准测试", device_code="T")  # fmt: skip
        s.add(case)
        s.flush()
        actor = Actor(user_id=None, name="基准测试", role="admin", org_code=ORG)
        due = (utcnow() + timedelta(days=30)).isoformat()
        record(s, case_id=case.id, type=EventType.REGISTER, actor=actor, payload={"due_at": due})
    with factory() as s:
        ops = s.scalars(select(SyncOutbox).order_by(SyncOutbox.device_seq)).all()
        out = [{"entity": o.entity, "payload": o.payload} for o in ops if o.op == "insert"]
    engine.dispose()
    return out


def _load(work: Path, url: str, base: str) -> dict[str, Any]:
    """Register 110 devices (11 townships x 10) and run bench.sync_load against `base`."""
    import httpx
    from sqlalchemy import select

    from app.domain.enums import RegionLevel
    from app.models import Region
    from app.server.db import make_server_engine, make_server_session_factory

    engine = make_server_engine(url)
    with make_server_session_factory(engine)() as s:
        towns = list(
            s.scalars(
                select(Region.code)
                .where(Region.level == RegionLevel.TOWN.value)
                .order_by(Region.code)
                .limit(LOAD_TOWNS)
            )
        )
    engine.dispose()
    devices = []
    with httpx.Client(timeout=30) as client:
        for town in towns:
            for code in _issue(url, town, LOAD_PER_TOWN):
                r = client.post(f"{base}/v1/devices/register", json={"code": code}).json()
                devices.append({"token": r["token"], "org": town, "device_code": r["device_code"]})
    config = {
        "url": base,
        "devices": devices,
        "templates": _case_templates(work),
        "period": LOAD_PERIOD_S,
        "seconds": LOAD_SECONDS,
    }
    path = work / "load.json"
    path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "bench.sync_load", str(path)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _backend(work: Path, name: str, url: str, port: int, publisher: Path, n: int,
             load: bool) -> dict[str, Any]:  # fmt: skip
    """Run push, first sync, incremental and no-op cycles (and the load) against one server."""
    workers = 2 if url.startswith("postgresql") else 1
    server = ServerProc(url, port, workers, work / f"server-{name}.log")
    desks: list[DeskProc] = []
    try:
        a_db, b_db = work / f"a-{name}.sqlite3", work / f"b-{name}.sqlite3"
        _copy_db(publisher, a_db)
        code_a, code_b = _issue(url, ORG, 2)
        clerk = _clerk(url, ORG)
        _register(a_db, server.base, code_a)
        _register(b_db, server.base, code_b)
        a, b = DeskProc(a_db), DeskProc(b_db)
        desks += [a, b]
        push = a.cycle()
        initial = b.cycle()
        rss = b.ask("rss")["mb"]
        incremental = []
        for _ in range(5):
            changed = a.ask("change", n=100, clerk=clerk)
            assert changed["changed"] == 100, changed
            a.cycle()
            r = b.cycle()
            assert r["pulled"] >= 100, r
            incremental.append(r["s"] * 1000)
        noop = [b.cycle()["s"] * 1000 for _ in range(5)]
        out = {
            "push_cases_per_s": n / push["s"],
            "push_rows": push["pushed"],
            "initial_cases_per_s": n / initial["s"],
            "initial_rows": initial["pulled"],
            "initial_rss_mb": rss,
            "incremental_100_ms": statistics.median(incremental),
            "noop_ms": statistics.median(noop),
        }
        if load:
            out["load"] = _load(work, url, server.base)
        return out
    finally:
        for d in desks:
            d.close()
        server.stop()


def figures(ctx: BenchContext) -> list[Figure]:
    """Return the sync figures of issue #10 (PostgreSQL and SQLite servers, PouchDB anchor)."""
    from bench import pouch_anchor

    n = int(os.environ.get("BENCH_SYNC_CASES", 0)) or (10_000 if ctx.quick else 100_000)
    work = ctx.tmp / "sync"
    work.mkdir(parents=True, exist_ok=True)
    publisher = work / "publisher.sqlite3"
    sys.stderr.write(f"sync: writing a published demo of {n:,} cases...\n")
    _make_publisher(publisher, n)
    pouch: dict[str, Any] = {}
    if pouch_anchor.available():
        sys.stderr.write("sync: PouchDB anchor...\n")
        pouch = pouch_anchor.run(n, PORT_POUCH)
    sys.stderr.write("sync: PostgreSQL server...\n")
    pg = _backend(work, "pg", _fresh_pg(), PORT_PG, publisher, n, load=True)
    sys.stderr.write("sync: SQLite server...\n")
    lite = _backend(work, "sqlite", f"sqlite:///{work / 'server.sqlite3'}", PORT_SQLITE,
                    publisher, n, load=False)  # fmt: skip
    p_push = pouch.get("push_docs_per_s")
    p_init = pouch.get("initial_pull_docs_per_s")
    p_inc = pouch.get("incremental_100_ms")
    p_noop = pouch.get("noop_ms")
    anchor = f"floor: PouchDB 9 {n:,} docs same run" if pouch else "no node: no PouchDB floor"
    load = pg["load"]
    figs = [
        Figure("sync_push_cases_per_s", pg["push_cases_per_s"], "cases/s", p_push,
               f"PG server, 2 workers; {pg['push_rows']:,} rows; goal >= 2x; {anchor}"),
        Figure("sync_initial_cases_per_s", pg["initial_cases_per_s"], "cases/s", p_init,
               f"new desk, first sync, {pg['initial_rows']:,} rows; goal >= 3x; {anchor}"),
        Figure("sync_initial_peak_rss_mb", pg["initial_rss_mb"], "MB", 300.0,
               "peak RSS of the new desk's process; floor: the 300 MB limit"),
        Figure("sync_incremental_100_ms", pg["incremental_100_ms"], "ms", p_inc,
               "100 cases changed on another desk, median of 5; goal below PouchDB"),
        Figure("sync_noop_cycle_ms", pg["noop_ms"], "ms", p_noop,
               "nothing new, median of 5; goal below PouchDB"),
        Figure("server_p99_ms", load["p99_ms"], "ms", 100.0,
               f"110 devices x cycle/6 s, 2 min, {load['requests']:,} requests, "
               f"p50 {load['p50_ms']:.0f} ms, {load['cases_pushed']:,} cases pushed; p50/p99 "
               + ", ".join(f"{k} {v['p50_ms']:.0f}/{v['p99_ms']:.0f}"
                           for k, v in load.get("paths", {}).items())
               + " ms; floor: the 100 ms goal"),
        Figure("server_errors", float(load["errors"]), "errors", None,
               json.dumps(load["messages"], ensure_ascii=False) if load["errors"] else "goal 0"),
        Figure("sync_push_cases_per_s_sqlite", lite["push_cases_per_s"], "cases/s", p_push,
               "SQLite server, 1 worker"),
        Figure("sync_initial_cases_per_s_sqlite", lite["initial_cases_per_s"], "cases/s", p_init,
               "SQLite server"),
        Figure("sync_incremental_100_ms_sqlite", lite["incremental_100_ms"], "ms", p_inc,
               "SQLite server"),
        Figure("sync_noop_cycle_ms_sqlite", lite["noop_ms"], "ms", p_noop, "SQLite server"),
    ]  # fmt: skip
    if pouch:
        figs += [
            Figure("pouchdb_ratio_initial", pg["initial_cases_per_s"] / p_init, "x", 3.0,
                   "ours / PouchDB cases/s; floor: the 3x goal"),
            Figure("pouchdb_ratio_push", pg["push_cases_per_s"] / p_push, "x", 2.0,
                   "ours / PouchDB cases/s; floor: the 2x goal"),
            Figure("pouchdb_ratio_incremental", p_inc / pg["incremental_100_ms"], "x", 1.0,
                   "PouchDB ms / ours; floor: 1x (faster than PouchDB)"),
            Figure("pouchdb_ratio_noop", p_noop / pg["noop_ms"], "x", 1.0,
                   f"PouchDB ms / ours; PouchDB doc {pouch.get('doc_bytes_avg')} B avg"),
        ]  # fmt: skip
    return figs
