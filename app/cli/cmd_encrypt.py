"""`encrypt`: turn a plain desk database into an encrypted one (SQLCipher; docs/SECURITY.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import ask_password, fail
from app.services import vault
from app.services.errors import DomainError


def register(sub: Any) -> None:
    """Add the `encrypt` command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "encrypt", help="加密本机数据库（先关闭一站；需要系统管理员的用户名和密码）"
    )
    p.add_argument("--db", required=True, help="SQLite 数据库文件")
    p.add_argument("--user", required=True, help="系统管理员的用户名")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Check the administrator's password, encrypt the file and write its key file."""
    db = Path(args.db)
    password = ask_password(args.user)
    try:
        opened = vault.enable_for(db, username=args.user, password=password)
    except DomainError as exc:
        return fail(exc.message)
    print(
        f"已加密：{db}（密钥文件 {opened.path.name}；其他用户登录一次或由管理员重置密码后即可打开）"
    )
    return 0
