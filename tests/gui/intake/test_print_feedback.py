"""Issue #12 item 3: printing says where it went; with no printer the PDF's path and its folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.services.intake import register as svc
from app.views.palette import ERROR, SUCCESS, WARNING
from tests.gui.intake.test_intake_drills import finish, make_page
from tests.unit.services.intake.conftest import ACTOR, intake


@pytest.fixture
def saved_page(qtbot, session_factory):
    ctx, page = make_page(qtbot, session_factory)
    page.resize(1280, 800)
    with session_factory.begin() as s:
        result = svc.register_case(s, data=intake(), actor=ACTOR)
    page._on_saved(result)
    yield ctx, page
    if page.preview is not None:
        page.preview.close()
    finish(ctx, page)


def _open_preview(qtbot, page):
    page.print_slip()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=5000)
    return page.preview


def test_no_printer_says_saved_as_pdf_with_the_path_and_a_folder_button(
    qtbot, saved_page, monkeypatch, request
):
    # Defect: with no printer, 打印 closed the preview and silently saved a PDF.
    ctx, page = saved_page
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    preview = _open_preview(qtbot, page)
    preview.print_now()
    path = ctx.settings.data_dir / "prints" / f"{page.saved.case_no}-receipt.pdf"
    assert path.exists() and path.stat().st_size > 1000
    assert preview.isVisible()  # it stays open: the clerk reads where the slip went
    assert preview.status.text() == f"未找到打印机，已存为 PDF：{path}"
    assert WARNING in preview.status.styleSheet()
    assert preview.open_folder.isVisible()
    assert page.banner.text() == preview.status.text()  # and the page says it too
    assert SUCCESS not in page.banner.styleSheet()
    preview.grab().save("shots/print_no_printer_zh.png")
    page.window().grab().save("shots/print_no_printer_page_zh.png")
    preview.open_folder.click()
    assert [Path(u.toLocalFile()) for u in opened] == [path.parent]
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)  # the print event is logged


def test_a_printer_is_named(qtbot, saved_page):
    _ctx, page = saved_page
    preview = _open_preview(qtbot, page)

    def printer() -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setPrinterName("窗口1-热敏打印机")
        p.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        return p

    results: list[tuple[str, str]] = []
    preview.sig_result.connect(lambda kind, text: results.append((kind, text)))
    preview.printer_factory = printer
    preview.print_now()
    # Offscreen has no real printer to draw on: either it went to the named printer, or the
    # failure says so in the error colour — never silence.
    assert results
    kind, text = results[-1]
    if kind == "success":
        assert text.startswith("已发送到打印机：") and not preview.isVisible()
        assert page.banner.text() == text
    else:
        assert kind == "error" and "打印机" in text and ERROR in preview.status.styleSheet()
    qtbot.waitUntil(lambda: _ctx.runner.pending == 0, timeout=5000)
