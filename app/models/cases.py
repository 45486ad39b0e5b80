"""The case aggregate: case, parties, append-only events and attachments."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncMixin


class Case(SyncMixin, Base):
    """A request or dispute. `status` and the dates below it are a cache of the event fold."""

    __tablename__ = "case"
    __table_args__ = (
        Index("ix_case_owner_status", "owner_org", "status"),
        Index("ix_case_status_due", "status", "due_at"),
    )

    case_no: Mapped[str] = mapped_column(String(32), unique=True)
    query_code: Mapped[str] = mapped_column(String(6))
    kind: Mapped[str] = mapped_column(String(24))  # CaseKind
    channel: Mapped[str] = mapped_column(String(16))  # Channel
    town_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"))
    village_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"), index=True)
    grid_id: Mapped[str | None] = mapped_column(ForeignKey("grid.id"))
    category_id: Mapped[str | None] = mapped_column(ForeignKey("category.id"), index=True)
    occurred_at: Mapped[datetime | None] = mapped_column(default=None)
    received_at: Mapped[datetime] = mapped_column(index=True)
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
    lead_department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"), index=True)
    due_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    outcome: Mapped[str | None] = mapped_column(String(16), default=None)  # Outcome
    satisfaction: Mapped[str | None] = mapped_column(String(16), default=None)  # Satisfaction
    window_name: Mapped[str] = mapped_column(String(32), default="")
    clerk_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    device_code: Mapped[str] = mapped_column(String(8), default="")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)


class CaseParty(SyncMixin, Base):
    """A party to a case: applicant, respondent, third party or representative."""

    __tablename__ = "case_party"

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))  # PartyRole
    party_type: Mapped[str] = mapped_column(String(16), default="person")  # PartyType
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(128))  # snapshot at intake, for slips and lists
    represents_id: Mapped[str | None] = mapped_column(ForeignKey("case_party.id"))


class CaseEvent(SyncMixin, Base):
    """One append-only fact about a case; the case state is the fold of its events."""

    __tablename__ = "case_event"
    __table_args__ = (Index("ix_case_event_case_order", "case_id", "server_seq", "id"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"))
    type: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime]  # author's clock: informational, never used to order
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    actor_name: Mapped[str] = mapped_column(String(64), default="")
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"), index=True)
    base_case_version: Mapped[int] = mapped_column(Integer, default=0)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    no_effect: Mapped[bool] = mapped_column(Boolean, default=False)
    server_seq: Mapped[int | None] = mapped_column(Integer, default=None)


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
