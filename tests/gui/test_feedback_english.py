"""The feedback of issue #12 item 3 in English: sync states, the print message, intake and home.

Each screen is also saved at 1280×800 (shots/, not committed) to be looked at.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinterInfo

from app.services.intake import register as svc
from app.sync.client import SyncClient
from app.sync.state import SyncState, SyncStatus, failed
from app.views.context import build_test_context
from app.views.fonts import install_app_font
from app.views.main_window import MainWindow
from app.views.sync.install import install_sync
from app.views.sync.page import SyncPage
from tests.conftest import DEMO_ORG
from tests.gui.intake.test_intake_drills import finish, make_page
from tests.unit.services.intake.conftest import ACTOR, intake

CJK = re.compile(r"[\u4e00-\u9fff]")
SHOTS = Path("shots")


@pytest.fixture(autouse=True)
def cjk_font(qapp):
    install_app_font(qapp)


STATES = [
    SyncStatus(SyncState.UNREGISTERED),
    SyncStatus(SyncState.SYNCING),
    SyncStatus(SyncState.SYNCED, datetime.now(UTC)),
    failed("无法连接服务器 10.0.0.5:8765（网络不通或服务器未启动）"),
    failed("服务器 10.0.0.5:8765 的证书不受信任（请在“同步”页选择区级 CA 证书）"),
    failed("设备令牌无效"),
]


def test_sync_states_in_english(qtbot, session_factory, english):
    SHOTS.mkdir(exist_ok=True)
    ctx = build_test_context(session_factory, role="admin", org_code=DEMO_ORG)
    scheduler = install_sync(ctx, SyncClient(session_factory), start=False)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.overview is not None, timeout=5000)
    bar = ctx.extras["status_widgets"][0]
    for status in STATES:
        bar.show_status(status)
        page._show_status(status)
        for text in (bar.online.text(), bar.online.toolTip(), page.sync_state.text()):
            assert not CJK.search(text), text
        name = status.state.value + (f"_{status.reason.value}" if status.reason else "")
        page.grab().save(str(SHOTS / f"sync_tab_{name}_en.png"))
    assert bar.online.text() == "● Failed: device token no longer valid (register this desk again)"
    assert not CJK.search(page.sync_button.toolTip())
    scheduler.stop()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    ctx.runner.shutdown()


def test_print_without_printer_in_english(qtbot, session_factory, english, monkeypatch):
    SHOTS.mkdir(exist_ok=True)
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _u: True))
    ctx, page = make_page(qtbot, session_factory)
    page.resize(1280, 800)
    with session_factory.begin() as s:
        page._on_saved(svc.register_case(s, data=intake(), actor=ACTOR))
    page.print_slip()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=5000)
    page.preview.print_now()
    assert page.preview.status.text().startswith("No printer found; saved as PDF: ")
    assert page.preview.open_folder.text() == "&Open folder"
    page.preview.grab().save(str(SHOTS / "print_no_printer_en.png"))
    page.preview.close()
    finish(ctx, page)


def test_intake_and_home_in_english(qtbot, session_factory, english):
    SHOTS.mkdir(exist_ok=True)
    ctx = build_test_context(session_factory)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    home = window.page(0)
    qtbot.waitUntil(lambda: home.counts is not None, timeout=5000)
    window.grab().save(str(SHOTS / "home_en.png"))
    assert not CJK.search(home.cards["overdue"].toolTip())
    assert "Scope: this township" in home.footer.text()  # the user's name is data
    index = next(i for i, s in enumerate(window.slots) if s.spec.icon_name == "intake")
    window.tabs.setCurrentIndex(index)
    page = window.page(index)
    qtbot.waitUntil(lambda: page.fields.category.count() > 0, timeout=5000)
    window.grab().save(str(SHOTS / "intake_en.png"))
    ctx.runner.shutdown()
