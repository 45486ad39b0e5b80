"""Run sync cycles on a timer, on demand and when the network returns, off the UI thread.

Network work runs on its own one-thread pool (never the database worker); results come back
to the UI thread through a queued signal. A failed cycle retries on its own backoff timer with
jitter, so a failed upload is retried without waiting for a new local edit.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.sync.engine import CycleResult

log = logging.getLogger(__name__)
BACKOFF_BASE_S = 15.0
BACKOFF_MAX_S = 15 * 60.0
# Data kinds announced on the change bus after a cycle pulled rows.
SYNC_KINDS = frozenset({"case", "person", "booking", "grid", "reference", "sync"})


def backoff_delay(failures: int, rng: random.Random | None = None) -> float:
    """Return seconds to wait after `failures` consecutive failures (exponential, ±50 % jitter)."""
    rng = rng or random.Random()
    base = min(BACKOFF_BASE_S * (2 ** max(failures - 1, 0)), BACKOFF_MAX_S)
    return base * rng.uniform(0.5, 1.5)


class SyncScheduler(QObject):
    """Decide when to sync and run `run_cycle` on the network pool."""

    sig_started = Signal()
    sig_finished = Signal(object)  # CycleResult
    sig_online_changed = Signal(bool)
    _sig_done = Signal(object)
    _sig_call = Signal(object, object)

    def __init__(
        self,
        run_cycle: Callable[[], CycleResult],
        *,
        interval_s: int = 300,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._run_cycle = run_cycle
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="yizhan-net")
        self._running = False
        self._again = False
        self.failures = 0
        self.online: bool | None = None
        self.last_result: CycleResult | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self.backoff = QTimer(self)
        self.backoff.setSingleShot(True)
        self.backoff.timeout.connect(self.sync_now)
        self._sig_done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._sig_call.connect(self._on_call, Qt.ConnectionType.QueuedConnection)
        self.set_interval(interval_s)
        self._watch_network()

    @property
    def running(self) -> bool:
        """Return whether a cycle is in flight."""
        return self._running

    def set_interval(self, seconds: int) -> None:
        """Set the regular sync interval (per-device setting)."""
        self.timer.setInterval(max(int(seconds), 60) * 1000)

    def start(self) -> None:
        """Start the regular timer and run a first cycle."""
        self.timer.start()
        self.sync_now()

    def stop(self) -> None:
        """Stop the timers and let a running cycle finish in the background."""
        self.timer.stop()
        self.backoff.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)

    def submit(self, fn: Callable[[], object], on_done: Callable[[object], None]) -> None:
        """Run other network work (registration) on the network pool; `on_done` on the UI thread."""

        def work() -> None:
            try:
                result: object = fn()
            except Exception as exc:  # handed to the UI as the result
                result = exc
            self._sig_call.emit(on_done, result)

        self._pool.submit(work)

    def sync_now(self) -> None:
        """Run a cycle now ("立即同步"); a request during a cycle runs once more afterwards."""
        if self._running:
            self._again = True
            return
        self._running = True
        self.backoff.stop()
        self.sig_started.emit()
        self._pool.submit(self._work)

    def _work(self) -> None:
        try:
            result: object = self._run_cycle()
        except Exception as exc:  # a bug must not kill the network thread
            log.exception("sync cycle crashed")
            result = exc
        self._sig_done.emit(result)

    def _on_call(self, fn: Callable[[object], None], result: object) -> None:
        fn(result)

    def _on_done(self, result: object) -> None:
        self._running = False
        if isinstance(result, CycleResult):
            self.last_result = result
            ok, offline = result.ok, result.offline
        else:
            ok, offline = False, False
        if ok or (isinstance(result, CycleResult) and not result.registered):
            self.failures = 0
        else:
            self.failures += 1
            delay = backoff_delay(self.failures)
            self.backoff.start(int(delay * 1000))
        online = not offline
        unregistered = isinstance(result, CycleResult) and not result.registered
        if not unregistered and online != self.online:  # an unregistered desk is not "online"
            self.online = online
            self.sig_online_changed.emit(online)
        self.sig_finished.emit(result)
        if self._again:
            self._again = False
            self.sync_now()

    def _watch_network(self) -> None:
        """Sync as soon as the operating system reports the network back, where Qt can tell."""
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if not QNetworkInformation.loadDefaultBackend():
                return
            info = QNetworkInformation.instance()
            if info is None:
                return
            info.reachabilityChanged.connect(self._on_reachability)
        except (ImportError, RuntimeError):
            return

    def _on_reachability(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            self.sync_now()
