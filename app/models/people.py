"""Residents and organisations who bring or are named in cases."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncMixin


class Person(SyncMixin, Base):
    """A natural person. The ID number is sensitive: shown masked except on the intake form."""

    __tablename__ = "person"

    name: Mapped[str] = mapped_column(String(64), index=True)
    name_pinyin: Mapped[str] = mapped_column(String(128), default="")
    name_initials: Mapped[str] = mapped_column(String(32), default="", index=True)
    id_type: Mapped[str] = mapped_column(String(16), default="resident")  # IdType
    id_number: Mapped[str | None] = mapped_column(String(32), index=True)
    birth_date: Mapped[date | None] = mapped_column(default=None)
    sex: Mapped[str] = mapped_column(String(1), default="U")  # Sex
    phone: Mapped[str] = mapped_column(String(32), default="", index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    village_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class Organisation(SyncMixin, Base):
    """A company or other organisation, identified by its unified social credit code."""

    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(128), index=True)
    name_initials: Mapped[str] = mapped_column(String(48), default="", index=True)
    uscc: Mapped[str | None] = mapped_column(String(18), index=True)
    legal_rep: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
