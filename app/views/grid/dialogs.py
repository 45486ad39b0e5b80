"""Dialogs of the grid tab: grid, worker, assignment, duty shift, substitute and patrol forms.

Each dialog saves through run_op and closes only when the service succeeded; a ValidationError
is shown beside the form with the offending fields marked, and everything typed stays put.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.domain.enums import DutyPost, Shift, WorkerPost
from app.domain.grid import GridView, VillageRef, WorkerView
from app.services.errors import ValidationError
from app.services.grid import assign as grid_assign
from app.services.grid import duty as grid_duty
from app.services.grid import grids as grid_service
from app.services.grid import workers as grid_workers
from app.views.context import AppContext
from app.views.labels import enum_label
from app.views.operations import run_op, show_error
from app.views.service_messages import service_text

_ERROR_STYLE = "border: 2px solid #cf222e;"
W = TypeVar("W", bound=QWidget)
T = TypeVar("T")


# Dialog titles are translated before the dialog object exists, so not with self.tr().
translate = QCoreApplication.translate


def op(
    widget: QWidget,
    ctx: AppContext,
    fn: Callable[[Any], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    changes: Iterable[str] = (),
) -> None:
    """Run `fn` through run_op; results reaching a widget already destroyed are dropped.

    A tab can be closed (or the window shut) while its query is still on the worker.
    """

    def success(value: T) -> None:
        if on_success is not None and isValid(widget):
            on_success(value)

    def failure(exc: BaseException) -> None:
        if not isValid(widget):
            return
        if on_error is not None:
            on_error(exc)
        else:
            show_error(widget, exc)

    run_op(widget, ctx, fn, on_success=success, on_error=failure, changes=changes)


def to_qdate(day: date) -> QDate:
    """Return `day` as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    """Return a QDate as a date."""
    return date(value.year(), value.month(), value.day())


def date_edit(day: date, parent: QWidget) -> QDateEdit:
    """Return a calendar-popup date field showing `day`."""
    edit = QDateEdit(to_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def combo(items: Sequence[tuple[str, Any]], parent: QWidget, current: Any = None) -> QComboBox:
    """Return a combo box of (label, data) items with `current` selected."""
    box = QComboBox(parent)
    for label, data in items:
        box.addItem(label, data)
    if current is not None:
        index = box.findData(current)
        box.setCurrentIndex(max(index, 0))
    return box


class FormDialog(QDialog):
    """A form with a message line, 保存/取消 buttons and field-level error marks."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.fields: dict[str, QWidget] = {}
        self.result_value: Any = None
        self.message = QLabel(self)
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #cf222e; font-weight: bold;")
        self.message.hide()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def add(self, key: str, label: str, widget: W) -> W:
        """Add a labelled field that errors for `key` will mark."""
        widget.setObjectName(key)
        self.fields[key] = widget
        self.form.addRow(label, widget)
        return widget

    def call(self, session: Any) -> Any:
        """Run the service call of this form (overridden by each dialog)."""
        raise NotImplementedError

    def submit(self) -> None:
        """Save through the database worker; close on success, mark the fields on failure."""
        self.buttons.setEnabled(False)
        op(
            self,
            self.ctx,
            self.call,
            on_success=self._saved,
            on_error=self._failed,
            changes={"grid"},
        )

    def _saved(self, value: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = value
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        for widget in self.fields.values():
            widget.setStyleSheet("")
        if not isinstance(exc, ValidationError):
            show_error(self, exc)
            return
        self.message.setText("\n".join(service_text(m) for m in exc.errors.values()))
        self.message.show()
        marked = [self.fields[k] for k in exc.errors if k in self.fields]
        for widget in marked:
            widget.setStyleSheet(_ERROR_STYLE)
        if marked:
            marked[0].setFocus()


class GridDialog(FormDialog):
    """Create or edit a grid: name, village, households, area and the complaint line."""

    def __init__(
        self,
        ctx: AppContext,
        villages: Sequence[VillageRef],
        grid: GridView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            translate("GridDialogs", "编辑网格") if grid else translate("GridDialogs", "新建网格"),
            parent,
        )
        self.grid = grid
        self.name = self.add("name", self.tr("网格名称"), QLineEdit(grid.name if grid else ""))
        items = [(self.tr("（未指定）"), None)] + [(v.name, v.id) for v in villages]
        self.village = self.add(
            "village_id",
            self.tr("所属村/社区"),
            combo(items, self, grid.village_id if grid else None),
        )
        self.households = QSpinBox(self)
        self.households.setRange(0, 100000)
        self.households.setValue(grid.households if grid else 0)
        self.households.setSuffix(self.tr(" 户"))
        self.add("households", self.tr("户数"), self.households)
        self.area = self.add("area", self.tr("网格范围"), QLineEdit(grid.area if grid else ""))
        self.phone = self.add(
            "complaint_phone",
            self.tr("投诉监督电话"),
            QLineEdit(grid.complaint_phone if grid else "12345"),
        )

    def call(self, session: Any) -> GridView:
        """Save the grid."""
        return grid_service.save_grid(
            session,
            org_code=self.ctx.user.org_code,
            name=self.name.text(),
            village_id=self.village.currentData(),
            households=self.households.value(),
            area=self.area.text(),
            complaint_phone=self.phone.text(),
            grid_id=self.grid.id if self.grid else None,
        )


class WorkerDialog(FormDialog):
    """Create or edit a grid worker."""

    def __init__(
        self, ctx: AppContext, worker: WorkerView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            translate("GridDialogs", "编辑网格员")
            if worker
            else translate("GridDialogs", "新增网格员"),
            parent,
        )
        self.worker = worker
        self.name = self.add("name", self.tr("姓名"), QLineEdit(worker.name if worker else ""))
        self.phone = self.add(
            "phone", self.tr("联系电话"), QLineEdit(worker.phone if worker else "")
        )
        self.phone.setPlaceholderText(self.tr("手机号或0538固定电话"))
        self.post = self.add(
            "post",
            self.tr("岗位类型"),
            combo(
                [(enum_label(p), p.value) for p in WorkerPost],
                self,
                worker.post.value if worker else WorkerPost.FULL_TIME.value,
            ),
        )
        # The stored ID number is never shown in full: left empty, it stays as it is.
        self.id_number = self.add("id_number", self.tr("身份证号"), QLineEdit(self))
        if worker is not None and worker.id_masked:
            self.id_number.setPlaceholderText(
                self.tr("已登记 {masked}，留空不变").format(masked=worker.id_masked)
            )
        else:
            self.id_number.setPlaceholderText(self.tr("选填"))
        self.has_joined = QCheckBox(self.tr("填写入职日期"), self)
        joined = worker.joined_on if worker and worker.joined_on else grid_service.today()
        self.joined = date_edit(joined, self)
        self.has_joined.setChecked(bool(worker and worker.joined_on))
        self.joined.setEnabled(self.has_joined.isChecked())
        self.has_joined.toggled.connect(self.joined.setEnabled)
        self.form.addRow("", self.has_joined)
        self.add("joined_on", self.tr("入职日期"), self.joined)
        self.note = self.add("note", self.tr("备注"), QLineEdit(worker.note if worker else ""))

    def call(self, session: Any) -> WorkerView:
        """Save the worker."""
        return grid_workers.save_worker(
            session,
            org_code=self.ctx.user.org_code,
            name=self.name.text(),
            phone=self.phone.text(),
            post=self.post.currentData(),
            id_number=self.id_number.text() or (None if self.worker else ""),
            joined_on=from_qdate(self.joined.date()) if self.has_joined.isChecked() else None,
            note=self.note.text(),
            worker_id=self.worker.id if self.worker else None,
        )


class AssignDialog(FormDialog):
    """Put a worker on a grid from a start date (optionally until an end date)."""

    def __init__(
        self,
        ctx: AppContext,
        grids: Sequence[GridView],
        workers: Sequence[WorkerView],
        *,
        grid_id: str | None = None,
        worker_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, translate("GridDialogs", "分配到网格"), parent)
        self.grid = self.add(
            "grid", self.tr("网格"), combo([(g.name, g.id) for g in grids], self, grid_id)
        )
        self.worker = self.add(
            "worker",
            self.tr("网格员"),
            combo(
                [
                    (self.tr("{name}（{post}）").format(name=w.name, post=enum_label(w.post)), w.id)
                    for w in workers
                ],
                self,
                worker_id,
            ),
        )
        self.post = self.add(
            "post",
            self.tr("本网格岗位"),
            combo([(enum_label(p), p.value) for p in WorkerPost], self),
        )
        self.worker.currentIndexChanged.connect(self._follow_worker_post)
        self._posts = {w.id: w.post.value for w in workers}
        self._follow_worker_post()
        self.start = self.add(
            "start_date", self.tr("开始日期"), date_edit(grid_service.today(), self)
        )
        self.has_end = QCheckBox(self.tr("设定结束日期"), self)
        self.end = date_edit(grid_service.today(), self)
        self.end.setEnabled(False)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.form.addRow("", self.has_end)
        self.add("end_date", self.tr("结束日期"), self.end)

    def _follow_worker_post(self) -> None:
        post = self._posts.get(self.worker.currentData() or "")
        if post:
            self.post.setCurrentIndex(max(self.post.findData(post), 0))

    def call(self, session: Any) -> Any:
        """Save the assignment."""
        if not self.grid.currentData() or not self.worker.currentData():
            raise ValidationError({"grid": self.tr("请先选择网格和网格员")})
        return grid_assign.assign_worker(
            session,
            grid_id=self.grid.currentData(),
            worker_id=self.worker.currentData(),
            post=self.post.currentData(),
            start_date=from_qdate(self.start.date()),
            end_date=from_qdate(self.end.date()) if self.has_end.isChecked() else None,
        )


class ShiftDialog(FormDialog):
    """Add one line to the duty sheet."""

    def __init__(
        self,
        ctx: AppContext,
        workers: Sequence[WorkerView],
        day: date,
        shift: Shift,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, translate("GridDialogs", "添加值班"), parent)
        self.day = self.add("date", self.tr("日期"), date_edit(day, self))
        self.shift = self.add(
            "shift",
            self.tr("班次"),
            combo([(enum_label(s), s.value) for s in Shift], self, shift.value),
        )
        self.post = self.add(
            "post", self.tr("岗位"), combo([(enum_label(p), p.value) for p in DutyPost], self)
        )
        people: list[tuple[str, str | None]] = [(self.tr("（其他人员，填写姓名）"), None)]
        people += [
            (self.tr("{name}（{post}）").format(name=w.name, post=enum_label(w.post)), w.id)
            for w in workers
        ]
        self.worker = self.add("worker_id", self.tr("值班人员"), combo(people, self))
        if workers:
            self.worker.setCurrentIndex(1)
        self.person = self.add("person_name", self.tr("其他人员姓名"), QLineEdit(self))
        self.place = self.add("place", self.tr("地点"), QLineEdit(self))
        self.note = self.add("note", self.tr("备注"), QLineEdit(self))

    def call(self, session: Any) -> Any:
        """Save the shift."""
        item = grid_duty.ShiftInput(
            date=from_qdate(self.day.date()),
            shift=self.shift.currentData(),
            post=self.post.currentData(),
            worker_id=self.worker.currentData(),
            person_name=self.person.text(),
            place=self.place.text(),
            note=self.note.text(),
        )
        return grid_duty.add_shifts(session, org_code=self.ctx.user.org_code, shifts=[item])


class SubstituteDialog(FormDialog):
    """Name who stands in for the person on duty."""

    def __init__(
        self,
        ctx: AppContext,
        shift_id: str,
        workers: Sequence[WorkerView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, translate("GridDialogs", "替班"), parent)
        self.shift_id = shift_id
        items = [(self.tr("（取消替班）"), None)] + [(w.name, w.id) for w in workers]
        self.substitute = self.add("substitute_id", self.tr("替班人员"), combo(items, self))
        self.note = self.add("note", self.tr("原因/备注"), QLineEdit(self))

    def call(self, session: Any) -> Any:
        """Save the substitute."""
        return grid_duty.set_substitute(
            session,
            shift_id=self.shift_id,
            substitute_id=self.substitute.currentData(),
            note=self.note.text(),
        )


class PatrolDialog(FormDialog):
    """Record a patrol: who, where, what was found, what was done, and the linked case."""

    def __init__(
        self,
        ctx: AppContext,
        grids: Sequence[GridView],
        workers: Sequence[WorkerView],
        grid_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, translate("GridDialogs", "新增巡查记录"), parent)
        self.day = self.add("date", self.tr("巡查日期"), date_edit(grid_service.today(), self))
        self.worker = self.add(
            "worker_id",
            self.tr("网格员"),
            combo([(w.name, w.id) for w in workers], self),
        )
        grid_items = [(self.tr("（不指定）"), None)] + [(g.name, g.id) for g in grids]
        self.grid = self.add("grid_id", self.tr("网格"), combo(grid_items, self, grid_id))
        self.place = self.add("place", self.tr("巡查地点"), QLineEdit(self))
        self.issue = self.add("issue", self.tr("发现问题"), QPlainTextEdit(self))
        self.action = self.add("action", self.tr("处置措施"), QPlainTextEdit(self))
        self.result_text = self.add("result", self.tr("处置结果"), QLineEdit(self))
        self.case_no = self.add("case_no", self.tr("关联案件编号"), QLineEdit(self))
        self.case_no.setPlaceholderText(self.tr("选填，如 106-261127-A-0007"))
        for box in (self.issue, self.action):
            box.setTabChangesFocus(True)
            box.setFixedHeight(70)

    def call(self, session: Any) -> Any:
        """Save the patrol record."""
        return grid_duty.add_patrol(
            session,
            org_code=self.ctx.user.org_code,
            day=from_qdate(self.day.date()),
            worker_id=self.worker.currentData() or "",
            grid_id=self.grid.currentData(),
            place=self.place.text(),
            issue=self.issue.toPlainText(),
            action=self.action.toPlainText(),
            result=self.result_text.text(),
            case_no=self.case_no.text(),
        )
