"""Line edits that accept only what an ID number or a phone can hold, and show field errors."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

_ID_RESIDENT = QRegularExpression(r"[0-9]{0,17}[0-9Xx]?")
_ID_OTHER = QRegularExpression(r"[0-9A-Za-z()（）\-]{0,32}")
_PHONE = QRegularExpression(r"[+0-9 \-()（）]{0,20}")


class IdLineEdit(QLineEdit):
    """An ID-number edit: 18 characters for resident IDs and permits, freer for other papers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strict = QRegularExpressionValidator(_ID_RESIDENT, self)
        self._loose = QRegularExpressionValidator(_ID_OTHER, self)
        self.setValidator(self._strict)
        self.textEdited.connect(self._upper)

    def set_strict(self, strict: bool) -> None:
        """Use the 18-character rule (resident ID, residence permits) or the free one."""
        self.setValidator(self._strict if strict else self._loose)

    def _upper(self, text: str) -> None:
        if text != text.upper():
            pos = self.cursorPosition()
            self.setText(text.upper())
            self.setCursorPosition(pos)


class PhoneLineEdit(QLineEdit):
    """A phone edit: digits, +, spaces, dashes and brackets only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(_PHONE, self))


class FieldError(QLabel):
    """A red message under a field; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #cf222e; font-size: 10.5pt;")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show `text`, or hide when it is empty."""
        self.setText(text)
        self.setVisible(bool(text))
