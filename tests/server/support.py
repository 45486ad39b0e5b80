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
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from app.db import make_session_factory, open_database
from app.domain.enums import CaseKind, Channel, EventType
from app.models import Case, Person
from app.models.base import utcnow
from app.server.admin import issue_code
from app.server.app import create_app
from app.server.db import make_server_engine, make_server_session_factory, upgrade_server_database
from app.server.settings import ServerSettings
from app.services.reference.setup import ensure_reference
from app.services.transfer.workflow import Actor, record
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
                s, case_id=case.id, type=EventType.REGISTER, actor=ADMIN, payload={"due_at": due}
            )
            return case.id

    def record(self, case_id: str, type_: EventType, payload: dict[str, Any] | None = None) -> None:
        """Record one case event."""
        with self.factory.begin() as s:
            record(s, case_id=case_id, type=type_, actor=ADMIN, payload=payload or {})

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
        token = dev.token
    return Desk(name, org, path, engine, factory, server, token, reg.device_code)


def hello_buckets(t: Transport) -> list[str]:
    """Return the buckets the server lists for the transport's device."""
    from app.sync.protocol import HelloRequest

    return [b.bucket for b in t.hello(HelloRequest(client_time=utcnow())).buckets]
