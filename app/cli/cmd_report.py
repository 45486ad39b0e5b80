"""`report`: the monthly report (月报) of a month as PDF, and optionally Excel."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from app.cli.common import fail, open_db


def register(sub: Any) -> None:
    """Add the `report` command."""
    p: argparse.ArgumentParser = sub.add_parser("report", help="生成月报（PDF，可选 Excel）")
    p.add_argument("--db", required=True, help="SQLite 数据库文件")
    p.add_argument("--month", required=True, help="月份，如 2026-11")
    p.add_argument("--out", required=True, help="PDF 输出文件")
    p.add_argument("--xlsx", help="Excel 输出文件")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--org", help="镇街代码（默认：本机所属镇街）")
    scope.add_argument("--district", action="store_true", help="全区")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the report and write the files."""
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", args.month):
        return fail(f"月份格式应为 YYYY-MM：{args.month}", 2)
    from app.domain.reports import Scope
    from app.reports.monthly import render_monthly_report
    from app.services.reports.monthly import desk_scope, monthly_report

    _engine, factory = open_db(args.db)
    with factory() as session:
        if args.district:
            scope = Scope()
        elif args.org:
            scope = Scope(org=args.org)
        else:
            scope = desk_scope(session)
        view = monthly_report(session, month=args.month, scope=scope)
    out = Path(args.out)
    with out.open("wb") as fh:
        pages = render_monthly_report(view, fh)
    if args.xlsx:
        from app.reports.monthly_xlsx import write_monthly_xlsx

        write_monthly_xlsx(view, Path(args.xlsx))
    print(f"{out}：{pages} 页；{view.summaries['overview']}")
    return 0
