"""District reference data: regions, departments, categories, duty list, routing and time limits."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, ReferenceMixin


class Region(ReferenceMixin, Base):
    """A district, township (镇街) or village/community, by its statistical code."""

    __tablename__ = "region"

    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    short: Mapped[str] = mapped_column(String(32), default="")
    level: Mapped[str] = mapped_column(String(12))  # RegionLevel
    kind: Mapped[str] = mapped_column(String(12), default="")  # 街道 / 镇 / 乡 / 社区 / 村
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"), index=True)
    pinyin_initials: Mapped[str] = mapped_column(String(32), default="", index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")


class Department(ReferenceMixin, Base):
    """A department on the duty list; township-level codes start with T-, district with D-."""

    __tablename__ = "department"

    code: Mapped[str] = mapped_column(String(24), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    level: Mapped[str] = mapped_column(String(8))  # 镇街 / 区
    stationing: Mapped[str] = mapped_column(String(8), default="")  # 常驻 / 轮驻 / 随驻
    phone: Mapped[str] = mapped_column(String(32), default="")
    pinyin_initials: Mapped[str] = mapped_column(String(32), default="", index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Category(ReferenceMixin, Base):
    """A dispute or request category with its default handling limit."""

    __tablename__ = "category"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    pinyin_initials: Mapped[str] = mapped_column(String(32), default="", index=True)
    limit_value: Mapped[int] = mapped_column(Integer, default=30)
    limit_unit: Mapped[str] = mapped_column(String(8), default="日")  # TimeUnit
    confidence: Mapped[str] = mapped_column(String(8), default="guess")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class DutyItem(ReferenceMixin, Base):
    """One task of a department on the duty list (职责清单)."""

    __tablename__ = "duty_item"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    department_id: Mapped[str] = mapped_column(ForeignKey("department.id"), index=True)
    category_id: Mapped[str | None] = mapped_column(ForeignKey("category.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    basis: Mapped[str] = mapped_column(Text, default="")


class RoutingRule(ReferenceMixin, Base):
    """Default routing of a category: the lead department and the assisting ones."""

    __tablename__ = "routing_rule"

    category_id: Mapped[str] = mapped_column(ForeignKey("category.id"), index=True)
    lead_department_id: Mapped[str] = mapped_column(ForeignKey("department.id"))
    assist_department_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    priority: Mapped[int] = mapped_column(Integer, default=0)


class TimeLimitRule(ReferenceMixin, Base):
    """A statutory or customary time limit for a workflow step, in 日 or 工作日."""

    __tablename__ = "time_limit_rule"

    step: Mapped[str] = mapped_column(String(48))
    applies_to: Mapped[str] = mapped_column(String(48), default="all")
    limit_value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(12))  # 日 / 工作日 / fraction
    basis: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[str] = mapped_column(String(8), default="guess")
