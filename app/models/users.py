"""Users of the app and the audit trail of sensitive actions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.ids import uuid7
from app.models.base import Base, SyncMixin, utcnow


class User(SyncMixin, Base):
    """A staff member with one role at one township (or the district)."""

    __tablename__ = "user"

    username: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(24))  # Role
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"))
    window_name: Mapped[str] = mapped_column(String(32), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    password_hash: Mapped[str] = mapped_column(String(128), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AuditEntry(Base):
    """An append-only record of an unmasked view, export, print or admin change (PIPL art. 51)."""

    __tablename__ = "audit_entry"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    owner_org: Mapped[str] = mapped_column(String(12))
    user_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(36), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
