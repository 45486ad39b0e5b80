"""The repeat part of the booking form: monthly on the nth weekday (or every N weeks), a preview.

The form reads these widgets on the GUI thread into a SeriesRule; only the rule and the draft
go to the database worker.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.bookings import SeriesPreview, SeriesRule
from app.views.service_messages import service_text

NTH = (
    (QT_TRANSLATE_NOOP("SeriesBox", "每月第一个"), 1),
    (QT_TRANSLATE_NOOP("SeriesBox", "每月第二个"), 2),
    (QT_TRANSLATE_NOOP("SeriesBox", "每月第三个"), 3),
    (QT_TRANSLATE_NOOP("SeriesBox", "每月第四个"), 4),
    (QT_TRANSLATE_NOOP("SeriesBox", "每月最后一个"), -1),
    (QT_TRANSLATE_NOOP("SeriesBox", "每周"), 0),
    (QT_TRANSLATE_NOOP("SeriesBox", "每两周"), -2),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("SeriesBox", "星期一"),
    QT_TRANSLATE_NOOP("SeriesBox", "星期二"),
    QT_TRANSLATE_NOOP("SeriesBox", "星期三"),
    QT_TRANSLATE_NOOP("SeriesBox", "星期四"),
    QT_TRANSLATE_NOOP("SeriesBox", "星期五"),
    QT_TRANSLATE_NOOP("SeriesBox", "星期六"),
    QT_TRANSLATE_NOOP("SeriesBox", "星期日"),
)


class SeriesBox(QWidget):
    """重复预约: off by default; when on, a rule and the previewed dates with skipped ones red."""

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seriesBox")
        self.enabled = QCheckBox(self.tr("重复："), self)
        self.nth = QComboBox(self)
        for label, value in NTH:
            self.nth.addItem(self.tr(label), value)
        self.nth.setCurrentIndex(self.nth.findData((day.day - 1) // 7 + 1 if day.day <= 28 else -1))
        self.nth.setMinimumWidth(self.fontMetrics().horizontalAdvance("每月最后一个") + 48)
        self.weekday = QComboBox(self)
        for i, label in enumerate(WEEKDAYS):
            self.weekday.addItem(self.tr(label), i)
        self.weekday.setCurrentIndex(day.weekday())
        self.count = QSpinBox(self, minimum=1, maximum=24, value=6)
        self.count.setPrefix(self.tr("共 "))
        self.count.setSuffix(self.tr(" 次"))
        self.preview_button = QPushButton(self.tr("预览日期"), self)
        self.dates = QListWidget(self)
        self.dates.setObjectName("seriesDates")
        self.dates.setFixedHeight(110)
        self.dates.setWordWrap(True)
        self.dates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = QLabel(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.nth)
        row.addWidget(self.weekday)
        row.addWidget(self.count)
        row.addWidget(self.preview_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.dates)
        self.enabled.toggled.connect(self._sync)
        self._sync(False)

    def _sync(self, on: bool) -> None:
        for w in (self.nth, self.weekday, self.count, self.preview_button):
            w.setEnabled(on)
        self.dates.setVisible(on)
        self.summary.setVisible(on)

    def is_on(self) -> bool:
        """Return whether the booking repeats."""
        return self.enabled.isChecked()

    def rule(self, first: date) -> SeriesRule:
        """Return the rule the widgets describe, starting on `first` (read on the GUI thread)."""
        nth = self.nth.currentData()
        if nth in (0, -2):  # weekly or fortnightly, on the first date's weekday
            return SeriesRule(first=first, count=self.count.value(), interval_weeks=-nth or 1)
        return SeriesRule(
            first=first,
            count=self.count.value(),
            monthly_nth=nth,
            weekday=self.weekday.currentData(),
        )

    def show_preview(self, preview: SeriesPreview) -> None:
        """List every date; the skipped ones in red with why."""
        self.dates.clear()
        for d in preview.dates:
            text = f"{d.day:%Y-%m-%d} " + self.tr(WEEKDAYS[d.day.weekday()])
            if d.problem:
                text += self.tr("　跳过：") + service_text(d.problem)
            item = QListWidgetItem(text)
            if d.problem:
                item.setForeground(QBrush(QColor("#cf222e")))
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, d.day)
            self.dates.addItem(item)
        self.summary.setText(
            self.tr("可预约 {ok} 次，跳过 {skip} 次").format(
                ok=len(preview.bookable), skip=len(preview.skipped)
            )
        )
