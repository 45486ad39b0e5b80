"""读卡 in 窗口受理: keyboard-wedge reads recognised by timing, SDK reads off the UI thread, and
the reader settings (QSettings "idcard/…")."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import DomainError
from app.services.intake.idcard import (
    CardData,
    CardReader,
    CardReadError,
    ReaderKind,
    looks_like_wedge,
    make_reader,
)
from app.views.labels import enum_choices
from app.views.service_messages import service_text

KEY_KIND = "idcard/reader"
KEY_LIBRARY = "idcard/library"
KEY_PORT = "idcard/port"


def reader_settings() -> tuple[str, str, int]:
    """Return (kind, library path, port) as this desk's settings have them."""
    s = QSettings()
    kind = str(s.value(KEY_KIND, ReaderKind.WEDGE.value))
    if kind not in ReaderKind._value2member_map_:
        kind = ReaderKind.WEDGE.value
    try:
        port = int(s.value(KEY_PORT, 0))
    except (TypeError, ValueError):
        port = 0
    return kind, str(s.value(KEY_LIBRARY, "")), port


def configured_reader() -> CardReader | None:
    """Return the reader the settings choose (None: no device to ask)."""
    kind, library, port = reader_settings()
    return make_reader(kind, library=library, port=port)


class WedgeWatcher(QObject):
    """Watches a line edit: an ID number arriving in one fast burst ending with Enter is a card.

    Installed after the lookup's own filter, so it sees Enter first; a person typing (slower
    keys) passes through untouched.
    """

    sig_card = Signal(str)

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.times: list[float] = []
        edit.installEventFilter(self)

    @staticmethod
    def now_ms() -> float:
        """Return a monotonic clock in milliseconds."""
        return time.monotonic() * 1000.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Record when each character arrives; on Enter decide whether a reader sent them."""
        if watched is not self.edit or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        now = self.now_ms()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = self.edit.text().strip()
            # The card may follow something half typed ("张" then a swipe): the burst is the end.
            number = next(
                (
                    text[-n:]
                    for n in (18, 15)
                    if len(text) >= n and looks_like_wedge(text[-n:], self.times, now)
                ),
                None,
            )
            self.times = []
            if number is not None:
                self.edit.clear()
                self.sig_card.emit(number.upper())
                return True
            return False
        if event.text() and event.text().isprintable():
            self.times.append(now)
            del self.times[:-40]
        else:
            self.times = []
        return False


class CardReadJob(QObject):
    """Reads one card on a plain thread (the SDK blocks); the outcome arrives on the UI thread."""

    sig_read = Signal(object)  # CardData
    sig_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        self.thread: threading.Thread | None = None

    def start(self, reader: CardReader) -> None:
        """Ask `reader` for a card in the background (one read at a time)."""
        if self.busy:
            return
        self.busy = True

        def work() -> None:
            try:
                card = reader.read()
            except DomainError as exc:
                self.busy = False
                self.sig_failed.emit(service_text(exc.message))
                return
            except Exception as exc:  # a driver must never take the desk down
                self.busy = False
                self.sig_failed.emit(f"{type(exc).__name__}: {exc}")
                return
            self.busy = False
            self.sig_read.emit(card)

        self.thread = threading.Thread(target=work, name="yizhan-idcard", daemon=True)
        self.thread.start()


def card_from_wedge(number: str) -> CardData:
    """Return what a keyboard-wedge reader gives: the number only."""
    return CardData(name="", id_number=number, source="wedge")


def check_message(exc: CardReadError | DomainError) -> str:
    """Return the message of a failed card check in the UI language."""
    return service_text(exc.message)


class ReaderSettingsDialog(QDialog):
    """读卡器设置: which reader, where its termb library is, which port; and a test read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("读卡器设置"))
        kind, library, port = reader_settings()
        self.kind = QComboBox(self)
        for value, label in enum_choices(ReaderKind):
            self.kind.addItem(label, value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.library = QLineEdit(library, self)
        self.library.setPlaceholderText(self.tr("留空：在程序目录中查找 termb.dll / libtermb.so"))
        browse = QPushButton(self.tr("浏览…"), self)
        browse.clicked.connect(self._browse)
        self.port = QSpinBox(self)
        self.port.setRange(0, 1016)
        self.port.setSpecialValueText(self.tr("自动（先USB后串口）"))
        self.port.setValue(port)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        test = QPushButton(self.tr("测试读卡"), self)
        test.clicked.connect(self.test_read)
        row = QHBoxLayout()
        row.addWidget(self.library, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("读卡器"), self.kind)
        form.addRow(self.tr("驱动库"), row)
        form.addRow(self.tr("端口"), self.port)
        hint = QLabel(
            self.tr(
                "键盘式读卡器无需设置：在查找框中刷卡即可。二代证读卡器（termb 接口）需厂家驱动库；"
                "64位程序不能加载32位驱动库。"
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        test_row = QHBoxLayout()
        test_row.addWidget(test)
        test_row.addWidget(self.result, 1)
        layout.addLayout(test_row)
        layout.addWidget(buttons)
        self.job = CardReadJob(self)
        self.job.sig_read.connect(
            lambda card: self.result.setText(
                self.tr("读卡成功：{name}").format(name=card.name or card.id_number)
            )
        )
        self.job.sig_failed.connect(self.result.setText)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择读卡器驱动库"), "", self.tr("驱动库 (*.dll *.so)")
        )
        if path:
            self.library.setText(path)

    def chosen(self) -> tuple[str, str, int]:
        """Return (kind, library, port) as chosen in the dialog."""
        return str(self.kind.currentData()), self.library.text().strip(), self.port.value()

    def test_read(self) -> None:
        """Read one card with the chosen settings (not yet saved)."""
        kind, library, port = self.chosen()
        reader = make_reader(kind, library=library, port=port)
        if reader is None:
            self.result.setText(self.tr("键盘式读卡器：在查找框中刷卡即可，无需测试"))
            return
        self.result.setText(self.tr("正在读卡…"))
        self.job.start(reader)

    def save(self) -> None:
        """Keep the settings for this desk."""
        kind, library, port = self.chosen()
        s = QSettings()
        s.setValue(KEY_KIND, kind)
        s.setValue(KEY_LIBRARY, library)
        s.setValue(KEY_PORT, port)
        self.accept()
