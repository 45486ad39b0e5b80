"""`server`: district admin commands on the server database (issue-code, revoke, devices).

The CLI and the server are sibling layers that never import each other, so these commands run
the server's own entry point (`python -m app.server ...`) in a child process.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from typing import Any


def register(sub: Any) -> None:
    """Add the `server` command with its admin subcommands."""
    p: argparse.ArgumentParser = sub.add_parser("server", help="区级服务器管理")
    actions = p.add_subparsers(dest="action", required=True)
    issue = actions.add_parser("issue-code", help="为镇街（或区 370911）发放一次性注册码")
    issue.add_argument("--database-url", help="服务器数据库 URL（默认读 DATABASE_URL）")
    issue.add_argument("--org", required=True, help="镇街代码（9位），区级设备用 370911")
    issue.add_argument("--days", type=int, default=7, help="有效天数")
    revoke = actions.add_parser("revoke", help="吊销一台设备")
    revoke.add_argument("--database-url", help="服务器数据库 URL")
    revoke.add_argument("--org", required=True, help="镇街代码")
    revoke.add_argument("--device", required=True, help="设备代号，如 A")
    devices = actions.add_parser("devices", help="列出已注册设备")
    devices.add_argument("--database-url", help="服务器数据库 URL")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Hand the admin command to `python -m app.server` and pass its output through."""
    argv = [sys.executable, "-m", "app.server", args.action]
    if args.database_url:
        argv += ["--database-url", args.database_url]
    if args.action == "issue-code":
        argv += ["--org", args.org, "--days", str(args.days)]
    elif args.action == "revoke":
        argv += ["--org", args.org, "--device", args.device]
    return subprocess.call(argv)
