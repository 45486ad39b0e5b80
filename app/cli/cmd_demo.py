"""`demo`: fill a database with a fictitious district and N demo cases."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from app.cli.common import fail, open_db
from app.services.demo import generate_demo
from app.services.errors import DomainError
from app.services.reference.loader import load_reference
from app.services.search.case_list import rebuild_search_index


def register(sub: Any) -> None:
    """Add the `demo` command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "demo", help="生成示例数据（虚构的镇街、人员和案件）"
    )
    p.add_argument("--db", required=True, help="SQLite 数据库文件")
    p.add_argument("--cases", type=int, required=True, help="案件数量")
    p.add_argument("--org", default=None, help="只生成这个镇街（镇街代码，如 370911106）")
    p.add_argument("--seed", type=int, default=1, help="随机种子：相同种子当天生成相同数据")
    p.set_defaults(func=run)


class _Progress:
    """Print one updating progress line per phase to stderr."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.last = 0.0

    def __call__(self, phase: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if done < total and now - self.last < 1.0:
            return
        self.last = now
        end = "\n" if done >= total else "\r"
        sys.stderr.write(f"{phase}: {done:,}/{total:,}  {now - self.started:6.1f} s{end}")
        sys.stderr.flush()


def run(args: argparse.Namespace) -> int:
    """Generate the demo data and print what was written."""
    engine, factory = open_db(args.db)
    with factory.begin() as session:
        session.info["capture_outbox"] = False
        load_reference(session)
    try:
        summary = generate_demo(
            engine, cases=args.cases, org=args.org, seed=args.seed, progress=_Progress()
        )
    except DomainError as exc:
        return fail(exc.message)
    for table, n in sorted(summary.rows.items()):
        print(f"{table:<16} {n:>12,}")
    print(
        f"共 {summary.total_rows:,} 行，用时 {summary.seconds:.1f} 秒，"
        f"{summary.rows_per_s:,.0f} 行/秒"
    )
    if summary.search_indexed or not summary.cases:
        return 0
    try:
        search_s = rebuild_search(factory)
    except Exception as exc:  # the data is in; say clearly that only the index is missing
        return fail(f"示例数据已写入，但全文检索索引重建失败：{exc}")
    print(f"全文检索索引重建用时 {search_s:.1f} 秒")
    return 0


def rebuild_search(factory: Any) -> float:
    """Rebuild the full-text index (a load that could not fill it); return the seconds taken."""
    started = time.perf_counter()
    with factory.begin() as session:
        session.info["capture_outbox"] = False
        rebuild_search_index(session)
    return time.perf_counter() - started
