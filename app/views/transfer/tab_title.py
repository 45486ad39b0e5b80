"""The 案件流转 tab's title before its page is built: the red (overdue) count, as the page shows.

The main window asks for it once the window is loaded and again when cases change, until the
tab is first shown and the page takes over its own title.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.enums import Role
from app.services.transfer import queries as transfer_queries
from app.services.transfer import supervision as transfer_supervision
from app.views.context import AppContext
from app.views.operations import run_op

# The centre's own desks escalate red cases to the district queue as they see them: when the
# window loads (here) and whenever the 案件流转 page refreshes.
ESCALATING_ROLES = {Role.FRONT_DESK.value, Role.SUPERVISOR.value, Role.ADMIN.value}
DISTRICT_CODE_LENGTH = 6  # a district desk's org code (a township's is longer)


def transfer_title(red: int) -> str:
    """Return the tab title with `red` overdue cases (the page's title() says the same)."""
    title = QCoreApplication.translate("TransferPage", "案件流转")
    return title + (f" ({red})" if red else "")


def peek_transfer_title(ctx: AppContext, show: Callable[[str], None]) -> None:
    """Count the red cases of the page's starting scope and hand `show` the title."""
    user = ctx.user
    # The page starts on 本部门 for a handler with a department, on 全部案件 otherwise.
    department = user.department_id if user.role == Role.HANDLER and user.department_id else None
    org = township_of(user.org_code)
    run_op(
        None,
        ctx,
        partial(_escalate_and_count, user.role in ESCALATING_ROLES, department, org),
        on_success=lambda counts: show(transfer_title(counts.red)),
        on_error=lambda _exc: None,  # the title without a count until the tab is shown
    )


def township_of(org_code: str) -> str | None:
    """Return the township a desk's queues and counts are limited to (None: a district desk)."""
    return None if len(org_code) <= DISTRICT_CODE_LENGTH else org_code


def _escalate_and_count(
    escalate: bool, department: str | None, org: str | None, session: Any
) -> Any:
    if escalate:
        transfer_supervision.escalate_overdue(session)
    return transfer_queries.queue_counts(session, department_id=department, org=org)
