"""The window paints first and builds each tab's page the first time that tab is shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.config import Settings
from app.views.cases.page import CasesPage
from app.views.context import build_test_context
from app.views.home.page import HomePage
from app.views.main_window import MainWindow
from app.views.pages import PAGES

ROOT = Path(__file__).resolve().parents[2]


def _window(qtbot, session_factory) -> tuple[MainWindow, object]:
    ctx = build_test_context(session_factory)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window, ctx


def test_a_tab_not_shown_is_not_built(qtbot, session_factory):
    window, ctx = _window(qtbot, session_factory)
    assert window.pages == [None] * len(PAGES)  # nothing is built before the window shows
    window.show()
    qtbot.waitUntil(lambda: window.pages[0] is not None)
    assert isinstance(window.pages[0], HomePage)
    assert window.pages[1:] == [None] * (len(PAGES) - 1)
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    ctx.runner.shutdown()


def test_showing_a_tab_builds_it_once(qtbot, session_factory):
    window, ctx = _window(qtbot, session_factory)
    window.show()
    built: list[int] = []
    window.sig_page_built.connect(built.append)
    window.tabs.setCurrentIndex(2)
    assert isinstance(window.pages[2], CasesPage)
    assert window.pages[2].isVisible()
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(2)
    assert built == [2]
    assert [p is not None for p in window.pages] == [i in (0, 2) for i in range(len(PAGES))]
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    ctx.runner.shutdown()


def test_tab_titles_before_and_after_building_agree(qtbot, session_factory):
    window, ctx = _window(qtbot, session_factory)
    before = window.tab_titles()
    assert before == [spec.tab_title() for spec in PAGES]
    for i in range(len(PAGES)):
        window.page(i)
    # A page's own title may add a count, e.g. 案件流转 (3).
    assert all(a.startswith(b) for a, b in zip(window.tab_titles(), before, strict=True))
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10000)
    ctx.runner.shutdown()


def test_window_paints_before_the_database_is_attached(qtbot, session_factory, tmp_path):
    window = MainWindow(settings=Settings(data_dir=tmp_path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sig_first_paint, timeout=5000):
        window.show()
    assert window.ctx is None and window.pages == [None] * len(PAGES)
    assert window.tab_titles()[0] == "首页"
    window.grab().save(str(tmp_path / "first-paint.png"))
    ctx = build_test_context(session_factory)
    window.attach(ctx)
    assert isinstance(window.pages[0], HomePage)  # the shown tab is built on attach
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    ctx.runner.shutdown()


# Runs the real start-up and reports which heavy modules were loaded at the first paint.
AT_PAINT = """
import sys
from app.views import main_window

HEAVY = ("sqlalchemy", "alembic", "pypinyin", "qtawesome", "reportlab", "httpx", "app.db")
paint = main_window.MainWindow.paintEvent

def spy(self, event):
    if not self._painted:
        print("at-paint:", [m for m in HEAVY if m in sys.modules], flush=True)
    paint(self, event)

main_window.MainWindow.paintEvent = spy
from app.main import main
sys.exit(main(["--self-test"]))
"""


def test_first_paint_comes_before_the_database_and_heavy_imports(tmp_path):
    env = dict(os.environ, YIZHAN_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", AT_PAINT],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "at-paint: []"
    assert "main window painted" in proc.stderr


def test_building_the_pages_loads_neither_reportlab_nor_pypinyin():
    """The printers' and the pinyin dictionaries load with the first print or search."""
    script = (
        "import sys\n"
        "from app.views.pages import PAGES\n"
        "classes = [spec.load() for spec in PAGES]\n"
        "print([m for m in ('reportlab', 'pypinyin', 'alembic') if m in sys.modules])\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_transfer_tab_shows_its_red_count_before_it_is_built(qtbot, session_factory):
    """案件流转 (n) in the tab bar does not wait for the tab to be opened."""
    from datetime import timedelta

    from app.domain.enums import EventType, Role
    from app.models.base import utcnow
    from app.services.transfer.workflow import record
    from tests.unit.services.transfer.helpers import DESK, dept, handler, make_case

    def late_case(s):
        # Dispatched 40 days ago with a 30-day limit: red.
        cid = make_case(s, category="HY")
        then = utcnow() - timedelta(days=40)
        payload = {"lead_department_id": dept("T-SFS"), "due_at": then + timedelta(days=30)}
        record(s, case_id=cid, type=EventType.DISPATCH, actor=DESK, payload=payload, at=then)
        record(s, case_id=cid, type=EventType.SIGN, actor=handler("T-SFS"), at=then,
               department_id=dept("T-SFS"))  # fmt: skip
        return cid

    ctx = build_test_context(session_factory, role=Role.SUPERVISOR.value)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    index = [s.cls for s in PAGES].index("TransferPage")
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    assert window.tabs.tabText(index) == "案件流转"
    ctx.runner.call(late_case)
    ctx.bus.sig_data_changed.emit(frozenset({"case"}))
    qtbot.waitUntil(lambda: window.tabs.tabText(index) == "案件流转 (1)", timeout=5000)
    assert window.pages[index] is None  # counted without building the page
    window.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: window.pages[index].counts is not None, timeout=5000)
    assert window.tabs.tabText(index) == "案件流转 (1)"
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    ctx.runner.shutdown()
