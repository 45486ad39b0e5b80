"""Issue #12 item 3: the home page and 案件流转 count from one service, for the same township.

Defect: home said 已超期 8 / 在办 15 while 案件流转 beside it said 红色预警 134, 超期预警 150,
办理中 124; and 案件流转's default 全部案件 included other townships' cases.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from app.domain.durations import days_hours, duration_text
from app.domain.transfer import Queue
from app.models import Case
from app.models.base import utcnow
from app.services.transfer import OPEN_QUEUES
from app.services.transfer import actions as transfer
from app.views.context import build_test_context
from app.views.home.page import HomePage
from app.views.transfer.page import TransferPage
from tests.unit.services.transfer.helpers import DESK, dept, make_case

OTHER = "370911114"


def _cases(session_factory) -> None:
    now = utcnow()
    with session_factory.begin() as s:

        def case(*, dispatch: bool, deadline: timedelta | None, warn: timedelta | None, org=None):
            cid = make_case(s)
            if dispatch:
                transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"))
            values: dict = {}
            if deadline is not None:
                values["deadline_at"] = now + deadline
                # Already escalated: the window's own escalation would refold the deadline.
                values["escalated"] = deadline < timedelta(0)
                # The final due date is far off: the old home page counted by it, not the step's.
                values["due_at"] = now + timedelta(days=60)
            if warn is not None:
                values["warn_at"] = now + warn
            if org:
                values["owner_org"] = org
            if values:
                s.execute(update(Case).where(Case.id == cid).values(**values))

        # Ours: 2 red, 1 yellow, 1 calm dispatched, 1 waiting for dispatch.
        case(dispatch=True, deadline=timedelta(days=-331), warn=timedelta(days=-332))
        case(dispatch=True, deadline=timedelta(hours=-5), warn=timedelta(days=-1))
        case(dispatch=True, deadline=timedelta(days=1), warn=timedelta(hours=-2))
        case(dispatch=True, deadline=timedelta(days=9), warn=timedelta(days=7))
        case(dispatch=False, deadline=None, warn=None)
        # Another township's: never in this desk's figures.
        for _ in range(3):
            case(dispatch=True, deadline=timedelta(days=-3), warn=timedelta(days=-4), org=OTHER)


def test_home_and_transfer_counts_agree_within_the_township(qtbot, session_factory):
    _cases(session_factory)
    ctx = build_test_context(session_factory, role="front_desk")
    home = HomePage(ctx)
    page = TransferPage(ctx)
    for w in (home, page):
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.show()
    qtbot.waitUntil(lambda: home.counts is not None and page.counts is not None, timeout=10000)
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10000)
    live, today = page.counts, home.counts
    assert (today.overdue, today.due_soon) == (live.red, live.yellow) == (2, 1)
    assert today.open == sum(live.count(q.value) for q in OPEN_QUEUES) == 5
    assert home.cards["overdue"].value.text() == "2" and home.cards["open"].value.text() == "5"
    assert page.warn_label.text() == "红色预警 2 件，黄色预警 1 件"
    assert page.scope.currentText() == "本镇街全部案件"
    home.grab().save("shots/home_counts_zh.png")
    page.grab().save("shots/transfer_counts_zh.png")
    ctx.runner.shutdown()


def test_overdue_reasons_read_in_days_and_hours(qtbot, session_factory):
    _cases(session_factory)
    ctx = build_test_context(session_factory, role="front_desk")
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.counts is not None, timeout=10000)
    page.select_queue(Queue.OVERDUE)
    qtbot.waitUntil(lambda: "已超期" in page.reasons.text(), timeout=10000)
    text = page.reasons.text()
    assert "已超期 331 天：" in text and "已超期 5 小时：" in text
    assert "7943" not in text and "超期331" not in text
    ctx.runner.shutdown()


def test_days_and_hours():
    assert days_hours(7943) == (330, 23)
    assert duration_text(7943) == "330 天 23 小时"
    assert duration_text(5.9) == "5 小时"
    assert duration_text(48) == "2 天"
    assert days_hours(-3) == (0, 0)
