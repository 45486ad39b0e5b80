"""Login, lock, password dialogs and the audit viewer, driven as a user would."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from app.models import AuditEntry, User
from app.services import accounts
from app.views.audit_dialog import AuditDialog
from app.views.context import CurrentUser, build_test_context
from app.views.login_dialog import ChangePasswordDialog, LoginDialog
from tests.conftest import DEMO_ORG

SHOTS = Path(os.environ.get("ACCOUNTS_SHOTS", "/tmp/accounts-shots"))
PASSWORD = "Manzhuang2026"


def shot(widget: QWidget, name: str) -> Path:
    """Save a screenshot of `widget` and return its path."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def _call(factory):
    def call(fn):
        with factory.begin() as s:
            return fn(s)

    return call


def _add_user(factory, username="manzhuang_desk1", role="front_desk", password=PASSWORD) -> str:
    with factory.begin() as s:
        u = User(
            username=username,
            display_name="王丽",
            role=role,
            owner_org=DEMO_ORG,
            window_name="1号窗口",
            password_hash=accounts.hash_password(password),
        )
        s.add(u)
        s.flush()
        return u.id


def test_first_run_sets_the_admin_password_then_signs_in(qtbot, session_factory):
    dialog = LoginDialog(_call(session_factory), DEMO_ORG)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.first_run and dialog.confirm.isVisible()
    shot(dialog, "login-first-run")
    dialog.password.setText("short")
    dialog.confirm.setText("short")
    dialog.ok.click()
    assert "至少8位" in dialog.error.text() and dialog.user is None
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText(PASSWORD)
    dialog.ok.click()
    assert dialog.user is not None and dialog.user.role == "admin"


def test_demo_database_shows_its_password_and_signs_in(qtbot, session_factory):
    _add_user(session_factory, password="demo1234")
    with session_factory.begin() as s:
        accounts.mark_demo(s, password="demo1234")
    dialog = LoginDialog(_call(session_factory), DEMO_ORG)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "demo1234" in dialog.hint.text()
    assert dialog.username.text() == "manzhuang_desk1"
    shot(dialog, "login-demo")
    dialog.password.setText("demo1234")
    dialog.ok.click()
    assert dialog.user is not None and dialog.user.username == "manzhuang_desk1"


def test_wrong_passwords_are_counted_and_audited_and_the_password_is_not_shown(
    qtbot, session_factory
):
    _add_user(session_factory)
    dialog = LoginDialog(_call(session_factory), DEMO_ORG)
    qtbot.addWidget(dialog)
    dialog.show()
    assert PASSWORD not in dialog.hint.text() and "demo" not in dialog.hint.text()
    dialog.username.setText("manzhuang_desk1")
    dialog.password.setText("wrong-one")
    dialog.ok.click()
    assert "再错4次" in dialog.error.text() and dialog.password.text() == ""
    shot(dialog, "login-wrong-password")
    with session_factory.begin() as s:
        actions = list(s.scalars(select(AuditEntry.action)))
    assert actions.count("login_failed") == 1


def test_lock_screen_unlocks_with_the_password_or_lets_another_user_in(qtbot, session_factory):
    uid = _add_user(session_factory)
    _add_user(session_factory, username="manzhuang_lead", role="supervisor")
    with session_factory.begin() as s:
        me = accounts.sign_in(
            s, org_code=DEMO_ORG, username="manzhuang_desk1", password=PASSWORD
        ).user
    dialog = LoginDialog(_call(session_factory), DEMO_ORG, locked_user=me)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.isReadOnly() and dialog.switch.isVisible()
    shot(dialog, "lock-screen")
    dialog.password.setText(PASSWORD)
    dialog.ok.click()
    assert dialog.user is not None and dialog.user.user_id == uid
    other = LoginDialog(_call(session_factory), DEMO_ORG, locked_user=me)
    qtbot.addWidget(other)
    other.switch.click()
    assert not other.username.isReadOnly() and other.username.text() == ""
    other.username.setText("manzhuang_lead")
    other.password.setText(PASSWORD)
    other.ok.click()
    assert other.user is not None and other.user.role == "supervisor"


def test_change_password_dialog(qtbot, session_factory):
    uid = _add_user(session_factory)
    ctx = build_test_context(
        session_factory,
        user=CurrentUser(uid, "manzhuang_desk1", "王丽", "front_desk", DEMO_ORG),
    )
    dialog = ChangePasswordDialog(ctx.runner.call, ctx.actor())
    qtbot.addWidget(dialog)
    dialog.old.setText("not it")
    dialog.new.setText("Neues2026pw")
    dialog.confirm.setText("Neues2026pw")
    dialog.submit()
    assert "原密码不正确" in dialog.error.text()
    dialog.old.setText(PASSWORD)
    dialog.submit()
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    ctx.runner.shutdown()


def test_audit_viewer_lists_filters_and_exports(qtbot, session_factory, tmp_path):
    _add_user(session_factory)
    with session_factory.begin() as s:
        accounts.sign_in(s, org_code=DEMO_ORG, username="manzhuang_desk1", password="bad")
        accounts.sign_in(s, org_code=DEMO_ORG, username="manzhuang_desk1", password=PASSWORD)
    ctx = build_test_context(session_factory, role="supervisor")
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.rows) >= 3 and "完整" in dialog.chain.text(), timeout=5000)
    actions = [r.action for r in dialog.rows]
    assert "login_failed" in actions and "login" in actions and "insert" in actions
    shot(dialog, "audit-viewer")
    dialog.action.setCurrentIndex(dialog.action.findData("login_failed"))
    dialog.refresh()
    qtbot.waitUntil(lambda: {r.action for r in dialog.rows} == {"login_failed"}, timeout=5000)
    out = tmp_path / "audit.csv"
    dialog.export(out)
    qtbot.waitUntil(out.exists, timeout=5000)
    assert "登录失败" in out.read_bytes().decode("utf-8-sig")
    ctx.runner.shutdown()
