"""`export`: a list (cases, overdue, patrols, bookings) as an Excel workbook, filters on top."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import fail, open_db

WHAT = ("cases", "overdue", "patrols", "bookings")


def register(sub: Any) -> None:
    """Add the `export` command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "export", help="导出清单为 Excel（案件、超期、巡查记录、阵地预约）"
    )
    p.add_argument("--db", required=True, help="SQLite 数据库文件")
    p.add_argument(
        "--what",
        required=True,
        help="清单：cases 案件 | overdue 超期 | patrols 巡查 | bookings 预约",
    )
    p.add_argument("--out", required=True, help="Excel 输出文件（.xlsx）")
    p.add_argument("--org", help="镇街代码（默认：全部）")
    p.add_argument("--status", help="状态代码或名称，如 in_progress 或 办理中")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the list and write the workbook; a bad filter is a Chinese message and exit 2."""
    if args.what not in WHAT:
        return fail(
            f"不能导出“{args.what}”：--what 应为 cases（案件）、overdue（超期）、"
            "patrols（巡查记录）或 bookings（阵地预约）",
            2,
        )
    db = Path(args.db)
    if not db.is_file():
        return fail(f"数据库文件不存在：{db}", 2)
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        return fail(f"输出文件应以 .xlsx 结尾：{out}", 2)
    if not out.resolve().parent.is_dir():
        return fail(f"输出目录不存在：{out.resolve().parent}", 2)
    from app.reports.list_xlsx import write_list_xlsx
    from app.services.errors import DomainError
    from app.services.lists import build_table, desk_org, log_list_out

    _engine, factory = open_db(db)
    try:
        with factory.begin() as session:
            table = build_table(session, args.what, org=args.org, status=args.status)
            write_list_xlsx(table, out)
            org = args.org or desk_org(session)  # whose trail shows the export
            log_list_out(session, table, fmt="xlsx", org_code=org, via="cli")
    except DomainError as exc:
        return fail(str(exc.message), 2)
    except OSError as exc:
        return fail(f"无法写入 {out}：{exc.strerror or exc}", 1)
    print(f"{out}：{table.title} {len(table.rows)} 条")
    return 0
