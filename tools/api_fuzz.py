"""Run schemathesis once against a live district server and count its server errors (5xx).

    .venv/bin/pip install schemathesis      # not a dependency of the app (extra `apitest`)
    .venv/bin/python tools/api_fuzz.py --port 38123 [--max-examples 100] [--database-url URL]

Starts `python -m app.server` on a fresh SQLite file (or the given database), registers a
township device for a bearer token, runs `schemathesis run` over /openapi.json with that token
and the not_a_server_error check, prints the JUnit figures and the count of 5xx answers, and
stops the server. Exit status 0 only when no request got a 5xx answer.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    """Start the server, fuzz it, report."""
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, default=38123)
    p.add_argument("--max-examples", type=int, default=100)
    p.add_argument("--database-url")
    p.add_argument("--org", default="370911106")
    args = p.parse_args()
    work = Path(tempfile.mkdtemp(prefix="yizhan-fuzz-"))
    url = args.database_url or f"sqlite:///{work / 'server.sqlite3'}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    py = sys.executable
    code = subprocess.run(
        [py, "-m", "app.server", "issue-code", "--database-url", url, "--org", args.org],
        capture_output=True, text=True, check=True, cwd=ROOT, env=env,
    ).stdout.strip()  # fmt: skip
    base = f"http://127.0.0.1:{args.port}"
    log = (work / "server.log").open("w")
    server = subprocess.Popen(
        [py, "-m", "app.server", "--database-url", url, "--port", str(args.port)],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        reg = httpx.post(f"{base}/v1/devices/register", json={"code": code}).json()
        junit = work / "junit.xml"
        cmd = [
            str(Path(py).with_name("schemathesis")),
            "run",
            f"{base}/openapi.json",
            "-H",
            f"Authorization: Bearer {reg['token']}",
            "--checks",
            "not_a_server_error",
            "--max-examples",
            str(args.max_examples),
            "--report",
            "junit",
            "--report-junit-path",
            str(junit),
            "--no-color",
        ]
        run = subprocess.run(cmd, capture_output=True, text=True, cwd=work)
        sys.stdout.write(run.stdout[-6000:])
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    server_log = (work / "server.log").read_text()
    errors_5xx = len(re.findall(r'" 5\d\d ', server_log)) + server_log.count("Traceback")
    failures = len(re.findall(r"Server error", run.stdout))
    sys.stdout.write(f"\nschemathesis exit {run.returncode}; 'Server error' findings: {failures}; ")
    sys.stdout.write(f"server log tracebacks/5xx lines: {errors_5xx}; work dir {work}\n")
    return 0 if failures == 0 and errors_5xx == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
