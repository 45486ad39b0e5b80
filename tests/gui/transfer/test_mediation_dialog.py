"""调解协议 from the case detail: refused input stays typed, the event reaches the timeline."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from app.domain.enums import Role
from app.domain.transfer import Queue
from app.services.transfer import actions as transfer
from app.views.context import build_test_context
from app.views.transfer.mediation_dialog import MediationDialog
from app.views.transfer.page import TransferPage
from tests.unit.services.transfer.helpers import DESK, dept, handler, make_case

SHOTS = Path(os.environ.get("YIZHAN_SHOTS", "/tmp/yizhan-shots"))


def _in_progress(s) -> str:
    cid = make_case(s)
    transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"))
    transfer.sign(s, actor=handler("T-SFS"), case_id=cid)
    return cid


def _show(qtbot, page: TransferPage) -> None:
    page.scope.blockSignals(True)
    page.queues.blockSignals(True)
    page.scope.setCurrentIndex(page.scope.findData("department"))
    page.select_queue(Queue.IN_PROGRESS)
    page.scope.blockSignals(False)
    page.queues.blockSignals(False)
    qtbot.waitUntil(lambda: page.ctx.runner.pending == 0, timeout=5000)
    with qtbot.waitSignal(page.sig_refreshed, timeout=5000):
        page.refresh()
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=5000)


def test_record_mediation_agreement_and_print(qtbot, session_factory):
    SHOTS.mkdir(parents=True, exist_ok=True)
    ctx = build_test_context(session_factory, role=Role.HANDLER.value)
    ctx.user = replace(ctx.user, department_id=dept("T-SFS"), display_name="司法所王")
    cid = ctx.runner.call(_in_progress)
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 760)
    page.show()
    _show(qtbot, page)
    assert page.detail.detail.row.id == cid
    qtbot.waitUntil(lambda: page.buttons["mediation"].isEnabled(), timeout=5000)

    page.actions.start("mediation")
    dialog = page.actions.dialog
    assert isinstance(dialog, MediationDialog)
    dialog.facts.setPlainText("两户因排水沟堵塞发生争执，东户院墙受损。")
    dialog.disputes.setPlainText("院墙修复费用由谁承担。")
    dialog.manner.setText("现金支付")
    dialog.submit()  # no terms, no deadline, no mediator: the service refuses
    qtbot.waitUntil(lambda: "请至少填写一项协议内容" in dialog.message.text(), timeout=5000)
    assert "请填写调解员" in dialog.message.text()
    assert dialog.isVisible() and dialog.facts.toPlainText().startswith("两户因排水沟")
    assert dialog.manner.text() == "现金支付"

    dialog.terms.setPlainText("西户疏通排水沟\n西户赔偿东户修墙费800元")
    dialog.place.setText("满庄镇司法所")
    dialog.deadline.setText("2026年12月31日前")
    dialog.mediators.setText("王调解、李调解")
    dialog.message.clear()
    dialog.grab().save(str(SHOTS / "transfer_mediation_dialog.png"))
    dialog.submit()
    qtbot.waitUntil(lambda: page.actions.dialog is not dialog, timeout=5000)
    box = page.actions.dialog
    assert box is not None and "打印" in box.text()
    box.accept()  # 打印
    qtbot.waitUntil(lambda: page.actions.last_pdf is not None, timeout=10000)
    assert page.actions.last_pdf.name.endswith("mediation_agreement.pdf")
    (SHOTS / "transfer_mediation_agreement.pdf").write_bytes(page.actions.last_pdf.read_bytes())

    qtbot.waitUntil(
        lambda: (
            page.detail.detail is not None
            and "调解协议" in [e.label for e in page.detail.detail.timeline]
        ),
        timeout=5000,
    )
    entry = next(e for e in page.detail.detail.timeline if e.label == "调解协议")
    assert "调字第001号" in entry.text and "西户赔偿东户修墙费800元" in entry.text
    page.grab().save(str(SHOTS / "transfer_mediation_timeline.png"))


def test_mediation_not_offered_to_assisting_department(qtbot, session_factory):
    ctx = build_test_context(session_factory, role=Role.HANDLER.value)

    def work(s):
        cid = make_case(s)
        transfer.dispatch(
            s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"),
            assist_department_ids=[dept("T-ZZB")],
        )  # fmt: skip
        transfer.sign(s, actor=handler("T-SFS"), case_id=cid)
        transfer.sign(s, actor=handler("T-ZZB"), case_id=cid)
        return cid

    cid = ctx.runner.call(work)
    ctx.user = replace(ctx.user, department_id=dept("T-ZZB"), display_name="综治办李")
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    _show(qtbot, page)
    assert page.detail.detail.row.id == cid
    assert page.buttons["progress"].isEnabled()
    assert not page.buttons["mediation"].isEnabled()
