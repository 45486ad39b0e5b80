"""The 月报: summary lines, the PDF read back with pdftotext, the workbook, the command."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session, sessionmaker

from app.cli import main as cli_main
from app.domain.reports import Scope
from app.models import SyncDevice
from app.reports.monthly import render_monthly_report
from app.reports.monthly_xlsx import write_monthly_xlsx
from app.services.reports.monthly import desk_scope, monthly_report
from tests.unit.services.reports.conftest import NOW, Known


def test_summary_lines(known: Known, session_factory: sessionmaker[Session]) -> None:
    with session_factory() as s:
        rep = monthly_report(s, month="2026-11", scope=Scope(org=known.org_a), now=NOW)
    # October: cases 5 and 10 received -> 5 against 2 is +150%
    assert rep.summaries["overview"] == (
        "本月受理 5 件，环比 +150.0%，本月办结 3 件，本月受理中仍在办 3 件，其中超期 1 件。"
    )
    assert rep.summaries["quality"].startswith(
        "化解成功率 66.7%，按时办结率 66.7%，平均办结 5.5 天"
    )
    assert rep.scope_name == "满庄镇"
    assert "红色预警 1 件，黄色预警 1 件；上升类别 1 个" in rep.summaries["warnings"]


def _pdf_text(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return [line.strip() for line in out.stdout.decode().splitlines() if line.strip()]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_and_workbook(
    known: Known, session_factory: sessionmaker[Session], tmp_path: Path
) -> None:
    with session_factory() as s:
        rep = monthly_report(s, month="2026-11", scope=Scope(org=known.org_a), now=NOW)
    pdf = tmp_path / "m.pdf"
    seen: list[int] = []
    with pdf.open("wb") as fh:
        pages = render_monthly_report(rep, fh, progress=seen.append)
    assert pages >= 1 and seen[-1] == 100
    lines = _pdf_text(pdf)
    assert "满庄镇2026年11月矛盾纠纷调处化解工作月报" in lines[0].replace(" ", "")
    first = next(line for line in lines if line.startswith("本月"))
    assert first.startswith("本月受理 5 件，")
    xlsx = tmp_path / "m.xlsx"
    write_monthly_xlsx(rep, xlsx)
    wb = load_workbook(xlsx)
    assert wb["概况"]["B2"].value == rep.summaries["overview"]
    assert [row[1] for row in wb["类别"].iter_rows(min_row=2, values_only=True)] == [
        b.received for b in rep.dashboard.by_category
    ]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_command_scopes_to_the_desk_township(
    known: Known, session_factory: sessionmaker[Session], engine: object, tmp_path: Path
) -> None:
    with session_factory.begin() as s:
        s.add(SyncDevice(id="dev", org_code=known.org_a, device_code="A1"))
    db = Path(str(engine.url.database))  # type: ignore[attr-defined]
    with session_factory() as s:
        assert desk_scope(s) == Scope(org=known.org_a)
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    args = ["report", "--db", str(db), "--month", "2026-11", "--out", str(pdf), "--xlsx", str(xlsx)]
    assert cli_main(args) == 0
    first = next(line for line in _pdf_text(pdf) if line.startswith("本月"))
    assert first.startswith("本月受理 5 件，")
    assert xlsx.is_file()
    assert cli_main([*args[:-2], "--district"]) == 0
    first = next(line for line in _pdf_text(pdf) if line.startswith("本月"))
    assert first.startswith("本月受理 6 件，")
    assert cli_main([*args[:-2], "--org", known.org_b]) == 0
    first = next(line for line in _pdf_text(pdf) if line.startswith("本月"))
    assert first.startswith("本月受理 1 件，")


def test_a_district_desk_reports_the_district(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as s:
        assert desk_scope(s) == Scope()  # not registered yet: the whole database
    with session_factory.begin() as s:
        s.add(SyncDevice(id="dev", org_code="370911", device_code="Q1"))
    with session_factory() as s:
        assert desk_scope(s) == Scope()
        assert monthly_report(s, month="2026-11", scope=desk_scope(s)).scope_name.endswith(
            "（全区）"
        )


def test_bad_month_is_refused(tmp_path: Path) -> None:
    args = ["report", "--db", str(tmp_path / "x.sqlite3"), "--month", "2026-13"]
    assert cli_main([*args, "--out", str(tmp_path / "x.pdf")]) == 2
