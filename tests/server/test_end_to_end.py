"""End to end: `python -m app.server` in a subprocess, driven by the CLI commands."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.db import make_session_factory, open_database
from app.models import Person
from app.services.reference.setup import ensure_reference
from tests.server.support import DEMO_ORG, pg_schema

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path, _pg_url) -> Iterator[str]:
    """Yield a server database URL on SQLite, then on PostgreSQL (own schema)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
        return
    if _pg_url is None:
        pytest.skip("PostgreSQL not reachable (set TEST_DATABASE_URL): end-to-end run skipped")
    with pg_schema(_pg_url) as url:
        yield url


@pytest.fixture
def running_server(database_url) -> Iterator[tuple[str, str]]:
    """Start `python -m app.server` on a free port; yield (base URL, database URL)."""
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app.server",
            "--database-url",
            database_url,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                out = proc.stdout.read() if proc.stdout else ""
                pytest.fail(f"server did not start: {out}")
            time.sleep(0.3)
        yield base, database_url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _prepare(path: Path) -> None:
    engine = open_database(path)
    with make_session_factory(engine).begin() as s:
        ensure_reference(s)
    engine.dispose()


def test_two_laptops_through_the_cli(running_server, tmp_path):
    base, db_url = running_server
    laptops = [tmp_path / "laptop-a.sqlite3", tmp_path / "laptop-b.sqlite3"]
    codes = []
    for path in laptops:
        _prepare(path)
        issued = _cli("server", "issue-code", "--database-url", db_url, "--org", DEMO_ORG)
        assert issued.returncode == 0, issued.stderr
        codes.append(issued.stdout.strip())
    for path, code in zip(laptops, codes, strict=True):
        reg = _cli("register", "--db", str(path), "--server", base, "--code", code)
        assert reg.returncode == 0, reg.stderr
    again = _cli("register", "--db", str(laptops[0]), "--server", base, "--code", codes[0])
    assert again.returncode != 0 and "注册失败" in again.stderr
    # Laptop A works offline, then both sync.
    engine = open_database(laptops[0])
    with make_session_factory(engine).begin() as s:
        for i in range(3):
            s.add(Person(name=f"居民{i}", owner_org=DEMO_ORG))
    engine.dispose()
    for path in (laptops[0], laptops[1], laptops[0]):
        out = _cli("sync", "--db", str(path), "--json")
        assert out.returncode == 0, out.stdout + out.stderr
        assert json.loads(out.stdout)["ok"] is True
    stats = [json.loads(_cli("stats", "--db", str(p), "--json").stdout) for p in laptops]
    assert stats[0] == stats[1] and stats[0]["person"] == 3
    # A laptop that never registered does not complete a cycle: non-zero exit, clear message.
    loose = tmp_path / "loose.sqlite3"
    _prepare(loose)
    out = _cli("sync", "--db", str(loose))
    assert out.returncode == 1 and "尚未注册" in out.stdout
