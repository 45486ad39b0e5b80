"""A fault-injecting HTTP proxy between a client and the server (the address is all it needs)."""

from __future__ import annotations

import os
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import uvicorn

FAULTS = ("pass", "drop_after_commit", "duplicate", "reset", "slow")


def free_port() -> int:
    """Return a free TCP port on localhost (YIZHAN_TEST_PORTS=LO-HI keeps it in a range)."""
    span = os.environ.get("YIZHAN_TEST_PORTS", "")
    if span:
        lo, hi = (int(x) for x in span.split("-"))
        for port in random.sample(range(lo, hi + 1), hi - lo + 1):
            with socket.socket() as s:
                try:
                    s.bind(("127.0.0.1", port))
                except OSError:
                    continue
                return port
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class FaultProxy:
    """Forward requests to `upstream`, applying the fault `choose(path)` names to each."""

    def __init__(self, upstream: str, choose: Callable[[str], str]) -> None:
        self.upstream = upstream.rstrip("/")
        self.choose = choose
        self.log: list[tuple[str, str]] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                return

            def do_GET(self) -> None:
                proxy._handle(self)

            def do_POST(self) -> None:
                proxy._handle(self)

        self._server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._client = httpx.Client(timeout=60)

    def start(self) -> FaultProxy:
        """Start serving."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()
        self._client.close()

    def _forward(self, h: BaseHTTPRequestHandler, body: bytes) -> httpx.Response:
        headers = {
            k: v for k, v in h.headers.items() if k.lower() not in ("host", "content-length")
        }
        return self._client.request(
            h.command, self.upstream + h.path, headers=headers, content=body or None
        )

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        fault = self.choose(h.path)
        self.log.append((h.path.split("?")[0], fault))
        if fault == "reset":
            h.close_connection = True
            return
        if fault == "slow":
            time.sleep(0.3)
        resp = self._forward(h, body)
        if fault == "duplicate":
            resp = self._forward(h, body)
        if fault == "drop_after_commit":
            h.close_connection = True  # the server committed; the client never hears of it
            return
        data = resp.content
        h.send_response(resp.status_code)
        h.send_header("Content-Type", resp.headers.get("content-type", "application/json"))
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)


@contextmanager
def serve_app(app: object) -> Iterator[str]:
    """Serve an ASGI app with uvicorn in a thread; yield its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))  # type: ignore[arg-type]
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
