"""Find a visitor as the clerk types: ID number, phone, name or pinyin initials."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.domain.intake import PersonHit
from app.services.intake.persons import lookup_persons
from app.views.context import AppContext
from app.views.operations import run_op

DEBOUNCE_MS = 120


class PersonLookup(QWidget):
    """A search line with a result list; Enter picks the highlighted person or starts a new one."""

    sig_picked = Signal(object)  # PersonHit
    sig_new = Signal(str)  # what was typed, when nobody matched

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hits: tuple[PersonHit, ...] = ()
        self._asked = ""
        self._shown_for = ""
        self._enter_waiting = False
        self.edit = QLineEdit(self)
        self.edit.setObjectName("lookup")
        self.edit.setPlaceholderText(
            self.tr("查找来访人：身份证号 / 电话 / 姓名 / 拼音首字母（如 zsf），回车确定")
        )
        self.edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setMaximumHeight(150)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._ask)
        self.edit.textEdited.connect(lambda _t: self._timer.start())
        self.edit.installEventFilter(self)
        self.results.itemActivated.connect(lambda _i: self._pick())

    def _ask(self) -> None:
        text = self.edit.text().strip()
        self._asked = text
        if len(text) < 2:
            self._show(text, ())
            return
        run_op(
            self,
            self.ctx,
            lambda s: lookup_persons(s, text=text, limit=8),
            on_success=lambda hits: self._answer(text, hits),
        )

    def _answer(self, text: str, hits: tuple[PersonHit, ...]) -> None:
        if text == self.edit.text().strip():  # a late answer to an older query is dropped
            self._show(text, hits)
            if self._enter_waiting:
                self._enter_waiting = False
                self._pick()

    def _show(self, text: str, hits: tuple[PersonHit, ...]) -> None:
        self._shown_for = text
        self.hits = hits
        self.results.clear()
        for hit in hits:
            line = f"{hit.name}　{hit.id_masked or '—'}　{hit.phone_masked or '—'}　{hit.address}"
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.results.addItem(item)
        self.results.setVisible(bool(hits))
        if hits:
            self.results.setCurrentRow(0)

    def _pick(self) -> None:
        row = self.results.currentRow()
        if self.hits and 0 <= row < len(self.hits):
            hit = self.hits[row]
            self.results.hide()
            self.sig_picked.emit(hit)
        else:
            self.sig_new.emit(self.edit.text().strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down move in the results; Enter picks (or starts a new visitor)."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.hits:
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(len(self.hits) - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                text = self.edit.text().strip()
                if self._shown_for != text and len(text) >= 2:
                    # The list shows an older query: wait for this one's answer, then pick.
                    self._enter_waiting = True
                    if self._timer.isActive() or self._asked != text:
                        self._timer.stop()
                        self._ask()
                    return True
                self._pick()
                return True
        return super().eventFilter(watched, event)

    def clear(self) -> None:
        """Empty the search and the results."""
        self.edit.clear()
        self._show("", ())
        self._asked = ""
        self._enter_waiting = False
