"""run_op for the bookings tab: an answer that arrives after its widget closed is dropped."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from app.views.context import AppContext
from app.views.operations import run_op


def guarded_op(
    widget: QWidget,
    ctx: AppContext,
    fn: Callable[[Any], Any],
    *,
    on_success: Callable[[Any], None],
    changes: Iterable[str] = (),
) -> None:
    """Run `fn(session)` on the DB worker; hand the result to `on_success` while `widget` lives."""

    def deliver(result: Any) -> None:
        if isValid(widget):
            on_success(result)

    run_op(widget, ctx, fn, on_success=deliver, changes=changes)
