"""F1 opens the current tab's short manual (Chinese, or English with the English UI); the
first-run guide of a new desk sets the township, offers registration, prints a test slip and
is not shown again once finished or skipped."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.domain.enums import Role
from app.models import LocalMeta, SyncDevice, User
from app.services.reference.setup import ensure_device, first_run_state, sign_in_user
from app.views.context import build_test_context
from app.views.first_run import FirstRunGuide
from app.views.fonts import install_app_font
from app.views.help_dialog import help_language
from app.views.main_window import MainWindow

SHOTS = Path(os.environ.get("LISTSOUT_SHOTS", "/tmp/listsout-shots"))
ORG = "370911106"
OTHER = "370911001"


def _tab(window: MainWindow, cls: str) -> int:
    return next(i for i, s in enumerate(window.slots) if s.spec.cls == cls)


def _help_shot(qtbot, qapp, session_factory, lang: str) -> str:
    install_app_font(qapp)
    ctx = build_test_context(session_factory)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.tabs.setCurrentIndex(_tab(window, "CasesPage"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog.isVisible()
    dialog.resize(1280, 800)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / f"help-cases-{lang}.png"))
    text = dialog.browser.toPlainText()
    dialog.close()
    ctx.runner.shutdown()
    return text


def test_f1_opens_the_current_tabs_help_in_chinese(qtbot, qapp, session_factory):
    assert help_language() == "zh"
    text = _help_shot(qtbot, qapp, session_factory, "zh")
    assert text.startswith("案件查询") and "导出Excel" in text


def test_f1_help_is_english_with_the_english_ui(qtbot, qapp, session_factory, english):
    assert help_language() == "en"
    text = _help_shot(qtbot, qapp, session_factory, "en")
    assert text.startswith("Case search") and "Export to Excel" in text


def _new_desk(session_factory) -> None:
    with session_factory.begin() as s:
        ensure_device(s, org_code=ORG)
        sign_in_user(s, org_code=ORG)  # the fresh desk's first administrator


def _guide(qtbot, session_factory) -> tuple[object, FirstRunGuide]:
    ctx = build_test_context(session_factory, role=Role.ADMIN.value, org_code=ORG)
    state = ctx.runner.call(first_run_state)
    assert state.show and state.org_code == ORG and len(state.towns) > 5
    guide = FirstRunGuide(ctx, state)
    qtbot.addWidget(guide)
    guide.resize(1280, 800)
    guide.show()
    return ctx, guide


def _shots(guide: FirstRunGuide, lang: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for i in range(guide.steps.count()):
        guide.go(i)
        guide.grab().save(str(SHOTS / f"first-run-{i + 1}-{lang}.png"))
    guide.go(0)


def test_first_run_guide_sets_the_township_and_is_not_shown_again(qtbot, qapp, session_factory):
    install_app_font(qapp)
    _new_desk(session_factory)
    ctx, guide = _guide(qtbot, session_factory)
    _shots(guide, "zh")
    guide.town.setCurrentIndex(guide.town.findData(OTHER))
    guide.next_button.click()
    qtbot.waitUntil(lambda: guide.steps.currentIndex() == 1, timeout=5000)
    assert "重新启动" in guide.town_note.text()
    with session_factory() as s:
        assert s.scalars(select(SyncDevice)).one().org_code == OTHER
        assert {u.owner_org for u in s.scalars(select(User))} == {OTHER}
    guide.register_now.setChecked(True)
    guide.next_button.click()
    assert guide.steps.currentIndex() == 2 and guide.next_button.text() == "完成"
    guide.print_test_slip()
    assert guide.preview is not None and guide.preview.pdf.startswith(b"%PDF")
    guide.preview.close()
    with qtbot.waitSignal(guide.sig_register, timeout=5000):
        guide.next_button.click()
    with session_factory() as s:
        assert s.get(LocalMeta, "first_run_guide").value == "register"
    assert not ctx.runner.call(first_run_state).show
    ctx.runner.shutdown()


def test_first_run_guide_can_be_skipped_in_english(qtbot, qapp, session_factory, english):
    install_app_font(qapp)
    _new_desk(session_factory)
    ctx, guide = _guide(qtbot, session_factory)
    _shots(guide, "en")
    assert guide.skip_button.text() == "Skip the guide"
    guide.skip_button.click()
    qtbot.waitUntil(lambda: not guide.isVisible(), timeout=5000)
    assert not ctx.runner.call(first_run_state).show
    ctx.runner.shutdown()


def test_no_guide_on_a_desk_with_cases_or_a_demo(session_factory):
    _new_desk(session_factory)
    with session_factory.begin() as s:
        s.add(LocalMeta(key="demo_password", value="x"))
    with session_factory() as s:
        assert not first_run_state(s).show
