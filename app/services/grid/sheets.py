"""What the printed duty sheets (weekly and monthly) show: the lines and findings of the view."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.domain.grid import DutyRange, DutySheetView
from app.services.grid.assign import demo_database
from app.services.grid.duty import duty_range
from app.services.grid.duty_checks import check_range, day_kinds
from app.services.grid.grids import today, town_of


def duty_sheet(
    session: Session,
    *,
    org_code: str,
    start: date,
    end: date,
    worker_ids: frozenset[str] | None = None,
    scope: str = "",
) -> DutySheetView:
    """Return the duty sheet from `start` to `end`; with `worker_ids` only their lines.

    The findings are the township's (a post is covered by anyone of the township).
    """
    full = duty_range(session, org_code=org_code, start=start, end=end)
    problems = check_range(session, org_code=org_code, start=start, end=end, sheet=full)
    shifts = full.shifts
    if worker_ids is not None:
        shifts = tuple(
            s for s in shifts if s.worker_id in worker_ids or s.substitute_id in worker_ids
        )
    return DutySheetView(
        town_name=town_of(session, org_code).name,
        scope=scope,
        sheet=DutyRange(start, end, shifts, day_kinds(session, start=start, end=end)),
        problems=problems,
        as_of=today(),
        is_demo=demo_database(session),
    )
