"""Fixtures: a district server on SQLite and on PostgreSQL, and client desks registered with it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.server.support import (
    DEMO_ORG,
    Desk,
    ServerHarness,
    copy_sqlite,
    make_desk,
    make_server,
    pg_base_url,
    pg_schema,
    sqlite_template,
)


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sqlite_template(tmp_path_factory.mktemp("server-template"))


@pytest.fixture(scope="session")
def _pg_url() -> str | None:
    return pg_base_url()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server(
    request: pytest.FixtureRequest, tmp_path: Path, _sqlite_template: Path, _pg_url: str | None
) -> Iterator[ServerHarness]:
    """Yield a fresh in-process server on SQLite, and again on PostgreSQL (own schema)."""
    if request.param == "sqlite":
        harness = make_server(copy_sqlite(_sqlite_template, tmp_path / "server.sqlite3"))
        yield harness
        harness.close()
        return
    if _pg_url is None:
        pytest.skip("PostgreSQL not reachable (set TEST_DATABASE_URL): server test skipped")
    with pg_schema(_pg_url) as url:
        harness = make_server(url)
        yield harness
        harness.close()


@pytest.fixture
def sqlite_server(tmp_path: Path, _sqlite_template: Path) -> Iterator[ServerHarness]:
    """Yield a fresh in-process server on SQLite only."""
    harness = make_server(copy_sqlite(_sqlite_template, tmp_path / "server.sqlite3"))
    yield harness
    harness.close()


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Callable[..., Desk]]:
    """Yield a maker of registered client desks; closes them afterwards."""
    made: list[Desk] = []

    def make(server: ServerHarness, name: str, org: str = DEMO_ORG) -> Desk:
        d = make_desk(server, tmp_path, name, org)
        made.append(d)
        return d

    yield make
    for d in made:
        d.close()
