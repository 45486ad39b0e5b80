"""Helpers for intake GUI drills: type like a clerk and count the keys."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.views.fonts import install_app_font


@pytest.fixture(autouse=True)
def cjk_font(qapp):
    """Use the bundled CJK font so screenshots show Chinese, not boxes."""
    install_app_font(qapp)
    qapp.setOrganizationName("yizhan-tests")
    qapp.setApplicationName("intake-tests")


@dataclass
class Clerk:
    """Types into the focused widget; counts keys other than free text."""

    qtbot: object
    keys: int = 0
    free_chars: int = 0
    log: list[str] = field(default_factory=list)

    def focused(self) -> QWidget:
        w = QApplication.focusWidget()
        assert w is not None, "nothing has focus"
        return w

    def text(self, text: str) -> None:
        """Type free text (names, numbers, facts) into the focused widget."""
        w = self.focused()
        self.free_chars += len(text)
        if text.isascii():
            self.qtbot.keyClicks(w, text)  # type: ignore[attr-defined]
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(text)
            QApplication.sendEvent(w, event)

    def key(
        self,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        *,
        note: str = "",
    ) -> None:
        """Press one key (or chord) on the focused widget; it counts."""
        self.keys += 1
        self.log.append(note or str(key))
        self.qtbot.keyClick(self.focused(), key, modifier)  # type: ignore[attr-defined]

    def chars(self, text: str) -> None:
        """Type ASCII that is not free text (a pinyin filter like `ll`); every key counts."""
        for ch in text:
            self.keys += 1
            self.log.append(ch)
            self.qtbot.keyClicks(self.focused(), ch)  # type: ignore[attr-defined]


@pytest.fixture
def clerk(qtbot):
    """Return a key-counting clerk."""
    return Clerk(qtbot)
