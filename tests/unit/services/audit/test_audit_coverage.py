"""Every sensitive act leaves an audit entry (#11 item 6): one row per act in SENSITIVE.

Each entry runs the act through the service the views call and checks that the newest entries
include the expected action. VIEW_CALLS pins that the views reach those services.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Person, User
from app.services import accounts, audit
from app.services.grid import excel
from app.services.intake.slips import record_print
from app.services.transfer import Actor
from app.services.transfer.duty_list import export_xlsx
from tests.conftest import DEMO_ORG
from tests.unit.services.transfer.helpers import make_case

PW = "Chuang2026!"
ROOT = Path(__file__).resolve().parents[4]


@pytest.fixture
def world(session_factory):
    with session_factory.begin() as s:
        admin = User(
            username="admin106",
            display_name="管理员",
            role="admin",
            owner_org=DEMO_ORG,
            password_hash=accounts.hash_password(PW),
        )
        desk = User(
            username="desk106",
            display_name="王丽",
            role="front_desk",
            owner_org=DEMO_ORG,
            password_hash=accounts.hash_password(PW),
        )
        person = Person(name="张三", owner_org=DEMO_ORG, id_number="370911199001011234")
        s.add_all([admin, desk, person])
        s.flush()
        case_id = make_case(s)
        return {
            "admin": Actor(user_id=admin.id, name="管理员", role="admin", org_code=DEMO_ORG),
            "desk": Actor(user_id=desk.id, name="王丽", role="front_desk", org_code=DEMO_ORG),
            "head": Actor(user_id=None, name="主任", role="supervisor", org_code=DEMO_ORG),
            "person": person.id,
            "case": case_id,
        }


def _duty_export(s, w):
    export_xlsx(s, io.BytesIO(), actor=w["desk"])


SENSITIVE = {
    "unmasked ID view": (
        "reveal",
        lambda s, w: audit.log_reveal(
            s, actor=w["desk"], entity="person", entity_id=w["person"], field="id_number"
        ),
    ),
    "audit export": ("export", lambda s, w: audit.export_csv(s, actor=w["head"], rows=[])),
    "grid roster export (IDs, phones)": (
        "export",
        lambda s, w: excel.export_roster(s, org_code=DEMO_ORG, out=io.BytesIO(), actor=w["head"]),
    ),
    "duty list export": ("export", _duty_export),
    "slip print": (
        "print",
        lambda s, w: record_print(
            s, case_id=w["case"], document="receipt", paper="A5", copies=1, actor=w["desk"]
        ),
    ),
    "grid/booking print": (
        "print",
        lambda s, w: audit.log_print(s, actor=w["head"], document="grid_roster", entity="grid"),
    ),
    "user switch": (
        "switch_user",
        lambda s, w: accounts.record_session_event(
            s, actor=w["desk"], action="switch_user", detail={"from": "a", "to": "b"}
        ),
    ),
    "lock": ("lock", lambda s, w: accounts.record_session_event(s, actor=w["desk"], action="lock")),
    "login failure": (
        "login_failed",
        lambda s, w: accounts.sign_in(s, org_code=DEMO_ORG, username="desk106", password="wrong"),
    ),
    "login": (
        "login",
        lambda s, w: accounts.sign_in(s, org_code=DEMO_ORG, username="desk106", password=PW),
    ),
    "admin: password reset": (
        "password_reset",
        lambda s, w: accounts.reset_password(
            s, actor=w["admin"], username="desk106", new="Xinmima2026!"
        ),
    ),
    "password change": (
        "password_change",
        lambda s, w: accounts.change_password(
            s, actor=w["desk"], old=PW, new="Xinmima2026!", confirm="Xinmima2026!"
        ),
    ),
    "admin: user role change": ("update", lambda s, w: _promote(s)),
}


def _promote(s):
    s.info["actor_user_id"] = "admin"
    s.scalars(select(User).where(User.username == "desk106")).one().role = "handler"
    s.flush()


@pytest.mark.parametrize("name", sorted(SENSITIVE))
def test_the_act_is_audited(session_factory, world, name):
    action, act = SENSITIVE[name]
    with session_factory.begin() as s:
        top = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)) or 0
        act(s, world)
        s.flush()
        new = s.scalars(select(AuditEntry).where(AuditEntry.seq > top)).all()
    assert action in {e.action for e in new}, f"{name}: no '{action}' entry"
    with session_factory() as s:
        assert audit.verify_chain(s).ok


# The views reach the audited services (a view that prints or reveals without them fails here).
VIEW_CALLS = {
    "app/views/intake/page.py": "audit.log_reveal(",
    "app/views/intake/slip_print.py": "slips.record_print(",
    "app/views/grid/page.py": "audit.log_print(",
    "app/views/bookings/page.py": "audit.log_print(",
    "app/views/grid/excel_io.py": "actor=actor",
    "app/views/transfer/duty_dialog.py": "export_xlsx(s, fh, actor=",
    "app/views/audit_dialog.py": "audit.export_csv(",
    "app/main.py": 'action="switch_user"',
}


@pytest.mark.parametrize("path", sorted(VIEW_CALLS))
def test_the_views_call_the_audited_services(path):
    assert VIEW_CALLS[path] in (ROOT / path).read_text(encoding="utf-8")
