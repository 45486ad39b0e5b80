"""阵地预约: pick a site and room, see its week, book a free half-day, approve and print."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.bookings import BookingView, CellState, CellView, RoomView, SiteView, WeekView
from app.domain.enums import BookingStatus
from app.domain.permissions import Action
from app.services import audit
from app.services.bookings import booking as bookings
from app.services.bookings import recurrence
from app.services.bookings import states as booking_states
from app.services.permissions import may
from app.views.bookings.booking_table import BookingTable
from app.views.bookings.calendar import COLOURS, PAST, WeekCalendar
from app.views.bookings.dialogs import BookingDialog, CompleteDialog, ReasonDialog
from app.views.bookings.ops import guarded_op
from app.views.bookings.picker import SitePicker
from app.views.bookings.preview import PdfPreviewDialog
from app.views.context import AppContext
from app.views.icons import icon
from app.views.labels import enum_choices
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
        self.picker.sig_room_changed.connect(self._load_week)
        outer.addWidget(self.picker)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_week())
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
        self.new_btn = QPushButton(icon("new"), self.tr("新建预约(&B) Ctrl+N"))
        self.new_btn.setObjectName("newBooking")
        self.new_btn.setToolTip(self.tr("预约日历中选中的空闲时段；未选中时取本周第一个空闲时段"))
        self.new_btn.clicked.connect(self.new_booking)
        nav.addWidget(self.new_btn)
        for w in (self.prev_btn, self.today_btn, self.next_btn):
            nav.addWidget(w)
        nav.addWidget(self.week_label, 1)
        for text, colour in (
            (self.tr("空闲"), COLOURS[CellState.FREE]),
            (self.tr("待审核"), COLOURS[CellState.PENDING]),
            (self.tr("已通过"), COLOURS[CellState.APPROVED]),
            (self.tr("已过"), PAST),
        ):
            nav.addWidget(QLabel(f"  {text}  ", styleSheet=f"background: {colour};"))
        layout.addLayout(nav)
        self.calendar = WeekCalendar()
        self.calendar.sig_cell_chosen.connect(self._cell_chosen)
        layout.addWidget(self.calendar, 1)
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
        actions.addStretch(1)
        layout.addLayout(actions)
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
        """Reload the week of the selected room and the list of the selected site."""
        self._load_week()
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
            return
        status = self.status_combo.currentData()
        site_id = site.id
        self._op(
            lambda s: bookings.list_bookings(s, site_id=site_id, status=status),
            on_success=self._show_list,
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
        if hasattr(self, "cancel_series_btn"):
            series = current is not None and bool(current.series_id)
            self.cancel_series_btn.setEnabled(series)
            self.cancel_series_btn.setToolTip(
                ""
                if series
                else self.tr("先选中一条重复预约（系列）中的预约")
                if current is None
                else self.tr("这条预约不属于重复预约系列")
            )
        clerk = may(self.ctx.actor(), Action.REVIEW_BOOKING)  # the service checks the site too
        started = current is not None and current.starts_at <= datetime.now(CHINA)
        for key, button in self.action_buttons.items():
            ok = current is not None and current.status in ENABLED_FOR[key]
            why = ""
            if current is None:
                why = self.tr("先在列表中选中一条预约")
            elif not ok:
                why = self.tr("这条预约当前的状态不能执行此操作")
            if key in AFTER_START:
                if ok and not started:
                    why = self.tr("活动开始后才能登记")
                ok = ok and started
            elif key == "cancel" and current is not None and current.status == A:
                if ok and started:
                    why = self.tr("活动已开始，不能取消：请登记完成或爽约")
                ok = ok and not started  # once begun it is completed or a no-show
            button.setEnabled(ok and (clerk or key not in CLERK_ONLY))
            if key in CLERK_ONLY and not clerk:
                why = self.tr("仅预约管理员可操作")
            # A greyed button says why (issue #12).
            button.setToolTip("" if button.isEnabled() else why)

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
        self.preview = PdfPreviewDialog(pdf, self.tr("预约确认单"), self)
        self.preview.open()
