"""Print preview of a PDF slip (QtPdf pages on white) with paper choice, print and save."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QSettings,
    QSize,
    QSizeF,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.printables import Paper
from app.views.palette import message_style

log = logging.getLogger(__name__)

PAPER_LABELS = {
    Paper.A4: "A4",
    Paper.A5: "A5",
    Paper.ROLL80: QT_TRANSLATE_NOOP("PrintPreviewDialog", "80毫米热敏纸"),
}
SETTINGS_KEY = "print/slip_paper"
PREVIEW_DPI = 110


def page_size(pdf: bytes) -> QSizeF:
    """Return the size of the first page of `pdf` in points."""
    doc = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    size = doc.pagePointSize(0) if doc.pageCount() else QSizeF(420, 595)
    doc.close()
    return size


def render_pages(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Return the pages of `pdf` as images on a white background."""
    doc = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    images: list[QImage] = []
    for i in range(doc.pageCount()):
        pts = doc.pagePointSize(i)
        size = QSize(max(1, round(pts.width() * dpi / 72)), max(1, round(pts.height() * dpi / 72)))
        page = doc.render(i, size)
        # QtPdf renders onto a transparent background (PLATFORM.md): paint it on white.
        white = QImage(size, QImage.Format.Format_RGB32)
        white.fill(QColor("white"))
        painter = QPainter(white)
        painter.drawImage(0, 0, page)
        painter.end()
        images.append(white)
    doc.close()
    buffer.close()
    return images


def default_paper(papers: Sequence[Paper]) -> Paper:
    """Return this device's preferred slip paper if the document supports it."""
    saved = str(QSettings().value(SETTINGS_KEY, ""))
    return Paper(saved) if saved in {p.value for p in papers} else papers[0]


class PrintPreviewDialog(QDialog):
    """Show a document, let the clerk pick the paper, then print (Enter) or save it."""

    sig_printed = Signal(str, int)  # paper value, copies
    # Where the document went, in words: (kind, text); kind is a palette kind (success, warning,
    # error). "已发送到打印机：…" or "未找到打印机，已存为 PDF：…" — never a silent PDF.
    sig_result = Signal(str, str)

    def __init__(
        self,
        title: str,
        render: Callable[[Paper], bytes],
        papers: Sequence[Paper],
        *,
        pdf_fallback_dir: Path,
        file_stem: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印预览 — {t}").format(t=title))
        self.resize(760, 900)
        self._render = render
        self._fallback_dir = pdf_fallback_dir
        self._stem = file_stem
        self.pdf = b""
        self.pages: list[QImage] = []
        self.printer_factory: Callable[[], QPrinter] | None = None
        self.last_output: Path | None = None
        self.result_text = ""
        self._folder: Path | None = None
        self.paper = QComboBox(self)
        for p in papers:
            self.paper.addItem(self.tr(PAPER_LABELS[p]), p.value)
        self.paper.setCurrentIndex(self.paper.findData(default_paper(papers).value))
        self.copies = QSpinBox(self)
        self.copies.setRange(1, 9)
        self.print_button = QPushButton(self.tr("打印(&P)"), self)
        self.print_button.setDefault(True)
        self.print_button.setAutoDefault(True)
        self.save_button = QPushButton(self.tr("另存为PDF(&S)…"), self)
        close = QPushButton(self.tr("关闭"), self)
        self.status = QLabel(self)
        self.status.setObjectName("printStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("打开文件夹(&O)"), self)
        self.open_folder.setToolTip(self.tr("在文件管理器中打开保存 PDF 的文件夹"))
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.hide()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("纸张"), self))
        bar.addWidget(self.paper)
        bar.addWidget(QLabel(self.tr("份数"), self))
        bar.addWidget(self.copies)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        self.canvas = QWidget(self)
        self.canvas.setStyleSheet("background: #8c959f;")
        self._pages_layout = QVBoxLayout(self.canvas)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        result = QHBoxLayout()
        result.addWidget(self.status, 1)
        result.addWidget(self.open_folder)
        layout.addLayout(result)
        self.paper.currentIndexChanged.connect(lambda _i: self._refresh())
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self._save_as)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_now)
        self._refresh()
        self.print_button.setFocus()

    def current_paper(self) -> Paper:
        """Return the chosen paper."""
        return Paper(self.paper.currentData())

    def _refresh(self) -> None:
        self.pdf = self._render(self.current_paper())
        self.pages = render_pages(self.pdf)
        while self._pages_layout.count():
            item = self._pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for image in self.pages:
            label = QLabel(self.canvas)
            label.setPixmap(QPixmap.fromImage(image))
            self._pages_layout.addWidget(label)

    def _printer(self) -> tuple[QPrinter, bool]:
        """Return the printer to use and whether it is the no-printer PDF fallback."""
        if self.printer_factory is not None:
            return self.printer_factory(), False
        if QPrinterInfo.availablePrinters():
            printer = QPrinter(QPrinterInfo.defaultPrinter(), QPrinter.PrinterMode.HighResolution)
            return printer, False
        # No printer installed (a fresh laptop): keep a PDF the clerk can print later — and say so.
        self._fallback_dir.mkdir(parents=True, exist_ok=True)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self._fallback_dir / f"{self._stem}.pdf"))
        return printer, True

    def _report(self, kind: str, text: str, folder: Path | None = None) -> None:
        """Say where the document went, in the palette's colour; offer the folder of a PDF."""
        self.result_text = text
        self.status.setStyleSheet(message_style(kind, bold=kind != "success"))
        self.status.setText(text)
        self._folder = folder
        self.open_folder.setVisible(folder is not None)
        self.sig_result.emit(kind, text)

    def _open_folder(self) -> None:
        if self._folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))

    def print_now(self) -> None:
        """Print (or, with no printer, save a PDF), remember the paper and say where it went.

        Sent to a printer: the dialog closes and `sig_result` names the printer. Saved as a PDF
        because no printer is installed: the dialog stays open with the path and 打开文件夹.
        """
        printer, fallback = self._printer()
        printer.setCopyCount(self.copies.value())
        # The slip's own paper (A5, or the roll's content height), not the printer's default A4.
        points = page_size(self.pdf)
        printer.setPageSize(QPageSize(points, QPageSize.Unit.Point, self.tr("票据")))
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
        painter = QPainter()
        if not painter.begin(printer):
            self._report("error", self.tr("无法连接打印机，请检查打印机后重试，或另存为PDF。"))
            return
        # Re-render at the printer's resolution (capped: a 1200 dpi A4 bitmap is 140 MB).
        pages = render_pages(self.pdf, dpi=min(300, max(PREVIEW_DPI, printer.resolution())))
        try:
            for i, image in enumerate(pages):
                if i:
                    printer.newPage()
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(0, 0, image.scaled(scaled))
        finally:
            painter.end()
        QSettings().setValue(SETTINGS_KEY, self.current_paper().value)
        self.sig_printed.emit(self.current_paper().value, self.copies.value())
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            path = Path(printer.outputFileName())
            self.last_output = path
            if fallback:
                text = self.tr("未找到打印机，已存为 PDF：{path}").format(path=str(path))
                self._report("warning", text, path.parent)
            else:
                self._report("success", self.tr("已存为 PDF：{path}").format(path=str(path)))
            return  # stays open: the clerk reads where it went and can open the folder
        name = printer.printerName() or self.tr("默认打印机")
        self._report(
            "success",
            self.tr("已发送到打印机：{name}（{n} 份）").format(name=name, n=self.copies.value()),
        )
        self.accept()

    def save_pdf(self, path: Path) -> None:
        """Write the document as rendered by reportlab (vector PDF) to `path`."""
        path.write_bytes(self.pdf)
        self.last_output = path
        self._report("success", self.tr("已保存：{p}").format(p=str(path)), path.parent)

    def _save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为PDF"), f"{self._stem}.pdf", self.tr("PDF 文件 (*.pdf)")
        )
        if name:
            self.save_pdf(Path(name))
            self.sig_printed.emit(self.current_paper().value, 1)
