"""Asking the district about the visitor's cases at other centres, off the UI thread.

The device row is read on the database worker (`lookup_target`); the network call runs on its
own thread here (a slow or absent server must not hold up the database worker), and the answer
comes back to the UI thread through a queued signal. Only the newest question is answered.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from app.services.errors import Msg
from app.sync.lookup import OtherCentres


class NetCall(QObject):
    """Run one network question at a time; deliver the latest answer on the UI thread."""

    _sig_done = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="yizhan-net")
        self._asked = 0
        self._sig_done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(
        self, fn: Callable[[], OtherCentres], on_done: Callable[[OtherCentres], None]
    ) -> None:
        """Run `fn()` (plain values only, no widgets) and hand its answer to `on_done`."""
        self._asked += 1
        asked = self._asked

        def run() -> None:
            try:
                result = fn()
            except Exception as exc:
                result = OtherCentres(
                    "offline", message=Msg("离线，未能查询其他中心：{reason}", reason=str(exc))
                )
            self._sig_done.emit((asked, on_done, result))

        self._pool.submit(run)

    def forget(self) -> None:
        """Drop the answer to any question still on its way."""
        self._asked += 1

    def _deliver(self, done: Any) -> None:
        asked, on_done, result = done
        if asked == self._asked:
            on_done(result)

    def shutdown(self) -> None:
        """Stop taking questions (one in flight ends with its timeout)."""
        self._pool.shutdown(wait=False)
