"""Frozen views of the case-transfer workflow (分类流转) that services hand to screens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.enums import LabelledEnum


class Queue(LabelledEnum):
    """The transfer tab's work queues."""

    TO_DISPATCH = "to_dispatch", "待交办"
    TO_SIGN = "to_sign", "待签收"
    IN_PROGRESS = "in_progress", "办理中"
    EXTENDED = "extended", "延期"
    TO_REVISIT = "to_revisit", "待回访"
    CLOSED = "closed", "已办结"
    OVERDUE = "overdue", "超期预警"
    ESCALATED = "escalated", "升级督办"


class ReturnReason(LabelledEnum):
    """Coded reasons a department returns (退回) an assignment."""

    NOT_OUR_DUTY = "not_our_duty", "不属本部门职责"
    WRONG_PLACE = "wrong_place", "不属本辖区"
    INCOMPLETE = "incomplete", "材料不全、事实不清"
    IN_LITIGATION = "in_litigation", "已进入诉讼、仲裁或行政复议程序"
    DUPLICATE = "duplicate", "重复交办"
    OTHER = "other", "其他"


class SupervisionLevel(LabelledEnum):
    """How hard a supervisor presses (督办级别)."""

    NORMAL = "normal", "一般督办"
    KEY = "key", "重点督办"
    LISTED = "listed", "挂牌督办"


@dataclass(frozen=True)
class DepartmentChoice:
    """A department as a picker shows it."""

    id: str
    code: str
    name: str
    level: str


@dataclass(frozen=True)
class RoutingSuggestion:
    """Who should handle a case and by when, from the duty list and time-limit rules."""

    case_id: str
    lead_department_id: str | None
    assist_department_ids: tuple[str, ...]
    duty_titles: tuple[str, ...]
    limit_label: str
    due_at: datetime
    sign_due_at: datetime
    return_counts: tuple[tuple[str, int], ...] = ()  # (department id, returns of this case)


@dataclass(frozen=True)
class CaseRow:
    """One line of a queue."""

    id: str
    case_no: str
    summary: str
    kind: str
    category: str
    status: str
    status_label: str
    lead_department: str
    received_at: datetime
    deadline_at: datetime | None
    warning: str  # WarningLevel value
    escalated: bool
    risk_grade: str


@dataclass(frozen=True)
class QueuePage:
    """A page of a queue and how many rows the whole queue holds."""

    rows: tuple[CaseRow, ...]
    total: int


@dataclass(frozen=True)
class QueueCounts:
    """How many cases each queue holds and how many are yellow or red."""

    counts: tuple[tuple[str, int], ...]
    yellow: int
    red: int

    def count(self, queue: str) -> int:
        """Return the count of one queue."""
        return dict(self.counts).get(queue, 0)


@dataclass(frozen=True)
class TimelineEntry:
    """One event of a case as the detail view lists it."""

    at: datetime
    type: str
    label: str
    actor: str
    department: str
    text: str
    no_effect: bool = False


@dataclass(frozen=True)
class AssignmentLine:
    """A department's part in a case: lead or assisting, signed, reported, returns."""

    department_id: str
    department: str
    is_lead: bool
    signed: bool
    reported: bool
    returns: int


@dataclass(frozen=True)
class CaseDetail:
    """Everything the transfer tab shows about one case."""

    row: CaseRow
    query_code: str
    facts: str
    demands: str
    parties: tuple[str, ...]
    assignments: tuple[AssignmentLine, ...]
    pending_extension: tuple[int, str] | None
    satisfaction: str | None
    reopens: int
    timeline: tuple[TimelineEntry, ...]
    patrols: tuple[str, ...] = ()  # the patrol records the case was reported from (Msg)


@dataclass(frozen=True)
class ActionResult:
    """What an action left the case as."""

    case_id: str
    status: str
    status_label: str
    due_at: datetime | None
    event_type: str


@dataclass(frozen=True)
class OverdueLine:
    """A case on the overdue list and why it is late."""

    row: CaseRow
    limit: str  # 签收 / 办理 / 回访
    overdue_hours: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ConsultationRecord:
    """A joint consultation (会商研判) as recorded."""

    case_id: str
    held_on: str
    department_ids: tuple[str, ...]
    opinion: str


@dataclass(frozen=True)
class DutyDepartment:
    """A department row of the duty list."""

    code: str
    name: str
    level: str
    stationing: str
    phone: str
    active: bool


@dataclass(frozen=True)
class DutyTask:
    """A task (职责事项) of a department, optionally tied to a category."""

    code: str
    department_code: str
    category_code: str
    title: str
    basis: str


@dataclass(frozen=True)
class Routing:
    """A category's default lead and assisting departments."""

    category_code: str
    category: str
    lead_code: str
    assist_codes: tuple[str, ...]
    priority: int


@dataclass(frozen=True)
class DutyList:
    """The whole duty list: departments, tasks and routing rules."""

    departments: tuple[DutyDepartment, ...]
    tasks: tuple[DutyTask, ...]
    routing: tuple[Routing, ...]


@dataclass(frozen=True)
class ImportProblem:
    """One wrong row of an imported workbook."""

    sheet: str
    row: int
    message: str


@dataclass(frozen=True)
class ImportReport:
    """What an import did, or why it did nothing."""

    imported: bool
    problems: tuple[ImportProblem, ...]
    counts: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class AgreementInput:
    """What the mediator writes into a 调解协议书."""

    facts: str
    disputes: str
    responsibilities: str
    terms: tuple[str, ...]
    performance_manner: str
    performance_place: str
    performance_deadline: str
    mediators: tuple[str, ...]
    signed_on: date
    recorder: str = ""


@dataclass(frozen=True)
class AgreementRecorded:
    """The number given to an agreement, its copies and the 司法确认 reminder date."""

    case_id: str
    agreement_no: str
    copies: int
    judicial_deadline: date


@dataclass(frozen=True)
class DepartmentScore:
    """One department's figures for a month; rates are 0..1, None when nothing to rate."""

    department_id: str
    department: str
    received: int
    signed: int
    signed_on_time: float | None
    closed: int
    closed_on_time: float | None
    overdue: int
    returned: int
    return_rate: float | None
    reopened: int
    reopen_rate: float | None
    satisfaction: float | None
    score: float
    rank: int = 0
