"""First-run and start-up work: reference data, this device's row, the user to sign in."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.accounts import DeviceView, UserView
from app.domain.enums import RegionLevel, Role
from app.domain.ids import reference_id, uuid7
from app.domain.permissions import Action
from app.models import Case, LocalMeta, Region, SyncDevice, User
from app.services.errors import DomainError, NotFound
from app.services.permissions import ActorLike, require
from app.services.reference.loader import load_reference

# Local device codes before registration start with "L": the server hands out letters A–Z…,
# so a case numbered offline before registration can never collide with a registered device's.
LOCAL_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def ensure_reference(session: Session) -> int:
    """Load any missing shipped reference rows; return how many were added."""
    previous = session.info.get("capture_outbox", True)
    session.info["capture_outbox"] = False
    try:
        return sum(load_reference(session).added.values())
    finally:
        session.info["capture_outbox"] = previous


def ensure_device(session: Session, *, org_code: str) -> DeviceView:
    """Return this installation's device row, creating an unregistered one for `org_code`."""
    device = session.scalars(select(SyncDevice)).first()
    if device is None:
        if session.scalar(select(Region.id).where(Region.code == org_code)) is None:
            raise NotFound("没有代码为 {code} 的镇街", code=org_code)
        code = "L" + "".join(secrets.choice(LOCAL_CODE_ALPHABET) for _ in range(3))
        device = SyncDevice(id=uuid7(), org_code=org_code, device_code=code)
        session.add(device)
        session.flush()
    return DeviceView(
        device_id=device.id,
        org_code=device.org_code,
        device_code=device.device_code,
        registered=device.registered_at is not None,
    )


def user_view(u: User) -> UserView:
    """Return the screen view of a user row."""
    return UserView(
        user_id=u.id,
        username=u.username,
        display_name=u.display_name,
        role=u.role,
        org_code=u.owner_org,
        department_id=u.department_id,
        window_name=u.window_name,
    )


def list_users(session: Session, *, org_code: str | None = None) -> list[UserView]:
    """Return the active users (of one township, plus district users, when org_code is given)."""
    stmt = select(User).where(User.active.is_(True), User.deleted_at.is_(None))
    if org_code:
        stmt = stmt.where(User.owner_org.in_([org_code, org_code[:6]]))
    return [user_view(u) for u in session.scalars(stmt.order_by(User.role, User.username))]


def sign_in_user(session: Session, *, org_code: str, username: str | None = None) -> UserView:
    """Return the user to start with: `username` if given, else the first front-desk user.

    A fresh database without users gets a local administrator so the app is usable at once.
    """
    if username:
        user = session.scalars(select(User).where(User.username == username)).first()
        if user is None:
            raise NotFound("没有用户 {name}", name=username)
        return user_view(user)
    users = list_users(session, org_code=org_code)
    for wanted in (Role.FRONT_DESK, Role.SUPERVISOR, Role.ADMIN):
        for u in users:
            if u.role == wanted and u.org_code == org_code:
                return u
    if users:
        return users[0]
    admin = User(
        # The same id on every fresh desk of a township: two desks' first administrators are
        # one user to the server (merged), never two rows fighting over one user name.
        id=reference_id("first-admin", org_code),
        username=f"admin{org_code[-3:]}",
        display_name="本机管理员",
        role=Role.ADMIN,
        owner_org=org_code,
        window_name="1号窗口",
    )
    previous = session.info.get("capture_outbox", True)
    session.info["capture_outbox"] = False  # a local account of this desk: never pushed
    try:
        session.add(admin)
        session.flush()
    finally:
        session.info["capture_outbox"] = previous
    return user_view(admin)


# --- the first-run guide --------------------------------------------------------------------

GUIDE_KEY = "first_run_guide"  # local_meta: set once the guide was finished or skipped


@dataclass(frozen=True)
class FirstRunState:
    """What the first-run guide needs: whether to show, this desk's township, the choices."""

    show: bool
    org_code: str
    registered: bool
    towns: tuple[tuple[str, str], ...]  # (code, name)


def first_run_state(session: Session) -> FirstRunState:
    """Return whether the guide is due: a new desk (no demo, no cases, not registered) that
    has not finished or skipped it."""
    device = session.scalars(select(SyncDevice)).first()
    org = device.org_code if device else ""
    registered = bool(device and device.registered_at is not None)
    towns = tuple(
        (code, name)
        for code, name in session.execute(
            select(Region.code, Region.name)
            .where(Region.level == RegionLevel.TOWN.value, Region.deleted_at.is_(None))
            .order_by(Region.code)
        )
    )
    demo = session.get(LocalMeta, "demo_password") is not None
    has_cases = session.scalar(select(Case.id).limit(1)) is not None
    done = session.get(LocalMeta, GUIDE_KEY) is not None
    return FirstRunState(
        show=not (demo or has_cases or registered or done),
        org_code=org,
        registered=registered,
        towns=towns,
    )


def finish_first_run(session: Session, *, outcome: str) -> None:
    """Remember that the guide was finished or skipped (`outcome`): it is not shown again."""
    row = session.get(LocalMeta, GUIDE_KEY)
    if row is None:
        session.add(LocalMeta(key=GUIDE_KEY, value=outcome))
    else:
        row.value = outcome


def set_desk_township(session: Session, *, org_code: str, actor: ActorLike) -> DeviceView:
    """Move a new desk to another township (before it holds cases or is registered).

    The desk's local accounts move with it; the change shows after the next sign-in.
    """
    require(actor, Action.RESET_PASSWORD)  # the desk's administrators
    device = session.scalars(select(SyncDevice)).first()
    if device is None:
        raise NotFound("本机尚未初始化")
    if (
        session.scalar(
            select(Region.id).where(Region.code == org_code, Region.level == RegionLevel.TOWN.value)
        )
        is None
    ):
        raise NotFound("没有代码为 {code} 的镇街", code=org_code)
    if device.registered_at is not None:
        raise DomainError("本机已注册到区级服务器，不能再更改所属镇街")
    if session.scalar(select(Case.id).limit(1)) is not None:
        raise DomainError("本机已有案件，不能再更改所属镇街")
    old = device.org_code
    device.org_code = org_code
    previous = session.info.get("capture_outbox", True)
    session.info["capture_outbox"] = False  # local accounts of this desk: never pushed
    try:
        for user in session.scalars(select(User).where(User.owner_org == old)):
            user.owner_org = org_code
        session.flush()
    finally:
        session.info["capture_outbox"] = previous
    return DeviceView(
        device_id=device.id,
        org_code=device.org_code,
        device_code=device.device_code,
        registered=False,
    )
