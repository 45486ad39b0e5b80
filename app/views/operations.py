"""Run service calls on the single database worker thread and hand results to the UI thread.

Widgets never hold a Session: they pass `fn(session) -> result` here. The worker opens
`session_factory.begin()`, so the call commits on success and rolls back on any error.
Only the returned (frozen, domain) object crosses back to the UI thread.
"""

from __future__ import annotations

import functools
import logging
import sys
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.services.errors import DomainError
from app.views.service_messages import error_message, service_text

if TYPE_CHECKING:
    # Annotations only: the window paints before SQLAlchemy is imported.
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)
T = TypeVar("T")


# Module functions have no self.tr(); lupdate reads the literal context of each translate call.
translate = QCoreApplication.translate


class HasRunner(Protocol):
    """What run_op needs of the application context (app.views.context.AppContext has it)."""

    @property
    def runner(self) -> DbRunner:
        """The database worker."""
        ...


class WorkerCallableError(TypeError):
    """A programming error: a function handed to the database worker is bound to a QObject."""


def check_worker_callable(fn: Callable[..., Any]) -> None:
    """Refuse a callable whose target is a QObject's method (it would run on the worker thread).

    Widgets may only be touched on the GUI thread: read the form into plain values first and
    hand the worker a function of those values only. Bound methods of QObjects are refused,
    also inside functools.partial, and so are partials and closures holding a QWidget.
    """
    target: Any = fn
    while isinstance(target, functools.partial):
        for value in (*target.args, *target.keywords.values()):
            if isinstance(value, QWidget):
                raise WorkerCallableError(_refusal(fn, f"its partial holds the widget {value!r}"))
        target = target.func
    owner = getattr(target, "__self__", None)
    if isinstance(owner, QObject):
        raise WorkerCallableError(
            _refusal(fn, f"it is a method of {type(owner).__name__}, a QObject")
        )
    for cell in getattr(target, "__closure__", None) or ():
        try:
            value = cell.cell_contents
        except ValueError:  # an empty cell
            continue
        if isinstance(value, QWidget):
            raise WorkerCallableError(
                _refusal(fn, f"its closure holds the widget {type(value).__name__}")
            )


def _refusal(fn: Callable[..., Any], why: str) -> str:
    return (
        f"{fn!r} cannot run on the database worker: {why}. Widgets may only be touched on the "
        "GUI thread: read the form into plain values and pass a function of those values only."
    )


@dataclass
class _Done:
    on_success: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    result: Any
    error: BaseException | None
    changes: frozenset[str]


class DbRunner(QObject):
    """Serialise database work on one worker thread ("tasks that touch the DB are serialised")."""

    _sig_done = Signal(object)
    sig_busy_changed = Signal(bool)

    def __init__(self, session_factory: sessionmaker[Session], parent: QObject | None = None):
        super().__init__(parent)
        self._factory = session_factory
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="yizhan-db")
        self._pending = 0
        self._lock = threading.Lock()
        self._sig_done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.on_changes: Callable[[frozenset[str]], None] | None = None
        self.on_error: Callable[[BaseException], None] | None = None
        # Copied into every session's info: who acts (the audit trail of each write reads it).
        self.session_info: dict[str, Any] = {}
        self._closed = False

    @property
    def pending(self) -> int:
        """Return how many submitted operations have not been delivered yet."""
        return self._pending

    def submit(
        self,
        fn: Callable[[Session], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        changes: Iterable[str] = (),
    ) -> None:
        """Run `fn(session)` in a transaction on the worker; hand the outcome to the UI thread."""
        check_worker_callable(fn)
        kinds = frozenset(changes)
        if self._closed:
            # A widget outliving the window (closing, switching user) may still ask; drop it.
            log.debug("database runner is shut down; dropped %r", fn)
            return
        with self._lock:
            self._pending += 1
            if self._pending == 1:
                self.sig_busy_changed.emit(True)
        self._pool.submit(self._run, fn, on_success, on_error, kinds)

    def call(self, fn: Callable[[Session], T]) -> T:
        """Run `fn(session)` on the worker and wait for it (start-up and tests only)."""
        check_worker_callable(fn)
        return self._pool.submit(self._in_transaction, fn).result()

    def _in_transaction(self, fn: Callable[[Session], T]) -> T:
        with self._factory.begin() as session:
            session.info.update(self.session_info)
            return fn(session)

    def _run(
        self, fn: Callable[[Session], Any], on_success: Any, on_error: Any, kinds: Any
    ) -> None:
        try:
            result = self._in_transaction(fn)
            self._sig_done.emit(_Done(on_success, on_error, result, None, kinds))
        except BaseException as exc:  # delivered to the UI thread, never swallowed
            self._sig_done.emit(_Done(on_success, on_error, None, exc, frozenset()))

    def _deliver(self, done: _Done) -> None:
        with self._lock:
            self._pending -= 1
            idle = self._pending == 0
        try:
            if done.error is not None:
                handler = done.on_error or self.on_error
                if handler is None:
                    log.error("database operation failed", exc_info=done.error)
                else:
                    handler(done.error)
                return
            if done.on_success is not None:
                done.on_success(done.result)
            if done.changes and self.on_changes is not None:
                self.on_changes(done.changes)
        finally:
            if idle:
                self.sig_busy_changed.emit(False)

    def shutdown(self) -> None:
        """Finish queued work and stop the worker."""
        self._closed = True
        self._pool.shutdown(wait=True)


def run_op(
    parent: QWidget | None,
    ctx: HasRunner,
    fn: Callable[[Session], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    changes: Iterable[str] = (),
) -> None:
    """Run one service call for a widget; errors go to one dialog unless `on_error` is given."""
    if on_error is None:

        def on_error(exc: BaseException) -> None:
            show_error(parent, exc)

    ctx.runner.submit(fn, on_success=on_success, on_error=on_error, changes=changes)


def error_text(exc: BaseException) -> str:
    """Return the text a user sees for `exc`: the domain message, or a generic apology."""
    if isinstance(exc, DomainError):
        return error_message(exc)
    if _is_sync_error(exc):
        return service_text(getattr(exc, "message"))  # noqa: B009 (sync errors carry a Msg)
    return (
        translate("operations", "操作未能完成，已记录错误日志。详情：")
        + f"{type(exc).__name__}: {exc}"
    )


def _is_sync_error(exc: BaseException) -> bool:
    """Return whether `exc` is a sync error (its module loads only once sync has been used)."""
    status, transport = sys.modules.get("app.sync.status"), sys.modules.get("app.sync.transport")
    return (status is not None and isinstance(exc, status.SyncSettingsError)) or (
        transport is not None and isinstance(exc, transport.SyncError)
    )


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Show one non-blocking error dialog for `exc` (domain errors as they are, others logged)."""
    if not (isinstance(exc, DomainError) or _is_sync_error(exc)):
        log.error("unexpected error", exc_info=exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("operations", "提示"))
    box.setText(error_text(exc))
    box.setObjectName("errorDialog")
    box.open()
    return box


class Cancelled(Exception):
    """A long operation was cancelled by the user."""


@dataclass
class Progress:
    """Thread-safe progress reporting for long operations."""

    _emit: Callable[[int, int, str], None]
    _cancel: threading.Event

    def __call__(self, done: int, total: int, text: str = "") -> None:
        """Report progress; raise Cancelled if the user pressed cancel."""
        if self._cancel.is_set():
            raise Cancelled()
        self._emit(done, total, text)


class _ProgressBridge(QObject):
    sig = Signal(int, int, str)


def run_long_op(
    parent: QWidget | None,
    ctx: HasRunner,
    title: str,
    fn: Callable[[Session, Progress], T],
    *,
    on_success: Callable[[T], None] | None = None,
    changes: Iterable[str] = (),
) -> QProgressDialog:
    """Run a long database job with a cancellable progress dialog; cancel rolls it back."""
    dialog = QProgressDialog(title, translate("operations", "取消"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    cancel = threading.Event()
    bridge = _ProgressBridge(dialog)

    def update(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    bridge.sig.connect(update)
    dialog.canceled.connect(cancel.set)
    progress = Progress(bridge.sig.emit, cancel)

    def finished(result: T) -> None:
        dialog.reset()
        if on_success is not None:
            on_success(result)

    def failed(exc: BaseException) -> None:
        dialog.reset()
        if not isinstance(exc, Cancelled):
            show_error(parent, exc)

    ctx.runner.submit(
        lambda s: fn(s, progress), on_success=finished, on_error=failed, changes=changes
    )
    return dialog
