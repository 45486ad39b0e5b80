"""Fetch the next page while the current one is written (a thread, at most one page ahead)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
_END = object()


def prefetch(fetch: Callable[[str | None], tuple[T, str | None]], token: str | None) -> Iterator[T]:
    """Yield pages: `fetch(token)` returns a page and the next token (None after the last).

    The fetching thread runs one page ahead of the consumer, so network and JSON work overlap
    with the database writes; an error in the thread is raised here, in order. Stopping early
    (an exception in the consumer) lets the thread finish its one page and end.
    """
    q: queue.Queue[Any] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def run() -> None:
        tok = token
        try:
            while not stop.is_set():
                page, tok = fetch(tok)
                q.put((page, None))
                if tok is None:
                    break
        except BaseException as exc:  # handed to the consumer, raised there
            q.put((None, exc))
            return
        q.put((_END, None))

    worker = threading.Thread(target=run, name="sync-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            page, exc = q.get()
            if exc is not None:
                raise exc
            if page is _END:
                return
            yield page
    finally:
        stop.set()
        while worker.is_alive():
            try:
                q.get(timeout=0.05)
            except queue.Empty:
                continue
        worker.join()
