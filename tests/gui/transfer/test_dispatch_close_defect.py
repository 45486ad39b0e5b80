"""Defect (#12): 交办 pre-ticked an assisting department, and the lead's 办结 button was enabled
although it could only fail (with a modal, after the result was typed) until every assisting
department had reported. Now nothing is pre-ticked, and 办结 is disabled with the reason."""

from __future__ import annotations

from dataclasses import replace

from app.domain.enums import Role
from app.domain.transfer import Queue
from app.services.transfer import actions as transfer
from app.views.context import build_test_context
from app.views.transfer.dialogs import DispatchDialog
from app.views.transfer.page import TransferPage
from tests.gui.transfer.test_transfer_page import _show
from tests.unit.services.transfer.helpers import DESK, dept, handler, make_case


def _checked(dialog: DispatchDialog) -> list[str]:
    return [
        dialog.assists.item(i).text()
        for i in range(dialog.assists.count())
        if dialog.assists.item(i).checkState().value
    ]


def test_dispatch_dialog_ticks_no_assisting_department(qtbot, session_factory):
    ctx = build_test_context(session_factory, role=Role.FRONT_DESK.value)
    # 劳动争议: the routing rule suggests 人社所 with 司法所 assisting.
    ctx.runner.call(lambda s: make_case(s, category="LD"))
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    _show(qtbot, page, Queue.TO_DISPATCH)
    page.actions.start("dispatch")
    qtbot.waitUntil(lambda: isinstance(page.actions.dialog, DispatchDialog), timeout=5000)
    dialog = page.actions.dialog
    assert dialog.lead.currentData() == dept("T-RSS")
    assert _checked(dialog) == []
    assert dialog.values()["assist_department_ids"] == []
    # The suggestion is still said, in words, next to the list.
    assert "司法所" in dialog.assist_hint.text()


def test_close_is_disabled_with_the_reason_while_an_assist_has_not_reported(qtbot, session_factory):
    ctx = build_test_context(session_factory, role=Role.HANDLER.value)
    ctx.user = replace(ctx.user, department_id=dept("T-SFS"))

    def setup(s):
        cid = make_case(s)
        transfer.dispatch(
            s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"),
            assist_department_ids=[dept("T-ZZB")],
        )  # fmt: skip
        transfer.sign(s, actor=handler("T-SFS"), case_id=cid)
        return cid

    cid = ctx.runner.call(setup)
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    _show(qtbot, page, Queue.IN_PROGRESS, "department")
    qtbot.waitUntil(lambda: page.buttons["progress"].isEnabled(), timeout=5000)
    close = page.buttons["close"]
    assert not close.isEnabled()
    assert "综治" in close.toolTip() and "反馈" in close.toolTip()

    # Once the assisting department reports, 办结 is enabled and its reason gone.
    ctx.runner.call(
        lambda s: transfer.assist_report(
            s, actor=handler("T-ZZB"), case_id=cid, result="已走访双方"
        )
    )
    _show(qtbot, page, Queue.IN_PROGRESS, "department")
    qtbot.waitUntil(lambda: page.buttons["close"].isEnabled(), timeout=5000)
    assert page.buttons["close"].toolTip() == ""
