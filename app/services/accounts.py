"""Signing in: passwords (argon2), lockout, password change and reset, the first-run password.

A desk is shared by the staff of one township. Each user signs in with their user name and
password; five wrong passwords lock the account on this desk for `LOCKOUT`. The first run on a
database where nobody of this township has a password asks the administrator to set one. A demo
database (`python -m app.cli demo`) remembers its shared password in `local_meta`, and only such
a database shows it on the login screen.

Every sign-in, failed sign-in, lock, unlock, sign-out, password change and reset is written to
the audit trail (app.services.audit).

Test-only path: `test_sign_in()` (used by `python -m app --self-test`) returns a user without a
password, and only on a database whose passwords are no secret: a demo database, or one where
nobody has a password yet. GUI tests build their context with
`app.views.context.build_test_context`, which refuses unless `YIZHAN_TEST_SIGN_IN=1`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.accounts import UserView
from app.domain.enums import Role
from app.domain.permissions import Action
from app.models import LocalMeta, LoginState, User
from app.models.base import utcnow
from app.services import audit
from app.services.errors import DomainError, Forbidden, ValidationError
from app.services.permissions import ActorLike, require
from app.services.reference.setup import list_users, user_view

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD = 8
MAX_PASSWORD = 128
DEMO_KEY = "demo_password"


class LoginError(DomainError):
    """A sign-in was refused; the message never says whether the user name exists."""


@dataclass(frozen=True)
class LoginScreen:
    """What the login screen needs to know about this database."""

    org_code: str
    needs_first_password: bool  # nobody of this township has a password yet
    admin_username: str  # the account the first password is for
    demo_password: str | None  # only on a demo database
    demo_username: str  # a demo front-desk account to suggest ("" elsewhere)


def hash_password(password: str) -> str:
    """Return the argon2id hash of `password`."""
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password)


def _verify(stored: str, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    if not stored:
        return False
    try:
        return PasswordHasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def check_new_password(password: str, *, username: str = "") -> None:
    """Raise ValidationError unless `password` is acceptable as a new password."""
    if len(password) < MIN_PASSWORD:
        raise ValidationError({"password": "密码至少8位"})
    if len(password) > MAX_PASSWORD:
        raise ValidationError({"password": "密码不能超过128位"})
    if password.isdigit() or password.isalpha():
        raise ValidationError({"password": "密码须同时包含字母和数字或符号"})
    if username and username.lower() in password.lower():
        raise ValidationError({"password": "密码不能包含用户名"})


def _local_users(session: Session, org_code: str) -> list[User]:
    stmt = select(User).where(
        User.active.is_(True),
        User.deleted_at.is_(None),
        User.owner_org.in_([org_code, org_code[:6]]),
    )
    return list(session.scalars(stmt.order_by(User.role, User.username)))


def demo_password(session: Session) -> str | None:
    """Return the shared password of a demo database, None on any other database."""
    row = session.get(LocalMeta, DEMO_KEY)
    return row.value if row is not None and row.value else None


def mark_demo(session: Session, *, password: str) -> None:
    """Remember that this database is a demo whose accounts share `password`."""
    row = session.get(LocalMeta, DEMO_KEY)
    if row is None:
        session.add(LocalMeta(key=DEMO_KEY, value=password))
    else:
        row.value = password
    session.flush()


def login_screen(session: Session, *, org_code: str) -> LoginScreen:
    """Return what the login screen shows for this database and township."""
    users = _local_users(session, org_code)
    has_password = any(u.password_hash for u in users)
    admin = next((u for u in users if u.role == Role.ADMIN.value and u.owner_org == org_code), None)
    demo = demo_password(session)
    desk = next(
        (u for u in users if u.role == Role.FRONT_DESK.value and u.owner_org == org_code), None
    )
    return LoginScreen(
        org_code=org_code,
        needs_first_password=not has_password,
        admin_username=admin.username if admin else f"admin{org_code[-3:]}",
        demo_password=demo,
        demo_username=desk.username if demo and desk else "",
    )


def set_first_password(session: Session, *, org_code: str, password: str, confirm: str) -> UserView:
    """Give this township's administrator a password on a database where nobody has one yet.

    A fresh database gets a local administrator account first.
    """
    screen = login_screen(session, org_code=org_code)
    if not screen.needs_first_password:
        raise Forbidden("本机已设置过密码，请用账号登录")
    if password != confirm:
        raise ValidationError({"confirm": "两次输入的密码不一致"})
    check_new_password(password, username=screen.admin_username)
    admin = session.scalars(select(User).where(User.username == screen.admin_username)).first()
    if admin is None:
        # A local account of this desk only: townships do not create users on the district
        # (users come from the district as reference data), so it is never pushed.
        admin = User(
            username=screen.admin_username,
            display_name="本机管理员",
            role=Role.ADMIN.value,
            owner_org=org_code,
            window_name="",
            password_hash=hash_password(password),
        )
        previous = session.info.get("capture_outbox", True)
        session.info["capture_outbox"] = False
        try:
            session.add(admin)
            session.flush()
        finally:
            session.info["capture_outbox"] = previous
    else:
        _set_password_hash(session, admin, password)
    view = user_view(admin)
    audit.log(session, action="first_password", entity="user", entity_id=admin.id, user=view)
    return view


def _set_password_hash(session: Session, user: User, password: str) -> None:
    """Store a new password hash; a user the district never confirmed stays local (no push).

    Townships cannot create users on the district (app.server.authz), so a user row at version 0
    is this desk's own first administrator: pushing its password would only be refused.
    """
    user.password_hash = hash_password(password)
    if user.version:
        session.flush()
        return
    previous = session.info.get("capture_outbox", True)
    session.info["capture_outbox"] = False
    try:
        session.flush()
    finally:
        session.info["capture_outbox"] = previous


def _rewrap(session: Session, user: User, password: str) -> None:
    """On an encrypted desk, (re-)wrap its data key for `user` under `password` (just checked)."""
    vault = session.info.get("vault")
    if vault is not None:
        vault.wrap(username=user.username, user_id=user.id, password=password)


def record_vault_failures(session: Session, *, org_code: str) -> int:
    """Audit the failed unwraps the key file counted while the database was closed."""
    vault = session.info.get("vault")
    if vault is None:
        return 0
    pending = vault.take_pending_failures()
    for p in pending:
        name = str(p.get("username", ""))[:32]
        user = session.scalars(select(User).where(User.username == name)).first()
        audit.log(
            session,
            action="login_failed",
            entity="user",
            entity_id=user.id if user else None,
            org_code=org_code,
            detail={"username": name, "reason": p.get("reason"), "at": p.get("at"), "desk": "key"},
        )
    return len(pending)


def _state(session: Session, user_id: str) -> LoginState:
    state = session.get(LoginState, user_id)
    if state is None:
        state = LoginState(user_id=user_id, failures=0)
        session.add(state)
    return state


def authenticate(
    session: Session,
    *,
    org_code: str,
    username: str,
    password: str,
    now: datetime | None = None,
) -> UserView:
    """Return the user if the password is right; count failures and lock after five.

    Raise LoginError otherwise (the same message for an unknown name and a wrong password). The
    caller must commit even when this raises, so failures are counted: the views call
    `sign_in`, which returns the refusal instead of raising it.
    """
    now = now or utcnow()
    name = username.strip()
    user = session.scalars(
        select(User).where(User.username == name, User.deleted_at.is_(None))
    ).first()
    if user is None or not user.active or user.owner_org not in (org_code, org_code[:6]):
        audit.log(
            session,
            action="login_failed",
            entity="user",
            entity_id=None,
            org_code=org_code,
            detail={"username": name[:32], "reason": "unknown"},
        )
        raise LoginError("用户名或密码不正确")
    state = _state(session, user.id)
    if state.locked_until is not None and state.locked_until > now:
        minutes = max(1, int((state.locked_until - now).total_seconds() // 60) + 1)
        audit.log(
            session,
            action="login_failed",
            entity="user",
            entity_id=user.id,
            org_code=org_code,
            detail={"username": name, "reason": "locked"},
        )
        raise LoginError("连续输错密码次数过多，账号已锁定，请{minutes}分钟后再试", minutes=minutes)
    if not _verify(user.password_hash, password):
        state.failures = (state.failures or 0) + 1
        reason = "wrong_password" if user.password_hash else "no_password"
        detail: dict[str, object] = {"username": name, "reason": reason, "failures": state.failures}
        if state.failures >= MAX_FAILURES:
            state.locked_until = now + LOCKOUT
            state.failures = 0
            detail["locked_until"] = state.locked_until.isoformat()
        session.flush()
        audit.log(
            session,
            action="login_failed",
            entity="user",
            entity_id=user.id,
            org_code=org_code,
            detail=detail,
        )
        if state.locked_until is not None and state.locked_until > now:
            raise LoginError(
                "连续{n}次输错密码，账号已锁定{minutes}分钟",
                n=MAX_FAILURES,
                minutes=int(LOCKOUT.total_seconds() // 60),
            )
        if not user.password_hash:
            raise LoginError("该账号尚未设置密码，请联系系统管理员重置密码")
        left = MAX_FAILURES - state.failures
        raise LoginError("用户名或密码不正确（再错{left}次将锁定账号）", left=left)
    state.failures = 0
    state.locked_until = None
    state.last_login_at = now
    session.flush()
    _rewrap(session, user, password)
    view = user_view(user)
    audit.log(session, action="login", entity="user", entity_id=user.id, user=view)
    return view


@dataclass(frozen=True)
class SignIn:
    """The outcome of a sign-in attempt: the user, or the refusal to show."""

    user: UserView | None
    error: LoginError | None


def sign_in(session: Session, *, org_code: str, username: str, password: str) -> SignIn:
    """Try to sign in; return the refusal rather than raise it, so its audit entry commits."""
    try:
        return SignIn(
            authenticate(session, org_code=org_code, username=username, password=password), None
        )
    except LoginError as exc:
        return SignIn(None, exc)


def change_password(
    session: Session, *, actor: ActorLike, old: str, new: str, confirm: str
) -> None:
    """Change the signed-in user's own password after checking the old one."""
    user = session.get(User, actor.user_id) if actor.user_id else None
    if user is None:
        raise Forbidden("请先登录")
    errors: dict[str, str] = {}
    if not _verify(user.password_hash, old):
        errors["old"] = "原密码不正确"
    if new != confirm:
        errors["confirm"] = "两次输入的新密码不一致"
    if errors:
        raise ValidationError(errors)
    check_new_password(new, username=user.username)
    if _verify(user.password_hash, new):
        raise ValidationError({"password": "新密码不能与原密码相同"})
    _set_password_hash(session, user, new)
    _rewrap(session, user, new)
    audit.log(session, action="password_change", entity="user", entity_id=user.id, actor=actor)


def reset_password(session: Session, *, actor: ActorLike, username: str, new: str) -> UserView:
    """Set another user's password (administrator only) and lift any lockout on this desk."""
    user = session.scalars(select(User).where(User.username == username.strip())).first()
    if user is None or user.deleted_at is not None:
        raise ValidationError({"username": "没有这个用户"})
    require(actor, Action.RESET_PASSWORD, org_code=user.owner_org)
    check_new_password(new, username=user.username)
    _set_password_hash(session, user, new)
    state = session.get(LoginState, user.id)
    if state is not None:
        state.failures = 0
        state.locked_until = None
    session.flush()
    _rewrap(session, user, new)
    audit.log(
        session,
        action="password_reset",
        entity="user",
        entity_id=user.id,
        actor=actor,
        detail={"username": user.username},
    )
    return user_view(user)


def resettable_users(session: Session, *, actor: ActorLike) -> list[UserView]:
    """Return the accounts whose password `actor` may reset (administrators only)."""
    require(actor, Action.RESET_PASSWORD)
    return [u for u in list_users(session, org_code=actor.org_code) if u.user_id != actor.user_id]


def record_session_event(
    session: Session, *, actor: ActorLike, action: str, detail: dict[str, object] | None = None
) -> None:
    """Audit a lock, unlock, sign-out or user switch on this desk."""
    if action not in ("lock", "unlock", "logout", "switch_user"):
        raise ValueError(action)
    audit.log(
        session,
        action=action,
        entity="user",
        entity_id=actor.user_id,
        actor=actor,
        detail=detail or {},
    )


def test_sign_in(session: Session, *, org_code: str, username: str | None = None) -> UserView:
    """TEST-ONLY: return a user without a password (the self-test signs in with it).

    Refused on a database where anyone has a password, unless it is a demo database (whose
    password the login screen shows anyway). Without `username` it picks this township's first
    front-desk user, then a supervisor or administrator; a fresh database gets a local
    administrator.
    """
    screen = login_screen(session, org_code=org_code)
    if not (screen.demo_password or screen.needs_first_password):
        raise Forbidden("本机已设置密码，自检和测试登录只能用于示例数据库或新数据库")
    from app.services.reference.setup import sign_in_user

    view = sign_in_user(session, org_code=org_code, username=username)
    audit.log(
        session,
        action="login",
        entity="user",
        entity_id=view.user_id,
        user=view,
        detail={"test_sign_in": True},
    )
    return view
