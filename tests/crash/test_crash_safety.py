"""Crash safety: SIGKILL the desk's save path at random points during bursts of intake saves.

The parent prepares a database, then forks a child per round (the modules are already imported,
so a round costs milliseconds). The child saves intake after intake through the real service and
session factory (outbox and audit capture included) and reports each case number on a pipe only
after its commit returned: that is an acknowledged save. The parent SIGKILLs the child after a
random delay, then checks that every acknowledged case is in the database and that
`PRAGMA integrity_check` is ok. 50 kills in the normal suite, 1,000 under the slow marker.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.db import make_engine, make_session_factory, open_database
from app.services.intake import register as intake
from app.services.reference.loader import load_reference
from tests.actors import FRONT_DESK
from tests.unit.services.intake.conftest import applicant
from tests.unit.services.intake.conftest import intake as intake_input

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL")


@dataclass(frozen=True)
class CrashReport:
    """What a run of kills found."""

    kills: int
    acknowledged: int
    lost: int
    integrity: str


def _prepare(path: Path) -> None:
    engine = open_database(path)
    with make_session_factory(engine).begin() as s:
        s.info["capture_outbox"] = False
        load_reference(s)
    engine.dispose()


def _child(path: Path, write_fd: int, seed: int) -> None:
    """Save intakes forever, acknowledging each committed case number on `write_fd`."""
    rng = random.Random(seed)
    # Already migrated by the parent: the desk's engine and session factory, without the check.
    engine = make_engine(f"sqlite:///{path}")
    factory = make_session_factory(engine)
    n = 0
    while True:
        n += 1
        who = applicant(name=f"访客{seed % 1000}x{n}", phone=f"139{rng.randrange(10**8):08d}")
        with factory.begin() as s:
            s.info["actor_user_id"] = None
            result = intake.register_case(s, data=intake_input(parties=(who,)), actor=FRONT_DESK)
        os.write(write_fd, (result.case_no + "\n").encode())


def _warm_up(path: Path) -> None:
    """Save once in the parent, so every forked child starts with warm imports and caches."""
    engine = make_engine(f"sqlite:///{path}")
    with make_session_factory(engine).begin() as s:
        intake.register_case(s, data=intake_input(), actor=FRONT_DESK)
    engine.dispose()  # no connection crosses the fork


def run_kills(path: Path, kills: int, seed: int = 1, max_delay_s: float = 0.4) -> CrashReport:
    """Kill `kills` children at random moments; return what survived."""
    rng = random.Random(seed)
    acked: list[str] = []
    _warm_up(path)
    for round_no in range(kills):
        if round_no and round_no % 100 == 0:
            print(f"crash safety: {round_no} kills, {len(acked)} acknowledged", file=sys.stderr)
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            os.close(read_fd)
            try:
                _child(path, write_fd, seed * 100_000 + round_no)
            finally:
                os._exit(0)
        os.close(write_fd)
        delay = rng.uniform(0.0, max_delay_s)
        started = time.monotonic()
        deadline: float | None = None
        buf = b""
        # Kill at a random moment of the burst: `delay` after the child's first acknowledged
        # save (so no round kills a process still starting), never later than 5 s.
        while True:
            now = time.monotonic()
            if (deadline is not None and now >= deadline) or now - started > 5:
                break
            ready, _w, _x = select.select([read_fd], [], [], 0.002)
            if ready:
                buf += os.read(read_fd, 65536)
                if deadline is None and buf:
                    deadline = time.monotonic() + delay
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        while True:  # what the child acknowledged before it died is still in the pipe
            chunk = os.read(read_fd, 65536)
            if not chunk:
                break
            buf += chunk
        os.close(read_fd)
        acked.extend(line for line in buf.decode().split("\n") if line)
    conn = sqlite3.connect(str(path))
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        present = {r[0] for r in conn.execute('SELECT case_no FROM "case"')}
    finally:
        conn.close()
    lost = sum(1 for no in acked if no not in present)
    return CrashReport(kills=kills, acknowledged=len(acked), lost=lost, integrity=integrity)


def _check(report: CrashReport, kills: int) -> None:
    print(
        f"\nCRASH SAFETY: kills={report.kills} acknowledged saves={report.acknowledged} "
        f"lost={report.lost} integrity_check={report.integrity}"
    )
    assert report.kills == kills
    assert report.acknowledged >= kills  # every round killed a burst after at least one save
    assert report.lost == 0
    assert report.integrity == "ok"


def test_fifty_kills_lose_no_acknowledged_save(tmp_path):
    path = tmp_path / "crash.sqlite3"
    _prepare(path)
    _check(run_kills(path, 50, seed=11), 50)
    engine = open_database(path)  # and the desk opens it again afterwards
    engine.dispose()


@pytest.mark.slow
def test_a_thousand_kills_lose_no_acknowledged_save(tmp_path):
    path = tmp_path / "crash.sqlite3"
    _prepare(path)
    _check(run_kills(path, 1000, seed=12), 1000)
