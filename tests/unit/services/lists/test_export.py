"""Lists out, headless: `python -m app.cli export` for each list read back with openpyxl
(filters on top, one row per live case / patrol / booking, the case number in its own
column), bad arguments refused in Chinese, the landscape table PDF, and the audit entries."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, update

from app.cli import main
from app.db import make_session_factory, open_database
from app.models import AuditEntry, Booking, Case, PatrolLog
from app.reports.list_table import render_list_pdf
from app.reports.list_xlsx import header_row
from app.services.lists import build_table
from app.services.reference.setup import ensure_device
from tests.unit.services.demo.conftest import make_demo

ROOT = Path(__file__).resolve().parents[4]
ORG = "370911001"
OPEN = ("registered", "accepted", "to_dispatch", "to_sign", "in_progress", "extended")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 300-case demo database in which one case, one patrol and one booking are deleted."""
    path = tmp_path_factory.mktemp("lists") / "demo.sqlite3"
    engine, _summary = make_demo(path, cases=300)
    with make_session_factory(engine).begin() as s:
        ensure_device(s, org_code=ORG)  # as the desk makes it on its first start
    gone = datetime(2026, 11, 1, tzinfo=UTC)
    with engine.begin() as conn:
        for model in (Case, PatrolLog, Booking):
            first = conn.execute(select(model.id).order_by(model.id).limit(1)).scalar_one()
            conn.execute(update(model).where(model.id == first).values(deleted_at=gone))
    engine.dispose()
    return path


def _sheet(path: Path) -> tuple[list[tuple], list[str], list[tuple]]:
    """Return (rows above the header, the header, the data rows) of an exported sheet."""
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    at = next(i for i, r in enumerate(rows) if r and r[0] in ("案件编号", "日期"))
    return rows[:at], [c for c in rows[at] if c is not None], rows[at + 1 :]


def _live(path: Path, model, *conds) -> int:
    engine = open_database(path)
    with make_session_factory(engine)() as s:
        live = select(func.count()).select_from(model).where(model.deleted_at.is_(None), *conds)
        n = s.scalar(live)
    engine.dispose()
    return int(n or 0)


def _export(db: Path, out: Path, *args: str) -> int:
    return main(["export", "--db", str(db), "--out", str(out), *args])


def test_cases_every_live_case_once_with_its_number(db, tmp_path):
    out = tmp_path / "cases.xlsx"
    assert _export(db, out, "--what", "cases") == 0
    top, header, rows = _sheet(out)
    assert top[0][0] == "案件清单"
    assert ("镇街：", "全部") in [r[:2] for r in top] and ("状态：", "全部") in [r[:2] for r in top]
    assert header[0] == "案件编号"
    numbers = [r[0] for r in rows]
    assert len(numbers) == _live(db, Case) == 299  # the deleted case is not listed
    assert len(set(numbers)) == len(numbers) and all(n and "-" in n for n in numbers)
    engine = open_database(db)
    with make_session_factory(engine)() as s:
        deleted = s.scalar(select(Case.case_no).where(Case.deleted_at.is_not(None)))
    engine.dispose()
    assert deleted not in numbers


def test_cases_filtered_by_org_and_status(db, tmp_path):
    out = tmp_path / "cases-org.xlsx"
    assert _export(db, out, "--what", "cases", "--org", ORG, "--status", "办理中") == 0
    top, header, rows = _sheet(out)
    assert any(r[0] == "镇街：" and ORG in r[1] for r in top)
    assert ("状态：", "办理中") in [r[:2] for r in top]
    assert len(rows) == _live(db, Case, Case.owner_org == ORG, Case.status == "in_progress")
    assert {r[header.index("状态")] for r in rows} <= {"办理中"}


def test_overdue_lists_open_cases_past_due(db, tmp_path):
    out = tmp_path / "overdue.xlsx"
    assert _export(db, out, "--what", "overdue") == 0
    _top, header, rows = _sheet(out)
    now = datetime.now(UTC)
    assert header[0] == "案件编号" and "超期天数" in header
    # Past the running time limit, as the 监测预警 red list and 案件流转's red count read it.
    running = (*OPEN, "to_revisit")
    assert len(rows) == _live(db, Case, Case.status.in_(running), Case.deadline_at < now) > 0
    assert all(r[header.index("超期天数")] >= 1 for r in rows)


def test_patrols_and_bookings_one_row_each(db, tmp_path):
    out = tmp_path / "patrols.xlsx"
    assert _export(db, out, "--what", "patrols") == 0
    _top, header, rows = _sheet(out)
    assert "案件编号" in header and len(rows) == _live(db, PatrolLog) > 0
    out = tmp_path / "bookings.xlsx"
    assert _export(db, out, "--what", "bookings", "--org", ORG) == 0
    _top, header, rows = _sheet(out)
    assert len(rows) == _live(db, Booking, Booking.owner_org == ORG) > 0
    assert all("*" in (r[header.index("联系电话")] or "*") for r in rows)  # phones masked


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--what", "people"], "不能导出“people”"),
        (["--what", "cases", "--status", "done"], "未知的状态：done"),
        (["--what", "cases", "--org", "999999"], "未知的镇街代码：999999"),
        (["--what", "overdue", "--status", "closed"], "超期清单只含在办案件"),
        (["--what", "patrols", "--status", "closed"], "巡查记录没有状态"),
    ],
)
def test_bad_arguments_are_refused_in_chinese(db, tmp_path, capsys, args, says):
    out = tmp_path / "x.xlsx"
    assert _export(db, out, *args) == 2
    assert says in capsys.readouterr().err
    assert not out.exists()


def test_exports_are_audited(db, tmp_path):
    assert _export(db, tmp_path / "b.xlsx", "--what", "bookings") == 0
    engine = open_database(db)
    with make_session_factory(engine)() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.seq.desc())
        ).first()
    engine.dispose()
    assert entry is not None and entry.entity == "booking"
    assert entry.detail["via"] == "cli" and entry.detail["format"] == "xlsx"
    assert entry.owner_org == ORG  # the desk's township: its head sees the export in the trail


def test_the_documented_command_line(db, tmp_path):
    out = tmp_path / "cases.xlsx"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "export",
            "--db",
            str(db),
            "--what",
            "cases",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    _top, _header, rows = _sheet(out)
    assert len(rows) == 299
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "export",
            "--db",
            str(db),
            "--what",
            "x",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode != 0 and "不能导出" in bad.stderr


def test_header_row_is_where_the_writer_puts_it(db, tmp_path):
    engine = open_database(db)
    with make_session_factory(engine)() as s:
        table = build_table(s, "bookings", status="pending")
    engine.dispose()
    from app.reports.list_xlsx import write_list_xlsx

    out = tmp_path / "t.xlsx"
    write_list_xlsx(table, out)
    ws = load_workbook(out).active
    assert ws.cell(header_row(table), 1).value == "日期"
    assert ws.freeze_panes == f"A{header_row(table) + 1}"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_table_pdf_is_landscape_and_repeats_its_header(db, tmp_path):
    engine = open_database(db)
    with make_session_factory(engine)() as s:
        table = build_table(s, "patrols")
    engine.dispose()
    out = tmp_path / "patrols.pdf"
    with out.open("wb") as fh:
        pages = render_list_pdf(table, fh, scope_name="岱岳区")
    assert pages > 2
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert "841.89 x 595.27" in info.stdout  # A4 landscape
    for page in (1, pages):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "网格员" in text and "发现问题" in text  # the header row on every page
        assert f"第 {page} 页 / 共 {pages} 页" in text
