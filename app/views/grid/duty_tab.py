"""排班表 sub-tab: a week as days × shifts; the lines of the chosen cell below it for actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Shift
from app.domain.grid import DutyShiftView, DutyWeek, WorkerView
from app.services.grid import duty as grid_duty
from app.services.grid import grids as grid_service
from app.services.grid import workers as grid_workers
from app.views.grid.dialogs import ShiftDialog, SubstituteDialog, op
from app.views.icons import icon
from app.views.labels import enum_label

if TYPE_CHECKING:
    from app.views.grid.page import GridPage

WEEKDAYS = (
    QT_TRANSLATE_NOOP("DutyTab", "周一"),
    QT_TRANSLATE_NOOP("DutyTab", "周二"),
    QT_TRANSLATE_NOOP("DutyTab", "周三"),
    QT_TRANSLATE_NOOP("DutyTab", "周四"),
    QT_TRANSLATE_NOOP("DutyTab", "周五"),
    QT_TRANSLATE_NOOP("DutyTab", "周六"),
    QT_TRANSLATE_NOOP("DutyTab", "周日"),
)
SHIFTS = tuple(Shift)


def shift_line(s: DutyShiftView) -> str:
    """Return one duty line as the week grid shows it: post, person, substitute, sign marks."""
    text = QCoreApplication.translate("DutyTab", "{post}：{name}").format(
        post=enum_label(s.post), name=s.person_name
    )
    if s.substitute_name:
        text += QCoreApplication.translate("DutyTab", "（{name}替班）").format(
            name=s.substitute_name
        )
    if s.signed_out_at:
        text += " ✔✔"
    elif s.signed_in_at:
        text += " ✔"
    return text


class DutyTab(QWidget):
    """The duty roster of one week with prev/next week, copy last week and sign-in/out."""

    def __init__(self, page: GridPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.monday = grid_duty.week_start(grid_service.today())
        self.week: DutyWeek | None = None
        self.workers: tuple[WorkerView, ...] = ()
        self.prev_button = QPushButton(self.tr("◀ 上一周"), self)
        self.this_button = QPushButton(self.tr("本周"), self)
        self.next_button = QPushButton(self.tr("下一周 ▶"), self)
        self.week_label = QLabel(self)
        self.week_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.copy_button = QPushButton(self.tr("复制上周排班"), self)
        self.prev_button.clicked.connect(lambda: self.go(self.monday - timedelta(days=7)))
        self.next_button.clicked.connect(lambda: self.go(self.monday + timedelta(days=7)))
        self.this_button.clicked.connect(
            lambda: self.go(grid_duty.week_start(grid_service.today()))
        )
        self.copy_button.clicked.connect(self.copy_last_week)
        self.table = QTableWidget(len(SHIFTS), 7, self)
        self.table.setObjectName("dutyWeek")
        self.table.setVerticalHeaderLabels([enum_label(s) for s in SHIFTS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_a: self._show_cell())
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.add_shift())
        self.lines = QListWidget(self)
        self.lines.setObjectName("dutyLines")
        self.lines.setMaximumHeight(140)
        self.add_button = QPushButton(icon("new"), self.tr("添加值班(&D)"), self)
        self.sign_in_button = QPushButton(self.tr("签到(&I)"), self)
        self.sign_out_button = QPushButton(self.tr("签退(&O)"), self)
        self.sub_button = QPushButton(self.tr("替班…"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.add_button.clicked.connect(self.add_shift)
        self.sign_in_button.clicked.connect(lambda: self._sign(grid_duty.sign_in))
        self.sign_out_button.clicked.connect(lambda: self._sign(grid_duty.sign_out))
        self.sub_button.clicked.connect(self.substitute)
        self.delete_button.clicked.connect(self.delete_shift)
        nav = QHBoxLayout()
        for w in (self.prev_button, self.this_button, self.next_button):
            nav.addWidget(w)
        nav.addWidget(self.week_label, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.copy_button)
        actions = QHBoxLayout()
        for b in (
            self.add_button,
            self.sign_in_button,
            self.sign_out_button,
            self.sub_button,
            self.delete_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("所选格内的值班（✔ 已签到，✔✔ 已签退）："), self))
        layout.addWidget(self.lines)
        layout.addLayout(actions)
        for key, button in (
            (Qt.Key.Key_PageUp, self.prev_button),
            (Qt.Key.Key_PageDown, self.next_button),
        ):
            shortcut = QShortcut(QKeySequence(key), self, button.click)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def go(self, monday: date) -> None:
        """Show the week starting on `monday`."""
        self.monday = monday
        self.refresh()

    def refresh(self) -> None:
        """Reload the week's shifts and the workers who can be put on duty."""
        org = self.ctx.user.org_code
        monday = self.monday

        def load(s: Any) -> tuple[DutyWeek, tuple[WorkerView, ...]]:
            week = grid_duty.duty_week(s, org_code=org, day=monday)
            return week, grid_workers.search_workers(s, org_code=org)

        op(self, self.ctx, load, on_success=self._show)

    def _show(self, loaded: tuple[DutyWeek, tuple[WorkerView, ...]]) -> None:
        self.week, self.workers = loaded
        days = self.week.days()
        today = grid_service.today()
        self.week_label.setText(
            self.tr("{a} 至 {b}").format(
                a=days[0].strftime("%Y-%m-%d"), b=days[-1].strftime("%m-%d")
            )
        )
        self.table.setHorizontalHeaderLabels(
            [f"{self.tr(WEEKDAYS[i])}\n{d.month}/{d.day}" for i, d in enumerate(days)]
        )
        for r, shift in enumerate(SHIFTS):
            for c, day in enumerate(days):
                lines = [s for s in self.week.shifts if s.date == day and s.shift is shift]
                item = QTableWidgetItem("\n".join(shift_line(s) for s in lines))
                if day == today:
                    item.setBackground(QColor("#fff8c5"))
                self.table.setItem(r, c, item)
        if self.table.currentRow() < 0:
            self.table.setCurrentCell(0, min(max((today - days[0]).days, 0), 6))
        self._show_cell()

    def cell_shifts(self) -> list[DutyShiftView]:
        """Return the duty lines of the selected cell."""
        if self.week is None or self.table.currentRow() < 0:
            return []
        day = self.week.days()[max(self.table.currentColumn(), 0)]
        shift = SHIFTS[self.table.currentRow()]
        return [s for s in self.week.shifts if s.date == day and s.shift is shift]

    def _show_cell(self) -> None:
        self.lines.clear()
        for s in self.cell_shifts():
            extra = f"　{s.place}" if s.place else ""
            item = QListWidgetItem(shift_line(s) + extra + (f"　{s.note}" if s.note else ""))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.lines.addItem(item)
        if self.lines.count():
            self.lines.setCurrentRow(0)

    def selected_shift_id(self) -> str | None:
        """Return the id of the duty line selected below the grid."""
        item = self.lines.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add_shift(self) -> ShiftDialog | None:
        """Open the add-shift form for the selected day and shift."""
        if self.week is None:
            return None
        day = self.week.days()[max(self.table.currentColumn(), 0)]
        shift = SHIFTS[max(self.table.currentRow(), 0)]
        dialog = ShiftDialog(self.ctx, self.workers, day, shift, parent=self)
        dialog.open()
        return dialog

    def copy_last_week(self) -> None:
        """Copy the previous week's lines onto this week (lines already here are skipped)."""
        org = self.ctx.user.org_code
        monday = self.monday
        op(
            self,
            self.ctx,
            lambda s: grid_duty.copy_week(
                s, org_code=org, from_monday=monday - timedelta(days=7), to_monday=monday
            ),
            on_success=lambda n: self.ctx.bus.sig_notify.emit(
                self.tr("排班"), self.tr("已从上周复制 {n} 条值班").format(n=n)
            ),
            changes={"grid"},
        )

    def _sign(self, action: Callable[..., DutyShiftView]) -> None:
        shift_id = self.selected_shift_id()
        if shift_id is None:
            return
        op(self, self.ctx, lambda s: action(s, shift_id=shift_id), changes={"grid"})

    def substitute(self) -> None:
        """Name a substitute for the selected line."""
        shift_id = self.selected_shift_id()
        if shift_id is not None:
            SubstituteDialog(self.ctx, shift_id, self.workers, parent=self).open()

    def delete_shift(self) -> None:
        """Delete the selected line after confirmation."""
        shift_id = self.selected_shift_id()
        if shift_id is None:
            return
        answer = QMessageBox.question(self, self.tr("删除值班"), self.tr("删除所选值班记录？"))
        if answer == QMessageBox.StandardButton.Yes:
            op(
                self,
                self.ctx,
                lambda s: grid_duty.delete_shift(s, shift_id=shift_id),
                changes={"grid"},
            )
