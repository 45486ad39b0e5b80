"""阵地预约: pick a site and room, see its week, book a free half-day, approve and print."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.bookings import (
    BookingView,
    CellState,
    CellView,
    EditLock,
    MonthView,
    RefusedBooking,
    RoomView,
    SeriesEditResult,
    SiteView,
    WeekView,
    edit_lock,
)
from app.domain.enums import BookingStatus
from app.domain.permissions import Action, allowed, covers
from app.services import audit
from app.services.bookings import booking as bookings
from app.services.bookings import recurrence, refusals, usage
from app.services.bookings import states as booking_states
from app.views.bookings.booking_table import BookingTable
from app.views.bookings.calendar import COLOURS, PAST, WeekCalendar, hatch
from app.views.bookings.dialogs import BookingDialog, CompleteDialog, ReasonDialog
from app.views.bookings.edit import EditBookingDialog, RefusedDialog
from app.views.bookings.month import MonthGrid
from app.views.bookings.ops import guarded_op
from app.views.bookings.picker import SitePicker
from app.views.bookings.preview import PdfPreviewDialog
from app.views.context import AppContext
from app.views.icons import icon
from app.views.labels import enum_choices, enum_text
from app.views.widgets.list_out import Job, ListOutButtons, fixed, table_from_view

CHINA = ZoneInfo("Asia/Shanghai")
P, A = BookingStatus.PENDING.value, BookingStatus.APPROVED.value
ENABLED_FOR = {
    "approve": {P},
    "reject": {P},
    "cancel": {P, A},
    "complete": {A},
    "no_show": {A},
    "print": {P, A, BookingStatus.COMPLETED.value},
    "delete": {P, BookingStatus.REJECTED.value, BookingStatus.CANCELLED.value},
}
CLERK_ONLY = {"approve", "reject", "complete", "no_show"}
AFTER_START = {"complete", "no_show"}  # attendance is known only once the slot has begun


def _china_today() -> date:
    return datetime.now(CHINA).date()


class HatchedLabel(QLabel):
    """A legend entry drawn hatched, as 待确认 cells are."""

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(COLOURS[CellState.PENDING]))
        hatch(painter, self.rect())
        painter.end()
        super().paintEvent(event)


class BookingsPage(QWidget):
    """Education-site bookings: the room picker, the week calendar and the clerk's list."""

    icon_name = "booking"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.week: WeekView | None = None
        self.week_start = _china_today() - timedelta(days=_china_today().weekday())
        self.dialog: BookingDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.setStyleSheet("QWidget { font-size: 12pt; } QPushButton { padding: 4px 12px; }")
        outer = QHBoxLayout(self)
        self.picker = SitePicker(ctx, self)
        self.room_list = self.picker.room_list
        self.site_combo = self.picker.site_combo
        self.picker.sig_site_changed.connect(self._load_list)
        self.picker.sig_site_changed.connect(self._load_month)
        self.picker.sig_room_changed.connect(self._load_week)
        outer.addWidget(self.picker)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.view_tabs = QTabWidget()
        self.view_tabs.setObjectName("bookingViews")
        self.view_tabs.addTab(self._build_week(), self.tr("周视图（房间）"))
        self.view_tabs.addTab(self._build_month(), self.tr("月视图（全阵地）"))
        self.view_tabs.currentChanged.connect(lambda _i: self._load_month())
        self.month_first = _china_today().replace(day=1)
        self.month: MonthView | None = None
        self.refused: tuple[RefusedBooking, ...] = ()
        self.edit_dialog: EditBookingDialog | None = None
        self.refused_dialog: RefusedDialog | None = None
        splitter.addWidget(self.view_tabs)
        splitter.addWidget(self._build_list())
        splitter.setSizes([330, 420])
        outer.addWidget(splitter, 1)
        for keys, slot in (
            ("F5", self.refresh),
            ("Ctrl+P", self.print_slip),
            ("Ctrl+N", self.new_booking),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            # other tabs bind the same keys: only the visible page may answer
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ctx.bus.sig_data_changed.connect(self._on_data_changed)
        self.picker.load()

    def title(self) -> str:
        """Return the tab title."""
        return self.tr("阵地预约")

    def _op(self, fn, *, on_success, changes=()) -> None:
        """Run a service call; drop its answer if the page was closed meanwhile."""
        guarded_op(self, self.ctx, fn, on_success=on_success, changes=changes)

    # -- building -------------------------------------------------------------------------

    def _build_week(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        nav = QHBoxLayout()
        self.prev_btn = QPushButton(self.tr("◀ 上一周"))
        self.today_btn = QPushButton(self.tr("本周"))
        self.next_btn = QPushButton(self.tr("下一周 ▶"))
        self.prev_btn.clicked.connect(lambda: self.go_week(-1))
        self.today_btn.clicked.connect(lambda: self.go_week(0))
        self.next_btn.clicked.connect(lambda: self.go_week(1))
        self.week_label = QLabel(styleSheet="font-size: 14pt; font-weight: bold;")
        self.week_label.setWordWrap(True)  # the legend grew a 待确认 entry: fit 1280 pixels
        self.week_label.setMinimumWidth(120)
        self.new_btn = QPushButton(icon("new"), self.tr("新建预约(&B) Ctrl+N"))
        self.new_btn.setObjectName("newBooking")
        self.new_btn.setToolTip(self.tr("预约日历中选中的空闲时段；未选中时取本周第一个空闲时段"))
        self.new_btn.clicked.connect(self.new_booking)
        nav.addWidget(self.new_btn)
        for w in (self.prev_btn, self.today_btn, self.next_btn):
            nav.addWidget(w)
        nav.addStretch(1)
        layout.addLayout(nav)
        nav = QHBoxLayout()  # second row: the room and week, then the legend
        nav.addWidget(self.week_label, 1)
        for text, colour in (
            (self.tr("空闲"), COLOURS[CellState.FREE]),
            (self.tr("待审核"), COLOURS[CellState.PENDING]),
            (self.tr("已通过"), COLOURS[CellState.APPROVED]),
            (self.tr("已过"), PAST),
        ):
            nav.addWidget(QLabel(f"  {text}  ", styleSheet=f"background: {colour};"))
        tentative_text = self.tr("待确认")
        tentative = HatchedLabel(f"  {tentative_text}  ")
        tentative.setToolTip(self.tr("本机提交、尚未经区级服务器确认的预约（斜线标记）"))
        nav.addWidget(tentative)
        layout.addLayout(nav)
        self.calendar = WeekCalendar()
        self.calendar.sig_cell_chosen.connect(self._cell_chosen)
        layout.addWidget(self.calendar, 1)
        return box

    def _build_month(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        nav = QHBoxLayout()
        self.prev_month_btn = QPushButton(self.tr("◀ 上月"))
        self.this_month_btn = QPushButton(self.tr("本月"))
        self.next_month_btn = QPushButton(self.tr("下月 ▶"))
        self.prev_month_btn.clicked.connect(lambda: self.go_month(-1))
        self.this_month_btn.clicked.connect(lambda: self.go_month(0))
        self.next_month_btn.clicked.connect(lambda: self.go_month(1))
        for w in (self.prev_month_btn, self.this_month_btn, self.next_month_btn):
            nav.addWidget(w)
        self.month_label = QLabel(styleSheet="font-size: 13pt; font-weight: bold;")
        self.month_label.setWordWrap(True)
        self.month_label.setMinimumWidth(120)
        nav.addWidget(self.month_label, 1)
        self.report_btn = QPushButton(icon("print"), self.tr("使用月报(PDF)…"))
        self.report_btn.setObjectName("usageReport")
        self.report_btn.setToolTip(self.tr("本阵地本月各房间的利用率、到场人数和爽约，可打印"))
        self.report_btn.clicked.connect(self.usage_pdf)
        self.xlsx_btn = QPushButton(self.tr("导出Excel…"))
        self.xlsx_btn.setObjectName("usageXlsx")
        self.xlsx_btn.clicked.connect(self.usage_xlsx)
        layout.addLayout(nav)
        row = QHBoxLayout()
        hint = QLabel(
            self.tr("每格上半为上午、下半为下午；双击某天打开该房间那一周。"),
            styleSheet="color: #57606a;",
        )
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        row.addWidget(self.report_btn)
        row.addWidget(self.xlsx_btn)
        layout.addLayout(row)
        self.month_grid = MonthGrid()
        self.month_grid.sig_day_chosen.connect(self._month_day_chosen)
        layout.addWidget(self.month_grid, 1)
        return box

    def _build_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("本阵地预约"), styleSheet="font-weight: bold;"))
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("全部状态（待审核在前）"), None)
        for value, label in enum_choices(BookingStatus):
            self.status_combo.addItem(label, value)
        self.status_combo.currentIndexChanged.connect(self._load_list)
        top.addWidget(self.status_combo)
        top.addStretch(1)
        self.list_out = ListOutButtons(
            self.ctx, self.list_job, file_stem=self.tr("阵地预约清单"), parent=box
        )
        top.addWidget(self.list_out)
        refresh = QPushButton(icon("refresh"), self.tr("刷新 F5"))
        refresh.clicked.connect(self.refresh)
        top.addWidget(refresh)
        layout.addLayout(top)
        banner = QHBoxLayout()
        self.refused_label = QLabel(objectName="refusedBanner")
        self.refused_label.setWordWrap(True)
        self.refused_label.setStyleSheet(
            "background: #fff1e5; border: 1px solid #d1242f; padding: 4px; color: #82071e;"
        )
        self.refused_btn = QPushButton(self.tr("查看原因并改约…"))
        self.refused_btn.setObjectName("refusedButton")
        self.refused_btn.clicked.connect(self.show_refused)
        banner.addWidget(self.refused_label, 1)
        banner.addWidget(self.refused_btn)
        self.refused_label.hide()
        self.refused_btn.hide()
        layout.addLayout(banner)
        self.table = BookingTable()
        self.table.itemSelectionChanged.connect(self._update_actions)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("approve", self.tr("通过(&A)"), self.approve),
            ("reject", self.tr("驳回(&R)…"), self.reject),
            ("cancel", self.tr("取消预约(&C)…"), self.cancel),
            ("complete", self.tr("活动完成(&D)…"), self.complete),
            ("no_show", self.tr("爽约(&N)"), self.no_show),
            ("delete", self.tr("删除"), self.delete),
            ("print", self.tr("打印确认单 Ctrl+P"), self.print_slip),
        ):
            button = QPushButton(text)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.action_buttons[key] = button
        self.action_buttons["print"].setIcon(icon("print"))
        self.cancel_series_btn = QPushButton(self.tr("取消整个系列…"))
        self.cancel_series_btn.setObjectName("cancelSeries")
        self.cancel_series_btn.setToolTip(
            self.tr("取消该重复预约尚未开始的每一次；单次请用“取消预约”")
        )
        self.cancel_series_btn.clicked.connect(self.cancel_series)
        actions.addWidget(self.cancel_series_btn)
        self.edit_btn = QPushButton(self.tr("修改(&E)…"))
        self.edit_btn.setObjectName("editBooking")
        self.edit_btn.clicked.connect(lambda: self.edit(series=False))
        self.edit_series_btn = QPushButton(self.tr("修改整个系列…"))
        self.edit_series_btn.setObjectName("editSeries")
        self.edit_series_btn.clicked.connect(lambda: self.edit(series=True))
        actions.insertWidget(0, self.edit_btn)
        actions.addStretch(1)
        # the series and printing on a second row: one row of ten buttons is wider than 1280
        second = QHBoxLayout()
        for w in (self.action_buttons["print"], self.edit_series_btn, self.cancel_series_btn):
            actions.removeWidget(w)
            second.addWidget(w)
        second.addStretch(1)
        layout.addLayout(actions)
        layout.addLayout(second)
        self._update_actions()
        return box

    def list_job(self) -> Job:
        """Return the export of the site's bookings shown, with the site and status on top."""
        site = self.current_site()
        return fixed(
            table_from_view(
                self.table,
                title=self.tr("阵地预约清单"),
                kind="bookings",
                filters=(
                    (self.tr("阵地"), site.name if site is not None else ""),
                    (self.tr("状态"), self.status_combo.currentText()),
                ),
            )
        )

    # -- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the week of the selected room, the site's month and the list."""
        self._load_week()
        self._load_month()
        self._load_list()

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if "booking" in kinds:
            self.refresh()
        if "reference" in kinds:
            self.picker.load()

    def current_site(self) -> SiteView | None:
        """Return the selected site."""
        return self.picker.current_site()

    def current_room(self) -> RoomView | None:
        """Return the selected room."""
        return self.picker.current_room()

    def go_week(self, step: int) -> None:
        """Show the previous (-1), current (0) or next (+1) week."""
        if step == 0:
            today = _china_today()
            self.week_start = today - timedelta(days=today.weekday())
        else:
            self.week_start += timedelta(days=7 * step)
        self._load_week()

    def _load_week(self) -> None:
        room = self.current_room()
        if room is None:
            self.week = None
            self.calendar.clear_week()
            self.week_label.setText(self.tr("没有符合条件的房间"))
            return
        start = self.week_start
        self._op(
            lambda s: bookings.week_availability(s, room_id=room.id, start=start),
            on_success=self._show_week,
        )

    def _show_week(self, week: WeekView) -> None:
        if week.start != self.week_start or week.room != self.current_room():
            return  # an older answer arrived after the clerk moved on
        self.week = week
        end = week.start + timedelta(days=6)
        day = self.tr("{m}月{d}日")
        self.week_label.setText(
            self.tr("{room}　{a}–{b}").format(
                room=week.room.name,
                a=day.format(m=f"{week.start.month:02d}", d=f"{week.start.day:02d}"),
                b=day.format(m=f"{end.month:02d}", d=f"{end.day:02d}"),
            )
        )
        self.calendar.show_week(week)

    def _load_list(self) -> None:
        site = self.current_site()
        if site is None:
            self._show_list(())
            self._show_refused(())
            return
        status = self.status_combo.currentData()
        site_id = site.id
        self._op(
            lambda s: bookings.list_bookings(s, site_id=site_id, status=status),
            on_success=self._show_list,
        )
        self._op(
            lambda s: refusals.refused_bookings(s, site_id=site_id),
            on_success=self._show_refused,
        )

    def _show_list(self, rows: tuple[BookingView, ...]) -> None:
        keep = self.table.current()
        self.table.show_rows(rows, keep.id if keep else None)
        self._update_actions()

    # -- calendar -------------------------------------------------------------------------

    def _cell_chosen(self, cell: CellView) -> None:
        if cell.booking_id is not None:
            self.table.select_booking(cell.booking_id)
        if cell.state == CellState.APPROVED or cell.past:
            return
        room = self.current_room()
        site = self.current_site()
        if room is None or site is None:
            return
        others = tuple(r for r in self.picker.rooms if r.id != room.id)
        self.dialog = BookingDialog(
            self.ctx, room, site.name, cell.day, cell.slot, self, other_rooms=others
        )
        self.dialog.sig_saved.connect(lambda v: self.table.select_booking(v.id))
        self.dialog.open()

    def new_booking(self) -> BookingDialog | None:
        """Open the booking form on the chosen free slot, or on the week's first free one."""
        if self.week is None:
            QMessageBox.information(self, self.tr("新建预约"), self.tr("请先在左侧选择阵地和房间"))
            return None
        item = self.calendar.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        open_cells = [c for c in self.week.cells if not c.past and c.state != CellState.APPROVED]
        if chosen not in open_cells:
            free = [c for c in open_cells if c.state == CellState.FREE]
            chosen = (free or open_cells or [None])[0]
        if chosen is None:
            QMessageBox.information(
                self,
                self.tr("新建预约"),
                self.tr("本周该房间已没有可预约的时段，请翻到下一周或换一个房间"),
            )
            return None
        self.calendar.setCurrentItem(self.calendar.cell_at(chosen.day, chosen.slot))
        self._cell_chosen(chosen)
        return self.dialog

    # -- actions --------------------------------------------------------------------------

    def _update_actions(self) -> None:
        current = self.table.current()
        now = datetime.now(CHINA)
        started = current is not None and current.starts_at <= now
        if hasattr(self, "cancel_series_btn"):
            in_series = current is not None and bool(current.series_id)
            self.cancel_series_btn.setEnabled(in_series)
            self._explain(
                self.cancel_series_btn,
                "" if in_series else self.tr("所选预约不属于重复预约系列"),
                self.tr("取消该重复预约尚未开始的每一次；单次请用“取消预约”"),
            )
        if hasattr(self, "edit_btn"):
            self._update_edit(current, now)
        for key, button in self.action_buttons.items():
            button.setEnabled(not (why := self._why_not(key, current, started)))
            self._explain(button, why)

    def _explain(self, button: QPushButton, why: str, tip: str = "") -> None:
        """Grey `button` with `why` as its tooltip (a greyed button always says why)."""
        button.setToolTip(self.tr("不可用：{why}").format(why=why) if why else tip)

    def _why_not(self, key: str, current: BookingView | None, started: bool) -> str:
        """Return why action `key` is unavailable on `current` ("" when it is available)."""
        if current is None:
            return self.tr("请先在列表中选择一条预约")
        if current.status not in ENABLED_FOR[key]:
            status = enum_text(BookingStatus, current.status)
            fits = "、".join(
                enum_text(BookingStatus, v) for v in BookingStatus if v.value in ENABLED_FOR[key]
            )
            return self.tr("该预约当前为“{status}”，此操作只适用于：{fits}").format(
                status=status, fits=fits
            )
        if key in AFTER_START and not started:
            return self.tr("活动开始后才能登记结果")
        if key == "cancel" and current.status == A and started:
            return self.tr("活动已开始，请标记为已完成或爽约")
        actor = self.ctx.actor()
        if key in CLERK_ONLY:
            if not allowed(actor.role, Action.REVIEW_BOOKING):
                return self.tr("仅预约管理员或中心负责人可审核和登记结果")
            if not covers(actor.org_code, current.site_org):
                return self.tr("“{site}”不属于本镇街，由其所属镇街或区级预约管理员审核").format(
                    site=current.site_name
                )
        if key in ("cancel", "delete"):
            if not allowed(actor.role, Action.CANCEL_BOOKING):
                return self.tr("本账号角色不能取消或删除预约")
            if not (
                covers(actor.org_code, current.owner_org)
                or covers(actor.org_code, current.site_org)
            ):
                return self.tr("只能取消本镇街提交或本镇街阵地的预约")
        return ""

    def _update_edit(self, current: BookingView | None, now: datetime) -> None:
        actor = self.ctx.actor()
        why = self.tr("请先在列表中选择一条预约")
        if current is not None:
            lock = edit_lock(current, role=actor.role, org_code=actor.org_code, now=now)
            why = self._lock_text(lock)
        self.edit_btn.setEnabled(not why)
        self._explain(self.edit_btn, why, self.tr("修改预约单位、联系人、人数、主题和备注"))
        series_why = why
        if current is not None and not current.series_id:
            series_why = self.tr("所选预约不属于重复预约系列")
        elif current is not None and series_why and current.status == A:
            series_why = ""  # the later dates may still be open; locked ones are listed
        self.edit_series_btn.setEnabled(not series_why)
        self._explain(
            self.edit_series_btn,
            series_why,
            self.tr("修改该系列尚未开始的每一次；已通过而锁定的日期会列出"),
        )

    def _lock_text(self, lock: EditLock) -> str:
        return {
            EditLock.NONE: "",
            EditLock.STATUS: self.tr("只有待审核或已通过的预约可以修改"),
            EditLock.STARTED: self.tr("活动时段已经开始，不能再修改"),
            EditLock.APPROVED: self.tr(
                "预约已通过审核，已锁定；如需修改请联系阵地管理员，或取消后重新预约"
            ),
            EditLock.OTHER_ORG: self.tr("只能修改本镇街提交的预约"),
        }[lock]

    def edit(self, *, series: bool) -> EditBookingDialog | None:
        """Open the edit form for the selected booking (or its whole series)."""
        current = self.table.current()
        button = self.edit_series_btn if series else self.edit_btn
        if current is None or not button.isEnabled():
            return None
        d = EditBookingDialog(self.ctx, current, series=series, parent=self)

        def saved(value: object) -> None:
            if isinstance(value, SeriesEditResult):
                text = self.tr("已修改该系列的 {n} 次预约").format(n=value.edited)
                if value.skipped:
                    days = "、".join(f"{d.day.month}/{d.day.day}" for d in value.skipped)
                    text += self.tr("；{days} 已通过审核而锁定，未修改").format(days=days)
                self.ctx.bus.sig_notify.emit(self.tr("重复预约"), text)
            elif isinstance(value, BookingView):
                self.table.select_booking(value.id)

        d.sig_saved.connect(saved)
        self.edit_dialog = d
        d.open()
        return d

    # -- month ----------------------------------------------------------------------------

    def go_month(self, step: int) -> None:
        """Show the previous (-1), current (0) or next (+1) month."""
        if step == 0:
            self.month_first = _china_today().replace(day=1)
        else:
            y, m = self.month_first.year, self.month_first.month + step
            y, m = (y + 1, 1) if m == 13 else (y - 1, 12) if m == 0 else (y, m)
            self.month_first = date(y, m, 1)
        self._load_month()

    def _load_month(self) -> None:
        if not hasattr(self, "view_tabs") or self.view_tabs.currentIndex() != 1:
            return  # the month is built only when looked at
        site = self.current_site()
        if site is None:
            self.month = None
            self.month_grid.show_month(None)
            return
        site_id, first = site.id, self.month_first
        self._op(
            lambda s: usage.month_view(s, site_id=site_id, year=first.year, month=first.month),
            on_success=self._show_month,
        )

    def _show_month(self, month: MonthView) -> None:
        site = self.current_site()
        if (
            site is None
            or month.site_id != site.id
            or (month.year, month.month)
            != (
                self.month_first.year,
                self.month_first.month,
            )
        ):
            return
        self.month = month
        self.month_label.setText(
            self.tr("{site}　{y}年{m}月　全阵地利用率 {u}").format(
                site=month.site_name,
                y=month.year,
                m=month.month,
                u=f"{month.utilisation * 100:.1f}%",
            )
        )
        self.month_grid.show_month(month)

    def _month_day_chosen(self, room_id: str, day: date) -> None:
        """Open the week of `day` for the room double-clicked in the month."""
        rows = [i for i, r in enumerate(self.picker.rooms) if r.id == room_id]
        self.week_start = day - timedelta(days=day.weekday())
        self.view_tabs.setCurrentIndex(0)
        if rows:
            self.room_list.setCurrentRow(rows[0])
        self._load_week()

    def _usage(self, fn, on_success) -> None:  # type: ignore[no-untyped-def]
        site = self.current_site()
        if site is None:
            return
        site_id, first = site.id, self.month_first

        def run(s):  # type: ignore[no-untyped-def]
            return fn(usage.usage_report(s, site_id=site_id, year=first.year, month=first.month))

        self._op(run, on_success=on_success)

    def usage_pdf(self) -> None:
        """Render the usage report of the month shown and open it with a 打印 button."""

        def render(rep) -> bytes:  # type: ignore[no-untyped-def]
            from app.reports.booking_usage import render_usage_report  # reportlab on first use

            buf = io.BytesIO()
            render_usage_report(rep, buf)
            return buf.getvalue()

        self._usage(render, lambda pdf: self._show_pdf(pdf, self.tr("阵地使用月报")))

    def usage_xlsx(self, path: str | None = None) -> None:
        """Ask where to save, then write the usage report of the month shown as a workbook."""
        if path is None:
            first = self.month_first
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("导出阵地使用月报"),
                str(Path.home() / f"阵地使用月报-{first:%Y-%m}.xlsx"),
                self.tr("Excel 工作簿 (*.xlsx)"),
            )
            if not path:
                return
        target = Path(path)

        def write(rep) -> str:  # type: ignore[no-untyped-def]
            from app.reports.booking_usage import write_usage_xlsx

            write_usage_xlsx(rep, target)
            return str(target)

        self._usage(
            write,
            lambda p: self.ctx.bus.sig_notify.emit(
                self.tr("阵地使用月报"), self.tr("已导出：{path}").format(path=p)
            ),
        )

    # -- refused offline bookings -----------------------------------------------------------

    def _show_refused(self, refused: tuple[RefusedBooking, ...]) -> None:
        self.refused = refused
        if not refused:
            self.refused_label.hide()
            self.refused_btn.hide()
            return
        first = refused[0]
        self.refused_label.setText(
            self.tr(
                "区级服务器退回了 {n} 个离线提交的预约（时段已被其他单位先预约），"
                "如“{org}”{day}：{reason}"
            ).format(
                n=len(refused),
                org=first.booking.org_name,
                day=f"{first.booking.day:%Y-%m-%d}",
                reason=first.reason,
            )
        )
        self.refused_label.show()
        self.refused_btn.show()

    def show_refused(self) -> RefusedDialog | None:
        """List the refused bookings with why and the nearest free slots to rebook."""
        if not self.refused:
            return None
        d = RefusedDialog(self.ctx, self.refused, self)
        d.sig_rebooked.connect(lambda v: self.table.select_booking(v.id))
        self.refused_dialog = d
        d.open()
        return d

    def _act(self, fn, **kw) -> None:
        current = self.table.current()
        if current is None:
            return
        bid, actor = current.id, self.ctx.actor()
        self._op(
            lambda s: fn(s, booking_id=bid, actor=actor, **kw),
            on_success=lambda v: self.table.select_booking(v.id),
            changes={"booking"},
        )

    def approve(self) -> None:
        """Approve the selected 待审核 booking."""
        self._act(booking_states.approve_booking)

    def reject(self) -> None:
        """Ask for a reason and reject the selected booking."""
        d = ReasonDialog(
            self.tr("驳回预约"), self.tr("驳回理由（将告知预约单位）："), required=True, parent=self
        )
        d.accepted.connect(lambda: self._act(booking_states.reject_booking, reason=d.reason()))
        self.reason_dialog = d
        d.open()

    def cancel(self) -> None:
        """Ask for an optional reason and cancel the selected booking."""
        d = ReasonDialog(
            self.tr("取消预约"), self.tr("取消原因（可不填）："), required=False, parent=self
        )
        d.accepted.connect(lambda: self._act(booking_states.cancel_booking, reason=d.reason()))
        self.reason_dialog = d
        d.open()

    def cancel_series(self) -> None:
        """Ask for a reason and cancel every booking of the selected one's series not yet begun."""
        current = self.table.current()
        if current is None or not current.series_id:
            return
        series_id, actor = current.series_id, self.ctx.actor()
        d = ReasonDialog(
            self.tr("取消整个重复预约"),
            self.tr("取消理由（尚未开始的每一次都将取消）："),
            required=False,
            parent=self,
        )

        def done(n: int) -> None:
            self.ctx.bus.sig_notify.emit(
                self.tr("重复预约"), self.tr("已取消该系列的 {n} 次预约").format(n=n)
            )

        def confirmed() -> None:
            reason = d.reason()  # read on the GUI thread: the worker gets the text only
            self._op(
                lambda s: recurrence.cancel_series(
                    s, series_id=series_id, actor=actor, reason=reason
                ),
                on_success=done,
                changes={"booking"},
            )

        d.accepted.connect(confirmed)
        self.reason_dialog = d
        d.open()

    def complete(self) -> None:
        """Record attendance and rating for the selected booking."""
        current = self.table.current()
        if current is None:
            return
        d = CompleteDialog(current, self)

        def done() -> None:
            attended, rating = d.values()
            self._act(booking_states.complete_booking, attended=attended, rating=rating)

        d.accepted.connect(done)
        d.open()

    def no_show(self) -> None:
        """Confirm, then mark the selected booking as 爽约."""
        self._confirm(
            self.tr("确认该单位未到场，标记为爽约？"),
            lambda: self._act(booking_states.mark_no_show),
        )

    def delete(self) -> None:
        """Confirm, then (soft) delete the selected booking."""
        self._confirm(
            self.tr("确认删除该预约记录？"), lambda: self._act(booking_states.delete_booking)
        )

    def _confirm(self, text: str, then) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("请确认"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("确定"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("返回"))
        box.buttonClicked.connect(lambda b: b is yes and then())
        box.open()

    def print_slip(self) -> None:
        """Render the 预约确认单 of the selected booking and show it with a 打印 button."""
        current = self.table.current()
        if current is None or not self.action_buttons["print"].isEnabled():
            return
        bid, issuer, actor = current.id, self.ctx.user.display_name, self.ctx.actor()

        def render(s) -> bytes:
            from app.reports.booking_slip import render_booking_slip  # reportlab on first print

            audit.log_print(
                s, actor=actor, document="booking_slip", entity="booking", entity_id=bid
            )
            buf = io.BytesIO()
            render_booking_slip(bookings.booking_slip(s, booking_id=bid, issuer=issuer), buf)
            return buf.getvalue()

        self._op(render, on_success=self._show_preview)

    def _show_preview(self, pdf: bytes) -> None:
        self._show_pdf(pdf, self.tr("预约确认单"))

    def _show_pdf(self, pdf: bytes, title: str) -> None:
        self.preview = PdfPreviewDialog(pdf, title, self)
        self.preview.open()
