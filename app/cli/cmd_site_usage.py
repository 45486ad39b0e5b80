"""`site_usage`: a site's monthly usage report (阵地使用月报) as PDF, and optionally Excel."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from app.cli.common import fail, open_db


def register(sub: Any) -> None:
    """Add the `site_usage` command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "site_usage", help="生成阵地使用月报（各房间利用率、到场、爽约；PDF，可选 Excel）"
    )
    p.add_argument("--db", required=True, help="SQLite 数据库文件")
    p.add_argument("--site", required=True, help="阵地编码，如 EDU-370911106")
    p.add_argument("--month", required=True, help="月份，如 2026-11")
    p.add_argument("--out", required=True, help="PDF 输出文件")
    p.add_argument("--xlsx", help="Excel 输出文件")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the report and write the files."""
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", args.month):
        return fail(f"月份格式应为 YYYY-MM：{args.month}", 2)
    from sqlalchemy import select

    from app.models import EduSite
    from app.reports.booking_usage import render_usage_report, write_usage_xlsx
    from app.services.bookings.usage import usage_report

    year, month = (int(x) for x in args.month.split("-"))
    _engine, factory = open_db(args.db)
    with factory() as session:
        site_id = session.scalar(
            select(EduSite.id).where(EduSite.code == args.site, EduSite.deleted_at.is_(None))
        )
        if site_id is None:
            return fail(f"没有编码为 {args.site} 的阵地", 2)
        view = usage_report(session, site_id=site_id, year=year, month=month)
    out = Path(args.out)
    with out.open("wb") as fh:
        pages = render_usage_report(view, fh)
    if args.xlsx:
        write_usage_xlsx(view, Path(args.xlsx))
    t = view.total
    print(f"{out}：{pages} 页；{len(view.rooms)} 个房间，利用率 {t.utilisation * 100:.1f}%")
    return 0
