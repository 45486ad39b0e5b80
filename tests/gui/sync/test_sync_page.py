"""同步 tab: register with a code, sync now, see history and status bar, review a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.models import Person
from app.models.sync_state import SyncConflict
from app.sync.client import SyncClient
from app.sync.engine import CycleResult
from app.views.context import build_test_context
from app.views.sync.install import install_sync
from app.views.sync.page import SyncPage
from app.views.sync.scheduler import BACKOFF_BASE_S, SyncScheduler, backoff_delay
from tests.conftest import DEMO_ORG

SHOTS = Path("/tmp/sync_shots")


@pytest.fixture
def setup(qtbot, session_factory, sqlite_server, monkeypatch):
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, title, text: boxes.append(("info", text))
    )
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text: boxes.append(("warn", text))
    )
    ctx = build_test_context(session_factory, role="admin", org_code=DEMO_ORG)
    client = SyncClient(session_factory, transport_factory=lambda _u, t: sqlite_server.transport(t))
    scheduler = install_sync(ctx, client, start=False)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitUntil(lambda: page.overview is not None, timeout=5000)
    yield page, ctx, scheduler, boxes
    scheduler.stop()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    ctx.runner.shutdown()


def test_register_sync_and_review_a_conflict(
    qtbot, setup, sqlite_server, session_factory, tmp_path
):
    page, ctx, scheduler, boxes = setup
    widget = ctx.extras["status_widgets"][0]
    assert page.title() == "同步" and page.icon_name == "sync"
    assert not page.sync_button.isEnabled()
    assert "尚未注册" in page.sync_button.toolTip()  # a greyed button says why
    # A wrong code: a clear message, the typed code stays.
    qtbot.keyClicks(page.server_url, "http://testserver")
    qtbot.keyClicks(page.code, "WRONG-CODE1")
    page.register_button.click()
    qtbot.waitUntil(lambda: bool(boxes), timeout=10000)
    assert boxes[-1][0] == "warn" and "注册码" in boxes[-1][1]
    assert page.code.text() == "WRONG-CODE1"
    page.code.clear()
    qtbot.keyClicks(page.code, sqlite_server.issue_code(DEMO_ORG))
    # The district's own CA certificate, chosen on the page, is kept beside the database.
    ca = tmp_path / "district-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    qtbot.keyClicks(page.ca_file, str(ca))
    with qtbot.waitSignal(scheduler.sig_finished, timeout=30000) as done:
        page.register_button.click()
    assert isinstance(done.args[0], CycleResult) and done.args[0].ok
    assert boxes[-1][0] == "info" and "A" in boxes[-1][1]
    qtbot.waitUntil(lambda: page.history.rowCount() == 1, timeout=5000)
    assert page.history.item(0, 1).text() == "成功"
    assert "设备代号 A" in page.identity.text()
    db_file = Path(session_factory.kw["bind"].url.database)
    assert db_file.with_name(db_file.name + ".ca.pem").read_text() == ca.read_text()
    # No keyring on the test machine: the page says the token is in a file only this user reads.
    assert "仅当前用户可读的文件" in page.identity.text()
    assert widget.online.text().startswith("● 已同步 ")
    # Another desk changed the same field first: after our sync, the conflict is listed.
    with session_factory.begin() as s:
        p = Person(name="孙七", owner_org=DEMO_ORG, phone="13800000000")
        s.add(p)
    with qtbot.waitSignal(scheduler.sig_finished, timeout=30000):
        page.sync_button.click()
    with session_factory.begin() as s:
        s.info["sync_apply"] = True
        s.add(
            SyncConflict(
                id="c1",
                kind="field",
                entity="person",
                entity_id=p.id,
                field="phone",
                mine="13911111111",
                theirs="13800000000",
                kept="theirs",
                reason="同一字段已被修改",
            )
        )
    ctx.bus.sig_data_changed.emit(frozenset({"sync"}))
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 1, timeout=5000)
    # The widget's own refresh may land after the page's: refreshes queued by the sync that
    # just finished can run on either side of the insert above.
    qtbot.waitUntil(lambda: "冲突 1" in widget.conflicts.text(), timeout=5000)
    page.conflicts.selectRow(0)
    assert page.keep_mine.isEnabled()
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "sync_page.png"))
    page.keep_mine.click()
    qtbot.waitUntil(
        lambda: not page.keep_mine.isEnabled() and ctx.runner.pending == 0, timeout=5000
    )
    with session_factory() as s:
        assert s.get(Person, p.id).phone == "13911111111"
        assert s.get(SyncConflict, "c1").resolution == "mine"
    qtbot.waitUntil(lambda: "本机" in page.conflicts.item(0, 5).text(), timeout=5000)


def test_failed_cycles_back_off_with_jitter(qtbot):
    delays = [backoff_delay(n) for n in (1, 2, 3, 10)]
    assert BACKOFF_BASE_S * 0.5 <= delays[0] <= BACKOFF_BASE_S * 1.5
    assert delays[3] <= 15 * 60 * 1.5
    assert len({round(backoff_delay(2), 6) for _ in range(5)}) > 1
    calls = []

    def offline() -> CycleResult:
        calls.append(1)
        return CycleResult(ok=False, message="无法连接服务器", offline=True)

    scheduler = SyncScheduler(offline, interval_s=300)
    try:
        with qtbot.waitSignal(scheduler.sig_finished, timeout=5000):
            scheduler.sync_now()
        assert scheduler.backoff.isActive() and scheduler.online is False
        assert scheduler.failures == 1
        remaining = scheduler.backoff.remainingTime() / 1000
        assert BACKOFF_BASE_S * 0.5 - 1 <= remaining <= BACKOFF_BASE_S * 1.5
    finally:
        scheduler.stop()


def test_an_unregistered_device_neither_retries_nor_logs_cycles(qtbot, session_factory):
    from app.sync.engine import SyncEngine

    scheduler = SyncScheduler(SyncEngine(session_factory).run_cycle)
    try:
        with qtbot.waitSignal(scheduler.sig_finished, timeout=10000) as done:
            scheduler.sync_now()
        assert done.args[0].registered is False
        assert not scheduler.backoff.isActive() and scheduler.failures == 0
    finally:
        scheduler.stop()
    with session_factory() as s:
        from app.sync.status import sync_overview

        assert sync_overview(s).runs == ()


def test_status_bar_says_unregistered_and_how_to_register(qtbot, session_factory):
    # Issue #10: a desk that never registered showed "● 在线" after its first (empty) cycle.
    from app.sync.engine import SyncEngine
    from app.views.sync.status_widget import SyncStatusWidget

    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    result = SyncEngine(session_factory).run_cycle()
    assert not result.registered
    widget.show_result(result)
    assert widget.online.text() == "● 未注册"
    assert "注册码" in widget.online.toolTip() and "在“同步”页注册" in widget.last.text()
    assert "在线" not in widget.online.text() + widget.last.text()
    SHOTS.mkdir(exist_ok=True)
    widget.resize(700, 28)
    widget.grab().save(str(SHOTS / "status_unregistered.png"))


def test_a_failing_cycle_says_why_in_words(qtbot, session_factory):
    # Issue #10: an unreachable server showed "无法连接服务器：ConnectError".
    from sqlalchemy import update

    from app.models import SyncDevice
    from app.models.base import utcnow
    from app.services.reference.setup import ensure_device
    from app.sync.engine import SyncEngine
    from app.views.sync.status_widget import SyncStatusWidget

    with session_factory.begin() as s:
        ensure_device(s, org_code=DEMO_ORG)
        s.execute(
            update(SyncDevice).values(
                server_url="http://127.0.0.1:18999", token="t", registered_at=utcnow()
            )
        )
    result = SyncEngine(session_factory).run_cycle()
    assert not result.ok and result.offline
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    widget.show_result(result)
    shown = widget.last.text() + widget.last.toolTip()
    assert "ConnectError" not in shown and "Error" not in shown
    assert widget.online.text() == "● 离线"
    assert "无法连接服务器（网络不通或服务器未启动）" in widget.online.toolTip()
    widget.resize(700, 28)
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / "status_failed.png"))
