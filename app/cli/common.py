"""Helpers shared by the commands: open a database, print JSON, report errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.db import make_session_factory, open_database


def open_db(path: str | Path) -> tuple[Engine, sessionmaker[Session]]:
    """Open and migrate the SQLite database at `path`; return its engine and session factory."""
    db = Path(path)
    engine = open_database(db, backups_dir=db.resolve().parent / "backups")
    return engine, make_session_factory(engine)


def print_json(data: Any) -> None:
    """Print `data` as one line of UTF-8 JSON."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n")


def fail(message: str, code: int = 1) -> int:
    """Print `message` to stderr and return `code`."""
    sys.stderr.write(message.rstrip() + "\n")
    return code
