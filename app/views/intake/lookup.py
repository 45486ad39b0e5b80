"""Find a visitor as the clerk types: ID number, phone, name or pinyin initials."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.intake import PersonHit
from app.services.intake.persons import lookup_persons
from app.views.context import AppContext
from app.views.operations import run_op
from app.views.palette import message_style

DEBOUNCE_MS = 120


NEW_ROW = -2  # the list's last line: none of them, a new visitor


class PersonLookup(QWidget):
    """A search line with a result list; Enter picks the highlighted person or starts a new one.

    One match is highlighted and Enter takes it. Several matches (a household's phone, a common
    name) are listed with nothing highlighted: Enter then asks for a choice (↑↓ then Enter, or a
    click) and never guesses; the last line starts a new visitor with what was typed.
    """

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
        self.hint = QLabel(self)
        self.hint.setObjectName("lookupHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(message_style("warning"))
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
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
        if len(hits) > 1:
            item = QListWidgetItem(self.tr("（都不是：按新来访人登记）"))
            item.setData(Qt.ItemDataRole.UserRole, NEW_ROW)
            self.results.addItem(item)
        self.results.setVisible(bool(hits))
        self.hint.hide()
        if len(hits) == 1:
            self.results.setCurrentRow(0)
        else:
            self.results.setCurrentRow(-1)  # several: the clerk chooses, nothing is preselected

    def _ask_for_choice(self) -> None:
        self.hint.setText(
            self.tr("有 {n} 人符合，请用 ↓↑ 选中来访人后回车（或点击）；都不是请选最后一行").format(
                n=len(self.hits)
            )
        )
        self.hint.show()

    def _pick(self) -> None:
        row = self.results.currentRow()
        if self.hits and 0 <= row < len(self.hits):
            hit = self.hits[row]
            self.results.hide()
            self.hint.hide()
            self.sig_picked.emit(hit)
        elif len(self.hits) > 1 and row != len(self.hits):
            self._ask_for_choice()  # several people match and none is chosen: never guess
        else:
            self.hint.hide()
            self.sig_new.emit(self.edit.text().strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down move in the results; Enter picks (or starts a new visitor)."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.hits:
                step = 1 if key == Qt.Key.Key_Down else -1
                current = self.results.currentRow()
                last = self.results.count() - 1
                row = 0 if current < 0 else max(0, min(last, current + step))
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
        self.hint.hide()
        self._asked = ""
        self._enter_waiting = False
