"""`register`: register a client database with the district server using a one-time code."""

from __future__ import annotations

import argparse
import socket
from typing import Any

from app.cli.common import fail, open_db, print_json
from app.services.reference.setup import ensure_reference
from app.sync import registration
from app.sync.transport import SyncError


def register(sub: Any) -> None:
    """Add the `register` command."""
    p: argparse.ArgumentParser = sub.add_parser("register", help="用注册码把本机注册到区级服务器")
    p.add_argument("--db", required=True, help="SQLite 数据库文件")
    p.add_argument("--server", required=True, help="服务器地址，如 http://10.0.0.5:8765")
    p.add_argument("--code", required=True, help="区管理员发放的一次性注册码")
    p.add_argument("--name", default=socket.gethostname(), help="设备名称")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Redeem the code and store this device's identity."""
    engine, factory = open_db(args.db)
    try:
        with factory.begin() as s:
            ensure_reference(s)  # the shipped baseline every device holds before it syncs
        reg = registration.register(
            factory, server_url=args.server, code=args.code, device_name=args.name
        )
    except SyncError as exc:
        return fail(f"注册失败：{exc.message}")
    finally:
        engine.dispose()
    if args.json:
        print_json(
            {"device_id": reg.device_id, "org_code": reg.org_code, "device_code": reg.device_code}
        )
    else:
        print(f"注册成功：镇街 {reg.org_code}，设备代号 {reg.device_code}")
    return 0
