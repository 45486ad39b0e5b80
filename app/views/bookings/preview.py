"""Show a rendered PDF (the 预约确认单) and print it through QPrinter."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.views.icons import icon

PREVIEW_DPI = 110


def render_page(doc: QPdfDocument, page: int, dpi: float) -> QImage:
    """Return page `page` of `doc` at `dpi` on white (QtPdf renders onto transparency)."""
    points = doc.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = doc.render(page, size)
    out = QImage(size, QImage.Format.Format_RGB32)
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


class PdfPreviewDialog(QDialog):
    """Pages of a PDF one under another, with a 打印 button (Ctrl+P)."""

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("pdfPreview")
        self.resize(720, 900)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.doc = QPdfDocument(self)
        self.doc.load(self._buffer)
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        for i in range(self.doc.pageCount()):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(render_page(self.doc, i, PREVIEW_DPI)))
            label.setStyleSheet("border: 1px solid #8c959f;")
            column.addWidget(label)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #6e7781; }")
        self.print_btn = QPushButton(icon("print"), self.tr("打印"))
        self.print_btn.setStyleSheet("font-size: 13pt; padding: 6px 18px;")
        self.print_btn.clicked.connect(self.ask_print)
        close_btn = QPushButton(self.tr("关闭"))
        close_btn.setStyleSheet("font-size: 13pt; padding: 6px 18px;")
        close_btn.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.ask_print)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_btn)
        buttons.addWidget(close_btn)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.print_btn.setFocus()

    def ask_print(self) -> None:
        """Let the clerk choose a printer, then print every page."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印预约确认单"))
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPrinter) -> int:
        """Print every page onto `printer`, scaled to its page; return the pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError(self.tr("无法连接打印机"))
        dpi = min(printer.resolution(), 300)
        try:
            for i in range(self.doc.pageCount()):
                if i:
                    printer.newPage()
                image = render_page(self.doc, i, dpi)
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), scaled), image)
        finally:
            painter.end()
        return self.doc.pageCount()
