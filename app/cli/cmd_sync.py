"""`sync`: run one sync cycle (hello → push → pull → verify) for a client database."""

from __future__ import annotations

import argparse
from typing import Any
from zoneinfo import ZoneInfo

from app.cli.common import open_db, print_json
from app.sync.engine import SyncEngine
from app.sync.state import after_cycle, status_text

CHINA = ZoneInfo("Asia/Shanghai")


def register(sub: Any) -> None:
    """Add the `sync` command."""
    p: argparse.ArgumentParser = sub.add_parser("sync", help="与区级服务器同步一次")
    p.add_argument("--db", required=True, help="SQLite 数据库文件")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run one cycle, print a summary; exit 0 only when the cycle completed."""
    engine, factory = open_db(args.db)
    try:
        result = SyncEngine(factory).run_cycle()
    finally:
        engine.dispose()
    # The one sync state the desk's status bar and 同步 tab show (app.sync.state).
    status = after_cycle(result)
    when = result.finished_at.astimezone(CHINA).strftime("%H:%M")
    summary = {
        "ok": result.ok,
        "state": status.state.value,
        "reason": status.reason.value if status.reason else "",
        "state_text": status_text(status, when),
        "message": result.message,
        "pushed": result.pushed,
        "duplicates": result.duplicates,
        "conflicts": result.conflicts,
        "rejected": result.rejected,
        "pulled": result.pulled,
        "snapshots": list(result.snapshots),
        "pending": result.pending,
        "open_conflicts": result.open_conflicts,
        "clock_skew_s": round(result.clock_skew_s, 1),
    }
    if args.json:
        print_json(summary)
    else:
        state = "成功" if result.ok else "失败"
        print(f"状态：{summary['state_text']}")
        print(
            f"同步{state}：{result.message}；上传 {result.pushed} 条（重复 {result.duplicates}，"
            f"冲突 {result.conflicts}，拒绝 {result.rejected}），下载 {result.pulled} 条，"
            f"待上传 {result.pending} 条，待处理冲突 {result.open_conflicts} 条"
        )
        if result.skew_warning:
            print(f"警告：本机时钟与服务器相差 {result.clock_skew_s:.0f} 秒，请校准时间")
    return 0 if result.ok else 1
