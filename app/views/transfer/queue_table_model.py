"""Table model of one transfer queue: rows coloured by their warning level."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import CaseStatus
from app.domain.transfer import CaseRow
from app.views.labels import enum_text

CHINA = ZoneInfo("Asia/Shanghai")
Index = QModelIndex | QPersistentModelIndex
BACKGROUND = {"red": QColor("#ffd7d5"), "yellow": QColor("#fff1c2")}
WARNING_TEXT = {
    "red": QT_TRANSLATE_NOOP("QueueTableModel", "超期"),
    "yellow": QT_TRANSLATE_NOOP("QueueTableModel", "临期"),
}


def _tr(text: str) -> str:
    """Translate a string listed with QT_TRANSLATE_NOOP("QueueTableModel", …)."""
    return QCoreApplication.translate("QueueTableModel", text)


class QueueTableModel(QAbstractTableModel):
    """Rows of a queue: number, summary, category, lead department, status, deadline, warning."""

    HEADERS = (
        QT_TRANSLATE_NOOP("QueueTableModel", "受理编号"),
        QT_TRANSLATE_NOOP("QueueTableModel", "事项摘要"),
        QT_TRANSLATE_NOOP("QueueTableModel", "类别"),
        QT_TRANSLATE_NOOP("QueueTableModel", "主办部门"),
        QT_TRANSLATE_NOOP("QueueTableModel", "状态"),
        QT_TRANSLATE_NOOP("QueueTableModel", "期限"),
        QT_TRANSLATE_NOOP("QueueTableModel", "预警"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseRow] = []

    def set_rows(self, rows: list[CaseRow]) -> None:
        """Replace the rows shown."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and row.warning in BACKGROUND:
            return QBrush(BACKGROUND[row.warning])
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 5 and row.deadline_at is not None:
                return row.deadline_at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
            return row.summary
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _text(self, row: CaseRow, column: int) -> str:
        if column == 0:
            return row.case_no
        if column == 1:
            return row.summary
        if column == 2:
            return row.category
        if column == 3:
            return row.lead_department
        if column == 4:
            status = enum_text(CaseStatus, row.status, row.status_label)
            return status + (self.tr("·已升级") if row.escalated else "")
        if column == 5:
            if row.deadline_at is None:
                return ""
            return row.deadline_at.astimezone(CHINA).strftime("%m-%d %H:%M")  # year: tooltip
        text = WARNING_TEXT.get(row.warning)
        return _tr(text) if text else ""
