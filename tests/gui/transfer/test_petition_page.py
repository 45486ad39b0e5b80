"""信访 in the 案件流转 tab: the reviewing organ's queue, stage line, timeline and steps."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from app.domain.enums import CaseKind, Role
from app.domain.transfer import Queue
from app.models.base import utcnow
from app.services.transfer import actions as transfer
from app.services.transfer import petition
from app.services.transfer.workflow import current_state
from app.views.context import build_test_context
from app.views.transfer.page import TransferPage
from app.views.transfer.petition_dialog import AcceptanceDialog, OpinionDialog
from tests.gui.transfer.test_transfer_page import _show
from tests.unit.services.transfer.helpers import DESK, dept, handler, make_case

SHOTS = Path(os.environ.get("YIZHAN_SHOTS", "/tmp/yizhan-shots"))
XFB = handler("T-XFB", "信访办孙")
XFJ = handler("D-XFJ", "区信访局周")


def _as(ctx, code: str) -> None:
    ctx.user = replace(ctx.user, role=Role.HANDLER.value, department_id=dept(code))


def _stage(ctx, cid: str) -> str:
    return ctx.runner.call(lambda s: str(current_state(s, cid).petition_stage))


def _to_review(s) -> str:
    """A 申诉求决类 case accepted, answered and taken for 复查 by the 区信访局 (today)."""
    cid = make_case(s, category="XFJ", kind=CaseKind.PETITION_CLAIM)
    transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-XFB"))
    transfer.sign(s, actor=XFB, case_id=cid)
    petition.decide_acceptance(s, actor=XFB, case_id=cid, accepted=True)
    petition.give_opinion(
        s, actor=XFB, case_id=cid, opinion="经调查核实，维持村委会的分配方案。",
        review_department_id=dept("D-XFJ"),
    )  # fmt: skip
    petition.request_review(s, actor=XFJ, case_id=cid, requested_at=utcnow())
    return cid


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_reviewing_organ_sees_the_review_in_its_queue(qtbot, session_factory, request, lang):
    if lang == "en":
        request.getfixturevalue("english")
    SHOTS.mkdir(parents=True, exist_ok=True)
    ctx = build_test_context(session_factory, role=Role.HANDLER.value, org_code="370911")
    cid = ctx.runner.call(_to_review)
    _as(ctx, "D-XFJ")
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    _show(qtbot, page, Queue.IN_PROGRESS, "department")
    assert [r.id for r in page.model.rows] == [cid]
    header = page.detail.header.text()
    assert ("复查中" in header) if lang == "zh" else ("Under review" in header)
    assert page.buttons["petition_opinion"].isEnabled()
    assert not page.buttons["close"].isEnabled()
    qtbot.wait(50)  # the clock lines' height settles on the next layout pass
    clocks = page.detail.clocks
    assert clocks.isVisible() and clocks.geometry().bottom() < page.detail.timeline.y()
    page.grab().save(str(SHOTS / f"petition_review_queue_{lang}.png"))

    page.actions.start("petition_opinion")
    qtbot.waitUntil(lambda: isinstance(page.actions.dialog, OpinionDialog), timeout=5000)
    dialog = page.actions.dialog
    dialog.opinion.setPlainText("复查认为原处理意见事实清楚，予以维持。")
    dialog.organ.setCurrentIndex(dialog.organ.findData(dept("D-ZFW")))
    dialog.grab().save(str(SHOTS / f"petition_opinion_dialog_{lang}.png"))
    dialog.submit()
    qtbot.waitUntil(lambda: _stage(ctx, cid) == "review_opinion", timeout=5000)
    _show(qtbot, page, Queue.CLOSED, "department")
    qtbot.wait(50)
    page.grab().save(str(SHOTS / f"petition_timeline_{lang}.png"))


def test_acceptance_decision_from_the_handling_organ(qtbot, session_factory):
    ctx = build_test_context(session_factory, role=Role.HANDLER.value)

    def dispatched(s) -> str:
        cid = make_case(s, category="XFJ", kind=CaseKind.PETITION_CLAIM)
        transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-XFB"))
        transfer.sign(s, actor=XFB, case_id=cid)
        return cid

    cid = ctx.runner.call(dispatched)
    _as(ctx, "T-XFB")
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    _show(qtbot, page, Queue.IN_PROGRESS, "department")
    assert page.buttons["petition_accept"].isEnabled()
    assert not page.buttons["petition_opinion"].isEnabled()
    assert not page.buttons["extend"].isEnabled()  # not before the case is accepted
    page.actions.start("petition_accept")
    qtbot.waitUntil(lambda: isinstance(page.actions.dialog, AcceptanceDialog), timeout=5000)
    dialog = page.actions.dialog
    dialog.accepted.setChecked(False)
    dialog.submit()  # no reason, no place to go: refused, the dialog stays open
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=5000)
    assert page.actions.dialog is dialog and _stage(ctx, cid) == "acceptance"
    dialog.reason.setPlainText("该事项已进入行政复议程序")
    dialog.go_to.setText("依法向区人民政府行政复议机构提出")
    dialog.submit()
    qtbot.waitUntil(lambda: _stage(ctx, cid) == "not_accepted", timeout=5000)


def test_evaluation_shows_on_time_rate_per_petition_step(qtbot, session_factory):
    from datetime import timedelta

    ctx = build_test_context(
        session_factory, role=Role.DISTRICT_SUPERVISOR.value, org_code="370911"
    )
    ctx.runner.call(_to_review)
    local_now = utcnow() + timedelta(hours=8)  # the month as Shanghai sees it
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_evaluation()
    dialog.year.setValue(local_now.year)
    dialog.month.setValue(local_now.month)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.petition_table.rowCount() == 3, timeout=5000)
    rows = [tuple(dialog.petition_table.item(r, c).text() for c in range(5)) for r in range(3)]
    assert rows == [
        ("信访办", "决定受理", "1", "1", "100.0%"),
        ("信访办", "出具处理意见", "1", "1", "100.0%"),
        ("区信访局", "受理复查申请", "1", "1", "100.0%"),
    ]
    ranked = {dialog.table.item(r, 1).text(): r for r in range(dialog.table.rowCount())}
    # The opinion closes the handling organ's part; taking the 复查 is the 区信访局's signature.
    assert dialog.table.item(ranked["信访办"], 4).text() == "1"
    assert dialog.table.item(ranked["区信访局"], 3).text() == "100.0%"
    dialog.resize(1100, 600)
    dialog.grab().save(str(SHOTS / "petition_evaluation.png"))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_demo_reviewing_organ_queue(qtbot, tmp_path, request, lang):
    """The demo's 区信访局 account sees the 复查 it is running in its own queue."""
    from app.db import make_session_factory
    from tests.unit.services.demo.conftest import make_demo

    if lang == "en":
        request.getfixturevalue("english")
    engine, _summary = make_demo(tmp_path / "demo.sqlite3", cases=300)
    ctx = build_test_context(
        make_session_factory(engine), role=Role.HANDLER.value, org_code="370911"
    )
    _as(ctx, "D-XFJ")
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    _show(qtbot, page, Queue.IN_PROGRESS, "department")
    assert len(page.model.rows) >= 1
    assert page.detail.detail.petition is not None
    assert page.detail.detail.petition.stage == "review"
    qtbot.wait(50)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / f"demo_district_xfj_queue_{lang}.png"))
    ctx.runner.shutdown()
    engine.dispose()
