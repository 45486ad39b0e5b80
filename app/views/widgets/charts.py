"""Small charts drawn with QPainter: horizontal bars and lines, Chinese labels, click-through.

Why not QtCharts or pyqtgraph: see docs/DEVELOPING.md (统计图). Each chart holds plain
(key, label, value) points; a click on a bar or a line point emits its key (and the series).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

AXIS = QColor("#8c959f")
TEXT = QColor("#24292f")
GRID = QColor("#eaeef2")
HOVER = QColor("#fd8c73")


@dataclass(frozen=True)
class Point:
    """One bar, or one point of a line: its key (what a click filters by), label and value."""

    key: str
    label: str
    value: int


@dataclass(frozen=True)
class Series:
    """One line of a line chart."""

    name: str  # what a click reports, e.g. "received"
    title: str  # the legend text
    colour: str
    points: tuple[Point, ...]


def nice_max(value: float) -> int:
    """Return a round axis maximum at or above `value` (1, 2, 5 × 10^n)."""
    if value <= 0:
        return 1
    step = 1
    while True:
        for m in (1, 2, 5):
            if m * step >= value:
                return m * step
        step *= 10


def divisions(peak: int) -> int:
    """Return how many gridline steps an axis to `peak` gets so every label is a whole number
    (a peak of 1 or 2 would otherwise read 0, 0, 0, 1)."""
    if peak <= 5:
        return max(peak, 1)
    return 5 if peak % 5 == 0 else 4


class BarChart(QWidget):
    """Horizontal bars, the largest first; hovering shows the figure, a click emits the key."""

    sig_clicked = Signal(str)

    def __init__(self, colour: str = "#0969da", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = QColor(colour)
        self.points: tuple[Point, ...] = ()
        self.max_bars = 12
        self._hover = -1
        self.setMouseTracking(True)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_points(self, points: Sequence[Point]) -> None:
        """Show `points` (the first `max_bars` of them)."""
        self.points = tuple(points)[: self.max_bars]
        self._hover = -1
        self.update()

    def sizeHint(self) -> QSize:
        """Return a size fitting the bars."""
        return QSize(360, 40 + 24 * max(3, len(self.points)))

    def _geometry(self) -> tuple[float, float, float, float]:
        fm = QFontMetrics(self.font())
        label_w = min(
            self.width() * 0.4,
            max([fm.horizontalAdvance(p.label) for p in self.points] + [40]) + 12,
        )
        top, bottom = 6.0, 18.0
        row = (self.height() - top - bottom) / max(1, len(self.points))
        return label_w, top, row, self.width() - label_w - 48

    def bar_rect(self, i: int) -> QRectF:
        """Return the rectangle of bar `i` (tests click its centre)."""
        label_w, top, row, span = self._geometry()
        peak = nice_max(max((p.value for p in self.points), default=1))
        w = span * self.points[i].value / peak
        return QRectF(label_w, top + i * row + row * 0.15, max(w, 1.0), row * 0.7)

    def _at(self, pos: QPointF) -> int:
        _label_w, top, row, _ = self._geometry()
        if pos.x() < 0 or row <= 0:
            return -1
        i = int((pos.y() - top) // row)
        return i if 0 <= i < len(self.points) else -1

    def paintEvent(self, _event: object) -> None:
        """Draw the bars, their labels and values."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.points:
            p.setPen(AXIS)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("本期没有数据"))
            return
        label_w, top, row, span = self._geometry()
        peak = nice_max(max(pt.value for pt in self.points))
        fm = QFontMetrics(self.font())
        p.setPen(QPen(GRID, 1))
        steps = divisions(peak)
        for k in range(1, steps + 1):
            x = label_w + span * k / steps
            p.drawLine(QPointF(x, top), QPointF(x, self.height() - 16))
        p.setPen(AXIS)
        for k in sorted({0, steps // 2, steps}):
            x = label_w + span * k / steps
            p.drawText(QPointF(x - 8, self.height() - 3), f"{peak * k // steps}")
        for i, pt in enumerate(self.points):
            y = top + i * row
            p.setPen(TEXT)
            text = fm.elidedText(pt.label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            p.drawText(
                QRectF(0, y, label_w - 8, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            rect = self.bar_rect(i)
            p.fillRect(rect, HOVER if i == self._hover else self.colour)
            p.drawText(
                QRectF(rect.right() + 4, y, 60, row), Qt.AlignmentFlag.AlignVCenter, f"{pt.value:,}"
            )
        p.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Highlight the bar under the mouse and show its figure."""
        i = self._at(event.position())
        if i != self._hover:
            self._hover = i
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if i >= 0 else Qt.CursorShape.ArrowCursor
            )
            self.update()
        if i >= 0:
            pt = self.points[i]
            QToolTip.showText(event.globalPosition().toPoint(), f"{pt.label}：{pt.value:,}", self)

    def leaveEvent(self, _event: object) -> None:
        """Drop the highlight."""
        self._hover = -1
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Emit the key of the clicked bar."""
        i = self._at(event.position())
        if i >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.sig_clicked.emit(self.points[i].key)


class LineChart(QWidget):
    """Lines over shared x labels (days or months); a click near a point emits (series, key)."""

    sig_clicked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: tuple[Series, ...] = ()
        self._hover: tuple[int, int] = (-1, -1)
        self.setMouseTracking(True)
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_series(self, series: Sequence[Series]) -> None:
        """Show `series` (all of the same length)."""
        self.series = tuple(series)
        self._hover = (-1, -1)
        self.update()

    def sizeHint(self) -> QSize:
        """Return a comfortable size."""
        return QSize(560, 240)

    def _frame(self) -> QRectF:
        return QRectF(44, 26, self.width() - 58, self.height() - 52)

    def _n(self) -> int:
        return len(self.series[0].points) if self.series else 0

    def _peak(self) -> int:
        return nice_max(max((pt.value for s in self.series for pt in s.points), default=1))

    def point_pos(self, s: int, i: int) -> QPointF:
        """Return where point `i` of series `s` is drawn (tests click it)."""
        f = self._frame()
        n = self._n()
        x = f.left() + (f.width() * i / (n - 1) if n > 1 else f.width() / 2)
        y = f.bottom() - f.height() * self.series[s].points[i].value / self._peak()
        return QPointF(x, y)

    def _nearest(self, pos: QPointF) -> tuple[int, int]:
        best, found = 12.0**2, (-1, -1)
        for s in range(len(self.series)):
            for i in range(self._n()):
                d = self.point_pos(s, i) - pos
                dist = d.x() ** 2 + d.y() ** 2
                if dist < best:
                    best, found = dist, (s, i)
        return found

    def paintEvent(self, _event: object) -> None:
        """Draw axes, grid, lines, points and the legend."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        n = self._n()
        if not n:
            p.setPen(AXIS)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("本期没有数据"))
            return
        f = self._frame()
        peak = self._peak()
        steps = divisions(peak)
        for k in range(steps + 1):
            y = f.bottom() - f.height() * k / steps
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(f.left(), y), QPointF(f.right(), y))
            p.setPen(AXIS)
            p.drawText(
                QRectF(0, y - 8, f.left() - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{peak * k // steps:,}",
            )
        fm = QFontMetrics(self.font())
        labels = self.series[0].points
        step = max(1, int(n / max(1, f.width() / (fm.horizontalAdvance(labels[0].label) + 14))) + 0)
        for i in range(0, n, step):
            x = self.point_pos(0, i).x()
            p.drawText(
                QRectF(x - 30, f.bottom() + 4, 60, 16),
                Qt.AlignmentFlag.AlignHCenter,
                labels[i].label,
            )
        for s, ser in enumerate(self.series):
            colour = QColor(ser.colour)
            path = QPainterPath(self.point_pos(s, 0))
            for i in range(1, n):
                path.lineTo(self.point_pos(s, i))
            p.setPen(QPen(colour, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            p.setBrush(colour)
            for i in range(n):
                r = 4.5 if (s, i) == self._hover else 2.5
                p.drawEllipse(self.point_pos(s, i), r, r)
        x = f.left()
        for ser in self.series:
            p.fillRect(QRectF(x, 6, 12, 12), QColor(ser.colour))
            p.setPen(TEXT)
            p.drawText(QPointF(x + 16, 17), ser.title)
            x += 16 + fm.horizontalAdvance(ser.title) + 18
        p.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Highlight the point under the mouse and show its figure."""
        found = self._nearest(event.position())
        if found != self._hover:
            self._hover = found
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if found[0] >= 0 else Qt.CursorShape.ArrowCursor
            )
            self.update()
        if found[0] >= 0:
            ser = self.series[found[0]]
            pt = ser.points[found[1]]
            QToolTip.showText(
                event.globalPosition().toPoint(), f"{pt.label} {ser.title}：{pt.value:,}", self
            )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Emit the series and key of the clicked point."""
        s, i = self._nearest(event.position())
        if s >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.sig_clicked.emit(self.series[s].name, self.series[s].points[i].key)
