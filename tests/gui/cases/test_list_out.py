"""Lists out on screen: 导出Excel and 打印清单 of 案件查询, 案件流转, 监测预警 (overdue), the patrol
log, bookings and 履职评价 — the workbook read back (filters on top, one row per item), the
print preview of the A4 landscape table, and both audited."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from sqlalchemy import func, select

from app.db import make_session_factory
from app.domain.enums import Role
from app.models import AuditEntry, Case
from app.views.bookings.page import BookingsPage
from app.views.cases.page import CasesPage
from app.views.context import build_test_context
from app.views.fonts import install_app_font
from app.views.grid.page import GridPage
from app.views.home.warnings import WarningsPage
from app.views.transfer.evaluation_dialog import EvaluationDialog
from app.views.transfer.page import TransferPage
from tests.unit.services.demo.conftest import make_demo

SHOTS = Path(os.environ.get("LISTSOUT_SHOTS", "/tmp/listsout-shots"))
ORG = "370911001"


@pytest.fixture(scope="module")
def demo_factory(tmp_path_factory):
    path = tmp_path_factory.mktemp("listout") / "demo.sqlite3"
    engine, _ = make_demo(path, cases=200)
    yield make_session_factory(engine)
    engine.dispose()


def _sheet(path: Path) -> tuple[list[tuple], list, list[tuple]]:
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    blank = next(i for i, r in enumerate(rows) if not any(r))
    return rows[:blank], [c for c in rows[blank + 1] if c is not None], rows[blank + 2 :]


def _export(qtbot, buttons, out: Path) -> tuple[list[tuple], list, list[tuple]]:
    with qtbot.waitSignal(buttons.sig_exported, timeout=20000):
        buttons.export_to(out)
    return _sheet(out)


def _finish(ctx, *widgets) -> None:
    for w in widgets:
        for timer in w.findChildren(QTimer):
            timer.stop()
    ctx.runner.shutdown()


def test_case_search_exports_every_match_and_prints(qtbot, qapp, demo_factory, tmp_path):
    install_app_font(qapp)
    ctx = build_test_context(demo_factory, role=Role.SUPERVISOR.value, org_code=ORG)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    top, header, rows = _export(qtbot, page.list_out, tmp_path / "all.xlsx")
    with demo_factory() as s:
        live = s.scalar(select(func.count()).select_from(Case).where(Case.deleted_at.is_(None)))
        in_progress = s.scalar(
            select(func.count()).where(Case.deleted_at.is_(None), Case.status == "in_progress")
        )
    # every case the filters find, not only the first chunk loaded on screen
    assert header[0] == "案件编号" and len(rows) == live > page.model.rowCount()
    assert ("搜索：", "全部") in [r[:2] for r in top]
    page.status.setCurrentIndex(page.status.findData("in_progress"))
    top, _header, rows = _export(qtbot, page.list_out, tmp_path / "in-progress.xlsx")
    assert ("状态：", "办理中") in [r[:2] for r in top] and len(rows) == in_progress
    with qtbot.waitSignal(page.list_out.sig_previewed, timeout=20000):
        page.list_out.print_preview()
    preview = page.list_out.preview
    assert preview is not None and preview.pdf.startswith(b"%PDF") and len(preview.pages) >= 1
    assert preview.pages[0].width() > preview.pages[0].height()  # landscape
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "cases-list-out.png"))
    preview.resize(1280, 800)
    preview.grab().save(str(SHOTS / "cases-print-preview.png"))
    preview.close()
    with demo_factory() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.action.in_(("export", "print")))
        ).all()
    kinds = [(e.action, e.detail["format"], e.detail["rows"]) for e in entries]
    assert kinds == [("export", "xlsx", live), ("export", "xlsx", in_progress),
                     ("print", "pdf", in_progress)]  # fmt: skip
    assert all(e.owner_org == ORG and e.detail["filters"] for e in entries)
    _finish(ctx, page)


def test_queue_overdue_patrols_bookings_and_evaluation_export(qtbot, demo_factory, tmp_path):
    ctx = build_test_context(demo_factory, role=Role.SUPERVISOR.value, org_code=ORG)
    transfer = TransferPage(ctx)
    qtbot.addWidget(transfer)
    transfer.show()
    qtbot.waitUntil(
        lambda: ctx.runner.pending == 0 and transfer.model.rowCount() > 0, timeout=10000
    )
    top, header, rows = _export(qtbot, transfer.list_out, tmp_path / "queue.xlsx")
    assert header[0] == "受理编号" and len(rows) == transfer.model.rowCount()
    assert any(r[0] == "队列：" for r in top)

    board = WarningsPage(ctx)
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: board.board is not None, timeout=10000)
    _top, header, rows = _export(qtbot, board.list_out, tmp_path / "overdue.xlsx")
    assert header[0] == "案件编号" and "超期天数" in header
    assert len(rows) == board.board.totals.get("red", len(board.board.red))

    grid = GridPage(ctx)
    qtbot.addWidget(grid)
    grid.show()
    grid.patrol.refresh()
    qtbot.waitUntil(lambda: grid.patrol.table.rowCount() > 0, timeout=10000)
    _top, header, rows = _export(qtbot, grid.patrol.list_out, tmp_path / "patrols.xlsx")
    assert "关联案件" in header and len(rows) == grid.patrol.table.rowCount()

    ctx.user = ctx.user.__class__(**{**ctx.user.__dict__, "role": Role.BOOKING_CLERK.value})
    bookings = BookingsPage(ctx)
    qtbot.addWidget(bookings)
    bookings.show()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10000)
    _top, _header, rows = _export(qtbot, bookings.list_out, tmp_path / "bookings.xlsx")
    assert len(rows) == bookings.table.rowCount()

    dialog = EvaluationDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10000)
    top, header, rows = _export(qtbot, dialog.list_out, tmp_path / "evaluation.xlsx")
    assert ("月份：", f"{dialog.year.value()}-{dialog.month.value():02d}") in [r[:2] for r in top]
    assert len(rows) == dialog.table.rowCount() and header[1] == "部门"
    _finish(ctx, transfer, board, grid, bookings, dialog)
