"""An encrypted desk: the login screen's password unwraps the key and opens the database."""

from __future__ import annotations

import pytest

from app.db import make_session_factory, open_database
from app.models import User
from app.services import accounts, vault
from app.services.accounts import LoginScreen
from app.services.reference.loader import load_reference
from app.views.login_dialog import LoginDialog
from tests.conftest import DEMO_ORG
from tests.gui.accounts.test_login_screens import shot

PASSWORD = "Guanli2026!"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_login_on_a_closed_encrypted_desk_opens_it(qtbot, tmp_path, monkeypatch, lang, request):
    if lang == "en":
        request.getfixturevalue("english")
    monkeypatch.setattr(vault, "KDF", {"time_cost": 1, "memory_cost": 8 * 1024, "parallelism": 1})
    db = tmp_path / "desk.sqlite3"
    engine = open_database(db)
    with make_session_factory(engine).begin() as s:
        s.info["capture_outbox"] = False
        load_reference(s)
        s.add(
            User(
                username="admin106",
                display_name="管理员",
                role="admin",
                owner_org=DEMO_ORG,
                password_hash=accounts.hash_password(PASSWORD),
            )
        )
    engine.dispose()
    vault.enable_for(db, username="admin106", password=PASSWORD)
    opened: dict[str, object] = {}

    def unlock(username: str, password: str) -> str:
        v = vault.unlock(db, username=username, password=password)
        eng = open_database(db, key=v.key)
        opened["factory"] = make_session_factory(eng, vault=v)
        opened["engine"] = eng
        return DEMO_ORG

    def call(fn):
        with opened["factory"].begin() as s:  # type: ignore[attr-defined]
            return fn(s)

    screen = LoginScreen(DEMO_ORG, False, "", None, "")
    dialog = LoginDialog(call, DEMO_ORG, screen=screen, unlock=unlock)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("admin106")
    dialog.password.setText("Wrong2026!")
    dialog.submit()
    assert dialog.error.text() and "factory" not in opened and dialog.user is None
    shot(dialog, f"login-encrypted-wrong-{lang}")
    dialog.password.setText(PASSWORD)
    dialog.submit()
    assert dialog.user is not None and dialog.user.username == "admin106"
    opened["engine"].dispose()  # type: ignore[attr-defined]
