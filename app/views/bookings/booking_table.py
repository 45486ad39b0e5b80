"""The clerk's list of bookings: one row per booking, 待审核 first, coloured by state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.domain.bookings import BookingView
from app.domain.enums import Activity, BookingSlot, BookingStatus
from app.views.labels import enum_text

STATUS_COLOURS = {
    BookingStatus.PENDING.value: "#fff0b8",
    BookingStatus.APPROVED.value: "#cfe0ff",
    BookingStatus.REJECTED.value: "#ffd8d3",
    BookingStatus.CANCELLED.value: "#ececec",
    BookingStatus.COMPLETED.value: "#d6f5dc",
    BookingStatus.NO_SHOW.value: "#f3d5f0",
}


class BookingTable(QTableWidget):
    """Read-only rows of bookings; the selected row's BookingView is `current()`."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, 8, parent)
        headers = [
            self.tr("预约编号"),
            self.tr("日期"),
            self.tr("时段"),
            self.tr("房间"),
            self.tr("预约单位"),
            self.tr("人数"),
            self.tr("活动"),
            self.tr("状态"),
        ]
        self.setObjectName("bookingTable")
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.setStyleSheet("QTableWidget { font-size: 12pt; }")
        self.rows: tuple[BookingView, ...] = ()

    def show_rows(self, rows: tuple[BookingView, ...], keep_id: str | None = None) -> None:
        """Replace the rows; keep the booking `keep_id` selected when it is still listed."""
        self.rows = rows
        self.setRowCount(len(rows))
        for r, v in enumerate(rows):
            status = enum_text(BookingStatus, v.status, v.status_label)
            if v.tentative:
                status += self.tr("（待确认·未同步）")
            elif v.confirmed:
                status += self.tr("（已确认）")
            if v.reason and v.status == BookingStatus.REJECTED.value:
                status = self.tr("{status}：{reason}").format(status=status, reason=v.reason)
            # "上午 09:00–11:30": the list shows the half-day's name only.
            slot = enum_text(BookingSlot, v.slot, v.slot_label).split(" ")[0]
            cells = (
                v.number,
                f"{v.day:%Y-%m-%d}",
                slot,
                v.rooms_label,
                v.org_name,
                str(v.headcount),
                enum_text(Activity, v.activity, v.activity_label),
                status,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 7:
                    item.setBackground(QBrush(QColor(STATUS_COLOURS[v.status])))
                    item.setToolTip(
                        self.tr("本机提交，尚未经区级服务器确认") if v.tentative else v.reason
                    )
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, v.id)
                self.setItem(r, c, item)
        row = next((i for i, v in enumerate(rows) if v.id == keep_id), 0 if rows else -1)
        if row >= 0:
            self.selectRow(row)

    def current(self) -> BookingView | None:
        """Return the selected booking, or None."""
        row = self.currentRow()
        if 0 <= row < len(self.rows) and self.selectionModel().isRowSelected(row):
            return self.rows[row]
        return None

    def select_booking(self, booking_id: str) -> bool:
        """Select the row of `booking_id`; return False when it is not listed."""
        for i, v in enumerate(self.rows):
            if v.id == booking_id:
                self.selectRow(i)
                return True
        return False
