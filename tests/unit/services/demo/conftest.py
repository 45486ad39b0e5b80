"""A small demo database made once per module (fixed seed and clock)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.db import make_session_factory, open_database
from app.domain.demo import DemoSummary
from app.services.demo import generate_demo
from app.services.reference.loader import load_reference

NOW = datetime(2026, 11, 27, 6, 30, tzinfo=UTC)  # 14:30 in Asia/Shanghai
SEED = 7
CASES = 600


def make_demo(
    path: Path, *, cases: int = CASES, seed: int = SEED, org: str | None = None
) -> tuple[Engine, DemoSummary]:
    """Create a migrated database with reference data and a demo in it."""
    engine = open_database(path)
    factory = make_session_factory(engine)
    with factory.begin() as s:
        s.info["capture_outbox"] = False
        load_reference(s)
    summary = generate_demo(engine, cases=cases, seed=seed, org=org, now=NOW)
    return engine, summary


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    """Return the path and summary of a 600-case demo database."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    engine, summary = make_demo(path)
    engine.dispose()
    return path, summary
