"""A combo box the clerk can type into: matches names and pinyin initials (`ll` → 邻里纠纷)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.domain.intake import Choice

_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchableCombo(QComboBox):
    """An editable combo whose completer matches label or pinyin initials anywhere."""

    sig_value_changed = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(placeholder)
        self._search = QStandardItemModel(self)
        self._completer = QCompleter(self._search, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCompletionRole(_SEARCH_ROLE)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.activated[QModelIndex].connect(self._on_activated)
        self.setCompleter(self._completer)
        self._completer.popup().installEventFilter(self)
        self.lineEdit().installEventFilter(self)
        self.currentIndexChanged.connect(lambda _i: self.sig_value_changed.emit(self.value()))
        self.lineEdit().textEdited.connect(lambda _t: self.sig_value_changed.emit(self.value()))

    def set_choices(self, choices: Sequence[Choice], *, blank: str | None = None) -> None:
        """Replace the items; `blank` adds a first item meaning "none"."""
        keep = self.value()
        self.blockSignals(True)
        self.clear()
        self._search.clear()
        if blank is not None:
            self.addItem(blank, None)
        for c in choices:
            self.addItem(c.label, c.value)
            item = QStandardItem(f"{c.label}  {c.initials}".strip())
            item.setData(f"{c.label} {c.initials}", _SEARCH_ROLE)
            item.setData(c.value, Qt.ItemDataRole.UserRole)
            self._search.appendRow(item)
        self.set_value(keep)
        self.blockSignals(False)

    def value(self) -> str | None:
        """Return the chosen item's value, or None when the text names no item."""
        i = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return None if i < 0 else self.itemData(i)

    def set_value(self, value: str | None) -> None:
        """Select the item with `value` (or clear the text)."""
        i = self.findData(value) if value is not None else -1
        if i >= 0:
            self.setCurrentIndex(i)
        else:
            self.setCurrentIndex(-1)
            self.setEditText("")

    def _on_activated(self, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.UserRole)
        # The completer wrote its search text into the edit: show the plain label instead.
        self.set_value(value)
        self.sig_value_changed.emit(self.value())

    def pick_first_match(self) -> bool:
        """Choose the first completion of the typed text; return whether one existed."""
        model = self._completer.completionModel()
        if self.value() is None and self.currentText() and model.rowCount() > 0:
            self._completer.popup().hide()
            self._on_activated(model.index(0, 0))
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on the combo itself behaves as in its line edit."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            self.pick_first_match() or self.value() is not None
        ):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter with nothing highlighted takes the first match (one keystroke, not two)."""
        is_enter = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        )
        if is_enter:
            popup = self._completer.popup()
            if watched is popup and popup.currentIndex().isValid():
                return False
            if self.pick_first_match() or (watched is self.lineEdit() and self.value() is not None):
                self.focusNextChild()
                return True
        return super().eventFilter(watched, event)
