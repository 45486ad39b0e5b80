"""The shell locks the desk when idle: data hidden, password to unlock, or another user."""

from __future__ import annotations

from sqlalchemy import select

from app.main import _Shell
from app.models import AuditEntry, User
from app.services import accounts
from app.views.context import CurrentUser, build_test_context
from app.views.idle_lock import IdleWatcher
from app.views.login_dialog import LoginDialog
from app.views.main_window import MainWindow
from tests.conftest import DEMO_ORG

PASSWORD = "Manzhuang2026"


def _user(factory, username, role):
    with factory.begin() as s:
        u = User(
            username=username,
            display_name=username,
            role=role,
            owner_org=DEMO_ORG,
            password_hash=accounts.hash_password(PASSWORD),
        )
        s.add(u)
        s.flush()
        return CurrentUser(u.id, username, username, role, DEMO_ORG)


def test_idle_watcher_fires_once_after_the_idle_time(qapp):
    watcher = IdleWatcher(qapp, minutes=10)
    fired = []
    watcher.sig_idle.connect(lambda: fired.append(1))
    start = watcher.last_input
    watcher.check(now=start + 9 * 60)
    assert fired == []
    watcher.check(now=start + 10 * 60)
    watcher.check(now=start + 11 * 60)
    assert fired == [1]  # paused until unlocked
    watcher.resume()
    assert not watcher.paused


def test_lock_hides_the_data_then_unlocks_or_switches_user(
    qtbot, qapp, session_factory, monkeypatch
):
    me = _user(session_factory, "desk1", "front_desk")
    _user(session_factory, "lead1", "supervisor")
    ctx = build_test_context(session_factory, user=me)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    shell = _Shell(qapp, ctx, window, [])
    seen: dict[str, object] = {}

    def unlock(dialog: LoginDialog) -> int:
        seen["hidden"] = not window.centralWidget().isVisible()
        seen["locked_user"] = dialog.locked_user.username if dialog.locked_user else None
        dialog.password.setText(PASSWORD)
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", unlock)
    shell.lock()
    assert seen == {"hidden": True, "locked_user": "desk1"}
    assert window.centralWidget().isVisible() and shell.window is window

    def switch(dialog: LoginDialog) -> int:
        dialog.switch_user()
        dialog.username.setText("lead1")
        dialog.password.setText(PASSWORD)
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", switch)
    shell.idle.check(now=shell.idle.last_input + 3600)  # idle: the shell locks by itself
    assert shell.window is not window and shell.ctx.user.username == "lead1"
    assert shell.ctx.runner.session_info["actor_user_id"] == shell.ctx.user.user_id
    with session_factory() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
    assert actions[-6:] == ["lock", "login", "unlock", "lock", "login", "switch_user"]
    shell.window.close()
    ctx.runner.shutdown()
