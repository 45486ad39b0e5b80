"""Helpers shared by the commands: open a database, print JSON, report errors."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.db import make_session_factory, open_database


def ask_password(username: str) -> str:
    """Return the password of `username`: $YIZHAN_PASSWORD (scripts, tests) or asked for."""
    env = os.environ.get("YIZHAN_PASSWORD")
    if env is not None:
        return env
    import getpass

    return getpass.getpass(f"{username} 的密码：")


def desk_key(db: Path) -> bytes | None:
    """Return the data key of an encrypted desk (user from $YIZHAN_USER), None for a plain one."""
    from app.services import vault

    if not vault.is_encrypted(db):
        return None
    username = os.environ.get("YIZHAN_USER") or input("用户名：")
    return vault.unlock(db, username=username, password=ask_password(username)).key


def open_db(path: str | Path) -> tuple[Engine, sessionmaker[Session]]:
    """Open and migrate the SQLite database at `path`; return its engine and session factory.

    An encrypted desk asks for a user name and password first (or reads $YIZHAN_USER and
    $YIZHAN_PASSWORD).
    """
    from app.services import vault

    db = Path(path)
    key = desk_key(db)
    engine = open_database(db, backups_dir=db.resolve().parent / "backups", key=key)
    opened = vault.KeyVault(vault.key_path(db), key) if key is not None else None
    return engine, make_session_factory(engine, vault=opened)


def print_json(data: Any) -> None:
    """Print `data` as one line of UTF-8 JSON."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n")


def fail(message: str, code: int = 1) -> int:
    """Print `message` to stderr and return `code`."""
    sys.stderr.write(message.rstrip() + "\n")
    return code
