"""What window intake and the case search list hand in and get back (frozen, Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from app.domain.enums import (
    CaseKind,
    Channel,
    IdType,
    LabelledEnum,
    PartyRole,
    PartyType,
    RiskGrade,
    Sex,
)

# Text limits a user can hit; the messages quote them.
MAX_FACTS = 20_000
MAX_DEMANDS = 5_000
MAX_NAME = 64
MAX_ORG_NAME = 128
MAX_ADDRESS = 200
MAX_SUMMARY = 200


@dataclass(frozen=True)
class IdentityInfo:
    """A validated identity document: the compact number and what it tells about the holder."""

    id_type: IdType
    number: str
    birth_date: date | None = None
    sex: Sex = Sex.UNKNOWN


class WindowAction(LabelledEnum):
    """What the window does with a case right after registering it."""

    ACCEPT = "accept", "受理"
    QUICK_RESOLVE = "quick_resolve", "快速处置"
    REJECT = "reject", "不予受理"
    TRANSFER_OUT = "transfer_out", "移送"


@dataclass(frozen=True)
class PartyInput:
    """One party as typed at the window; `person_id` is set when picked from the lookup."""

    role: PartyRole
    name: str
    party_type: PartyType = PartyType.PERSON
    id_type: IdType = IdType.RESIDENT
    id_number: str = ""
    phone: str = ""
    address: str = ""
    person_id: str | None = None
    uscc: str = ""
    legal_rep: str = ""
    represents: int | None = None  # index of the represented party in IntakeInput.parties


@dataclass(frozen=True)
class StoredFile:
    """A file already copied into the attachment store."""

    sha256: str
    filename: str
    size: int
    mime: str = "application/octet-stream"


@dataclass(frozen=True)
class IntakeInput:
    """Everything the intake form holds when the clerk saves."""

    kind: CaseKind
    channel: Channel
    parties: tuple[PartyInput, ...]
    facts: str
    category_id: str | None = None
    town_id: str | None = None
    village_id: str | None = None
    grid_id: str | None = None
    occurred_at: datetime | None = None
    summary: str = ""
    demands: str = ""
    people_count: int = 1
    is_group: bool = False
    risk_grade: RiskGrade = RiskGrade.NONE
    confidential: bool = False
    attachments: tuple[StoredFile, ...] = ()
    action: WindowAction = WindowAction.ACCEPT
    outcome: str = ""  # Outcome value, for QUICK_RESOLVE
    result: str = ""  # what was done on the spot, for QUICK_RESOLVE
    reason: str = ""  # for REJECT and TRANSFER_OUT
    transfer_to: str = ""  # receiving organ, for TRANSFER_OUT
    repeat_of_id: str | None = None  # the earlier case the clerk linked this one to
    window_name: str = ""
    is_demo: bool = False


@dataclass(frozen=True)
class IntakeResult:
    """A saved case: its numbers and where it stands."""

    case_id: str
    case_no: str
    query_code: str
    status: str
    due_at: datetime | None
    is_repeat: bool
    repeat_of_id: str | None = None
    repeat_of_no: str | None = None


@dataclass(frozen=True)
class PersonHit:
    """A person found while typing. `id_number` is full: only the intake form shows it."""

    id: str
    name: str
    id_type: IdType
    id_number: str
    id_masked: str
    phone: str
    phone_masked: str
    address: str
    village_id: str | None
    birth_date: date | None
    sex: Sex
    matched_by: str  # id / phone / name / initials


@dataclass(frozen=True)
class CaseBrief:
    """One earlier case in a side panel or a repeat-visit warning."""

    id: str
    case_no: str
    received_at: datetime
    status: str
    status_label: str
    category_name: str
    summary: str
    owner_org: str
    reason: str = ""  # why it is shown as a possible repeat
    petition_final: bool = False  # a 信访 matter closed to further review (信访终结)


NONE_KEY = "-"  # a CaseFilter id field holding this matches cases where it is empty


@dataclass(frozen=True)
class CaseFilter:
    """Filters of the case search list; empty fields do not filter."""

    text: str = ""
    statuses: tuple[str, ...] = ()
    category_id: str | None = None
    town_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    overdue: bool = False
    # What the dashboard's click-through adds (app.services.reports.dashboard.case_filter):
    # the dates above apply to receipt, closing or a 退回 event (by `department_id` then).
    date_field: str = "received"  # received / closed / returned
    owner_org: str | None = None
    channel: str | None = None
    village_id: str | None = None
    department_id: str | None = None  # the lead department (the returning one for "returned")
    repeat_only: bool = False
    group_only: bool = False
    label: str = ""  # what the list shows it is filtered by, e.g. "首页：11月 受理 · 土地纠纷"


@dataclass(frozen=True, order=True)
class CaseKey:
    """Keyset position in the list: (received_at, id) for the plain list, rowid for searches."""

    received_at: datetime
    id: str
    rowid: int = 0


class CaseRow(NamedTuple):
    """One row of the case search list.

    A NamedTuple, not a frozen dataclass: a list page builds hundreds of these, and a frozen
    dataclass's __init__ (one object.__setattr__ per field) costs three times as much.
    """

    id: str
    rowid: int
    case_no: str
    received_at: datetime
    status: str
    status_label: str
    category_name: str
    town_name: str
    applicant: str
    summary: str
    due_at: datetime | None
    overdue: bool
    is_repeat: bool

    @property
    def key(self) -> CaseKey:
        """Return this row's keyset position."""
        return CaseKey(self.received_at, self.id, self.rowid)


@dataclass(frozen=True)
class CasePage:
    """A chunk of the case list; `next_key` is None at the end."""

    rows: tuple[CaseRow, ...]
    next_key: CaseKey | None = None


@dataclass(frozen=True)
class Choice:
    """A value with its label (and pinyin initials for searching combos)."""

    value: str
    label: str
    initials: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class IntakeChoices:
    """What the intake form's combos offer: categories and townships of the district."""

    categories: tuple[Choice, ...]
    towns: tuple[Choice, ...]
    default_town_id: str | None
    villages: tuple[Choice, ...] = ()  # of the default township, so the form needs no 2nd trip
