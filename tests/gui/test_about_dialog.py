"""关于一站 shows the version, the data directory, the schema and the server (issue #15)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from app.db import SCHEMA_HEAD
from app.models import SyncDevice
from app.version import app_version
from app.views.context import build_test_context
from app.views.main_window import MainWindow

SHOTS = Path(os.environ.get("YIZHAN_SHOTS", "/tmp/yizhan-shots"))


def test_about_names_version_data_schema_and_server(qtbot, session_factory):
    with session_factory.begin() as s:
        s.add(
            SyncDevice(
                id="dev-1",
                org_code="370911106",
                device_code="B",
                server_url="https://sync.example.gov.cn",
                token="t",
            )
        )
    ctx = build_test_context(session_factory)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = window._show_about()
    qtbot.waitUntil(lambda: dialog.values["schema"].text() == SCHEMA_HEAD, timeout=5000)
    assert dialog.values["version"].text() == app_version() != "0+unknown"
    assert dialog.values["data_dir"].text() == str(ctx.settings.data_dir)
    assert dialog.values["device"].text() == "370911106-B"
    assert dialog.values["server"].text() == "https://sync.example.gov.cn"
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "about.png"))
    dialog.copy_all()
    copied = QGuiApplication.clipboard().text()
    assert app_version() in copied and "https://sync.example.gov.cn" in copied
    dialog.close()
    ctx.runner.shutdown()
