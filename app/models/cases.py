"""The case aggregate: case, parties, append-only events and attachments."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, ReferenceMixin, SyncMixin

if TYPE_CHECKING:
    from app.models.people import Organisation, Person


def _insert_after(target: str) -> Any:
    """Return a relationship that only orders the unit of work: `target` rows are written first.

    Nothing assigns or loads it (code sets the foreign key column); it lets a new case and the
    rows pointing at it go in one flush (intake) instead of one flush per level.
    """
    return relationship(target, lazy="raise", viewonly=False)


class Case(SyncMixin, Base):
    """A request or dispute. `status` and the dates below it are a cache of the event fold."""

    __tablename__ = "case"
    __table_args__ = (
        Index("ix_case_owner_status", "owner_org", "status"),
        Index("ix_case_status_due", "status", "due_at"),
        # Keyset paging of the newest-first case list: (received_at, id) with no sort step.
        Index("ix_case_received_id", "received_at", "id"),
        # The same list filtered by status, category or township (migration 0004): the filter
        # and the order in one index, so a page reads its own rows and never sorts.
        # Its tail covers the dashboard's open/overdue breakdowns of a period (0021).
        Index(
            "ix_case_status_received",
            "status",
            "received_at",
            "id",
            "owner_org",
            "category_id",
            "channel",
            "town_id",
            "village_id",
            "due_at",
            "deleted_at",
        ),
        Index("ix_case_category_received", "category_id", "received_at", "id"),
        Index("ix_case_town_received", "town_id", "received_at", "id"),
        # The repeat-visit check: same village + category within N days.
        Index("ix_case_village_category", "village_id", "category_id", "received_at"),
        # A department's queue page and counts read only this index for the cases it leads.
        Index(
            "ix_case_lead_status_deadline",
            "lead_department_id",
            "status",
            "deadline_at",
            "warn_at",
            "escalated",
            "deleted_at",
        ),
        Index("ix_case_status_deadline", "status", "deadline_at"),
        # A department's assisted cases are found through case_assignment; their queue filter,
        # sort and counts then read this index instead of the (wide) case rows.
        Index(
            "ix_case_id_queue", "id", "status", "deadline_at", "warn_at", "escalated", "deleted_at"
        ),
        # 统计研判 (migration 0011): each holds every column its GROUP BYs read, so a month of
        # the dashboard walks index ranges and never the case rows (app.services.reports).
        Index(
            "ix_case_stats_received",
            "received_at", "owner_org", "category_id", "channel", "town_id", "village_id",
            "lead_department_id", "status", "due_at", "is_repeat", "is_group", "deleted_at", "id",
        ),
        Index(
            "ix_case_stats_closed",
            "closed_at", "owner_org", "category_id", "channel", "town_id", "village_id",
            "lead_department_id", "due_at", "received_at", "outcome", "satisfaction", "deleted_at",
        ),
        Index(
            "ix_case_stats_open",
            "status", "deadline_at", "warn_at", "due_at", "owner_org", "category_id",
            "lead_department_id", "is_group", "risk_grade", "received_at", "deleted_at", "id",
        ),
    )  # fmt: skip

    # Indexed through ix_case_owner_status, not on its own (migration 0003).
    owner_org: Mapped[str] = mapped_column(String(12))
    case_no: Mapped[str] = mapped_column(String(32), unique=True)
    query_code: Mapped[str] = mapped_column(String(6))
    kind: Mapped[str] = mapped_column(String(24))  # CaseKind
    channel: Mapped[str] = mapped_column(String(16))  # Channel
    town_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"))
    village_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"))
    grid_id: Mapped[str | None] = mapped_column(ForeignKey("grid.id"))
    # Indexed through ix_case_category_received, not on its own (migration 0004).
    category_id: Mapped[str | None] = mapped_column(ForeignKey("category.id"))
    occurred_at: Mapped[datetime | None] = mapped_column(default=None)
    received_at: Mapped[datetime] = mapped_column()
    summary: Mapped[str] = mapped_column(String(200), default="")
    facts: Mapped[str] = mapped_column(Text, default="")
    demands: Mapped[str] = mapped_column(Text, default="")
    people_count: Mapped[int] = mapped_column(Integer, default=1)
    is_group: Mapped[bool] = mapped_column(Boolean, default=False)
    risk_grade: Mapped[str] = mapped_column(String(8), default="none")  # RiskGrade
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    is_repeat: Mapped[bool] = mapped_column(Boolean, default=False)
    repeat_of_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"))
    status: Mapped[str] = mapped_column(String(16), default="registered")  # CaseStatus
    lead_department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"))
    due_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    outcome: Mapped[str | None] = mapped_column(String(16), default=None)  # Outcome
    satisfaction: Mapped[str | None] = mapped_column(String(16), default=None)  # Satisfaction
    # The time limit running now (签收, 办理 or 回访) and when it turns yellow: lists colour and
    # sort by these without folding events.
    deadline_at: Mapped[datetime | None] = mapped_column(default=None)
    warn_at: Mapped[datetime | None] = mapped_column(default=None)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    window_name: Mapped[str] = mapped_column(String(32), default="")
    clerk_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    device_code: Mapped[str] = mapped_column(String(8), default="")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)


class CaseParty(SyncMixin, Base):
    """A party to a case: applicant, respondent, third party or representative."""

    __tablename__ = "case_party"
    __table_args__ = (
        # 监测预警's persons with 3+ cases (migration 0011): a case's applicants, index only.
        Index(
            "ix_case_party_applicant_person",
            "case_id",
            "person_id",
            "role",  # (the partial index's own columns, so SQLite reads nothing else)
            "deleted_at",
            sqlite_where=text("role = 'applicant' AND deleted_at IS NULL"),
            postgresql_where=text("role = 'applicant' AND deleted_at IS NULL"),
        ),
        # A person's applicant cases, index only (0021): person_recent's candidates and their
        # cases in the window.
        Index(
            "ix_case_party_person_applicant",
            "person_id",
            "case_id",
            "role",
            "deleted_at",
            sqlite_where=text("role = 'applicant' AND deleted_at IS NULL"),
            postgresql_where=text("role = 'applicant' AND deleted_at IS NULL"),
        ),
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))  # PartyRole
    party_type: Mapped[str] = mapped_column(String(16), default="person")  # PartyType
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(128))  # snapshot at intake, for slips and lists
    represents_id: Mapped[str | None] = mapped_column(ForeignKey("case_party.id"))
    # The party-name search triggers read the case and person rows: they must exist first.
    _case: Mapped[Case] = _insert_after("Case")
    _person: Mapped[Person | None] = _insert_after("Person")
    _organisation: Mapped[Organisation | None] = _insert_after("Organisation")


class CaseEvent(SyncMixin, Base):
    """One append-only fact about a case; the case state is the fold of its events."""

    __tablename__ = "case_event"
    __table_args__ = (
        Index("ix_case_event_case_order", "case_id", "server_seq", "id"),
        # 履职评价 reads one month of one event type at a time, and finds the assignment in
        # force at a signature from the index alone.
        Index("ix_case_event_type_at", "type", "at"),
        Index("ix_case_event_case_type_id", "case_id", "type", "id"),
    )

    owner_org: Mapped[str] = mapped_column(String(12))  # no index of its own (0003)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"))
    type: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime]  # author's clock: informational, never used to order
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"), index=True)
    actor_name: Mapped[str] = mapped_column(String(64), default="")
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"))
    base_case_version: Mapped[int] = mapped_column(Integer, default=0)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    no_effect: Mapped[bool] = mapped_column(Boolean, default=False)
    server_seq: Mapped[int | None] = mapped_column(Integer, default=None)
    _case: Mapped[Case] = _insert_after("Case")


class Attachment(SyncMixin, Base):
    """A file or scan kept in the app's content-addressed store."""

    __tablename__ = "attachment"

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("case_event.id"))
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(64), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    _case: Mapped[Case] = _insert_after("Case")
    _event: Mapped[CaseEvent | None] = _insert_after("CaseEvent")


class CaseAssignment(Base):
    """Local cache of which departments a case is assigned to now (rebuilt from the fold).

    Not synced: every device derives it from the case events, so department queues (主办 and
    协办) are one indexed lookup.
    """

    __tablename__ = "case_assignment"
    # Covers a department's queue filter (and whether it leads) without reading the table; the
    # other three cover 履职评价's month ranges (signatures, closings, revisits).
    __table_args__ = (
        Index("ix_case_assignment_dept_state", "department_id", "state", "is_lead", "case_id"),
        Index("ix_case_assignment_signed", "signed_at", "department_id", "sign_on_time"),
        Index("ix_case_assignment_closed", "closed_at", "department_id", "close_on_time"),
        Index("ix_case_assignment_revisited", "revisited_at", "department_id", "satisfaction"),
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), primary_key=True)
    department_id: Mapped[str] = mapped_column(ForeignKey("department.id"), primary_key=True)
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(12))  # to_sign / signed / reported / done
    # What 履职评价 rates (app.services.transfer.workflow.facts): the latest lead signature,
    # closing and revisit by this department, and whether each met the limit in force.
    signed_at: Mapped[datetime | None] = mapped_column(default=None)
    sign_on_time: Mapped[bool | None] = mapped_column(Boolean, default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    close_on_time: Mapped[bool | None] = mapped_column(Boolean, default=None)
    revisited_at: Mapped[datetime | None] = mapped_column(default=None)
    satisfaction: Mapped[str | None] = mapped_column(String(16), default=None)


class EvaluationWeight(ReferenceMixin, Base):
    """The district's weight of one 履职评价 metric (on-time signing, closing, returns, ...)."""

    __tablename__ = "evaluation_weight"

    metric: Mapped[str] = mapped_column(String(32), unique=True)
    weight: Mapped[float] = mapped_column(Float)
