"""Red cases reach the district queue when the window loads, before 案件流转 is ever opened."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from app.models import Case
from app.models.base import utcnow
from app.services.transfer import actions as transfer
from app.views.context import build_test_context
from app.views.main_window import MainWindow
from tests.unit.services.transfer.helpers import DESK, dept, make_case


def test_front_desk_window_escalates_red_cases_without_the_transfer_tab(qtbot, session_factory):
    with session_factory.begin() as s:
        cid = make_case(s)
        transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"))
        s.execute(
            update(Case).where(Case.id == cid).values(deadline_at=utcnow() - timedelta(days=2))
        )
    ctx = build_test_context(session_factory, role="front_desk")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    transfer_index = next(i for i, s in enumerate(window.slots) if "transfer" in s.spec.module)

    def escalated() -> bool:
        with session_factory() as s:
            return bool(s.get(Case, cid).escalated)

    qtbot.waitUntil(escalated, timeout=10000)
    assert window.slots[transfer_index].page is None  # the tab was never built
    ctx.runner.shutdown()
