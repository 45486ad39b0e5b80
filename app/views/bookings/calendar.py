"""The week calendar of one room: 7 days × 上午/下午, each cell coloured by its state."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
)

from app.domain.bookings import CellState, CellView, WeekView
from app.domain.enums import BookingSlot

COLOURS = {
    CellState.FREE: "#e3f6e5",
    CellState.PENDING: "#fff0b8",
    CellState.APPROVED: "#cfe0ff",
}
PAST = "#ececec"
HATCH = "#8a6d00"  # the diagonal lines over a 待确认 (tentative) cell
TENTATIVE_ROLE = Qt.ItemDataRole.UserRole + 1


def hatch(painter: QPainter, rect: object) -> None:
    """Draw the 待确认 hatching (diagonal lines) over `rect`."""
    painter.save()
    painter.fillRect(rect, QBrush(QColor(HATCH), Qt.BrushStyle.BDiagPattern))
    painter.restore()


class HatchDelegate(QStyledItemDelegate):
    """Paints an item normally, then hatches it when its TENTATIVE_ROLE is 1.

    The role holds an int, not a bool: PySide6 miscounts references of bools passed through
    QVariant, which crashed the interpreter at exit."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # type: ignore[no-untyped-def]
        super().paint(painter, option, index)
        if index.data(TENTATIVE_ROLE):
            hatch(painter, option.rect)  # type: ignore[attr-defined]


SLOTS = [BookingSlot.MORNING.value, BookingSlot.AFTERNOON.value]
WEEKDAYS = (
    QT_TRANSLATE_NOOP("WeekCalendar", "周一"),
    QT_TRANSLATE_NOOP("WeekCalendar", "周二"),
    QT_TRANSLATE_NOOP("WeekCalendar", "周三"),
    QT_TRANSLATE_NOOP("WeekCalendar", "周四"),
    QT_TRANSLATE_NOOP("WeekCalendar", "周五"),
    QT_TRANSLATE_NOOP("WeekCalendar", "周六"),
    QT_TRANSLATE_NOOP("WeekCalendar", "周日"),
)


class WeekCalendar(QTableWidget):
    """Two rows (上午, 下午) by seven days; Enter or a click on a cell chooses it."""

    sig_cell_chosen = Signal(object)  # CellView

    def __init__(self, parent=None) -> None:
        super().__init__(len(SLOTS), 7, parent)
        self.setObjectName("weekCalendar")
        self.week: WeekView | None = None
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setVerticalHeaderLabels([self.tr("上午\n09:00–11:30"), self.tr("下午\n14:30–17:00")])
        self.setMinimumHeight(190)
        self.setStyleSheet(
            "QTableWidget { font-size: 12pt; selection-color: black;"
            " selection-background-color: rgba(9, 105, 218, 70); }"
        )
        self.cellClicked.connect(self._chosen)
        self.setItemDelegate(HatchDelegate(self))

    def show_week(self, week: WeekView) -> None:
        """Paint the cells of `week`."""
        self.week = week
        labels = []
        for i in range(7):
            day = date.fromordinal(week.start.toordinal() + i)
            labels.append(
                self.tr("{m}月{d}日\n{weekday}").format(
                    m=day.month, d=day.day, weekday=self.tr(WEEKDAYS[i])
                )
            )
        self.setHorizontalHeaderLabels(labels)
        for cell in week.cells:
            row = SLOTS.index(cell.slot)
            col = (cell.day - week.start).days
            item = QTableWidgetItem(self._text(cell))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            free_past = cell.past and cell.state == CellState.FREE
            item.setBackground(QBrush(QColor(PAST if free_past else COLOURS[cell.state])))
            item.setData(Qt.ItemDataRole.UserRole, cell)
            item.setData(TENTATIVE_ROLE, 1 if cell.tentative else 0)  # an int: see HatchDelegate
            item.setToolTip(self._tooltip(cell))
            self.setItem(row, col, item)

    def clear_week(self) -> None:
        """Show no week (no room chosen)."""
        self.week = None
        self.clearContents()

    def _text(self, cell: CellView) -> str:
        if cell.tentative:
            return self.tr("待确认\n{org}").format(org=_short(cell.org_name))
        if cell.state == CellState.APPROVED:
            return self.tr("已约\n{org}").format(org=_short(cell.org_name))
        if cell.state == CellState.PENDING:
            return self.tr("待审核 {n}\n{org}").format(
                n=cell.pending_count, org=_short(cell.org_name)
            )
        return self.tr("已过") if cell.past else self.tr("空闲")

    def _tooltip(self, cell: CellView) -> str:
        if cell.tentative:
            return self.tr(
                "{org}：待确认——本机预约后尚未与区级服务器同步，服务器确认前可能因冲突被退回"
            ).format(org=cell.org_name)
        if cell.state == CellState.FREE:
            return "" if cell.past else self.tr("单击或按回车预约此时段")
        return cell.org_name

    def cell_at(self, day: date, slot: str) -> QTableWidgetItem | None:
        """Return the item showing `day` and `slot` (None when outside this week)."""
        if self.week is None:
            return None
        col = (day - self.week.start).days
        if not 0 <= col < 7:
            return None
        return self.item(SLOTS.index(slot), col)

    def _chosen(self, row: int, col: int) -> None:
        item = self.item(row, col)
        if item is not None:
            self.sig_cell_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter chooses the current cell, like a click."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._chosen(self.currentRow(), self.currentColumn())
            return
        super().keyPressEvent(event)


def _short(name: str, most: int = 10) -> str:
    return name if len(name) <= most else name[: most - 1] + "…"
