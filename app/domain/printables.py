"""Frozen views the printable renderers take: what each paper document shows, nothing more.

Every personal identifier arrives here already masked; a view refuses a complete ID number or
mobile number so a slip can never carry one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.domain.masking import looks_unmasked_id, looks_unmasked_mobile


class Paper(StrEnum):
    """Paper a document is printed on."""

    A4 = "a4"
    A5 = "a5"
    ROLL80 = "roll80"  # 80 mm thermal receipt roll; the page height follows the content


class NoticeKind(StrEnum):
    """Which written notice ends a case at intake."""

    REJECT = "reject"  # 不予受理告知书
    TRANSFER = "transfer"  # 移送告知书


QR_PREFIX = "YZ"


def receipt_qr_payload(case_no: str, query_code: str) -> str:
    """Return the text the receipt's QR code carries: prefix, case number and 查询码."""
    return f"{QR_PREFIX}|{case_no}|{query_code}"


def parse_receipt_qr(text: str) -> tuple[str, str] | None:
    """Return (case number, 查询码) from a scanned receipt QR, or None when it is not ours."""
    parts = text.strip().split("|")
    if len(parts) != 3 or parts[0] != QR_PREFIX or not parts[1]:
        return None
    return parts[1], parts[2]


@dataclass(frozen=True)
class CentreInfo:
    """The centre that issues a document and how a resident reaches it."""

    name: str  # 岱岳区满庄镇社会治理综合服务中心
    phone: str = ""  # public enquiry line, printed in full
    address: str = ""
    committee: str = ""  # 满庄镇人民调解委员会 (mediation documents)


@dataclass(frozen=True)
class PartyView:
    """A party as a document shows them; ID and mobile only in masked form."""

    role: str  # 申请人 / 被申请人 / 当事人 ... (label)
    name: str
    id_masked: str = ""
    phone_masked: str = ""
    sex: str = ""
    ethnicity: str = ""
    age: int | None = None
    occupation: str = ""
    address: str = ""
    organisation: bool = False
    representative: str = ""  # 法定代表人/负责人 of an organisation, or an agent

    def __post_init__(self) -> None:
        if looks_unmasked_id(self.id_masked):
            raise ValueError("printable party views take a masked ID number only")
        if looks_unmasked_mobile(self.phone_masked):
            raise ValueError("printable party views take a masked phone number only")


@dataclass(frozen=True)
class ReceiptView:
    """受理回执: what the resident takes home after registering at the window."""

    centre: CentreInfo
    case_no: str
    query_code: str
    received_at: datetime
    parties: tuple[PartyView, ...]
    summary: str
    kind: str  # 矛盾纠纷 / 信访·申诉求决类 ... (label)
    category: str
    channel: str
    window: str
    clerk: str
    time_limit: str  # "15个工作日"
    due_date: date | None
    department: str = ""  # receiving department when already known
    is_mediation: bool = False  # adds 人民调解法 art. 23 rights and art. 4 (free of charge)
    is_demo: bool = False


@dataclass(frozen=True)
class NoticeView:
    """不予受理告知书 or 移送告知书 handed to the party when the centre does not handle a matter."""

    kind: NoticeKind
    centre: CentreInfo
    doc_no: str  # 岱满不受告字〔2026〕第3号
    case_no: str
    query_code: str
    party: PartyView
    received_at: datetime
    summary: str
    reason: str
    legal_basis: str = ""
    transfer_to: str = ""  # organ the matter goes to (移送)
    transfer_contact: str = ""  # its address / phone
    guidance: str = ""  # where else the party may turn (诉讼、仲裁、行政复议 ...)
    issued_on: date | None = None
    clerk: str = ""
    is_demo: bool = False


@dataclass(frozen=True)
class AssignmentSlipView:
    """交办单: the centre sends a case to a lead department (and assisting ones)."""

    centre: CentreInfo
    slip_no: str
    case_no: str
    dispatched_at: datetime
    kind: str
    category: str
    risk_grade: str
    channel: str
    summary: str
    facts: str
    demands: str
    parties: tuple[PartyView, ...]
    lead_department: str
    assist_departments: tuple[str, ...] = ()
    sign_due_at: datetime | None = None
    time_limit: str = ""
    due_date: date | None = None
    requirements: str = ""
    dispatcher: str = ""
    is_demo: bool = False


@dataclass(frozen=True)
class SupervisionSlipView:
    """督办单: a supervisor presses a department on an overdue or serious case."""

    centre: CentreInfo
    slip_no: str
    case_no: str
    level: str  # 一般督办 / 重点督办 / 挂牌督办
    department: str
    summary: str
    received_at: datetime
    due_date: date | None
    overdue_days: int
    reason: str
    requirements: str
    reply_due: date | None
    supervisor: str
    issued_on: date
    is_demo: bool = False


@dataclass(frozen=True)
class ExtensionNoticeView:
    """延期告知书: tells the party the time limit was extended and why."""

    centre: CentreInfo
    doc_no: str
    case_no: str
    query_code: str
    party: PartyView
    received_at: datetime
    summary: str
    original_due: date
    new_due: date
    extension: str  # "15个工作日"
    reason: str
    department: str
    issued_on: date
    is_demo: bool = False


@dataclass(frozen=True)
class PetitionNoticeView:
    """A written step of the 信访 path: 受理/不予受理告知书, 处理意见书, 复查/复核 documents."""

    document: str  # the event type it records (acceptance_notice, petition_opinion, ...)
    title: str  # 受理告知书 / 不予受理告知书 / 信访事项处理意见书 / ...
    centre: CentreInfo
    organ: str  # the organ that issues it (承办 / 复查 / 复核机关)
    doc_no: str
    case_no: str
    query_code: str
    party: PartyView
    received_at: datetime
    summary: str
    paragraphs: tuple[str, ...]
    legal_basis: str  # one line: 依据《信访工作条例》第…条
    issued_on: date
    due_line: str = ""  # the date the next step falls due, as the petitioner should read it
    is_demo: bool = False


@dataclass(frozen=True)
class MediationAgreementView:
    """调解协议书 (人民调解法 arts. 28–33)."""

    centre: CentreInfo
    agreement_no: str  # （2026）岱满调字第015号
    case_no: str
    parties: tuple[PartyView, ...]
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
    is_demo: bool = False


@dataclass(frozen=True)
class RevisitRecordView:
    """回访记录: the centre asks the party whether the closed case was handled well."""

    centre: CentreInfo
    case_no: str
    party_name: str
    phone_masked: str
    summary: str
    department: str
    outcome: str
    result: str
    closed_on: date | None
    revisit_at: datetime
    channel: str  # 电话 / 上门 / 短信
    revisitor: str
    satisfaction: str
    comment: str
    follow_up: str  # 同意归档 / 重新交办 ...
    is_demo: bool = False

    def __post_init__(self) -> None:
        if looks_unmasked_mobile(self.phone_masked):
            raise ValueError("printable views take a masked phone number only")


@dataclass(frozen=True)
class PerformanceRow:
    """One department's line in the monthly 履职评价 ranking; rates are 0..1 or None."""

    rank: int
    department: str
    received: int
    signed_on_time: float | None
    closed: int
    closed_on_time: float | None
    overdue: int
    returned: int
    satisfaction: float | None
    score: float


@dataclass(frozen=True)
class PerformanceReportView:
    """履职评价: the monthly ranking of departments by how they handled cases."""

    centre: CentreInfo
    period: str  # 2026年11月
    generated_at: datetime
    rows: tuple[PerformanceRow, ...]
    scoring_note: str = ""
    is_demo: bool = False
