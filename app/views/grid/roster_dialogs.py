"""Dialogs of the month duty sheet: a worker's leave, saving and applying a rotation template."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from app.domain.grid import RotationView, WorkerView
from app.services.errors import ValidationError
from app.services.grid import duty as grid_duty
from app.services.grid import leave as grid_leave
from app.views.context import AppContext
from app.views.grid.dialogs import FormDialog, combo, date_edit, from_qdate, translate
from app.views.labels import enum_label


class LeaveDialog(FormDialog):
    """Record a worker's leave (the duty checks then flag them on duty those days)."""

    def __init__(
        self,
        ctx: AppContext,
        workers: Sequence[WorkerView],
        day: date,
        parent: QWidget | None = None,
        worker_id: str | None = None,
    ) -> None:
        super().__init__(ctx, translate("RosterDialogs", "请假登记"), parent)
        people: list[tuple[str, str | None]] = [(self.tr("（请选择网格员）"), None)]
        people += [
            (self.tr("{name}（{post}）").format(name=w.name, post=enum_label(w.post)), w.id)
            for w in workers
        ]
        self.worker = self.add("worker_id", self.tr("网格员"), combo(people, self, worker_id))
        self.start = self.add("start_date", self.tr("开始日期"), date_edit(day, self))
        self.end = self.add("end_date", self.tr("结束日期"), date_edit(day, self))
        self.reason = self.add("reason", self.tr("事由"), QLineEdit(self))
        self.reason.setPlaceholderText(self.tr("病假、事假、调休、公休…"))
        self.reason.setMaxLength(64)

    def prepare(self) -> Callable[[Any], Any]:
        """Save the leave."""
        return partial(
            grid_leave.add_leave,
            actor=self.ctx.actor(),
            org_code=self.ctx.user.org_code,
            worker_id=self.worker.currentData() or "",
            start_date=from_qdate(self.start.date()),
            end_date=from_qdate(self.end.date()),
            reason=self.reason.text(),
        )


class SaveRotationDialog(FormDialog):
    """Save N days of the sheet from a date as a rotation template."""

    def __init__(
        self,
        ctx: AppContext,
        start: date,
        worker_ids: frozenset[str] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, translate("RosterDialogs", "存为轮换模板"), parent)
        self.worker_ids = worker_ids
        self.name = self.add("name", self.tr("模板名称"), QLineEdit(self))
        self.name.setMaxLength(64)
        self.start = self.add("start", self.tr("从哪天起"), date_edit(start, self))
        self.days = self.add("days", self.tr("轮换周期（天）"), QSpinBox(self))
        self.days.setRange(1, grid_duty.MAX_ROTATION_DAYS)
        self.days.setValue(7)

    def prepare(self) -> Callable[[Any], Any]:
        """Save the template."""
        return partial(
            grid_duty.save_rotation,
            actor=self.ctx.actor(),
            org_code=self.ctx.user.org_code,
            name=self.name.text(),
            start=from_qdate(self.start.date()),
            days=self.days.value(),
            worker_ids=self.worker_ids,
        )


class ApplyRotationDialog(FormDialog):
    """Lay a saved rotation template over a date range (lines already there are kept)."""

    def __init__(
        self,
        ctx: AppContext,
        rotations: Sequence[RotationView],
        first: date,
        last: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, translate("RosterDialogs", "套用轮换模板"), parent)
        items: list[tuple[str, str | None]] = [
            (
                self.tr("{name}（{days}天一轮，{n}条）").format(
                    name=r.name, days=r.days, n=r.lines
                ),
                r.id,
            )
            for r in rotations
        ]
        self.rotation = self.add("rotation_id", self.tr("模板"), combo(items, self))
        self.start = self.add("start", self.tr("开始日期"), date_edit(first, self))
        self.end = self.add("end", self.tr("结束日期"), date_edit(last, self))

    def prepare(self) -> Callable[[Any], Any]:
        """Apply the template."""
        rotation_id = self.rotation.currentData()
        if not rotation_id:
            raise ValidationError({"rotation_id": "请先存一个轮换模板"})
        return partial(
            grid_duty.apply_rotation,
            actor=self.ctx.actor(),
            org_code=self.ctx.user.org_code,
            rotation_id=rotation_id,
            start=from_qdate(self.start.date()),
            end=from_qdate(self.end.date()),
        )


def month_end(day: date) -> date:
    """Return the last day of `day`'s month."""
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
