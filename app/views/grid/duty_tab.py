"""排班表 sub-tab: a week as days × shifts; the lines of the chosen cell below it for actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Shift
from app.domain.grid import DutyProblem, DutyShiftView, DutyWeek, WorkerView
from app.domain.permissions import Action
from app.services import audit
from app.services.grid import duty as grid_duty
from app.services.grid import duty_checks
from app.services.grid import grids as grid_service
from app.services.grid import sheets as grid_sheets_service
from app.services.grid import workers as grid_workers
from app.views.context import AppContext
from app.views.grid.dialogs import ShiftDialog, SubstituteDialog, op
from app.views.grid.month_view import DutyMonthView
from app.views.grid.preview import PdfPreviewDialog
from app.views.grid.selection import GridSelection
from app.views.icons import icon
from app.views.labels import enum_label
from app.views.permission_ui import hide_unless
from app.views.service_messages import service_text

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

    def __init__(
        self, ctx: AppContext, selection: GridSelection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selection = selection
        self.monday = grid_duty.week_start(grid_service.today())
        self.week: DutyWeek | None = None
        self.workers: tuple[WorkerView, ...] = ()
        self.prev_button = QPushButton(self.tr("◀ 上一周"), self)
        self.this_button = QPushButton(self.tr("本周"), self)
        self.next_button = QPushButton(self.tr("下一周 ▶"), self)
        self.week_label = QLabel(self)
        self.week_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.copy_button = QPushButton(self.tr("复制上周排班"), self)
        self.print_week_button = QPushButton(icon("print"), self.tr("打印周排班表"), self)
        self.print_week_button.clicked.connect(
            lambda: self.print_sheet(self.monday, self.monday + timedelta(days=6))
        )
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
        # A row is as tall as its fullest cell (three 全天 lines wrap at 1280 wide): never "…".
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(4 * self.fontMetrics().lineSpacing())
        self.problems: tuple[DutyProblem, ...] = ()
        self.checks = QLabel(self)
        self.checks.setObjectName("dutyChecks")
        self.checks.setStyleSheet("color: #cf222e;")
        self.checks.hide()
        self.scope = QLabel(self)
        self.scope.setObjectName("dutyScope")
        self.scope.setStyleSheet("color: #57606a;")
        self.scope.setWordWrap(True)  # long in English: wraps instead of widening the page
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
        roster = (self.copy_button, self.add_button, self.sub_button, self.delete_button)
        hide_unless(self.ctx, Action.EDIT_DUTY_ROSTER, *roster)
        hide_unless(self.ctx, Action.RECORD_DUTY, self.sign_in_button, self.sign_out_button)
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
        actions.addWidget(self.print_week_button)  # not in the top row: 1280 px in English
        self.week_panel = QWidget(self)
        layout = QVBoxLayout(self.week_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(nav)
        layout.addWidget(self.checks)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("所选格内的值班（✔ 已签到，✔✔ 已签退）："), self))
        layout.addWidget(self.lines)
        layout.addLayout(actions)
        self.month = DutyMonthView(ctx, self.scope_workers, self)
        self.month.print_button.clicked.connect(
            lambda: (
                self.print_sheet(self.month.first, self.month.loaded.sheet.end)
                if self.month.loaded
                else None
            )
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.week_panel)
        self.stack.addWidget(self.month)
        self.week_view_button = QPushButton(self.tr("周视图"), self)
        self.month_view_button = QPushButton(self.tr("月视图"), self)
        self.view_group = QButtonGroup(self)
        for i, b in enumerate((self.week_view_button, self.month_view_button)):
            b.setCheckable(True)
            self.view_group.addButton(b, i)
        self.week_view_button.setChecked(True)
        self.view_group.idClicked.connect(self.show_view)
        toggle = QHBoxLayout()
        toggle.addWidget(self.week_view_button)
        toggle.addWidget(self.month_view_button)
        toggle.addWidget(self.scope, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(toggle)
        outer.addWidget(self.stack, 1)
        for key, button in (
            (Qt.Key.Key_PageUp, self.prev_button),
            (Qt.Key.Key_PageDown, self.next_button),
        ):
            shortcut = QShortcut(QKeySequence(key), self, button.click)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def show_view(self, index: int) -> None:
        """Show the week (0) or the month (1) view."""
        self.stack.setCurrentIndex(index)
        (self.week_view_button, self.month_view_button)[index].setChecked(True)
        if index == 1:
            self.month.refresh()

    def scope_workers(self) -> frozenset[str] | None:
        """Return the selected grid's workers (None when the whole township is shown)."""
        grid = self.selection.selected_grid()
        return None if grid is None else frozenset(a.worker_id for a in grid.workers)

    def print_sheet(self, start: date, end: date) -> None:
        """Render the duty sheet of `start`..`end` (the scope shown) and open its preview."""
        org, actor = self.ctx.user.org_code, self.ctx.actor()
        people = self.scope_workers()
        grid = self.selection.selected_grid()
        scope = grid.name if grid is not None else ""

        def load(s: Any) -> Any:
            audit.log_print(s, actor=actor, document="duty_sheet", entity="grid")
            return grid_sheets_service.duty_sheet(
                s, org_code=org, start=start, end=end, worker_ids=people, scope=scope
            )

        op(self, self.ctx, load, on_success=self._preview_sheet)

    def _preview_sheet(self, view: Any) -> None:
        from app.reports.grid_sheets import render_duty_sheet  # reportlab on first print

        folder = self.ctx.settings.data_dir / "print"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"duty-{view.sheet.start:%Y%m%d}-{datetime.now():%H%M%S}.pdf"
        with path.open("wb") as out:
            render_duty_sheet(view, out)
        self.preview = PdfPreviewDialog(path, self.tr("值班表"), self)
        self.preview.open()

    def go(self, monday: date) -> None:
        """Show the week starting on `monday`."""
        self.monday = monday
        self.refresh()

    def refresh(self) -> None:
        """Reload the week's shifts and the workers who can be put on duty."""
        org = self.ctx.user.org_code
        monday = self.monday

        def load(s: Any) -> tuple[DutyWeek, tuple[WorkerView, ...], tuple[DutyProblem, ...]]:
            week = grid_duty.duty_week(s, org_code=org, day=monday)
            problems = duty_checks.check_week(s, org_code=org, day=monday)
            return week, grid_workers.search_workers(s, org_code=org), problems

        op(self, self.ctx, load, on_success=self._show)
        if self.stack.currentIndex() == 1:
            self.month.refresh()

    def _show(
        self, loaded: tuple[DutyWeek, tuple[WorkerView, ...], tuple[DutyProblem, ...]]
    ) -> None:
        self.week, self.workers, self.problems = loaded
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
        shown = self.visible_shifts()
        for r, shift in enumerate(SHIFTS):
            for c, day in enumerate(days):
                lines = [s for s in shown if s.date == day and s.shift is shift]
                item = QTableWidgetItem("\n".join(shift_line(s) for s in lines))
                if day == today:
                    item.setBackground(QColor("#fff8c5"))
                self.table.setItem(r, c, item)
        self._mark_problems(days)
        self.table.resizeRowsToContents()
        if self.table.currentRow() < 0:
            self.table.setCurrentCell(0, min(max((today - days[0]).days, 0), 6))
        self._show_cell()

    def _mark_problems(self, days: tuple[date, ...]) -> None:
        """Tint the cells with a check's finding and say what it is (saving is never blocked)."""
        found: dict[tuple[int, int], list[str]] = {}
        for p in self.problems:
            if p.date in days:
                found.setdefault((SHIFTS.index(p.shift), days.index(p.date)), []).append(
                    service_text(p.message)
                )
        for (r, c), messages in found.items():
            item = self.table.item(r, c)
            if item is None:
                continue
            item.setBackground(QColor("#ffebe9"))
            item.setToolTip("\n".join(messages))
            item.setText((item.text() + "\n" if item.text() else "") + "⚠ " + messages[0])
        doubles = sum(1 for p in self.problems if p.kind == "double")
        leave = sum(1 for p in self.problems if p.kind == "leave")
        self.checks.setVisible(bool(self.problems))
        self.checks.setText(
            self.tr(
                "本周排班提示：{d} 处一人同时两岗，{l} 处请假仍排班，{u} 处岗位无人"
                "（仅提示，不影响保存）"
            ).format(d=doubles, l=leave, u=len(self.problems) - doubles - leave)
        )

    def visible_shifts(self) -> tuple[DutyShiftView, ...]:
        """Return the week's lines of the selected grid's workers (all lines for 全部网格)."""
        if self.week is None:
            return ()
        grid = self.selection.selected_grid()
        if grid is None:
            self.scope.setText(self.tr("全镇排班（选择左侧网格只看该网格网格员的值班）"))
            return self.week.shifts
        people = {a.worker_id for a in grid.workers}
        self.scope.setText(
            self.tr("“{grid}”网格员的值班（{n} 人在岗）").format(grid=grid.name, n=len(people))
        )
        return tuple(
            s for s in self.week.shifts if s.worker_id in people or s.substitute_id in people
        )

    def cell_shifts(self) -> list[DutyShiftView]:
        """Return the duty lines of the selected cell."""
        if self.week is None or self.table.currentRow() < 0:
            return []
        day = self.week.days()[max(self.table.currentColumn(), 0)]
        shift = SHIFTS[self.table.currentRow()]
        return [s for s in self.visible_shifts() if s.date == day and s.shift is shift]

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
        org, actor = self.ctx.user.org_code, self.ctx.actor()
        monday = self.monday
        op(
            self,
            self.ctx,
            lambda s: grid_duty.copy_week(
                s,
                actor=actor,
                org_code=org,
                from_monday=monday - timedelta(days=7),
                to_monday=monday,
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
        actor = self.ctx.actor()
        op(self, self.ctx, lambda s: action(s, actor=actor, shift_id=shift_id), changes={"grid"})

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
            actor = self.ctx.actor()
            op(
                self,
                self.ctx,
                lambda s: grid_duty.delete_shift(s, actor=actor, shift_id=shift_id),
                changes={"grid"},
            )
