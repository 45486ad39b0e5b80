"""The one case view: opened by Enter and by double-click from 案件查询, 案件流转, the intake side
panel and 监测预警; it shows masked parties, the due date in days, the allowed actions, 更正 and
重新打印, and a correction shows up in its timeline with the before and after."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from app.domain.enums import EventType, Role
from app.domain.transfer import Queue
from app.models.base import utcnow
from app.services.intake import register as svc
from app.services.transfer.workflow import record
from app.views.case_detail import CaseViewDialog
from app.views.cases.page import CasesPage
from app.views.context import build_test_context
from app.views.fonts import install_app_font
from app.views.home.warnings import WarningsPage
from app.views.transfer.page import TransferPage
from tests.gui.intake.test_intake_drills import finish, make_page
from tests.gui.transfer.test_transfer_page import _show
from tests.unit.services.intake.conftest import ACTOR, applicant, intake
from tests.unit.services.transfer.helpers import DESK, dept, handler

SHOTS = Path(os.environ.get("YIZHAN_SHOTS", "/tmp/yizhan-shots"))


@pytest.fixture(autouse=True)
def cjk_font(qapp):
    install_app_font(qapp)


def _register(session_factory, *, late: bool = False) -> str:
    """Register a case through intake (with its applicant); optionally dispatch it long ago."""
    with session_factory.begin() as s:
        result = svc.register_case(
            s,
            data=intake(parties=(applicant(name="张五", phone="13812345678"),)),
            actor=ACTOR,
        )
        cid = result.case_id
        if late:
            then = utcnow() - timedelta(days=40)
            payload = {"lead_department_id": dept("T-SFS"), "due_at": then + timedelta(days=30)}
            record(s, case_id=cid, type=EventType.DISPATCH, actor=DESK, payload=payload, at=then)
            record(s, case_id=cid, type=EventType.SIGN, actor=handler("T-SFS"), at=then,
                   department_id=dept("T-SFS"))  # fmt: skip
        return cid


def _opened(qtbot, owner, cid: str) -> CaseViewDialog:
    qtbot.waitUntil(lambda: getattr(owner, "case_view", None) is not None, timeout=5000)
    dialog = owner.case_view
    qtbot.waitUntil(lambda: dialog.panel.view is not None, timeout=5000)
    assert dialog.panel.view.detail.row.id == cid
    return dialog


def double_click(qtbot, view: QAbstractItemView, point: QPoint) -> None:
    """A user's double-click: press and release, then the double-click (QTest sends only it)."""
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _enter_then_double_click(qtbot, owner, view: QAbstractItemView, row: int, cid: str) -> None:
    """Open the row's case by Enter, close it, then by a double-click."""
    index = view.model().index(row, 0)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = _opened(qtbot, owner, cid)
    dialog.close()
    owner.case_view = None
    point: QPoint = view.visualRect(index).center()
    double_click(qtbot, view, point)
    _opened(qtbot, owner, cid).close()


def test_opened_from_case_search(qtbot, session_factory):
    cid = _register(session_factory)
    ctx = build_test_context(session_factory, role=Role.FRONT_DESK.value)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=5000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "case_search_columns_zh.png"))
    _enter_then_double_click(qtbot, page, page.table, 0, cid)
    ctx.runner.shutdown()


def test_opened_from_transfer_queue_and_its_search_box(qtbot, session_factory):
    cid = _register(session_factory)
    ctx = build_test_context(session_factory, role=Role.FRONT_DESK.value)
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    _show(qtbot, page, Queue.TO_DISPATCH)
    assert [r.id for r in page.model.rows] == [cid]
    _enter_then_double_click(qtbot, page, page.table, 0, cid)
    # The search box finds the case by the applicant's name, whatever queue is chosen.
    _show(qtbot, page, Queue.CLOSED)
    assert page.model.rows == []
    with qtbot.waitSignal(page.sig_refreshed, timeout=5000):
        page.search.setText("张五")
    assert [r.id for r in page.model.rows] == [cid]
    assert "搜索结果 1 件" in page.reasons.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "transfer_search_zh.png"))
    ctx.runner.shutdown()


def test_opened_from_the_intake_side_panel(qtbot, session_factory):
    cid = _register(session_factory)
    ctx, page = make_page(qtbot, session_factory)
    page.lookup.edit.setText("张五")
    page.lookup._ask()
    qtbot.waitUntil(lambda: len(page.lookup.hits) == 1, timeout=5000)
    page.lookup._pick()
    history = page.side.history
    qtbot.waitUntil(lambda: history.count() == 1, timeout=5000)
    item = history.item(0)
    qtbot.mouseClick(history.viewport(), Qt.MouseButton.LeftButton,
                     pos=history.visualItemRect(item).center())  # fmt: skip
    assert QApplication.focusWidget() is history
    qtbot.keyClick(history, Qt.Key.Key_Return)
    dialog = _opened(qtbot, page, cid)
    dialog.close()
    page.case_view = None
    double_click(qtbot, history, history.visualItemRect(item).center())
    _opened(qtbot, page, cid).close()
    finish(ctx, page)


def test_opened_from_the_dashboard_warning_board(qtbot, session_factory):
    cid = _register(session_factory, late=True)
    ctx = build_test_context(session_factory, role=Role.SUPERVISOR.value)
    page = WarningsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.board is not None and page.red.rowCount() == 1, timeout=5000)
    page.dialog = None
    page.red.setFocus()
    page.red.setCurrentCell(0, 0)
    qtbot.keyClick(page.red, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=5000)
    qtbot.waitUntil(lambda: page.dialog.panel.view is not None, timeout=5000)
    assert page.dialog.panel.view.detail.row.id == cid
    page.dialog.close()
    page.dialog = None
    rect = page.red.visualItemRect(page.red.item(0, 0))
    double_click(qtbot, page.red, rect.center())
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=5000)
    qtbot.waitUntil(lambda: page.dialog.panel.view is not None, timeout=5000)
    view = page.dialog.panel.view
    assert view.detail.row.id == cid
    # Overdue for about ten days: said in days and hours, never in thousands of hours.
    assert re.fullmatch(r"已超期 (9|10) 天( \d{1,2} 小时)?", view.due_text)
    assert view.due_text in page.dialog.panel.header.text()
    page.dialog.close()
    ctx.runner.shutdown()


def test_case_view_shows_masked_parties_actions_and_a_correction(qtbot, session_factory):
    _register(session_factory)
    ctx = build_test_context(session_factory, role=Role.FRONT_DESK.value)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=5000)
    dialog = page.open_case(0)
    dialog.resize(1280, 800)
    panel = dialog.panel
    qtbot.waitUntil(lambda: panel.view is not None and panel.correct.isEnabled(), timeout=5000)
    assert panel.parties.item(0, 1).text() == "张五"
    assert panel.parties.item(0, 3).text() == "138****5678"
    assert "*" in panel.parties.item(0, 2).text()
    # The clerk may dispatch (and print) this accepted case; department actions are hidden.
    assert panel.buttons["dispatch"].isVisible() and panel.buttons["dispatch"].isEnabled()
    assert not panel.buttons["sign"].isVisible() and not panel.buttons["close"].isVisible()
    assert panel.reprint.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(SHOTS / "case_view_zh.png"))

    # 更正 the phone and the facts: an event with the reason and before/after.
    correction = panel.open_correction()
    correction.resize(1280, 800)
    correction.grab().save(str(SHOTS / "correction_dialog_zh.png"))
    correction.submit()  # no reason: refused in the dialog
    assert correction.message.text() == "请填写更正理由"
    correction.reason.setPlainText("电话记错一位")
    phone = next(iter(correction.party_edits.values()))["phone"]
    phone.setText("13912345678")
    correction.facts.setPlainText("拖欠工资五个月，多次讨要未果。")
    correction.submit()
    qtbot.waitUntil(lambda: panel.correction is None, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            panel.view.detail.timeline[-1].type == "correct"
            and panel.parties.item(0, 3).text() == "139****5678"
        ),
        timeout=5000,
    )
    last = panel.timeline.rowCount() - 1
    text = panel.timeline.item(last, 3).text()
    assert "电话记错一位" in text and "“138****5678”→“139****5678”" in text
    assert "拖欠工资五个月" in panel.facts.toPlainText()
    dialog.grab().save(str(SHOTS / "case_view_corrected_zh.png"))

    # A handler may not correct: the button is disabled and says why.
    ctx.user = replace(ctx.user, role=Role.HANDLER.value, department_id=dept("T-SFS"))
    panel.reload()
    qtbot.waitUntil(lambda: not panel.correct.isEnabled(), timeout=5000)
    assert "无权" in panel.correct.toolTip()
    dialog.close()
    ctx.runner.shutdown()


def test_clerk_next_day_sees_correction_disabled_with_the_reason(qtbot, session_factory):
    cid = _register(session_factory)
    with session_factory.begin() as s:  # registered yesterday
        from app.models import CaseEvent

        for e in s.query(CaseEvent).filter(CaseEvent.case_id == cid):
            e.at = e.at - timedelta(days=1)
    ctx = build_test_context(session_factory, role=Role.FRONT_DESK.value)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=5000)
    panel = page.open_case(0).panel
    qtbot.waitUntil(lambda: panel.view is not None, timeout=5000)
    assert not panel.correct.isEnabled()
    assert "当天登记" in panel.correct.toolTip()
    ctx.user = replace(ctx.user, role=Role.SUPERVISOR.value)
    panel.reload()
    qtbot.waitUntil(lambda: panel.correct.isEnabled(), timeout=5000)
    page.case_view.close()
    ctx.runner.shutdown()


_CJK = re.compile(r"[\u4e00-\u9fff]")


def test_english_case_view_correction_and_search(qtbot, session_factory, english):
    """In English the case view, the 更正 dialog and the transfer search show no Chinese UI text
    (the case's own data stays as typed)."""
    cid = _register(session_factory)
    ctx = build_test_context(session_factory, role=Role.SUPERVISOR.value)
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    _show(qtbot, page, Queue.TO_DISPATCH)
    with qtbot.waitSignal(page.sig_refreshed, timeout=5000):
        page.search.setText("张五")
    assert [r.id for r in page.model.rows] == [cid]
    assert not _CJK.search(page.reasons.text() + page.search.placeholderText())
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "transfer_search_en.png"))
    dialog = page.open_case(0)
    dialog.resize(1280, 800)
    panel = dialog.panel
    qtbot.waitUntil(lambda: panel.view is not None and panel.correct.isEnabled(), timeout=5000)
    assert "days left" in panel.header.text()
    shown = [b.text() for b in panel.buttons.values() if b.isVisible()]
    shown += [panel.correct.text(), panel.reprint.text(), panel.reveal.text()]
    assert shown and not any(_CJK.search(t) for t in shown), shown
    correction = panel.open_correction()
    correction.resize(1280, 800)
    correction.grab().save(str(SHOTS / "correction_dialog_en.png"))
    correction.reason.setPlainText("phone typed wrong")
    next(iter(correction.party_edits.values()))["phone"].setText("13912345678")
    correction.submit()
    qtbot.waitUntil(lambda: panel.view.detail.timeline[-1].type == "correct", timeout=5000)
    qtbot.waitUntil(
        lambda: (
            "Reason for correction" in panel.timeline.item(panel.timeline.rowCount() - 1, 3).text()
        ),
        timeout=5000,
    )
    dialog.grab().save(str(SHOTS / "case_view_en.png"))
    dialog.close()
    ctx.runner.shutdown()


def test_reveal_in_the_case_view_is_audited(qtbot, session_factory):
    from sqlalchemy import select

    from app.models import AuditEntry

    _register(session_factory)
    ctx = build_test_context(session_factory, role=Role.FRONT_DESK.value)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=5000)
    panel = page.open_case(0).panel
    qtbot.waitUntil(lambda: panel.view is not None, timeout=5000)
    assert panel.parties.item(0, 3).text() == "138****5678"
    panel.reveal.click()
    qtbot.waitUntil(lambda: panel.parties.item(0, 3).text() == "13812345678", timeout=5000)
    assert "*" not in panel.parties.item(0, 2).text()
    with session_factory() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "reveal")).one()
    assert entry.entity == "person" and entry.entity_id == panel.view.parties[0].person_id
    page.case_view.close()
    ctx.runner.shutdown()
