"""Issue #12 item 8: the common case fits 1280×800 unscrolled; 诉求 and 窗口处理 by key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from app.domain.enums import PartyRole
from app.views.context import build_test_context
from app.views.main_window import MainWindow
from tests.gui.intake.test_intake_drills import finish
from tests.unit.services.intake.conftest import applicant


def _intake_in_window(qtbot, session_factory):
    ctx = build_test_context(session_factory)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    index = next(i for i, s in enumerate(window.slots) if s.spec.icon_name == "intake")
    window.tabs.setCurrentIndex(index)
    page = window.page(index)
    qtbot.waitUntil(lambda: page.fields.category.count() > 0, timeout=5000)
    return ctx, window, page


def test_one_applicant_one_respondent_fit_without_scrolling(qtbot, session_factory, request):
    ctx, window, page = _intake_in_window(qtbot, session_factory)
    page.others.append(applicant(role=PartyRole.RESPONDENT, name="李四", id_number=""))
    qtbot.wait(100)
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    qtbot.waitUntil(lambda: scroll.widget().height() > 0, timeout=2000)
    window.grab().save(f"shots/intake_1280x800_{request.node.name[-2:]}.png")
    assert scroll.verticalScrollBar().maximum() == 0, (
        f"form {scroll.widget().sizeHint().height()} px in a {scroll.viewport().height()} px view"
    )
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    qtbot.wait(50)
    finish(ctx, page)


def test_demands_and_window_action_are_reachable_by_keyboard(qtbot, session_factory):
    ctx, _window, page = _intake_in_window(qtbot, session_factory)
    page.fields.facts.setFocus()
    qtbot.keyClick(page.fields.facts, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert page.fields.demands.hasFocus()
    qtbot.keyClick(page.fields.demands, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert page.fields.action.hasFocus()
    # Tab order: facts → demands → window action (the common fields next to each other).
    page.fields.facts.setFocus()
    qtbot.keyClick(page.fields.facts, Qt.Key.Key_Tab)
    assert page.fields.demands.hasFocus()
    qtbot.keyClick(page.fields.demands, Qt.Key.Key_Tab)
    assert page.fields.action.hasFocus()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    qtbot.wait(50)
    finish(ctx, page)
