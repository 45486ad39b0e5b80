"""Keyboard drills at the window: a new and a returning visitor, registered and printed."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import func, select

from app.models import Case, CaseEvent, Person
from app.views.context import build_test_context
from app.views.intake.page import IntakePage
from tests.unit.services.intake.conftest import resident_id

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
NEW_ID = resident_id("37091119850612002")


def make_page(qtbot, session_factory):
    ctx = build_test_context(session_factory)
    page = IntakePage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.fields.category.count() > 0, timeout=5000)
    return ctx, page


def finish(ctx, page) -> None:
    """Stop the page's timers before the DB worker stops, so nothing fires into a dead pool."""
    for timer in page.findChildren(QTimer):
        timer.stop()
        timer.timeout.disconnect()
    ctx.runner.shutdown()  # waits for queued work; nothing new is submitted after this
    page.setParent(None)
    page.deleteLater()


def print_to_pdf(qtbot, page, clerk, out: Path) -> None:
    """Ctrl+P, then Enter in the preview prints (to a PDF file here)."""
    clerk.key(K.Key_P, CTRL, note="Ctrl+P")
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=5000)

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    page.preview.printer_factory = pdf_printer
    qtbot.waitUntil(lambda: page.preview.print_button.hasFocus(), timeout=3000)
    clerk.key(K.Key_Return, note="Enter (print)")
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 1000, timeout=10000)


def decode_qr(pdf: Path, tmp: Path) -> str:
    """Return what zbarimg reads on the printed page (the page is a bitmap of the slip)."""
    png = tmp / pdf.stem
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(png)], check=True)
    done = subprocess.run(["zbarimg", "-q", str(png) + ".png"], capture_output=True, text=True)
    return done.stdout


def wait_saved(qtbot, page):
    qtbot.waitUntil(lambda: page.saved is not None, timeout=10000)
    return page.saved


def test_new_visitor_drill(qtbot, session_factory, clerk, tmp_path):
    ctx, page = make_page(qtbot, session_factory)
    page.lookup.edit.setFocus()
    clerk.key(K.Key_F2, note="F2")
    assert page.lookup.edit.hasFocus()
    clerk.text(NEW_ID)
    clerk.key(K.Key_Return, note="Enter (lookup: nobody)")
    qtbot.waitUntil(lambda: page.applicant.id_number.text() == NEW_ID, timeout=5000)
    assert page.applicant.name.hasFocus()
    assert "1985-06-12" in page.applicant.derived.text() and "女" in page.applicant.derived.text()
    clerk.text("欧阳娜娜")
    clerk.key(K.Key_Return, note="Enter (name)")
    assert page.applicant.phone.hasFocus()
    clerk.text("13912345678")
    clerk.key(K.Key_Return, note="Enter (phone)")
    assert page.applicant.address.hasFocus()
    clerk.text("满庄镇北留村")
    clerk.key(K.Key_Return, note="Enter (address)")
    assert page.fields.category.hasFocus()
    clerk.chars("ll")
    clerk.key(K.Key_Return, note="Enter (category)")
    assert page.fields.category.currentText() == "邻里纠纷"
    assert page.fields.facts.hasFocus()
    clerk.text("邻居在院墙边堆放柴草，影响通行。")
    assert page.missing.text() == ""
    clerk.key(K.Key_S, CTRL, note="Ctrl+S")
    saved = wait_saved(qtbot, page)
    assert saved.status == "accepted" and not saved.is_repeat
    page.grab().save(str(tmp_path / "intake_new.png"))
    out = tmp_path / "new.pdf"
    print_to_pdf(qtbot, page, clerk, out)
    qtbot.waitUntil(lambda: _prints(session_factory, saved.case_id) == 1, timeout=5000)
    assert f"YZ|{saved.case_no}|{saved.query_code}" in decode_qr(out, tmp_path)
    print(f"\nNEW VISITOR KEYSTROKES: {clerk.keys} ({', '.join(clerk.log)})")
    assert clerk.keys <= 40
    finish(ctx, page)


def _prints(factory, case_id):
    with factory() as s:
        return s.scalar(
            select(func.count()).where(CaseEvent.case_id == case_id, CaseEvent.type == "print")
        )


def test_returning_visitor_drill(qtbot, session_factory, clerk, tmp_path):
    from app.services.intake import register as svc
    from tests.unit.services.intake.conftest import ACTOR, applicant, intake

    with session_factory.begin() as s:
        first = svc.register_case(
            s, data=intake(parties=(applicant(name="张三丰", phone="13812345678"),)), actor=ACTOR
        )
    ctx, page = make_page(qtbot, session_factory)
    page.lookup.edit.setFocus()
    clerk.key(K.Key_F2, note="F2")
    clerk.text("13812345678")
    qtbot.waitUntil(lambda: len(page.lookup.hits) == 1, timeout=5000)
    clerk.key(K.Key_Return, note="Enter (pick)")
    assert page.applicant.name.text() == "张三丰" and page.applicant.person_id
    qtbot.waitUntil(lambda: page.side.history.count() == 1, timeout=5000)
    qtbot.waitUntil(lambda: page.side.warning.isVisible(), timeout=5000)
    assert first.case_no in page.side.warning.text()
    assert page.side.linked_id is None  # listed, not linked: the clerk decides (issue #12)
    assert page.fields.category.hasFocus()
    clerk.chars("ll")
    clerk.key(K.Key_Return, note="Enter (category)")
    clerk.text("柴草又堆回来了，要求再次调解。")
    clerk.key(K.Key_L, Qt.KeyboardModifier.AltModifier, note="Alt+L (link the earlier case)")
    clerk.key(K.Key_S, CTRL, note="Ctrl+S")
    saved = wait_saved(qtbot, page)
    assert saved.is_repeat and saved.repeat_of_id == first.case_id
    page.grab().save(str(tmp_path / "intake_returning.png"))
    print_to_pdf(qtbot, page, clerk, tmp_path / "returning.pdf")
    print(f"\nRETURNING VISITOR KEYSTROKES: {clerk.keys} ({', '.join(clerk.log)})")
    assert clerk.keys <= 15
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 1
        assert s.scalar(select(func.count()).select_from(Case)) == 2
    finish(ctx, page)


def test_reject_at_the_window_prints_the_notice(qtbot, session_factory, clerk, tmp_path):
    ctx, page = make_page(qtbot, session_factory)
    a, f = page.applicant, page.fields
    a.name.setFocus()
    clerk.text("孙七")
    a.phone.setFocus()
    clerk.text("13600002222")
    f.category.set_value(f.category.itemData(1))
    f.facts.setFocus()
    clerk.text("要求撤销已生效的法院判决。")
    f.action.setCurrentIndex(f.action.findData("reject"))
    assert f.reason.isVisible() and "理由" in page.missing.text()
    f.reason.setFocus()
    clerk.text("该事项已经人民法院生效判决，不属本中心受理范围。")
    clerk.key(K.Key_S, CTRL, note="Ctrl+S")
    saved = wait_saved(qtbot, page)
    assert saved.status == "rejected"
    out = tmp_path / "notice.pdf"
    print_to_pdf(qtbot, page, clerk, out)
    assert "不予受理告知书" in page.preview.windowTitle()
    qtbot.waitUntil(lambda: _prints(session_factory, saved.case_id) == 1, timeout=5000)
    png = tmp_path / "notice"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(out), str(png)], check=True)
    finish(ctx, page)
