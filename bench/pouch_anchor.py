"""The PouchDB replication anchor (../shared/anchors/pouchdb), run beside our sync figures.

The same steps as the anchor's run.sh (npm ci once into a cache, server.js on loopback with a
temp data dir, bench.js, stop the server by its PID), except that the server listens on a port
we choose, so the benchmark stays inside the ports it may use.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ANCHOR = Path(__file__).resolve().parents[2] / "shared" / "anchors" / "pouchdb"
SHARED_ANCHOR = Path("/work/shared/anchors/pouchdb")
CACHE = Path(os.environ.get("POUCHDB_ANCHOR_CACHE", "/work/.cache/pouchdb-anchor"))


def anchor_dir() -> Path | None:
    """Return the anchor's folder, if this checkout can see it."""
    for d in (ANCHOR, SHARED_ANCHOR):
        if (d / "bench.js").exists():
            return d
    return None


def available() -> bool:
    """Return whether node, npm and the anchor are all here."""
    return bool(shutil.which("node") and shutil.which("npm") and anchor_dir())


def _install(here: Path) -> None:
    lock = here / "package-lock.json"
    cached = CACHE / "package-lock.json"
    installed = (CACHE / "node_modules" / "pouchdb").exists() and cached.exists()
    if installed and cached.read_bytes() == lock.read_bytes():
        return
    CACHE.mkdir(parents=True, exist_ok=True)
    shutil.copy(here / "package.json", CACHE)
    shutil.copy(lock, CACHE)
    subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=CACHE,
        check=True,
        stdout=sys.stderr,
    )


def run(n: int, port: int) -> dict[str, Any]:
    """Run the anchor for n docs with its server on 127.0.0.1:port; return its JSON line."""
    here = anchor_dir()
    if here is None:
        raise RuntimeError("PouchDB anchor not found")
    _install(here)
    env = dict(os.environ, NODE_PATH=str(CACHE / "node_modules"))
    with tempfile.TemporaryDirectory(prefix="pouch-anchor-") as tmp_name:
        tmp = Path(tmp_name)
        log = (tmp / "server.log").open("wb")
        server = subprocess.Popen(
            ["node", str(here / "server.js")],
            cwd=tmp,
            env=dict(env, PORT=str(port), DATA_DIR=str(tmp / "server-data")),
            stdout=log,
            stderr=log,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            _wait(url, server)
            (tmp / "local").mkdir()
            out = subprocess.run(
                ["node", str(here / "bench.js"), str(n), url, str(tmp / "local")],
                cwd=tmp,
                env=env,
                check=True,
                stdout=subprocess.PIPE,
                stderr=sys.stderr,
            )
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            log.close()
    result: dict[str, Any] = json.loads(out.stdout.decode().strip().splitlines()[-1])
    return result


def _wait(url: str, proc: subprocess.Popen[bytes]) -> None:
    import httpx

    for _ in range(300):
        if proc.poll() is not None:
            raise RuntimeError("PouchDB server exited early")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("PouchDB server did not start")
