"""Print preview of a rendered PDF: pages shown with QtPdf, 打印 sends them to a QPrinter."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.views.icons import icon

log = logging.getLogger(__name__)
PRINT_DPI = 300


def render_page(doc: QPdfDocument, index: int, dpi: float) -> QImage:
    """Return page `index` of `doc` at `dpi` on a white background (QtPdf renders transparent)."""
    points = doc.pagePointSize(index)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    page = doc.render(index, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    return image


def print_document(doc: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of `doc` on `printer`, each scaled to the printable area; return pages."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer could not be opened")
    try:
        for i in range(doc.pageCount()):
            if i:
                printer.newPage()
            image = render_page(doc, i, PRINT_DPI)
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(
                target.x(),
                target.y(),
                image.scaled(scaled, mode=Qt.TransformationMode.SmoothTransformation),
            )
    finally:
        painter.end()
    return doc.pageCount()


class PdfPreviewDialog(QDialog):
    """Show a PDF (all pages, fit to width) with 打印 and 关闭 buttons."""

    def __init__(self, pdf_path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1000, 900)
        self.pdf_path = pdf_path
        self.doc = QPdfDocument(self)
        self.doc.load(str(pdf_path))
        self.view = QPdfView(self)
        self.view.setDocument(self.doc)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setStyleSheet("background: #777;")
        self.position = QLabel(
            self.tr("共 {total} 页　PageUp/PageDown 翻页").format(total=self.doc.pageCount()),
            self,
        )
        self.print_button = QPushButton(icon("print"), self.tr("打印(&P)…"), self)
        self.print_button.setDefault(True)
        close_button = QPushButton(self.tr("关闭"), self)
        self.print_button.clicked.connect(self.on_print)
        close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.on_print)
        bar = QHBoxLayout()
        bar.addWidget(self.position)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.view.setFocus()

    def page_count(self) -> int:
        """Return how many pages the document has."""
        return self.doc.pageCount()

    def on_print(self) -> None:
        """Ask for a printer and print every page."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_document(self.doc, printer)
