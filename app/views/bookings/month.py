"""The month of a site: every room by every day, each day split into 上午 (top) and 下午 (bottom).

The first column is the room's utilisation in the month (half-days held ÷ half-days). A 待确认
half-day is hatched like on the week calendar. Double-click (or Enter on) a day to open that
room's week.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.domain.bookings import CellState, MonthView
from app.views.bookings.calendar import COLOURS, hatch

STATE_COLOURS = {
    "": COLOURS[CellState.FREE],
    "pending": COLOURS[CellState.PENDING],
    "approved": COLOURS[CellState.APPROVED],
    "tentative": COLOURS[CellState.PENDING],
}
WEEKEND = "#cf222e"
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
SELECTED = QStyle.StateFlag.State_Selected
_Index = QModelIndex | QPersistentModelIndex


class MonthModel(QAbstractTableModel):
    """Rooms × (utilisation, day 1 … day N) of a MonthView."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month: MonthView | None = None

    def show(self, month: MonthView | None) -> None:
        """Replace the month shown."""
        self.beginResetModel()
        self.month = month
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if self.month is None or parent.isValid() else len(self.month.rooms)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if self.month is None or parent.isValid() else self.month.days + 1

    def day(self, column: int) -> date | None:
        """Return the date of a day column (None for the utilisation column)."""
        if self.month is None or column < 1:
            return None
        return date(self.month.year, self.month.month, column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.month is None or not index.isValid():
            return None
        room = self.month.rooms[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{room.utilisation * 100:.0f}%"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "MonthGrid", "{room}：本月{held}/{slots}个半天已使用，{pending}个待审核"
                ).format(
                    room=room.room.name, held=room.held, slots=room.slots, pending=room.pending
                )
            return None
        am, pm = room.cells[index.column() - 1]
        if role == STATE_ROLE:
            return (am, pm)
        if role == Qt.ItemDataRole.ToolTipRole:
            day = self.day(index.column())
            assert day is not None
            names = {
                "": QCoreApplication.translate("MonthGrid", "空闲"),
                "pending": QCoreApplication.translate("MonthGrid", "待审核"),
                "approved": QCoreApplication.translate("MonthGrid", "已通过"),
                "tentative": QCoreApplication.translate("MonthGrid", "待确认"),
            }
            return QCoreApplication.translate(
                "MonthGrid", "{room} {m}月{d}日\n上午：{am}\n下午：{pm}"
            ).format(room=room.room.name, m=day.month, d=day.day, am=names[am], pm=names[pm])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.month is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.ToolTipRole:
                r = self.month.rooms[section].room
                return QCoreApplication.translate("MonthGrid", "{name}（{cap}人）").format(
                    name=r.name, cap=r.capacity
                )
            if role == Qt.ItemDataRole.DisplayRole:
                return self.month.rooms[section].room.name  # the seats: in the tooltip
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return "%"  # the utilisation (its tooltip says so)
            day = self.day(section)
            assert day is not None
            return str(day.day)
        if role == Qt.ItemDataRole.ToolTipRole and section == 0:
            return QCoreApplication.translate("MonthGrid", "利用率")
        if role == Qt.ItemDataRole.ForegroundRole and section > 0:
            day = self.day(section)
            if day is not None and day.weekday() >= 5:
                return QBrush(QColor(WEEKEND))  # Saturdays and Sundays in red, as on a calendar
        return None


class HalfDayDelegate(QStyledItemDelegate):
    """Paints a day cell as two halves (上午 top, 下午 bottom) in their state colours.

    It reads the states straight from the model's MonthView (no QVariant round trip) and
    reuses its colours: a month of 40 rooms paints over a thousand cells.
    """

    def __init__(self, model: MonthModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.brushes = {k: QBrush(QColor(v)) for k, v in STATE_COLOURS.items()}
        self.selected = QColor("#0969da")

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        month, column = self.model.month, index.column()
        if month is None or column < 1:
            super().paint(painter, option, index)
            return
        am, pm = month.rooms[index.row()].cells[column - 1]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        x, y, w, h = rect.getRect()
        half = h // 2
        # the two halves, a one-pixel gap of the grid's own background between them
        top = QRect(x, y, w, half - 1)
        bottom = QRect(x, y + half, w, h - half)
        painter.fillRect(top, self.brushes[am])
        painter.fillRect(bottom, self.brushes[pm])
        if am == "tentative":
            hatch(painter, top)
        if pm == "tentative":
            hatch(painter, bottom)
        if option.state & SELECTED:  # type: ignore[attr-defined]
            painter.setPen(self.selected)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))


class MonthGrid(QTableView):
    """The month table; double-click or Enter on a day emits (room id, date)."""

    sig_day_chosen = Signal(str, object)  # room id, date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthGrid")
        self.model_ = MonthModel(self)
        self.setModel(self.model_)
        self.setItemDelegate(HalfDayDelegate(self.model_, self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        h = self.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        h.setMinimumSectionSize(18)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(26)
        self.setStyleSheet(
            "QTableView { font-size: 10pt; gridline-color: #999; } QHeaderView { font-size: 9pt; }"
        )
        self.doubleClicked.connect(self._chosen)

    def show_month(self, month: MonthView | None) -> None:
        """Show `month` (None: nothing)."""
        self.model_.show(month)
        if month is not None:
            self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

    @property
    def month(self) -> MonthView | None:
        """Return the month shown."""
        return self.model_.month

    def _chosen(self, index: QModelIndex) -> None:
        day = self.model_.day(index.column())
        month = self.model_.month
        if day is not None and month is not None:
            self.sig_day_chosen.emit(month.rooms[index.row()].room.id, day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the week of the current day, like a double-click."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._chosen(self.currentIndex())
            return
        super().keyPressEvent(event)
