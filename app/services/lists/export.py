"""Write a list to Excel or to a printable PDF, and audit that it left the desk."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.lists import ListTable
from app.models import Case
from app.services import audit
from app.services.permissions import ActorLike

ENTITY = {
    "cases": "case",
    "overdue": "case",
    "search": "case",
    "queue": "case",
    "patrols": "patrol_log",
    "bookings": "booking",
    "evaluation": "evaluation_weight",
}


def _audit(
    session: Session,
    table: ListTable,
    *,
    action: str,
    fmt: str,
    actor: ActorLike | None,
    org_code: str | None,
    via: str,
) -> None:
    audit.log(
        session,
        action=action,
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


def export_xlsx(
    session: Session,
    table: ListTable,
    out: Path,
    *,
    actor: ActorLike | None = None,
    org_code: str | None = None,
    via: str = "desk",
) -> None:
    """Write `table` to the workbook `out` and audit the export."""
    from app.reports.list_xlsx import write_list_xlsx

    write_list_xlsx(table, out)
    _audit(session, table, action="export", fmt="xlsx", actor=actor, org_code=org_code, via=via)


def render_pdf(
    session: Session,
    table: ListTable,
    *,
    actor: ActorLike | None = None,
    org_code: str | None = None,
    scope_name: str = "",
    via: str = "desk",
    progress: Callable[[int], None] | None = None,
) -> bytes:
    """Return `table` as an A4 landscape PDF (for the print preview) and audit the print."""
    from app.reports.list_table import render_list_pdf

    buf = io.BytesIO()
    render_list_pdf(
        table, buf, scope_name=scope_name, is_demo=is_demo_db(session), progress=progress
    )
    _audit(session, table, action="print", fmt="pdf", actor=actor, org_code=org_code, via=via)
    return buf.getvalue()


def is_demo_db(session: Session) -> bool:
    """Return whether the database holds demo cases (printed lists then carry the watermark)."""
    return bool(session.scalar(select(Case.id).where(Case.is_demo.is_(True)).limit(1)))
