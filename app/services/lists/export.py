"""Audit that a list left the desk (exported to Excel or rendered for printing).

The writers themselves are printables (app.reports.list_xlsx, app.reports.list_table); the
callers (the CLI and the views' workers) write, then log here in the same transaction.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.lists import ListTable
from app.models import Case, SyncDevice
from app.services import audit
from app.services.permissions import ActorLike

ENTITY = {
    "cases": "case",
    "overdue": "case",
    "queue": "case",
    "patrols": "patrol_log",
    "bookings": "booking",
    "evaluation": "evaluation_weight",
}


def log_list_out(
    session: Session,
    table: ListTable,
    *,
    fmt: str,
    actor: ActorLike | None = None,
    org_code: str | None = None,
    via: str = "desk",
) -> None:
    """Audit one export ("xlsx") or print ("pdf") of `table`: which list, how many rows, and
    the filters it was cut with."""
    audit.log(
        session,
        action="print" if fmt == "pdf" else "export",
        entity=ENTITY.get(table.kind, "case"),
        actor=actor,
        org_code=org_code,
        detail={
            "list": table.title,
            "format": fmt,
            "rows": len(table.rows),
            "filters": dict(table.filters),
            "via": via,
        },
    )


def desk_org(session: Session) -> str:
    """Return this desk's township code ("" on a database without a device row)."""
    return session.scalar(select(SyncDevice.org_code).limit(1)) or ""


def is_demo_db(session: Session) -> bool:
    """Return whether the database holds demo cases (printed lists then carry the watermark)."""
    return bool(session.scalar(select(Case.id).where(Case.is_demo.is_(True)).limit(1)))
