"""The main window shows the home page's figures and survives the self-test."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from app.domain.ids import reference_id
from app.models import Case
from app.views.context import build_test_context
from app.views.main_window import MainWindow
from app.views.pages import PAGES
from tests.conftest import DEMO_ORG


def test_home_page_counts_todays_cases(qtbot, session_factory, tmp_path):
    with session_factory.begin() as s:
        s.add(
            Case(
                case_no="106-261127-A-0001",
                query_code="123456",
                kind="dispute",
                channel="walk_in",
                owner_org=DEMO_ORG,
                town_id=reference_id("region", DEMO_ORG),
                received_at=datetime.now(UTC),
                status="accepted",
            )
        )
    ctx = build_test_context(session_factory)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    home = window.page(0)
    qtbot.waitUntil(lambda: home.counts is not None, timeout=5000)
    assert home.counts.received_today == 1 and home.counts.open == 1
    assert home.cards["open"].value.text() == "1"
    window.grab().save(str(tmp_path / "home.png"))
    ctx.runner.shutdown()


def test_self_test_visits_every_tab_and_exits_zero(tmp_path):
    env = dict(os.environ, YIZHAN_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    shots = tmp_path / "shots"
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--self-test", "--screenshot-dir", str(shots)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.returncode == 0, proc.stderr
    titles = [line for line in proc.stdout.splitlines() if line.strip()]
    assert titles[0] == "首页"
    assert len(titles) == len(PAGES)  # every tab visited, so every page built
    assert len(list(shots.glob("*.png"))) == len(titles)
