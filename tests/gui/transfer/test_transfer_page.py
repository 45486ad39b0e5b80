"""案件流转 tab: dispatch → sign → return → reassign → close → revisit → reopen, by role."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt

from app.domain.enums import Role
from app.domain.transfer import Queue
from app.services.transfer.workflow import current_state
from app.views.context import build_test_context
from app.views.transfer.dialogs import DispatchDialog, ReturnDialog, RevisitDialog
from app.views.transfer.page import TransferPage
from tests.unit.services.transfer.helpers import dept, make_case

SHOTS = Path(os.environ.get("YIZHAN_SHOTS", "/tmp/yizhan-shots"))


def _as(ctx, role: Role, code: str | None = None) -> None:
    ctx.user = replace(
        ctx.user, role=role.value, department_id=dept(code) if code else None,
        display_name=f"{role.label}{code or ''}",
    )  # fmt: skip


def _show(qtbot, page: TransferPage, queue: Queue, scope: str = "all") -> None:
    page.scope.blockSignals(True)
    page.queues.blockSignals(True)
    page.scope.setCurrentIndex(page.scope.findData(scope))
    page.select_queue(queue)
    page.scope.blockSignals(False)
    page.queues.blockSignals(False)
    qtbot.waitUntil(lambda: page.ctx.runner.pending == 0, timeout=5000)
    with qtbot.waitSignal(page.sig_refreshed, timeout=5000):
        page.refresh()
    qtbot.waitUntil(lambda: page.detail.detail is not None or not page.model.rows, timeout=5000)


def _status(ctx, cid: str) -> str:
    return ctx.runner.call(lambda s: current_state(s, cid).status.value)


def _submit(qtbot, page: TransferPage, cid: str, status: str) -> None:
    page.actions.dialog.submit()
    qtbot.waitUntil(lambda: _status(page.ctx, cid) == status, timeout=5000)
    qtbot.waitUntil(lambda: page.actions.dialog is None, timeout=5000)


def test_dispatch_sign_return_reassign_close_revisit_reopen(qtbot, session_factory):
    SHOTS.mkdir(parents=True, exist_ok=True)
    ctx = build_test_context(session_factory, role=Role.FRONT_DESK.value)
    cid = ctx.runner.call(lambda s: make_case(s, category="LD"))
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 760)
    page.show()
    _show(qtbot, page, Queue.TO_DISPATCH)
    assert [r.id for r in page.model.rows] == [cid]
    assert page.buttons["dispatch"].isEnabled() and not page.buttons["sign"].isEnabled()

    # 交办: the suggestion comes from the duty list (劳动争议 → 人社所 + 司法所).
    page.actions.start("dispatch")
    qtbot.waitUntil(lambda: isinstance(page.actions.dialog, DispatchDialog), timeout=5000)
    dialog = page.actions.dialog
    assert dialog.lead.currentData() == dept("T-RSS")
    dialog.assists.item(0)  # the list is filled from the departments
    for i in range(dialog.assists.count()):
        item = dialog.assists.item(i)
        item.setCheckState(Qt.CheckState.Unchecked)
    dialog.grab().save(str(SHOTS / "transfer_dispatch_dialog.png"))
    _submit(qtbot, page, cid, "to_sign")

    # 退回 by the 人社所 handler, with a coded reason.
    _as(ctx, Role.HANDLER, "T-RSS")
    _show(qtbot, page, Queue.TO_SIGN, "department")
    assert [r.id for r in page.model.rows] == [cid]
    assert page.buttons["return"].isEnabled() and not page.buttons["dispatch"].isEnabled()
    page.actions.start("return")
    assert isinstance(page.actions.dialog, ReturnDialog)
    page.actions.dialog.reason.setPlainText("工资由包工头拖欠，属劳动监察")
    _submit(qtbot, page, cid, "to_dispatch")

    # The dispatcher rules: reassign to 司法所; the hint shows the return count.
    _as(ctx, Role.FRONT_DESK)
    _show(qtbot, page, Queue.TO_DISPATCH)
    page.actions.start("dispatch")
    qtbot.waitUntil(lambda: isinstance(page.actions.dialog, DispatchDialog), timeout=5000)
    dialog = page.actions.dialog
    dialog.lead.setCurrentIndex(dialog.lead.findData(dept("T-SFS")))
    for i in range(dialog.assists.count()):
        dialog.assists.item(i).setCheckState(Qt.CheckState.Unchecked)
    _submit(qtbot, page, cid, "to_sign")

    # 签收 and 办结 by the 司法所 handler.
    _as(ctx, Role.HANDLER, "T-SFS")
    _show(qtbot, page, Queue.TO_SIGN, "department")
    qtbot.waitUntil(lambda: page.buttons["sign"].isEnabled(), timeout=5000)
    qtbot.mouseClick(page.buttons["sign"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _status(ctx, cid) == "in_progress", timeout=5000)
    _show(qtbot, page, Queue.IN_PROGRESS, "department")
    qtbot.waitUntil(lambda: page.buttons["close"].isEnabled(), timeout=5000)
    page.actions.start("close")
    page.actions.dialog.submit()  # empty result: refused in the dialog, nothing sent
    assert page.actions.dialog.message.text() == "请填写办理结果"
    page.actions.dialog.result.setPlainText("经调解，双方就工资支付达成一致")
    _submit(qtbot, page, cid, "to_revisit")

    # 回访: 不满意 reopens the case (重办).
    _as(ctx, Role.FRONT_DESK)
    _show(qtbot, page, Queue.TO_REVISIT)
    qtbot.waitUntil(lambda: page.buttons["revisit"].isEnabled(), timeout=5000)
    page.actions.start("revisit")
    dialog = page.actions.dialog
    assert isinstance(dialog, RevisitDialog)
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData("unsatisfied"))
    dialog.comment.setPlainText("工资至今未到账")
    _submit(qtbot, page, cid, "in_progress")

    _show(qtbot, page, Queue.IN_PROGRESS)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.reopens == 1)
    labels = [e.label for e in page.detail.detail.timeline]
    assert labels == [
        "登记", "受理", "交办", "退回", "改派", "签收", "办结", "回访评价", "重办",
    ]  # fmt: skip
    lines = page.detail.departments.text()
    assert "司法所" in lines
    assert page.detail.timeline.topLevelItemCount() == 9
    page.grab().save(str(SHOTS / "transfer_page_reopened.png"))


def test_overdue_turns_red_counts_in_title_and_notifies(qtbot, session_factory):
    from datetime import timedelta

    from app.domain.enums import EventType
    from app.models.base import utcnow
    from app.services.transfer.workflow import record
    from tests.unit.services.transfer.helpers import DESK, handler

    ctx = build_test_context(session_factory, role=Role.SUPERVISOR.value)

    def late_case(s):
        # Dispatched 40 days ago with a 30-day limit: the handling limit ran out 10 days ago.
        cid = make_case(s, category="HY")
        then = utcnow() - timedelta(days=40)
        payload = {"lead_department_id": dept("T-SFS"), "due_at": then + timedelta(days=30)}
        record(s, case_id=cid, type=EventType.DISPATCH, actor=DESK, payload=payload, at=then)
        record(s, case_id=cid, type=EventType.SIGN, actor=handler("T-SFS"), at=then,
               department_id=dept("T-SFS"))  # fmt: skip
        return cid

    notes = []
    ctx.bus.sig_notify.connect(lambda title, text: notes.append((title, text)))
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 760)
    qtbot.waitSignal(page.sig_refreshed, timeout=5000).wait()
    assert page.title() == "案件流转"
    cid = ctx.runner.call(late_case)
    ctx.bus.sig_data_changed.emit(frozenset({"case"}))
    qtbot.waitUntil(lambda: page.title() == "案件流转 (1)", timeout=5000)
    _show(qtbot, page, Queue.OVERDUE)
    assert [r.warning for r in page.model.rows] == ["red"]
    assert "办理已超期" in page.reasons.text() and "小时超期" not in page.reasons.text()
    assert notes and notes[0][0] == "案件超期"
    assert page.buttons["supervise"].isEnabled()
    page.grab().save(str(SHOTS / "transfer_page_overdue.png"))
    page.actions.start("supervise")
    page.actions.dialog.opinion.setPlainText("请三日内办结并书面反馈")
    page.actions.dialog.submit()
    qtbot.waitUntil(lambda: page.actions.dialog is None, timeout=5000)
    page.actions.print_document("supervision")
    qtbot.waitUntil(lambda: page.actions.last_pdf is not None, timeout=10000)
    assert page.actions.last_pdf.read_bytes().startswith(b"%PDF")
    _show(qtbot, page, Queue.OVERDUE)
    labels = [e.label for e in page.detail.detail.timeline]
    assert labels[-3:] == ["升级督办", "督办", "打印"] and page.model.rows[0].id == cid
    _show(qtbot, page, Queue.ESCALATED)
    assert [r.id for r in page.model.rows] == [cid] and page.model.rows[0].escalated


def test_query_code_evaluation_keeps_typed_text_on_a_wrong_code(qtbot, session_factory):
    from PySide6.QtWidgets import QMessageBox

    from app.models import Case
    from app.services.transfer import actions as transfer
    from tests.unit.services.transfer.helpers import DESK, handler

    def closed(s):
        cid = make_case(s)
        transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"))
        transfer.sign(s, actor=handler("T-SFS"), case_id=cid)
        transfer.close(s, actor=handler("T-SFS"), case_id=cid, outcome="resolved", result="已办")
        case = s.get(Case, cid)
        return cid, case.case_no, case.query_code

    ctx = build_test_context(session_factory, role=Role.FRONT_DESK.value)
    cid, case_no, code = ctx.runner.call(closed)
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_query_code_revisit()
    dialog.submit()
    assert dialog.message.text() == "请填写受理编号和查询码"
    dialog.case_no.setText(case_no)
    dialog.query_code.setText("999999" if code != "999999" else "888888")
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData("basic"))
    dialog.comment.setPlainText("办理及时")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "errorDialog") is not None, timeout=5000)
    box = dialog.findChild(QMessageBox, "errorDialog")
    assert box.text() == "案件编号或查询码不正确"
    box.close()
    assert dialog.isVisible() and dialog.comment.toPlainText() == "办理及时"
    dialog.query_code.setText(code)
    dialog.submit()
    qtbot.waitUntil(lambda: _status(ctx, cid) == "evaluated", timeout=5000)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
