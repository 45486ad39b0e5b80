"""Test harness: an in-process district server and client desks that sync with it."""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from app.db import make_session_factory, open_database
from app.domain.enums import CaseKind, Channel, EventType
from app.models import Case, Person, User
from app.models.base import utcnow
from app.server.admin import issue_code
from app.server.app import create_app
from app.server.db import make_server_engine, make_server_session_factory, upgrade_server_database
from app.server.settings import ServerSettings
from app.services.reference.setup import ensure_reference
from app.services.transfer.workflow import Actor, record
from app.sync import token_store
from app.sync.engine import CycleResult, SyncEngine
from app.sync.registration import register
from app.sync.transport import Transport

DEMO_ORG = "370911106"
OTHER_ORG = "370911107"
DISTRICT = "370911"
PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def pg_base_url() -> str | None:
    """Return the PostgreSQL URL to test against, or None when no server answers."""
    url = os.environ.get("TEST_DATABASE_URL", PG_DEFAULT)
    try:
        eng = create_engine(url, connect_args={"connect_timeout": 3})
        with eng.connect() as conn:
            conn.execute(text("SELECT 1"))
        eng.dispose()
    except Exception:  # any failure means "not reachable": skip
        return None
    return url


@contextmanager
def pg_schema(base_url: str) -> Iterator[str]:
    """Yield a URL whose connections use a fresh schema; drop the schema afterwards."""
    name = f"yz_test_{secrets.token_hex(4)}"
    admin = create_engine(base_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    sep = "&" if "?" in base_url else "?"
    try:
        yield f"{base_url}{sep}options=-csearch_path%3D{name},public"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        admin.dispose()


def sqlite_template(dir_: Path) -> Path:
    """Return a migrated, initialised server SQLite file to copy per test."""
    path = dir_ / "server-template.sqlite3"
    if not path.exists():
        eng = make_server_engine(f"sqlite:///{path}")
        upgrade_server_database(eng)
        eng.dispose()  # the last connection closing checkpoints the WAL into the file
    return path


@dataclass
class ServerHarness:
    """A server app in-process with a TestClient and a session factory on its database."""

    url: str
    engine: Engine
    factory: sessionmaker[Session]
    client: TestClient

    def issue_code(self, org: str) -> str:
        """Issue a one-time registration code."""
        with self.factory.begin() as s:
            return issue_code(s, org_code=org)

    def transport(self, token: str = "") -> Transport:
        """Return a transport talking to the in-process app."""
        return Transport("http://testserver", token, client=self.client)

    def close(self) -> None:
        """Release the app and its engine."""
        self.client.close()
        self.engine.dispose()


def make_server(url: str, **settings: Any) -> ServerHarness:
    """Start an in-process server on an (already migrated or empty) database."""
    engine = make_server_engine(url)
    app = create_app(ServerSettings(database_url=url, **settings), engine=engine)
    client = TestClient(app)
    return ServerHarness(url, engine, make_server_session_factory(engine), client)


def copy_sqlite(template: Path, dest: Path) -> str:
    """Copy the template server database; return its URL."""
    shutil.copy(template, dest)
    return f"sqlite:///{dest}"


ADMIN = Actor(user_id=None, name="测试管理员", role="admin", org_code=DEMO_ORG)


def server_user(
    server: ServerHarness, org: str, role: str = "admin", department_id: str | None = None
) -> User:
    """Return the district-made test user of `org` with `role` on the server (made once)."""
    username = f"t_{role}_{org}_{department_id or ''}"[:32]
    with server.factory.begin() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            user = User(
                username=username,
                display_name=f"测试{role}",
                role=role,
                owner_org=org,
                department_id=department_id,
            )
            s.add(user)
            s.flush()
        s.expunge(user)
        return user


def copy_user(factory: sessionmaker[Session], user: User) -> None:
    """Put the server's user row into a desk database, as a pull from the district would."""
    with factory.begin() as s:
        s.info["capture_outbox"] = False
        if s.get(User, user.id) is None:
            s.add(
                User(
                    id=user.id,
                    username=user.username,
                    display_name=user.display_name,
                    role=user.role,
                    owner_org=user.owner_org,
                    department_id=user.department_id,
                )
            )


@dataclass
class Desk:
    """One client installation (a laptop) registered with the harness server."""

    name: str
    org: str
    path: Path
    engine: Engine
    factory: sessionmaker[Session]
    server: ServerHarness
    token: str = ""
    device_code: str = ""
    actor: Actor = ADMIN

    def sync(self) -> CycleResult:
        """Run one sync cycle."""
        eng = SyncEngine(self.factory, transport_factory=lambda _u, t: self.server.transport(t))
        return eng.run_cycle()

    def add_person(self, name: str, phone: str = "") -> str:
        """Create a person; return the id."""
        with self.factory.begin() as s:
            p = Person(name=name, owner_org=self.org, phone=phone)
            s.add(p)
            s.flush()
            return p.id

    def new_case(self, summary: str = "邻里纠纷") -> str:
        """Register a case (case row + register and accept events); return its id."""
        with self.factory.begin() as s:
            seq = secrets.randbelow(10**6)
            case = Case(
                owner_org=self.org,
                case_no=f"{self.org[-3:]}-261127-{self.device_code}-{seq:06d}",
                query_code=f"{secrets.randbelow(10**6):06d}",
                kind=CaseKind.DISPUTE.value,
                channel=Channel.WALK_IN.value,
                received_at=utcnow(),
                summary=summary,
                device_code=self.device_code,
            )
            s.add(case)
            s.flush()
            due = (utcnow() + timedelta(days=30)).isoformat()
            record(
                s,
                case_id=case.id,
                type=EventType.REGISTER,
                actor=self.actor,
                payload={"due_at": due},
            )
            return case.id

    def record(self, case_id: str, type_: EventType, payload: dict[str, Any] | None = None) -> None:
        """Record one case event."""
        with self.factory.begin() as s:
            record(s, case_id=case_id, type=type_, actor=self.actor, payload=payload or {})

    def get(self, model: type[Any], id_: str) -> Any:
        """Return a detached row."""
        with self.factory() as s:
            return s.get(model, id_)

    def close(self) -> None:
        """Release the database."""
        self.engine.dispose()


def make_desk(server: ServerHarness, tmp: Path, name: str, org: str = DEMO_ORG) -> Desk:
    """Create a client database with reference data and register it with `server`."""
    path = tmp / f"{name}.sqlite3"
    engine = open_database(path)
    factory = make_session_factory(engine)
    with factory.begin() as s:
        ensure_reference(s)
    code = server.issue_code(org)
    reg = register(factory, server_url="http://testserver", code=code, transport=server.transport())
    with factory() as s:
        from app.sync.local import get_device

        dev = get_device(s)
        assert dev is not None
        token = token_store.load(dev.id, path, dev.token)
    user = server_user(server, org)
    copy_user(factory, user)
    actor = Actor(user_id=user.id, name=user.display_name, role=user.role, org_code=org)
    return Desk(name, org, path, engine, factory, server, token, reg.device_code, actor)


def hello_buckets(t: Transport) -> list[str]:
    """Return the buckets the server lists for the transport's device."""
    from app.sync.protocol import HelloRequest

    return [b.bucket for b in t.hello(HelloRequest(client_time=utcnow())).buckets]
