"""`backup`: copy the live database into the rotating backup set (SQLite online backup)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import desk_key, fail
from app.services.backups import make_backup, rotate
from app.services.errors import DomainError


def register(sub: Any) -> None:
    """Add the `backup` command."""
    p: argparse.ArgumentParser = sub.add_parser("backup", help="备份本机数据库（可在运行中备份）")
    p.add_argument("--db", required=True, help="SQLite 数据库文件")
    p.add_argument("--dir", default=None, help="备份目录（默认：数据库旁的 backups）")
    p.add_argument("--daily", action="store_true", help="作为每日备份（保留7天、4周的轮换备份）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Make one verified backup and print its path."""
    db = Path(args.db)
    folder = Path(args.dir) if args.dir else db.resolve().parent / "backups"
    try:
        info = make_backup(db, folder, label="daily" if args.daily else "manual", key=desk_key(db))
    except DomainError as exc:
        return fail(exc.message)
    if args.daily:
        rotate(folder)
    print(f"{info.path}  {info.size:,} 字节  架构版本 {info.revision}")
    return 0
