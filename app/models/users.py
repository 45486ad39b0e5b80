"""Users of the app and the audit trail of sensitive actions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
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
    # Hash chain (0006): entry n carries the hash of entry n-1; editing or removing any entry
    # breaks every hash after it (app.services.audit.verify_chain).
    seq: Mapped[int | None] = mapped_column(Integer, unique=True, default=None)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class LoginState(Base):
    """This desk's failed sign-ins of one user and the lockout they caused (local, never synced)."""

    __tablename__ = "login_state"

    user_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    last_login_at: Mapped[datetime | None] = mapped_column(default=None)


class LocalMeta(Base):
    """Facts about this database file (e.g. `demo_password` on a demo database). Never synced."""

    __tablename__ = "local_meta"

    key: Mapped[str] = mapped_column(String(48), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
