"""Shared fixtures: a migrated temporary database with the shipped reference data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The documented test-only sign-in path (app.services.accounts.test_sign_in, build_test_context).
os.environ.setdefault("YIZHAN_TEST_SIGN_IN", "1")
# Never write test tokens into the developer's real keyring: tests that need one install their own.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from app.db import make_session_factory, open_database
from app.services.reference.loader import load_reference

DEMO_ORG = "370911106"  # 满庄镇


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """Return an engine on a fresh, migrated SQLite file."""
    eng = open_database(tmp_path / "test.sqlite3")
    yield eng
    eng.dispose()


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Return a session factory on a database holding the shipped reference data."""
    factory = make_session_factory(engine)
    with factory.begin() as s:
        s.info["capture_outbox"] = False
        load_reference(s)
    return factory


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip `slow` tests unless asked for: `-m slow` (or any -m naming it) or YIZHAN_SLOW=1."""
    if "slow" in (config.getoption("-m") or "") or os.environ.get("YIZHAN_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow: run with -m slow or YIZHAN_SLOW=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
