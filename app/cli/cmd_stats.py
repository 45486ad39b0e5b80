"""`stats`: count what a database holds."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import open_db, print_json
from app.services.reports.stats import table_counts


def register(sub: Any) -> None:
    """Add the `stats` command."""
    p: argparse.ArgumentParser = sub.add_parser("stats", help="每张业务表的有效记录数")
    p.add_argument("--db", required=True, help="SQLite 数据库文件")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print live row counts per domain table."""
    _engine, factory = open_db(args.db)
    with factory() as session:
        counts = table_counts(session)
    if args.json:
        print_json(counts)
    else:
        width = max(len(k) for k in counts)
        for name, n in counts.items():
            print(f"{name:<{width}}  {n:>10,}")
    return 0
