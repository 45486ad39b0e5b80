"""Users come from the district; a township changes only its own users' passwords (#11 item 1)."""

from __future__ import annotations

from sqlalchemy import select

from app.models import User
from app.models.sync_state import SyncConflict, SyncOutbox
from app.services import accounts
from app.services.transfer import Actor
from tests.conftest import DEMO_ORG
from tests.server.support import DISTRICT, OTHER_ORG

PW = "Chuang2026!"
NEW = "Xinmima2026!"


def _district_user(server, desk, org: str = DEMO_ORG, username: str = "wangli106") -> str:
    """The district makes a user (with a password) on its own desk and syncs it up."""
    district = desk(server, "district", DISTRICT)
    with district.factory.begin() as s:
        u = User(
            username=username,
            display_name="王丽",
            role="front_desk",
            owner_org=org,
            password_hash=accounts.hash_password(PW),
        )
        s.add(u)
        s.flush()
        user_id = u.id
    assert district.sync().ok
    return user_id


def test_a_district_made_user_reaches_the_townships_desks_and_signs_in(sqlite_server, desk):
    a = desk(sqlite_server, "a")
    other = desk(sqlite_server, "other", OTHER_ORG)
    user_id = _district_user(sqlite_server, desk)
    assert a.sync().ok and other.sync().ok
    with a.factory.begin() as s:
        view = accounts.authenticate(s, org_code=DEMO_ORG, username="wangli106", password=PW)
        assert view.user_id == user_id and view.role == "front_desk"
    assert other.get(User, user_id) is None  # another township's desk never gets it


def test_a_password_changed_on_one_desk_reaches_the_townships_other_desks(sqlite_server, desk):
    a = desk(sqlite_server, "a")
    b = desk(sqlite_server, "b")
    user_id = _district_user(sqlite_server, desk)
    assert a.sync().ok and b.sync().ok
    with a.factory.begin() as s:
        me = accounts.authenticate(s, org_code=DEMO_ORG, username="wangli106", password=PW)
        actor = Actor(user_id=me.user_id, name=me.display_name, role=me.role, org_code=DEMO_ORG)
        accounts.change_password(s, actor=actor, old=PW, new=NEW, confirm=NEW)
    result = a.sync()
    assert result.ok and result.message
    with a.factory() as s:
        assert not s.scalars(select(SyncConflict)).all()
    assert b.sync().ok
    with b.factory.begin() as s:
        accounts.authenticate(s, org_code=DEMO_ORG, username="wangli106", password=NEW)
    with sqlite_server.factory() as s:
        assert s.get(User, user_id).password_hash == b.get(User, user_id).password_hash


def test_a_township_cannot_change_another_townships_user_or_promote_its_own(sqlite_server, desk):
    a = desk(sqlite_server, "a")
    foreign = _district_user(sqlite_server, desk, OTHER_ORG, "zhangsan001")
    own = _district_user(sqlite_server, desk, DEMO_ORG, "lisi106")
    assert a.sync().ok
    # A desk of DEMO_ORG forges edits: another township's user (copied in), and its own user's role.
    with sqlite_server.factory() as s:
        theirs = s.get(User, foreign)
        s.expunge(theirs)
    from tests.server.support import copy_user

    copy_user(a.factory, theirs)
    with a.factory.begin() as s:
        s.execute(SyncOutbox.__table__.delete().where(SyncOutbox.entity_id == foreign))
    with a.factory.begin() as s:
        s.get(User, own).role = "admin"
    result = a.sync()
    with sqlite_server.factory() as s:
        assert s.get(User, own).role == "front_desk"
    with a.factory() as s:
        rejected = s.scalars(select(SyncOutbox).where(SyncOutbox.entity_id == own)).all()
        assert rejected[-1].result == "rejected"
    with a.factory.begin() as s:
        s.get(User, foreign).password_hash = accounts.hash_password(NEW)
    a.sync()
    with sqlite_server.factory() as s:
        assert accounts._verify(s.get(User, foreign).password_hash, PW)
    assert result is not None


def test_the_desks_first_admin_stays_local(sqlite_server, desk, tmp_path):
    a = desk(sqlite_server, "a")
    with a.factory.begin() as s:
        s.info["capture_outbox"] = False
        for u in s.scalars(select(User)).all():  # a fresh desk: no users yet
            s.delete(u)
    with a.factory.begin() as s:
        admin = accounts.set_first_password(s, org_code=DEMO_ORG, password=PW, confirm=PW)
        actor = Actor(user_id=admin.user_id, name="a", role="admin", org_code=DEMO_ORG)
        accounts.change_password(s, actor=actor, old=PW, new=NEW, confirm=NEW)
    with a.factory() as s:
        assert not s.scalars(select(SyncOutbox).where(SyncOutbox.entity == "user")).all()
    assert a.sync().ok
    with sqlite_server.factory() as s:
        assert s.scalar(select(User).where(User.username == admin.username)) is None
    assert admin.username == "admin106"
