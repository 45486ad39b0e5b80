"""`python -m app.server`: run the district server, or an admin command on its database.

python -m app.server --database-url URL --host 127.0.0.1 --port 8765 [--tls-cert C --tls-key K]
python -m app.server issue-code --database-url URL --org 370911106
python -m app.server revoke --database-url URL --org 370911106 --device A
python -m app.server devices --database-url URL
python -m app.server compact --database-url URL --keep-days 180
python -m app.server migrate --database-url URL   (once before several workers start)
python -m app.server access --database-url URL --since-days 7
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import replace

from app.server.settings import ServerSettings

ADMIN_COMMANDS = ("issue-code", "revoke", "devices", "compact", "migrate", "access")


def _admin(argv: Sequence[str]) -> int:
    from app.server.admin import (
        AdminError,
        compact_log,
        issue_code,
        list_devices,
        revoke_device,
    )
    from app.server.db import (
        make_server_engine,
        make_server_session_factory,
        upgrade_server_database,
    )

    p = argparse.ArgumentParser(prog="python -m app.server")
    p.add_argument("command", choices=ADMIN_COMMANDS)
    p.add_argument("--database-url", default=ServerSettings.from_env().database_url)
    p.add_argument("--org", help="镇街代码（9位）或区代码 370911")
    p.add_argument("--device", help="设备代号，如 A")
    p.add_argument("--days", type=int, default=7, help="注册码有效天数")
    p.add_argument("--keep-days", type=int, default=180, help="变更日志保留天数")
    p.add_argument("--since-days", type=int, default=7, help="访问日志统计天数")
    p.add_argument(
        "--purge-days", type=int, default=30, help="超过该天数的历史变更清除身份证号、电话等"
    )
    args = p.parse_args(argv)
    engine = make_server_engine(args.database_url)
    upgrade_server_database(engine)
    factory = make_server_session_factory(engine)
    try:
        with factory.begin() as s:
            if args.command == "issue-code":
                if not args.org:
                    p.error("issue-code 需要 --org")
                sys.stdout.write(issue_code(s, org_code=args.org, valid_days=args.days) + "\n")
            elif args.command == "revoke":
                if not args.org or not args.device:
                    p.error("revoke 需要 --org 和 --device")
                info = revoke_device(s, org_code=args.org, device_code=args.device)
                sys.stdout.write(f"已吊销 {info.org_code}-{info.device_code}\n")
            elif args.command == "migrate":
                sys.stdout.write("服务器数据库已升级到最新版本\n")
            elif args.command == "access":
                from app.server.access import summary

                for a in summary(s, days=args.since_days):
                    line = (
                        f"{a.org_code}-{a.device_code}\t{a.bucket or '-'}\t{a.requests}\t"
                        f"拒绝 {a.refused}\t{a.first_at:%Y-%m-%d %H:%M}\t{a.last_at:%Y-%m-%d %H:%M}"
                    )
                    sys.stdout.write(line + "\n")
            elif args.command == "compact":
                from app.server.purge import purge_personal

                dropped, horizon = compact_log(s, keep_days=args.keep_days)
                sys.stdout.write(f"已清理 {dropped} 条变更日志，同步下限 {horizon}\n")
                logs, conflicts = purge_personal(s, keep_days=args.purge_days)
                sys.stdout.write(f"已从 {logs} 条历史变更和 {conflicts} 条冲突记录中清除个人信息\n")
            else:
                for d in list_devices(s):
                    state = "已吊销" if d.revoked else "有效"
                    line = f"{d.org_code}\t{d.device_code}\t{state}\t{d.watermark}\t{d.name}"
                    sys.stdout.write(line + "\n")
    except AdminError as exc:
        sys.stderr.write(exc.message + "\n")
        return 1
    finally:
        engine.dispose()
    return 0


def _serve(argv: Sequence[str]) -> int:
    import uvicorn

    from app.server.app import create_app
    from app.server.db import make_server_engine, upgrade_server_database

    env = ServerSettings.from_env()
    p = argparse.ArgumentParser(prog="python -m app.server", description="一站 区级同步服务")
    p.add_argument("--database-url", default=env.database_url)
    p.add_argument("--host", default=env.host)
    p.add_argument("--port", type=int, default=env.port)
    p.add_argument("--tls-cert", default=env.tls_cert)
    p.add_argument("--tls-key", default=env.tls_key)
    p.add_argument("--workers", type=int, default=1, help="工作进程数（共享同一数据库）")
    p.add_argument(
        "--trusted-proxy",
        action="append",
        default=list(env.trusted_proxies),
        help="反向代理地址（可多次）：只信任它转发的 X-Forwarded-For",
    )
    args = p.parse_args(argv)
    settings = replace(
        env,
        database_url=args.database_url,
        host=args.host,
        port=args.port,
        tls_cert=args.tls_cert,
        tls_key=args.tls_key,
        trusted_proxies=tuple(args.trusted_proxy),
    )
    if args.workers <= 1:
        uvicorn.run(
            create_app(settings),
            host=settings.host,
            port=settings.port,
            log_level="warning",
            ssl_certfile=settings.tls_cert,
            ssl_keyfile=settings.tls_key,
        )
        return 0
    # Several workers share nothing but the database: migrate once here, then each worker
    # builds its app from the environment (uvicorn starts them by import string).
    engine = make_server_engine(settings.database_url)
    upgrade_server_database(engine)
    engine.dispose()
    os.environ["DATABASE_URL"] = settings.database_url
    os.environ["YIZHAN_TRUSTED_PROXIES"] = ",".join(settings.trusted_proxies)
    uvicorn.run(
        "app.server.app:create_worker_app",
        factory=True,
        workers=args.workers,
        host=settings.host,
        port=settings.port,
        log_level="warning",
        ssl_certfile=settings.tls_cert,
        ssl_keyfile=settings.tls_key,
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to an admin command or run the server."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ADMIN_COMMANDS:
        return _admin(args)
    return _serve(args)


if __name__ == "__main__":
    sys.exit(main())
