"""`restore`: replace the database with a backup (refuses a file that is not a valid backup)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import desk_key, fail
from app.services.backups import restore, verify_backup
from app.services.errors import DomainError


def register(sub: Any) -> None:
    """Add the `restore` command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "restore", help="从备份恢复本机数据库（先关闭一站；当前数据库会先另存一份）"
    )
    p.add_argument("--db", required=True, help="要恢复的 SQLite 数据库文件")
    p.add_argument("--from", dest="source", required=True, help="备份文件")
    p.add_argument("--dir", default=None, help="备份目录（默认：数据库旁的 backups）")
    p.add_argument("--check", action="store_true", help="只检查备份文件，不恢复")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Check the backup, keep the current database aside, then restore."""
    db, source = Path(args.db), Path(args.source)
    folder = Path(args.dir) if args.dir else db.resolve().parent / "backups"
    try:
        key = desk_key(db)
        info = (
            verify_backup(source, key=key) if args.check else restore(source, db, folder, key=key)
        )
    except DomainError as exc:
        return fail(exc.message)
    made = info.created_at.isoformat(timespec="seconds")
    verb = "备份有效" if args.check else "已恢复"
    print(f"{verb}：{source.name}（{made}，来自 {info.source}，架构版本 {info.revision}）")
    return 0
