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


class CorrectedField(LabelledEnum):
    """A field a correction (更正) may change, with the words the timeline shows for it."""

    SUMMARY = "summary", "事项摘要"
    FACTS = "facts", "事实经过"
    DEMANDS = "demands", "诉求"
    CATEGORY = "category_id", "类别"
    NAME = "name", "姓名/名称"
    PHONE = "phone", "联系电话"
    ADDRESS = "address", "地址"
    ID_NUMBER = "id_number", "证件号码"


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
    petition: PetitionProgress | None = None  # 信访 cases: stage, clocks, organs
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


@dataclass(frozen=True)
class PartyLine:
    """A party as the case view lists it: numbers masked (revealed only through the audit)."""

    id: str
    role: str  # PartyRole
    party_type: str  # PartyType
    name: str
    person_id: str | None
    organisation_id: str | None
    id_type: str
    id_masked: str
    phone_masked: str
    address: str


@dataclass(frozen=True)
class AttachmentLine:
    """A file kept with the case."""

    id: str
    filename: str
    size: int
    note: str
    at: datetime


@dataclass(frozen=True)
class CaseView:
    """Everything the one case view shows: the transfer detail plus parties, files and rights.

    `correct_refusal` is why the viewer may not correct the case now (empty: they may).
    """

    detail: CaseDetail
    kind: str
    channel: str
    category_id: str | None
    received_at: datetime
    summary: str
    confidential: bool
    parties: tuple[PartyLine, ...]
    attachments: tuple[AttachmentLine, ...]
    due_text: str  # "剩 3 天" / "已超期 2 天 5 小时" (a Msg), empty when no limit runs
    overdue: bool
    correct_refusal: str


@dataclass(frozen=True)
class PetitionClock:
    """One statutory clock of a 信访 case: the step, when it ran out or runs out, and if met."""

    step: str  # route_petition, decide_acceptance, handle_petition, review_request, ...
    label: str  # 转送交办 / 决定受理 / 办理 / 申请复查 / ...
    limit: str  # "15日" / "3工作日"
    due_at: datetime | None
    done_at: datetime | None = None
    on_time: bool | None = None  # None while it runs (or for the petitioner's own windows)


@dataclass(frozen=True)
class PetitionProgress:
    """Where a 信访 case stands: stage, the running due date, organs and every clock so far."""

    case_id: str
    case_no: str
    stage: str  # PetitionStage value
    stage_label: str
    due_at: datetime | None  # of the step now running (or the petitioner's window)
    organ: str  # the organ now responsible (承办 / 复查 / 复核机关)
    review_organ: str
    recheck_organ: str
    final: bool
    clocks: tuple[PetitionClock, ...]
    lead_department_id: str | None = None
    review_department_id: str | None = None
    recheck_department_id: str | None = None


@dataclass(frozen=True)
class PetitionStageRate:
    """履职评价 of one organ for one 信访 step in a month: how many, how many on time."""

    department_id: str
    department: str
    step: str  # the event type of the written step
    label: str
    count: int
    on_time: int

    @property
    def rate(self) -> float | None:
        """Return the on-time share, None when nothing was due."""
        return None if self.count == 0 else self.on_time / self.count
