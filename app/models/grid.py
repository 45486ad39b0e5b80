"""Grid management: grids, grid workers, assignments, duty rosters and patrol logs."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncMixin


class Grid(SyncMixin, Base):
    """A grid drawn inside a village or community; its notice is posted publicly."""

    __tablename__ = "grid"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    town_id: Mapped[str] = mapped_column(ForeignKey("region.id"), index=True)
    village_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"), index=True)
    households: Mapped[int] = mapped_column(Integer, default=0)
    area: Mapped[str] = mapped_column(Text, default="")
    complaint_phone: Mapped[str] = mapped_column(String(32), default="")


class GridWorker(SyncMixin, Base):
    """A grid worker (网格员) of a township."""

    __tablename__ = "grid_worker"

    name: Mapped[str] = mapped_column(String(64), index=True)
    name_initials: Mapped[str] = mapped_column(String(32), default="", index=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    id_number: Mapped[str | None] = mapped_column(String(32))
    post: Mapped[str] = mapped_column(String(16))  # WorkerPost
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    joined_on: Mapped[date | None] = mapped_column(default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class GridAssignment(SyncMixin, Base):
    """Which worker serves which grid, and from when to when."""

    __tablename__ = "grid_assignment"

    grid_id: Mapped[str] = mapped_column(ForeignKey("grid.id"), index=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("grid_worker.id"), index=True)
    post: Mapped[str] = mapped_column(String(16))  # WorkerPost
    start_date: Mapped[date]
    end_date: Mapped[date | None] = mapped_column(default=None)


class DutyShift(SyncMixin, Base):
    """One line of a duty sheet: who is on which post, when and where."""

    __tablename__ = "duty_shift"
    __table_args__ = (Index("ix_duty_shift_org_date", "owner_org", "date"),)

    date: Mapped[date]
    shift: Mapped[str] = mapped_column(String(12))  # Shift
    post: Mapped[str] = mapped_column(String(12))  # DutyPost
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("grid_worker.id"))
    person_name: Mapped[str] = mapped_column(String(64))
    place: Mapped[str] = mapped_column(String(128), default="")
    signed_in_at: Mapped[datetime | None] = mapped_column(default=None)
    signed_out_at: Mapped[datetime | None] = mapped_column(default=None)
    substitute_id: Mapped[str | None] = mapped_column(ForeignKey("grid_worker.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class PatrolLog(SyncMixin, Base):
    """A grid worker's patrol record, optionally linked to the case it produced."""

    __tablename__ = "patrol_log"

    date: Mapped[date]
    worker_id: Mapped[str] = mapped_column(ForeignKey("grid_worker.id"), index=True)
    grid_id: Mapped[str | None] = mapped_column(ForeignKey("grid.id"))
    place: Mapped[str] = mapped_column(String(128), default="")
    issue: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"))


class WorkerLeave(SyncMixin, Base):
    """A grid worker's leave (请假/调休/公休), both days kept; the duty checks read it."""

    __tablename__ = "worker_leave"
    __table_args__ = (Index("ix_worker_leave_org_dates", "owner_org", "start_date"),)

    worker_id: Mapped[str] = mapped_column(ForeignKey("grid_worker.id"), index=True)
    start_date: Mapped[date]
    end_date: Mapped[date]
    reason: Mapped[str] = mapped_column(String(64), default="")


class DutyRotation(SyncMixin, Base):
    """A saved rotation template: the duty lines of N consecutive days, applied over a range.

    `pattern` is a JSON list of N days, each a list of lines
    {"shift", "post", "worker_id", "person_name", "place"}.
    """

    __tablename__ = "duty_rotation"

    name: Mapped[str] = mapped_column(String(64))
    days: Mapped[int] = mapped_column(Integer)
    pattern: Mapped[list[Any]] = mapped_column(JSON, default=list)
