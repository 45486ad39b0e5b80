"""Issues #10 item 7 and #12 item 3: one sync state, the same text in the status bar and 同步 tab.

未注册 (with the way to register), 同步中, 已同步 hh:mm, 离线, 失败：<reason in words>.
"""

from __future__ import annotations

import ssl
from datetime import UTC, datetime

import httpx
import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import update

from app.models import SyncDevice
from app.models.base import utcnow
from app.services.reference.setup import ensure_device
from app.sync.client import SyncClient
from app.sync.engine import CycleResult, SyncEngine
from app.sync.state import (
    REASON_TEXTS,
    STATE_TEXTS,
    Reason,
    SyncState,
    SyncStatus,
    after_cycle,
    failed,
    reason_of,
)
from app.sync.transport import unreachable
from app.views.context import build_test_context
from app.views.sync import state_text
from app.views.sync.install import install_sync
from app.views.sync.page import SyncPage
from app.views.sync.status_widget import SyncStatusWidget
from tests.conftest import DEMO_ORG

DEAD = "http://127.0.0.1:8139"  # in this session's port range; nothing listens there
SHOTS = "shots"


@pytest.fixture
def page(qtbot, session_factory, monkeypatch):
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: boxes.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: boxes.append(text))
    ctx = build_test_context(session_factory, role="admin", org_code=DEMO_ORG)
    scheduler = install_sync(ctx, SyncClient(session_factory), start=False)
    p = SyncPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitUntil(lambda: p.overview is not None, timeout=5000)
    p.boxes = boxes  # type: ignore[attr-defined]
    yield p
    scheduler.stop()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    ctx.runner.shutdown()


def _bar(page: SyncPage) -> SyncStatusWidget:
    return page.ctx.extras["status_widgets"][0]


SYNCED_AT = datetime.now(UTC).replace(second=0, microsecond=0)
LOCAL = state_text.format_time(SYNCED_AT, "")
CASES = [
    (SyncStatus(SyncState.UNREGISTERED), "未注册"),
    (SyncStatus(SyncState.SYNCING), "同步中"),
    (SyncStatus(SyncState.SYNCED, SYNCED_AT), f"已同步 {LOCAL}"),
    (failed("无法连接服务器 127.0.0.1:8139（网络不通或服务器未启动）"), "离线"),
    (failed("设备令牌无效"), "失败：设备令牌已失效（请重新注册本机）"),
    (failed("服务器繁忙，请稍后重试"), "失败：服务器忙（稍后自动重试）"),
    (failed("服务器错误 500"), "失败：服务器出错（请联系区级管理员）"),
]


@pytest.mark.parametrize(("status", "text"), CASES, ids=[c[1][:4] for c in CASES])
def test_each_state_reads_the_same_in_the_status_bar_and_the_sync_tab(qtbot, page, status, text):
    bar = _bar(page)
    bar.show_status(status)
    page._show_status(status)
    assert bar.online.text() == "● " + text
    assert text in page.sync_state.toolTip()
    assert text in page.sync_state.text() or status.state == SyncState.OFFLINE
    assert bar.online.styleSheet() in page.sync_state.styleSheet()  # the same colour
    shown = bar.online.text() + bar.online.toolTip() + page.sync_state.text()
    assert "Error" not in shown and "在线" not in shown
    if status.state == SyncState.OFFLINE:
        assert "离线：无法连接服务器（网络不通或服务器未启动），稍后自动重试" in (
            page.sync_state.text()
        )
    if status.state == SyncState.UNREGISTERED:
        assert "注册码" in page.sync_state.text() and "注册码" in bar.online.toolTip()
    name = status.state.value + (f"_{status.reason.value}" if status.reason else "")
    page.grab().save(f"{SHOTS}/sync_tab_{name}_zh.png")


def test_a_real_unreachable_server_is_offline_in_words_in_both_places(qtbot, page, session_factory):
    with session_factory.begin() as s:
        ensure_device(s, org_code=DEMO_ORG)
        s.execute(update(SyncDevice).values(server_url=DEAD, token="t", registered_at=utcnow()))
    page.refresh()
    qtbot.waitUntil(page.sync_button.isEnabled, timeout=5000)
    scheduler = page.scheduler
    with qtbot.waitSignal(scheduler.sig_finished, timeout=30000):
        page.sync_button.click()
    bar = _bar(page)
    qtbot.waitUntil(lambda: bar.online.text() == "● 离线", timeout=5000)
    qtbot.waitUntil(lambda: "离线：" in page.sync_state.text(), timeout=5000)
    for text in (page.sync_state.text(), bar.online.toolTip()):
        assert "无法连接服务器（网络不通或服务器未启动）" in text
        assert "ConnectError" not in text
    # After a restart the database's record gives the same state.
    page.refresh()
    qtbot.waitUntil(lambda: page.ctx.runner.pending == 0, timeout=5000)
    assert bar.online.text() == "● 离线" and "离线：" in page.sync_state.text()


def test_a_failed_registration_leaves_the_desk_unregistered_not_online(qtbot, page):
    # Defect: after a failed registration the status bar showed green "● 在线" next to
    # "本机尚未注册".
    bar = _bar(page)
    assert bar.online.text() == "● 未注册" or bar.status is None
    qtbot.keyClicks(page.server_url, DEAD)
    qtbot.keyClicks(page.code, "ABCD-1234")
    page.register_button.click()
    assert not page.register_button.isEnabled() and page.register_button.toolTip()
    qtbot.waitUntil(lambda: bool(page.boxes), timeout=20000)
    assert "无法连接服务器（网络不通或服务器未启动）" in page.boxes[-1]
    assert "Error" not in page.boxes[-1]
    page.refresh()
    qtbot.waitUntil(lambda: page.ctx.runner.pending == 0, timeout=5000)
    qtbot.wait(50)
    assert bar.online.text() == "● 未注册" and "在线" not in bar.online.text()
    assert page.sync_state.text().startswith("本机尚未注册")
    assert not page.sync_button.isEnabled() and "注册" in page.sync_button.toolTip()
    assert page.register_button.isEnabled()


def test_greyed_sync_buttons_say_why(qtbot, page):
    assert not page.sync_button.isEnabled()
    assert "尚未注册" in page.sync_button.toolTip()
    assert not page.keep_mine.isEnabled() and "选中" in page.keep_mine.toolTip()
    assert not page.keep_theirs.isEnabled() and "选中" in page.keep_theirs.toolTip()


def test_transport_errors_become_words_never_class_names():
    req = httpx.Request("GET", "https://10.0.0.5:8765/v1/sync/hello")
    refused = httpx.ConnectError("[Errno 111] Connection refused", request=req)
    cert = httpx.ConnectError("boom", request=req)
    cert.__cause__ = ssl.SSLCertVerificationError("CERTIFICATE_VERIFY_FAILED")
    timeout = httpx.ReadTimeout("timed out", request=req)
    lost = httpx.RemoteProtocolError("peer closed", request=req)
    expect = {
        refused: Reason.UNREACHABLE,
        cert: Reason.UNTRUSTED_CERT,
        timeout: Reason.TIMEOUT,
        lost: Reason.CONNECTION_LOST,
    }
    for exc, reason in expect.items():
        message = unreachable(exc, "https://10.0.0.5:8765")
        assert type(exc).__name__ not in message and "10.0.0.5:8765" in message
        assert reason_of(message) == reason
        assert reason_of(str(message)) == reason  # read back from the stored text too
    assert failed(unreachable(cert, "https://x")).state == SyncState.FAILED
    assert failed(unreachable(refused, "https://x")).state == SyncState.OFFLINE


def test_a_cycle_result_maps_to_one_state():
    assert after_cycle(CycleResult(ok=False, registered=False)).state == SyncState.UNREGISTERED
    ok = after_cycle(CycleResult(ok=True))
    assert ok.state == SyncState.SYNCED and ok.last_sync_at is not None
    assert after_cycle(CycleResult(ok=False, message="设备令牌已过期，请重新注册本机")).reason == (
        Reason.TOKEN_INVALID
    )


def test_every_state_and_reason_text_is_in_the_catalogue_list():
    listed = set(state_text.TEXTS)
    for text in [*STATE_TEXTS.values(), *REASON_TEXTS.values()]:
        assert text in listed, text


def test_an_unregistered_engine_cycle_shows_unregistered(qtbot, session_factory):
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    widget.show_result(SyncEngine(session_factory).run_cycle())
    assert widget.online.text() == "● 未注册"
