"""Data at rest (#11 item 5): the SQLCipher desk, its per-user key wraps, files and backups."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.db import make_session_factory, open_database
from app.models import AuditEntry, Case, User
from app.services import accounts, backups, vault
from app.services.common.attachments import read_stored, store_bytes, store_path
from app.services.reference.loader import load_reference
from app.services.transfer import Actor
from tests.conftest import DEMO_ORG

ADMIN_PW = "Guanli2026!"
CLERK_PW = "Chuang2026!"
MARKER = "欧阳娜娜370911199001011234"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    # argon2id at 8 MiB, 1 pass: the tests exercise the wrap, not its cost.
    monkeypatch.setattr(vault, "KDF", {"time_cost": 1, "memory_cost": 8 * 1024, "parallelism": 1})
    yield
    vault.set_active(None)


def _plain_desk(tmp_path: Path) -> Path:
    """A plain desk with an administrator, a clerk and a case naming a resident."""
    db = tmp_path / "yizhan.sqlite3"
    engine = open_database(db)
    factory = make_session_factory(engine)
    with factory.begin() as s:
        s.info["capture_outbox"] = False
        load_reference(s)
        for name, role, pw in (
            ("admin106", "admin", ADMIN_PW),
            ("desk106", "front_desk", CLERK_PW),
        ):
            s.add(
                User(
                    username=name,
                    display_name=name,
                    role=role,
                    owner_org=DEMO_ORG,
                    password_hash=accounts.hash_password(pw),
                )
            )
        s.flush()
        s.execute(text("INSERT INTO local_meta(key, value) VALUES ('marker', :m)"), {"m": MARKER})
    engine.dispose()
    return db


def _open(db: Path, username: str, password: str):
    opened = vault.unlock(db, username=username, password=password)
    engine = open_database(db, key=opened.key)
    return engine, make_session_factory(engine, vault=opened), opened


def test_encrypted_file_is_unreadable_without_the_key_and_opens_after_login(tmp_path):
    db = _plain_desk(tmp_path)
    opened = vault.enable_for(db, username="admin106", password=ADMIN_PW)
    assert vault.is_encrypted(db)
    raw = db.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert MARKER.encode() not in raw and "欧阳娜娜".encode() not in raw
    assert (vault.key_path(db).stat().st_mode & 0o777) == 0o600
    assert opened.key.hex() not in vault.key_path(db).read_text()
    # The sqlite3 shell (and Python's sqlite3) cannot read it.
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(str(db)).execute("SELECT count(*) FROM sqlite_master").fetchone()
    if shutil.which("sqlite3"):  # the sqlite3 shell, where installed
        shell = subprocess.run(
            ["sqlite3", str(db), "SELECT count(*) FROM sqlite_master"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert shell.returncode != 0 and "not a database" in shell.stderr
    engine, factory, _ = _open(db, "admin106", ADMIN_PW)
    with factory.begin() as s:
        assert s.execute(text("SELECT value FROM local_meta WHERE key='marker'")).scalar() == MARKER
        view = accounts.authenticate(s, org_code=DEMO_ORG, username="admin106", password=ADMIN_PW)
        assert view.role == "admin"
        # Search still works: FTS5 (trigram and unicode61) inside SQLCipher.
        s.execute(
            text("SELECT count(*) FROM party_text_fts WHERE party_text_fts MATCH :q"),
            {"q": "欧阳娜"},
        ).scalar()
        s.execute(
            text("SELECT count(*) FROM party_name_fts WHERE party_name_fts MATCH :q"),
            {"q": '"娜 娜"'},
        ).scalar()
        assert s.execute(select(Case).limit(1)).first() is None
    engine.dispose()


def test_wrong_password_or_unknown_user_cannot_unwrap_and_five_failures_lock(tmp_path):
    db = _plain_desk(tmp_path)
    vault.enable_for(db, username="admin106", password=ADMIN_PW)
    with pytest.raises(vault.VaultError, match="用户名或密码不正确"):
        vault.unlock(db, username="admin106", password="Wrong2026!")
    with pytest.raises(vault.VaultError, match="用户名或密码不正确"):
        vault.unlock(db, username="desk106", password=CLERK_PW)  # no wrap yet
    for _ in range(4):
        with pytest.raises(vault.VaultError):
            vault.unlock(db, username="admin106", password="Wrong2026!")
    with pytest.raises(vault.VaultError, match="锁定"):
        vault.unlock(db, username="admin106", password=ADMIN_PW)
    # A wrap moved under another user name does not open either (bound to the name).
    import json

    path = vault.key_path(db)
    data = json.loads(path.read_text())
    data["users"]["desk106"] = data["users"]["admin106"]
    data["failures"] = {}
    path.write_text(json.dumps(data))
    with pytest.raises(vault.VaultError):
        vault.unlock(db, username="desk106", password=ADMIN_PW)
    # The failures recorded while the file was closed reach the audit trail at the next opening.
    engine, factory, _ = _open(db, "admin106", ADMIN_PW)
    with factory.begin() as s:
        assert accounts.record_vault_failures(s, org_code=DEMO_ORG) >= 7
        failed = s.scalars(select(AuditEntry).where(AuditEntry.action == "login_failed")).all()
        assert {e.detail["reason"] for e in failed} >= {"wrong_password", "no_key", "locked"}
    engine.dispose()


def test_sign_in_on_the_open_desk_and_admin_reset_rewrap_the_key(tmp_path):
    db = _plain_desk(tmp_path)
    vault.enable_for(db, username="admin106", password=ADMIN_PW)
    engine, factory, opened = _open(db, "admin106", ADMIN_PW)
    with factory.begin() as s:
        # The clerk signs in through 切换用户 while the desk is open: their wrap is written.
        accounts.authenticate(s, org_code=DEMO_ORG, username="desk106", password=CLERK_PW)
    assert opened.users() == ["admin106", "desk106"]
    assert vault.unlock(db, username="desk106", password=CLERK_PW).key == opened.key
    with factory.begin() as s:
        admin = s.scalars(select(User).where(User.username == "admin106")).one()
        actor = Actor(user_id=admin.id, name="a", role="admin", org_code=DEMO_ORG)
        accounts.reset_password(s, actor=actor, username="desk106", new="Xinmima2026!")
    with pytest.raises(vault.VaultError):
        vault.unlock(db, username="desk106", password=CLERK_PW)
    assert vault.unlock(db, username="desk106", password="Xinmima2026!").key == opened.key
    engine.dispose()


def test_encrypted_backup_restores_only_with_the_desks_key(tmp_path):
    db = _plain_desk(tmp_path)
    vault.enable_for(db, username="admin106", password=ADMIN_PW)
    engine, factory, opened = _open(db, "admin106", ADMIN_PW)
    engine.dispose()
    folder = tmp_path / "backups"
    info = backups.make_backup(db, folder, key=opened.key)
    assert MARKER.encode() not in info.path.read_bytes()
    assert not info.path.read_bytes().startswith(b"SQLite format 3")
    assert Path(str(info.path) + ".key").is_file()
    with pytest.raises(backups.DomainError):
        backups.verify_backup(info.path)  # no key
    with pytest.raises(backups.DomainError):
        backups.verify_backup(info.path, key=b"\x01" * 32)  # another desk's key
    # Lose the data, restore it, read it back.
    engine, factory, _ = _open(db, "admin106", ADMIN_PW)
    with factory.begin() as s:
        s.execute(text("DELETE FROM local_meta WHERE key='marker'"))
    engine.dispose()
    backups.restore(info.path, db, folder, key=opened.key)
    engine, factory, _ = _open(db, "admin106", ADMIN_PW)
    with factory.begin() as s:
        assert s.execute(text("SELECT value FROM local_meta WHERE key='marker'")).scalar() == MARKER
    engine.dispose()


def test_attachments_are_encrypted_with_the_desks_key(tmp_path):
    db = _plain_desk(tmp_path)
    opened = vault.enable_for(db, username="admin106", password=ADMIN_PW)
    store = tmp_path / "attachments"
    vault.set_active(opened)
    stored = store_bytes(store, MARKER.encode(), filename="身份证.txt")
    assert MARKER.encode() not in store_path(store, stored.sha256).read_bytes()
    assert read_stored(store, stored.sha256) == MARKER.encode()
    vault.set_active(None)
    with pytest.raises(vault.VaultError):
        read_stored(store, stored.sha256)


def test_the_encrypt_command_and_commands_on_an_encrypted_desk(tmp_path, monkeypatch, capsys):
    from app.cli import main as cli_main
    from app.cli.common import open_db

    db = _plain_desk(tmp_path)
    monkeypatch.setenv("YIZHAN_PASSWORD", CLERK_PW)
    assert cli_main(["encrypt", "--db", str(db), "--user", "desk106"]) == 1  # not an admin
    assert "系统管理员" in capsys.readouterr().err and not vault.is_encrypted(db)
    monkeypatch.setenv("YIZHAN_PASSWORD", ADMIN_PW)
    assert cli_main(["encrypt", "--db", str(db), "--user", "admin106"]) == 0
    assert vault.is_encrypted(db)
    monkeypatch.setenv("YIZHAN_USER", "admin106")
    engine, factory = open_db(db)
    with factory() as s:
        assert s.execute(text("SELECT value FROM local_meta WHERE key='marker'")).scalar() == MARKER
    engine.dispose()
    assert cli_main(["backup", "--db", str(db)]) == 0
    made = next((tmp_path / "backups").glob("*-manual.sqlite3"))
    assert cli_main(["restore", "--db", str(db), "--from", str(made), "--check"]) == 0
    monkeypatch.setenv("YIZHAN_PASSWORD", "Wrong2026!")
    assert cli_main(["backup", "--db", str(db)]) == 1
