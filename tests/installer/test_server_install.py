"""The district server as deployed: install.sh and entrypoint.sh on PostgreSQL, a desk syncs.

The Dockerfile runs the same install.sh and entrypoint.sh; Docker itself does not run on our
build machines, so this is the image's contents run the same way without it. Slow (a virtual
environment and pip): `pytest -m slow tests/installer/test_server_install.py`.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
ORG = "370911106"

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_database(name: str) -> str:
    base = os.environ.get("TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    try:
        import psycopg
    except ImportError:
        pytest.skip("psycopg is not installed")
    plain = base.replace("postgresql+psycopg://", "postgresql://")
    try:
        with psycopg.connect(plain, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server at TEST_DATABASE_URL: {exc}")
    return base.rsplit("/", 1)[0] + "/" + name


def test_install_entrypoint_and_a_desk_syncs(tmp_path: Path) -> None:
    url = _pg_database("yizhan_server_install")
    prefix = tmp_path / "srv"
    subprocess.run(
        ["bash", str(ROOT / "installer/server/install.sh"), str(prefix)],
        check=True,
        capture_output=True,
        timeout=900,
    )
    assert (prefix / "entrypoint.sh").is_file()
    qt = subprocess.run([str(prefix / "venv/bin/python"), "-c", "import PySide6"], check=False)
    assert qt.returncode != 0, "the server environment must not carry Qt"

    port = _free_port()
    env = dict(
        os.environ,
        DATABASE_URL=url,
        YIZHAN_SERVER_HOST="127.0.0.1",
        YIZHAN_SERVER_PORT=str(port),
        YIZHAN_SERVER_WORKERS="2",
    )
    server = subprocess.Popen(
        [str(prefix / "entrypoint.sh")], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
            assert time.monotonic() < deadline, "the server did not answer /healthz in 120 s"
            time.sleep(0.5)

        code = subprocess.run(
            [str(prefix / "venv/bin/python"), "-m", "app.server", "issue-code", "--org", ORG],
            cwd=prefix,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()

        desk = tmp_path / "desk.sqlite3"
        cli = [sys.executable, "-m", "app.cli"]
        subprocess.run(
            [*cli, "demo", "--db", str(desk), "--cases", "20", "--org", ORG],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [*cli, "register", "--db", str(desk), "--server", base, "--code", code],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        out = subprocess.run(
            [*cli, "sync", "--db", str(desk), "--json"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        result = json.loads(out)
        assert result.get("ok", True), result
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
