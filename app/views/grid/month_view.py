"""排班表 month view: days × (shift, post), typed into in place like a spreadsheet.

A cell holds the names on that post ("张三、李四"); typing replaces the cell's lines (a
township worker of that name, else a named person). The checks (one person in two places,
on duty while on leave, a post uncovered on a working day or a statutory holiday) tint the
cells and say why in the tooltip and above the table; they never stop a save.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.grid import (
    SHEET_COLUMNS,
    DutyProblem,
    DutyRange,
    DutyShiftView,
    RotationView,
    WorkerView,
    sheet_column,
)
from app.domain.permissions import Action
from app.services.grid import duty as grid_duty
from app.services.grid import duty_checks
from app.services.grid import grids as grid_service
from app.services.grid import workers as grid_workers
from app.views.context import AppContext
from app.views.grid.dialogs import op
from app.views.grid.roster_dialogs import (
    ApplyRotationDialog,
    LeaveDialog,
    SaveRotationDialog,
    month_end,
)
from app.views.labels import enum_label
from app.views.permission_ui import hide_unless
from app.views.service_messages import service_text

WEEKDAYS = (
    QT_TRANSLATE_NOOP("DutyMonthView", "周一"),
    QT_TRANSLATE_NOOP("DutyMonthView", "周二"),
    QT_TRANSLATE_NOOP("DutyMonthView", "周三"),
    QT_TRANSLATE_NOOP("DutyMonthView", "周四"),
    QT_TRANSLATE_NOOP("DutyMonthView", "周五"),
    QT_TRANSLATE_NOOP("DutyMonthView", "周六"),
    QT_TRANSLATE_NOOP("DutyMonthView", "周日"),
)
DAY_MARKS = {
    "holiday": QT_TRANSLATE_NOOP("DutyMonthView", "休"),
    "makeup": QT_TRANSLATE_NOOP("DutyMonthView", "班"),
}
OTHER = len(SHEET_COLUMNS)
_SPLIT = re.compile(r"[、，,;；\s]+")
_IDS = Qt.ItemDataRole.UserRole
_BG = {
    "holiday": QColor("#fff1e5"),
    "weekend": QColor("#f6f8fa"),
    "makeup": QColor("#ddf4ff"),
}
_PROBLEM_BG = QColor("#ffcecb")  # a person in two places, or on leave
_UNCOVERED_BG = QColor("#fdeeee")  # a post nobody stands: lighter, no icon
_TODAY_BG = QColor("#fff8c5")


@dataclass(frozen=True)
class MonthLoad:
    """What the month view paints: the lines, the checks' findings and each day's kind."""

    sheet: DutyRange
    problems: tuple[DutyProblem, ...]


def load_month(session: Any, *, org_code: str, first: date) -> MonthLoad:
    """Read the month holding `first` (runs on the database worker)."""
    start, end = grid_duty.month_bounds(first)
    sheet = grid_duty.duty_range(session, org_code=org_code, start=start, end=end)
    kinds = duty_checks.day_kinds(session, start=start, end=end)
    problems = duty_checks.check_range(
        session, org_code=org_code, start=start, end=end, sheet=sheet, kinds=kinds
    )
    return MonthLoad(DutyRange(start, end, sheet.shifts, kinds), problems)


def split_names(text: str) -> list[str]:
    """Return the names typed into a cell ("张三、李四", "张三 李四", "张三,李四")."""
    return [n for n in _SPLIT.split(text.strip()) if n]


class DutyMonthView(QWidget):
    """One month of the duty sheet, edited in place, with leave and rotation templates."""

    def __init__(
        self,
        ctx: AppContext,
        scope: Callable[[], frozenset[str] | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scope = scope  # the selected grid's workers, None for the whole township
        self.first = grid_service.today().replace(day=1)
        self.loaded: MonthLoad | None = None
        self._painting = False
        self.prev_button = QPushButton(self.tr("◀ 上月"), self)
        self.this_button = QPushButton(self.tr("本月"), self)
        self.next_button = QPushButton(self.tr("下月 ▶"), self)
        self.month_label = QLabel(self)
        self.month_label.setObjectName("monthLabel")
        self.month_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.leave_button = QPushButton(self.tr("请假登记…"), self)
        self.save_rotation_button = QPushButton(self.tr("存为轮换模板…"), self)
        self.apply_rotation_button = QPushButton(self.tr("套用轮换模板…"), self)
        self.print_button = QPushButton(self.tr("打印月排班表"), self)
        self.editable = hide_unless(
            ctx,
            Action.EDIT_DUTY_ROSTER,
            self.leave_button,
            self.save_rotation_button,
            self.apply_rotation_button,
        )
        self.prev_button.clicked.connect(lambda: self.go(self.first - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.go(month_end(self.first) + timedelta(1)))
        self.this_button.clicked.connect(lambda: self.go(grid_service.today()))
        self.leave_button.clicked.connect(self.add_leave)
        self.save_rotation_button.clicked.connect(self.save_rotation)
        self.apply_rotation_button.clicked.connect(self.apply_rotation)
        self.checks = QLabel(self)
        self.checks.setObjectName("monthChecks")
        self.checks.setWordWrap(True)
        self.checks.setStyleSheet("color: #cf222e;")
        self.checks.hide()
        self.hint = QLabel(
            self.tr(
                "双击或直接输入姓名排班，多人用“、”分隔；红色格有排班提示（仅提示，不影响保存）"
            ),
            self,
        )
        self.hint.setStyleSheet("color: #57606a;")
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, OTHER + 1, self)
        self.table.setObjectName("dutyMonth")
        self.table.setHorizontalHeaderLabels(
            [
                # one word a line: English posts ("Mediation window") fit a narrow column whole
                QCoreApplication.translate("DutyMonthView", "{shift}\n{post}").format(
                    shift=enum_label(shift), post=enum_label(post).replace(" ", "\n", 1)
                )
                for shift, post in SHEET_COLUMNS
            ]
            + [self.tr("其他")]
        )
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        if not self.editable:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # One line per day; a day whose cell holds more than fits is grown after painting
        # (measuring every row on each paint costs more than the rest of the paint).
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        rows.setDefaultSectionSize(int(self.fontMetrics().lineSpacing() * 1.7))
        self.table.itemChanged.connect(self._typed)
        nav = QHBoxLayout()
        for w in (self.prev_button, self.this_button, self.next_button):
            nav.addWidget(w)
        nav.addWidget(self.month_label, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.print_button)
        tools = QHBoxLayout()  # a second row: the first fits 1280 px in English too
        for w in (self.leave_button, self.save_rotation_button, self.apply_rotation_button):
            tools.addWidget(w)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(nav)
        layout.addLayout(tools)
        layout.addWidget(self.hint)
        layout.addWidget(self.checks)
        layout.addWidget(self.table, 1)

    # ------------------------------------------------------------------------------ loading

    def go(self, day: date) -> None:
        """Show the month holding `day`."""
        self.first = day.replace(day=1)
        self.refresh()

    def refresh(self) -> None:
        """Reload the month."""
        org, first = self.ctx.user.org_code, self.first
        op(
            self,
            self.ctx,
            lambda s: load_month(s, org_code=org, first=first),
            on_success=self.show_month,
        )

    def visible(self, shifts: tuple[DutyShiftView, ...]) -> tuple[DutyShiftView, ...]:
        """Return the lines of the selected grid's workers (all lines for the township)."""
        people = self.scope()
        if people is None:
            return shifts
        return tuple(s for s in shifts if s.worker_id in people or s.substitute_id in people)

    def show_month(self, loaded: MonthLoad) -> None:
        """Paint the month (GUI thread)."""
        self.loaded = loaded
        sheet = loaded.sheet
        days = sheet.days()
        today = grid_service.today()
        self.month_label.setText(
            self.tr("{y}年{m}月").format(y=sheet.start.year, m=sheet.start.month)
        )
        cells: dict[tuple[int, int], list[DutyShiftView]] = {}
        where: dict[str, tuple[int, int]] = {}
        for s in self.visible(sheet.shifts):
            key = ((s.date - sheet.start).days, sheet_column(s.shift, s.post))
            cells.setdefault(key, []).append(s)
            where[s.id] = key
        self._painting = True
        self.table.setUpdatesEnabled(False)
        try:
            self.table.clearContents()
            self.table.setRowCount(len(days))
            labels = []
            for r, day in enumerate(days):
                kind = sheet.day_kinds[r] if r < len(sheet.day_kinds) else ""
                mark = DAY_MARKS.get(kind)
                labels.append(
                    f"{day.month}/{day.day} {self.tr(WEEKDAYS[day.weekday()])}"
                    + (f" {self.tr(mark)}" if mark else "")
                )
                bg = _TODAY_BG if day == today else _BG.get(kind)
                for c in range(OTHER + 1):
                    lines = cells.get((r, c), [])
                    item = QTableWidgetItem(self._cell_text(lines, other=c == OTHER))
                    item.setData(_IDS, tuple(s.id for s in lines))
                    if c == OTHER:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if bg is not None:
                        item.setBackground(bg)
                    self.table.setItem(r, c, item)
            self.table.setVerticalHeaderLabels(labels)
            self._mark(loaded.problems, where, sheet.start)
            self._grow_full_rows(cells)
        finally:
            self._painting = False
            self.table.setUpdatesEnabled(True)

    def _grow_full_rows(self, cells: dict[tuple[int, int], list[DutyShiftView]]) -> None:
        """Make a day taller when one of its cells holds more than one line (never cut)."""
        header = self.table.verticalHeader()
        metrics = self.table.fontMetrics()
        for r in range(self.table.rowCount()):
            header.resizeSection(r, header.defaultSectionSize())
        grow = set()
        for (r, c), lines in cells.items():
            if len(lines) > 1 or c == OTHER:
                item = self.table.item(r, c)
                text = item.text() if item else ""
                if metrics.horizontalAdvance(text) + 24 > self.table.columnWidth(c) or "\n" in text:
                    grow.add(r)
        for r in sorted(grow):
            self.table.resizeRowToContents(r)

    def _cell_text(self, lines: list[DutyShiftView], *, other: bool) -> str:
        names = []
        for s in lines:
            name = s.person_name
            if s.substitute_name:
                name = self.tr("{name}（{sub}替）").format(name=name, sub=s.substitute_name)
            if other:
                name = self.tr("{shift}{post}：{name}").format(
                    shift=enum_label(s.shift), post=enum_label(s.post), name=name
                )
            names.append(name)
        return ("\n" if other else "、").join(names)

    def _mark(
        self,
        problems: tuple[DutyProblem, ...],
        where: dict[str, tuple[int, int]],
        start: date,
    ) -> None:
        """Tint the cells with a finding; the tooltip and the line above say what it is."""
        found: dict[tuple[int, int], list[str]] = {}
        serious: set[tuple[int, int]] = set()
        for p in problems:
            keys = {where[i] for i in p.shift_ids if i in where}
            if not keys and p.kind == "uncovered" and p.post is not None:
                keys = {((p.date - start).days, sheet_column(p.shift, p.post))}
            for key in keys:
                found.setdefault(key, []).append(service_text(p.message))
                if p.kind != "uncovered":
                    serious.add(key)
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for (r, c), messages in found.items():
            item = self.table.item(r, c)
            if item is None:
                continue
            if (r, c) in serious:
                item.setBackground(_PROBLEM_BG)
                item.setIcon(warn)
            else:
                item.setBackground(_UNCOVERED_BG)
            item.setToolTip("\n".join(messages))
        counts = {k: sum(1 for p in problems if p.kind == k) for k in ("double", "leave")}
        uncovered = len(problems) - counts["double"] - counts["leave"]
        self.checks.setVisible(bool(problems))
        self.checks.setText(
            self.tr(
                "本月排班提示：{d} 处一人同时两岗，{l} 处请假仍排班，{u} 处岗位无人"
                "（仅提示，不影响保存）"
            ).format(d=counts["double"], l=counts["leave"], u=uncovered)
        )

    # ------------------------------------------------------------------------------ editing

    def _typed(self, item: QTableWidgetItem) -> None:
        """Save what was typed into a cell (checks are shown after the reload)."""
        if self._painting or self.loaded is None or item.column() >= OTHER:
            return
        day = self.loaded.sheet.start + timedelta(days=item.row())
        shift, post = SHEET_COLUMNS[item.column()]
        names = split_names(item.text())
        ids = tuple(item.data(_IDS) or ())
        people = self.scope() or frozenset()
        actor, org = self.ctx.actor(), self.ctx.user.org_code

        def save(s: Any) -> int:
            return grid_duty.set_cell(
                s,
                actor=actor,
                org_code=org,
                day=day,
                shift=shift,
                post=post,
                names=names,
                replace_ids=ids,
                prefer_worker_ids=people,
            )

        op(self, self.ctx, save, on_error=self._refused, changes={"grid"})

    def _refused(self, exc: BaseException) -> None:
        from app.services.errors import ValidationError

        if isinstance(exc, ValidationError):
            QMessageBox.warning(
                self,
                self.tr("排班未保存"),
                "\n".join(service_text(m) for m in exc.errors.values()),
            )
        else:
            from app.views.operations import show_error

            show_error(self, exc)
        self.refresh()

    def current_day(self) -> date:
        """Return the day of the selected row (the first of the month when none)."""
        row = max(self.table.currentRow(), 0)
        return self.first + timedelta(days=row)

    def _with_workers(self, then: Callable[[tuple[WorkerView, ...]], None]) -> None:
        org = self.ctx.user.org_code
        op(self, self.ctx, lambda s: grid_workers.search_workers(s, org_code=org), on_success=then)

    def add_leave(self) -> None:
        """Open the leave form for the selected day."""
        day = self.current_day()

        def show(workers: tuple[WorkerView, ...]) -> None:
            people = self.scope()
            shown = [w for w in workers if people is None or w.id in people] or list(workers)
            self.leave_dialog = LeaveDialog(self.ctx, shown, day, parent=self)
            self.leave_dialog.open()

        self._with_workers(show)

    def save_rotation(self) -> SaveRotationDialog:
        """Open the save-as-template form from the selected day."""
        dialog = SaveRotationDialog(self.ctx, self.current_day(), self.scope(), parent=self)
        dialog.open()
        return dialog

    def apply_rotation(self) -> None:
        """Open the apply-template form over the rest of the month."""
        org = self.ctx.user.org_code
        first, last = self.current_day(), month_end(self.first)

        def show(rotations: tuple[RotationView, ...]) -> None:
            if not rotations:
                QMessageBox.information(
                    self, self.tr("提示"), self.tr("还没有轮换模板：先排好几天，再“存为轮换模板”")
                )
                return
            dialog = ApplyRotationDialog(self.ctx, rotations, first, last, parent=self)
            dialog.accepted.connect(lambda: self._applied(dialog.result_value))
            self.rotation_dialog = dialog
            dialog.open()

        op(self, self.ctx, lambda s: grid_duty.list_rotations(s, org_code=org), on_success=show)

    def _applied(self, result: tuple[int, tuple[str, ...]] | None) -> None:
        if not result:
            return
        added, skipped = result
        text = self.tr("已套用轮换模板，新增 {n} 条值班").format(n=added)
        if skipped:
            text += self.tr("；已离岗人员未排：{names}").format(names=self.tr("、").join(skipped))
        self.ctx.bus.sig_notify.emit(self.tr("排班"), text)
