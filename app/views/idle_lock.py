"""Notice when nobody has touched the app for a while (a shared window PC locks itself)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal

DEFAULT_MINUTES = 10
SETTING = "security/idle_lock_minutes"
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def idle_minutes() -> int:
    """Return the configured idle time before the screen locks (0: never), default 10."""
    try:
        value = int(QSettings().value(SETTING, DEFAULT_MINUTES))
    except (TypeError, ValueError):
        value = DEFAULT_MINUTES
    return max(0, min(value, 240))


def set_idle_minutes(minutes: int) -> None:
    """Store the idle time before the screen locks."""
    QSettings().setValue(SETTING, max(0, min(int(minutes), 240)))


class IdleWatcher(QObject):
    """Emits `sig_idle` once the app saw no keyboard or mouse input for `minutes`."""

    sig_idle = Signal()

    def __init__(self, app: QObject, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self.last_input = time.monotonic()
        self.paused = False
        app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(5000)
        self.timer.timeout.connect(self.check)
        if minutes > 0:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the time of every key press or mouse action."""
        if event.type() in _INPUT:
            self.last_input = time.monotonic()
        return False

    def check(self, now: float | None = None) -> None:
        """Emit `sig_idle` when the idle time has passed (not again while paused)."""
        if self.paused or self.minutes <= 0:
            return
        now = time.monotonic() if now is None else now
        if now - self.last_input >= self.minutes * 60:
            self.paused = True
            self.sig_idle.emit()

    def resume(self) -> None:
        """Start counting again (after unlocking)."""
        self.last_input = time.monotonic()
        self.paused = False
