"""The 案件流转 tab's title before its page is built: the red (overdue) count, as the page shows.

The main window asks for it once the window is loaded and again when cases change, until the
tab is first shown and the page takes over its own title.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication

from app.domain.enums import Role
from app.services.transfer import queries as transfer_queries
from app.views.context import AppContext
from app.views.operations import run_op


def transfer_title(red: int) -> str:
    """Return the tab title with `red` overdue cases (the page's title() says the same)."""
    title = QCoreApplication.translate("TransferPage", "案件流转")
    return title + (f" ({red})" if red else "")


def peek_transfer_title(ctx: AppContext, show: Callable[[str], None]) -> None:
    """Count the red cases of the page's starting scope and hand `show` the title."""
    user = ctx.user
    # The page starts on 本部门 for a handler with a department, on 全部案件 otherwise.
    department = user.department_id if user.role == Role.HANDLER and user.department_id else None
    run_op(
        None,
        ctx,
        partial(transfer_queries.queue_counts, department_id=department),
        on_success=lambda counts: show(transfer_title(counts.red)),
        on_error=lambda _exc: None,  # the title without a count until the tab is shown
    )
