"""`slip`: print a case's window slip (受理回执 or 告知书) to a PDF file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import fail, open_db
from app.domain.printables import Paper
from app.reports import PAPERS, render
from app.services.errors import DomainError
from app.services.intake.slips import record_print, slip_for
from app.services.transfer.workflow import Actor

FORMATS = {"a4": Paper.A4, "a5": Paper.A5, "80mm": Paper.ROLL80}


def register(sub: Any) -> None:
    """Add the `slip` command."""
    p: argparse.ArgumentParser = sub.add_parser("slip", help="把案件的受理回执或告知书输出为 PDF")
    p.add_argument("case_no", metavar="CASE_NO", help="案件编号，如 106-261127-A-0007")
    p.add_argument("--db", required=True, help="SQLite 数据库文件")
    p.add_argument("--out", required=True, help="输出的 PDF 文件")
    p.add_argument("--format", choices=sorted(FORMATS), default=None, help="纸张（默认按文书）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Render the slip, write the PDF and log the print on the case."""
    _engine, factory = open_db(args.db)
    try:
        with factory.begin() as session:
            slip = slip_for(session, case_no=args.case_no)
            paper = FORMATS[args.format] if args.format else PAPERS[slip.kind][0]
            out = Path(args.out)
            out.parent.mkdir(parents=True, exist_ok=True)
            with out.open("wb") as fh:
                render(slip.kind, slip.view, fh, paper=paper)
            actor = Actor(user_id=None, name="命令行", role="admin", org_code=slip.org_code)
            count = record_print(
                session,
                case_id=slip.case_id,
                document=slip.kind,
                paper=paper.value,
                copies=1,
                actor=actor,
            )
    except (DomainError, ValueError) as exc:
        return fail(getattr(exc, "message", str(exc)))
    print(f"{slip.title} {slip.case_no} → {out}（第{count}次打印）")
    return 0
