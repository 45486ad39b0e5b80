"""Duty list editor (all-or-nothing save, Excel export) and the 履职评价 dialog."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QTableWidgetItem

from app.domain.enums import Role
from app.domain.ids import reference_id
from app.models import RoutingRule
from app.views.context import build_test_context
from app.views.transfer.page import TransferPage

SHOTS = Path(os.environ.get("YIZHAN_SHOTS", "/tmp/yizhan-shots"))


def test_duty_list_editor_saves_all_or_nothing(qtbot, session_factory, tmp_path):
    SHOTS.mkdir(parents=True, exist_ok=True)
    ctx = build_test_context(session_factory, role=Role.ADMIN.value)
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_duty_list()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    routing = dialog.tables["routing"]
    row = next(r for r in range(routing.rowCount()) if routing.item(r, 0).text() == "LL")
    # A wrong code: nothing is saved and the row is named.
    routing.setItem(row, 1, QTableWidgetItem("T-NONE"))
    dialog.save_edits()
    qtbot.waitUntil(lambda: "未导入任何数据" in dialog.report.text(), timeout=5000)
    assert f"分流规则 第{row + 2}行" in dialog.report.text()
    dialog.grab().save(str(SHOTS / "transfer_duty_list_error.png"))
    rule_id = reference_id("routing_rule", "LL")
    lead = ctx.runner.call(lambda s: s.get(RoutingRule, rule_id).lead_department_id)
    assert lead == reference_id("department", "T-SFS")
    routing.setItem(row, 1, QTableWidgetItem("T-ZZB"))
    routing.setItem(row, 2, QTableWidgetItem("T-SFS"))
    dialog.save_edits()
    qtbot.waitUntil(lambda: "已保存" in dialog.report.text(), timeout=5000)
    lead = ctx.runner.call(lambda s: s.get(RoutingRule, rule_id).lead_department_id)
    assert lead == reference_id("department", "T-ZZB")
    out = tmp_path / "duty.xlsx"
    dialog.export_file(out)
    qtbot.waitUntil(lambda: out.exists() and "已导出" in dialog.report.text(), timeout=5000)
    sheet = load_workbook(out)["分流规则"]
    assert ("LL", "T-ZZB", "T-SFS", 0) in list(sheet.iter_rows(min_row=2, values_only=True))
    ctx.runner.call(lambda s: None)


def test_duty_list_is_read_only_for_desk(qtbot, session_factory):
    ctx = build_test_context(session_factory, role=Role.FRONT_DESK.value)
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_duty_list()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    assert not dialog.save.isEnabled() and not dialog.import_btn.isEnabled()
    assert dialog.export_btn.isEnabled()


def test_evaluation_dialog_ranks_and_prints(qtbot, session_factory):
    from datetime import timedelta

    from app.models.base import utcnow
    from app.services.transfer import actions as transfer
    from tests.unit.services.transfer.helpers import DESK, dept, handler, make_case

    ctx = build_test_context(session_factory, role=Role.DISTRICT_SUPERVISOR.value)

    def work(s):
        for code in ("T-SFS", "T-RSS"):
            cid = make_case(s)
            transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept(code))
            transfer.sign(s, actor=handler(code), case_id=cid)
            transfer.close(s, actor=handler(code), case_id=cid, outcome="resolved", result="完成")
        return utcnow() + timedelta(hours=8)  # the month as Shanghai sees it

    local_now = ctx.runner.call(work)
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_evaluation()
    dialog.year.setValue(local_now.year)
    dialog.month.setValue(local_now.month)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    assert {dialog.table.item(r, 1).text() for r in range(2)} == {"司法所", "人社所(劳动保障)"}
    assert dialog.weights["closed_on_time"].isEnabled()
    dialog.save_pdf()
    qtbot.waitUntil(lambda: dialog.last_pdf is not None, timeout=10000)
    assert dialog.last_pdf.read_bytes().startswith(b"%PDF")
    dialog.resize(1100, 400)
    dialog.grab().save(str(SHOTS / "transfer_evaluation.png"))
