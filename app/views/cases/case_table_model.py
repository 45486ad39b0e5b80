"""A lazy table model over the case list: keyset chunks on demand, never every row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import CaseStatus
from app.domain.intake import CaseFilter, CaseKey, CasePage, CaseRow
from app.services.intake.case_numbers import SHANGHAI
from app.services.search.case_list import FIRST_PAGE, PAGE_SIZE, list_cases
from app.views.context import AppContext
from app.views.labels import enum_text
from app.views.operations import run_op

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("CaseTableModel", "受理编号"),
    QT_TRANSLATE_NOOP("CaseTableModel", "受理时间"),
    QT_TRANSLATE_NOOP("CaseTableModel", "状态"),
    QT_TRANSLATE_NOOP("CaseTableModel", "类别"),
    QT_TRANSLATE_NOOP("CaseTableModel", "镇街"),
    QT_TRANSLATE_NOOP("CaseTableModel", "申请人"),
    QT_TRANSLATE_NOOP("CaseTableModel", "事项摘要"),
    QT_TRANSLATE_NOOP("CaseTableModel", "到期"),
)
_RED = QBrush(QColor("#cf222e"))
_REPEAT = QBrush(QColor("#fff8c5"))


def _fmt(value: Any) -> str:
    return value.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") if value else ""


class CaseTableModel(QAbstractTableModel):
    """Rows arrive a chunk at a time from the DB worker (canFetchMore / fetchMore)."""

    sig_loaded = Signal(int)  # rows held after a chunk arrived

    def __init__(self, ctx: AppContext, parent: Any = None, *, chunk: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chunk = chunk
        self.rows: list[CaseRow] = []
        self.filt = CaseFilter()
        self._next: CaseKey | None = None
        self._more = False
        self._loading = False
        self._generation = 0

    def reload(self, filt: CaseFilter | None = None) -> None:
        """Drop the rows and fetch the first chunk for `filt` (or the current filter)."""
        if filt is not None:
            self.filt = filt
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self._next = None
        self._more = True
        self._loading = False
        self.endResetModel()
        self._fetch()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """Return how many rows are loaded so far."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        """Return the number of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Return the column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, its colour for overdue cases, or the case id (UserRole)."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            values = (
                row.case_no,
                _fmt(row.received_at),
                enum_text(CaseStatus, row.status, row.status_label)
                + (self.tr("·重复件") if row.is_repeat else ""),
                row.category_name,
                row.town_name,
                row.applicant,
                row.summary,
                _fmt(row.due_at),
            )
            return values[col]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (5, 6):
            return row.applicant if index.column() == 5 else row.summary
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return _RED
        if role == Qt.ItemDataRole.BackgroundRole and row.is_repeat:
            return _REPEAT
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        """Return whether another chunk exists and none is on its way."""
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        """Ask the worker for the next chunk (the view calls this as it scrolls)."""
        if not parent.isValid():
            self._fetch()

    def _fetch(self) -> None:
        if self._loading or not self._more:
            return
        self._loading = True
        generation, filt, after = self._generation, self.filt, self._next
        chunk = self.chunk if after is not None else min(self.chunk, FIRST_PAGE)
        run_op(
            None,
            self.ctx,
            lambda s: list_cases(s, filt=filt, after=after, limit=chunk),
            on_success=lambda page: self._arrived(generation, page),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _arrived(self, generation: int, page: CasePage) -> None:
        if generation != self._generation:
            return  # an answer for a filter that is no longer shown
        self._loading = False
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self._next = page.next_key
        self._more = page.next_key is not None
        self.sig_loaded.emit(len(self.rows))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self._more = False
        from app.views.operations import show_error

        show_error(None, exc)

    def case_id(self, row: int) -> str | None:
        """Return the id of the case in `row`."""
        return self.rows[row].id if 0 <= row < len(self.rows) else None
