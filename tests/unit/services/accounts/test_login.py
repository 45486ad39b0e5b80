"""Signing in: passwords, lockout after five failures, first password, demo password, audit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.models import AuditEntry, User
from app.models.base import utcnow
from app.services import accounts, audit
from app.services.accounts import LoginError
from app.services.errors import Forbidden, ValidationError
from app.services.transfer import Actor
from tests.conftest import DEMO_ORG

PASSWORD = "Chuang2026!"


def _user(s, username: str, role: str = "front_desk", password: str = PASSWORD) -> User:
    u = User(
        username=username,
        display_name=username,
        role=role,
        owner_org=DEMO_ORG,
        password_hash=accounts.hash_password(password) if password else "",
    )
    s.add(u)
    s.flush()
    return u


def _actor(u: User) -> Actor:
    return Actor(user_id=u.id, name=u.display_name, role=u.role, org_code=u.owner_org)


def _actions(s) -> list[str]:
    return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_right_password_signs_in_and_wrong_one_is_refused_the_same_as_unknown(session_factory):
    with session_factory.begin() as s:
        _user(s, "desk1")
        view = accounts.authenticate(s, org_code=DEMO_ORG, username="desk1", password=PASSWORD)
        assert view.username == "desk1"
        with pytest.raises(LoginError) as wrong:
            accounts.authenticate(s, org_code=DEMO_ORG, username="desk1", password="nope")
        with pytest.raises(LoginError) as unknown:
            accounts.authenticate(s, org_code=DEMO_ORG, username="ghost", password="nope")
        assert wrong.value.message.startswith("用户名或密码不正确")
        assert unknown.value.message == "用户名或密码不正确"
        assert _actions(s)[-3:] == ["login", "login_failed", "login_failed"]


def test_five_failures_lock_the_account_even_for_the_right_password(session_factory):
    now = utcnow()
    with session_factory.begin() as s:
        _user(s, "desk1")
    for _ in range(5):
        with session_factory.begin() as s, pytest.raises(LoginError) as err:
            accounts.authenticate(s, org_code=DEMO_ORG, username="desk1", password="bad", now=now)
    assert "已锁定" in err.value.message
    with session_factory.begin() as s, pytest.raises(LoginError) as locked:
        accounts.authenticate(s, org_code=DEMO_ORG, username="desk1", password=PASSWORD, now=now)
    assert "锁定" in locked.value.message
    later = now + accounts.LOCKOUT + timedelta(seconds=1)
    with session_factory.begin() as s:
        accounts.authenticate(s, org_code=DEMO_ORG, username="desk1", password=PASSWORD, now=later)


def test_other_townships_users_cannot_sign_in_here(session_factory):
    with session_factory.begin() as s:
        u = _user(s, "elsewhere")
        u.owner_org = "370911001"
        s.flush()
        with pytest.raises(LoginError):
            accounts.authenticate(s, org_code=DEMO_ORG, username="elsewhere", password=PASSWORD)


def test_first_run_makes_the_admin_set_a_password(session_factory):
    with session_factory.begin() as s:
        screen = accounts.login_screen(s, org_code=DEMO_ORG)
        assert screen.needs_first_password and screen.demo_password is None
        with pytest.raises(ValidationError):
            accounts.set_first_password(s, org_code=DEMO_ORG, password="short", confirm="short")
        admin = accounts.set_first_password(
            s, org_code=DEMO_ORG, password=PASSWORD, confirm=PASSWORD
        )
        assert admin.role == "admin"
        assert not accounts.login_screen(s, org_code=DEMO_ORG).needs_first_password
        with pytest.raises(Forbidden):
            accounts.set_first_password(s, org_code=DEMO_ORG, password=PASSWORD, confirm=PASSWORD)
        accounts.authenticate(s, org_code=DEMO_ORG, username=admin.username, password=PASSWORD)


def test_demo_password_is_shown_only_on_a_demo_database(session_factory):
    with session_factory.begin() as s:
        _user(s, "desk1", password="demo1234")
        assert accounts.login_screen(s, org_code=DEMO_ORG).demo_password is None
        accounts.mark_demo(s, password="demo1234")
        screen = accounts.login_screen(s, org_code=DEMO_ORG)
        assert (screen.demo_password, screen.demo_username) == ("demo1234", "desk1")


def test_change_password_needs_the_old_one(session_factory):
    with session_factory.begin() as s:
        u = _user(s, "desk1")
        with pytest.raises(ValidationError) as err:
            accounts.change_password(
                s, actor=_actor(u), old="wrong", new="Neu2026pass", confirm="Neu2026pass"
            )
        assert "old" in err.value.errors
        accounts.change_password(
            s, actor=_actor(u), old=PASSWORD, new="Neu2026pass", confirm="Neu2026pass"
        )
        accounts.authenticate(s, org_code=DEMO_ORG, username="desk1", password="Neu2026pass")


def test_only_an_admin_resets_and_reset_lifts_the_lockout(session_factory):
    now = utcnow()
    with session_factory.begin() as s:
        desk = _user(s, "desk1")
        admin = _user(s, "admin106", role="admin")
    for _ in range(5):
        with session_factory.begin() as s, pytest.raises(LoginError):
            accounts.authenticate(s, org_code=DEMO_ORG, username="desk1", password="x", now=now)
    with session_factory.begin() as s:
        with pytest.raises(Forbidden):
            accounts.reset_password(s, actor=_actor(desk), username="admin106", new="Hack2026!")
        accounts.reset_password(s, actor=_actor(admin), username="desk1", new="Reset2026!")
        accounts.authenticate(
            s, org_code=DEMO_ORG, username="desk1", password="Reset2026!", now=now
        )
        assert "password_reset" in _actions(s)


def test_test_sign_in_only_where_passwords_are_no_secret(session_factory):
    with session_factory.begin() as s:
        assert accounts.test_sign_in(s, org_code=DEMO_ORG).role == "admin"  # fresh database
        _user(s, "desk1")
        with pytest.raises(Forbidden):
            accounts.test_sign_in(s, org_code=DEMO_ORG)
        accounts.mark_demo(s, password="demo1234")
        assert accounts.test_sign_in(s, org_code=DEMO_ORG).username == "desk1"


def test_audit_chain_holds_and_a_changed_entry_breaks_it(session_factory):
    with session_factory.begin() as s:
        _user(s, "desk1")
        accounts.authenticate(s, org_code=DEMO_ORG, username="desk1", password=PASSWORD)
        with pytest.raises(LoginError):
            accounts.authenticate(s, org_code=DEMO_ORG, username="desk1", password="bad")
    with session_factory.begin() as s:
        check = audit.verify_chain(s)
        assert check.ok and check.entries >= 3
        victim = s.scalars(select(AuditEntry).where(AuditEntry.action == "login_failed")).one()
        victim.detail = {"username": "someone else"}
    with session_factory.begin() as s:
        check = audit.verify_chain(s)
        assert not check.ok and check.first_bad_seq == victim.seq


def test_sign_in_returns_the_refusal_so_the_failure_is_counted(session_factory):
    with session_factory.begin() as s:
        _user(s, "desk1")
    with session_factory.begin() as s:
        out = accounts.sign_in(s, org_code=DEMO_ORG, username="desk1", password="bad")
    assert out.user is None and "再错4次" in out.error.message
    with session_factory.begin() as s:
        out = accounts.sign_in(s, org_code=DEMO_ORG, username="desk1", password="bad")
    assert "再错3次" in out.error.message


def test_the_first_run_admin_is_local_and_never_pushed(session_factory):
    from app.models import SyncOutbox

    with session_factory.begin() as s:
        accounts.set_first_password(s, org_code=DEMO_ORG, password=PASSWORD, confirm=PASSWORD)
        assert s.scalars(select(SyncOutbox).where(SyncOutbox.entity == "user")).all() == []
        assert "first_password" in _actions(s)
