"""Frozen views of grids, workers, duty shifts and patrol logs (from app.services.grid)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.domain.enums import DutyPost, Shift, WorkerPost


@dataclass(frozen=True)
class VillageRef:
    """A village or community of the township (a Region row of level "village")."""

    id: str
    code: str
    name: str


@dataclass(frozen=True)
class AssignmentView:
    """One worker's service in one grid, from `start_date` to `end_date` (open when None)."""

    id: str
    grid_id: str
    grid_name: str
    worker_id: str
    worker_name: str
    worker_phone: str
    post: WorkerPost
    start_date: date
    end_date: date | None

    def active_on(self, day: date) -> bool:
        """Return True when the assignment covers `day`."""
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


@dataclass(frozen=True)
class GridView:
    """A grid with its village and the workers serving it today."""

    id: str
    code: str
    name: str
    town_id: str
    village_id: str | None
    village_name: str
    households: int
    area: str
    complaint_phone: str
    workers: tuple[AssignmentView, ...] = ()


@dataclass(frozen=True)
class WorkerView:
    """A grid worker as the roster shows them; `grids` are the grids served today."""

    id: str
    name: str
    name_initials: str
    phone: str
    id_number: str
    id_masked: str
    post: WorkerPost
    active: bool
    joined_on: date | None
    note: str
    grids: tuple[str, ...] = ()


@dataclass(frozen=True)
class DutyShiftView:
    """One line of the duty sheet."""

    id: str
    date: date
    shift: Shift
    post: DutyPost
    worker_id: str | None
    person_name: str
    place: str
    signed_in_at: datetime | None
    signed_out_at: datetime | None
    substitute_id: str | None
    substitute_name: str
    note: str


@dataclass(frozen=True)
class DutyWeek:
    """The duty shifts of the week starting on Monday `monday`."""

    monday: date
    shifts: tuple[DutyShiftView, ...]

    def days(self) -> tuple[date, ...]:
        """Return the seven dates of the week."""
        return tuple(self.monday + timedelta(days=i) for i in range(7))


@dataclass(frozen=True)
class PatrolLogView:
    """A patrol record and the case it produced, if any."""

    id: str
    date: date
    worker_id: str
    worker_name: str
    grid_id: str | None
    grid_name: str
    place: str
    issue: str
    action: str
    result: str
    case_id: str | None
    case_no: str


@dataclass(frozen=True)
class RosterRow:
    """One line of the printed roster sheet (花名册)."""

    grid_name: str
    village_name: str
    worker_name: str
    post: str
    phone: str
    start_date: date | None


@dataclass(frozen=True)
class RosterSheetView:
    """What the printed roster sheet shows."""

    town_name: str
    as_of: date
    rows: tuple[RosterRow, ...]
    is_demo: bool = False


@dataclass(frozen=True)
class NoticeWorker:
    """A worker on a public grid notice: name, post and the real work phone (posted publicly)."""

    name: str
    post: str
    phone: str


@dataclass(frozen=True)
class GridNoticeView:
    """What the public notice board (网格公示牌) of one grid shows."""

    town_name: str
    grid_name: str
    village_name: str
    area: str
    households: int
    complaint_phone: str
    workers: tuple[NoticeWorker, ...]
    as_of: date
    is_demo: bool = False


@dataclass(frozen=True)
class ShiftInput:
    """One shift to put on the duty sheet: a worker, or a named person (a leader, a volunteer)."""

    date: date
    shift: Shift | str
    post: DutyPost | str
    worker_id: str | None = None
    person_name: str = ""
    place: str = ""
    note: str = ""


@dataclass(frozen=True)
class DutyProblem:
    """Something to look at on the duty sheet (shown in the grid, never blocking a save)."""

    date: date
    shift: Shift
    # "double" (one person in two places at once), "leave" (on duty while on leave) or
    # "uncovered" (a post left empty)
    kind: str
    message: str
    shift_ids: tuple[str, ...] = ()
    post: DutyPost | None = None  # the post concerned, when the finding is about one


@dataclass(frozen=True)
class DutyRange:
    """The duty lines of consecutive days (a month view), with each day's kind of day."""

    start: date
    end: date  # kept
    shifts: tuple[DutyShiftView, ...]
    day_kinds: tuple[str, ...] = ()  # per day: "workday", "makeup", "weekend", "holiday"

    def days(self) -> tuple[date, ...]:
        """Return every day from start to end."""
        return tuple(
            self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)
        )


@dataclass(frozen=True)
class LeaveView:
    """A worker's leave, both days kept."""

    id: str
    worker_id: str
    worker_name: str
    start_date: date
    end_date: date
    reason: str


@dataclass(frozen=True)
class RotationView:
    """A saved rotation template."""

    id: str
    name: str
    days: int
    lines: int


@dataclass(frozen=True)
class OnsiteAssignment:
    """The worker sent to check a case on site, picked from the duty sheet."""

    case_id: str
    case_no: str
    worker_id: str
    worker_name: str
    worker_phone: str
    day: date


# The columns of the month view and of the printed duty sheets: (shift, post), in this order;
# lines of any other shift and post go to a last "其他" column.
SHEET_COLUMNS: tuple[tuple[Shift, DutyPost], ...] = (
    (Shift.MORNING, DutyPost.WINDOW),
    (Shift.AFTERNOON, DutyPost.WINDOW),
    (Shift.FULL_DAY, DutyPost.LEADER),
    (Shift.FULL_DAY, DutyPost.PATROL),
    (Shift.FULL_DAY, DutyPost.RECEPTION),
    (Shift.NIGHT, DutyPost.EMERGENCY),
)


def sheet_column(shift: Shift, post: DutyPost) -> int:
    """Return the sheet column of a line (the last, "其他", for any other shift and post)."""
    try:
        return SHEET_COLUMNS.index((shift, post))
    except ValueError:
        return len(SHEET_COLUMNS)


@dataclass(frozen=True)
class DutySheetView:
    """What a printed duty sheet (a week or a month) shows: the same lines as the month view."""

    town_name: str
    scope: str  # "" for the whole township, else the grid's name
    sheet: DutyRange
    problems: tuple[DutyProblem, ...]
    as_of: date
    is_demo: bool = False


@dataclass(frozen=True)
class PatrolReport:
    """A patrol record handed to the intake form (上报为案件): what it is pre-filled with."""

    patrol_id: str
    day: date
    worker_name: str
    worker_phone: str
    village_id: str | None
    grid_id: str | None
    place: str
    issue: str
    action: str
