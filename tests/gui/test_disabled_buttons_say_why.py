"""Issue #12 item 3: every greyed button says why (its tooltip), on every page a clerk uses."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton

from app.services.transfer import actions as transfer
from app.views.context import build_test_context
from app.views.main_window import MainWindow
from tests.unit.services.transfer.helpers import DESK, dept, make_case

PAGES = ("intake", "transfer", "sync", "bookings", "grid", "cases", "home")


def _greyed_without_reason(page) -> list[str]:
    out = []
    for b in page.findChildren(QAbstractButton):
        if b.isVisibleTo(page) and not b.isEnabled() and not b.toolTip().strip():
            out.append(b.text() or b.objectName() or type(b).__name__)
    return out


@pytest.mark.parametrize("role", ["front_desk", "handler", "supervisor"])
def test_greyed_buttons_have_a_reason(qtbot, session_factory, role):
    # A case waiting for dispatch and one dispatched: 案件流转 selects one, its buttons vary.
    with session_factory.begin() as s:
        make_case(s)
        cid = make_case(s)
        transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"))
    ctx = build_test_context(session_factory, role=role)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    missing: dict[str, list[str]] = {}
    for i, slot in enumerate(window.slots):
        name = slot.spec.icon_name
        if name not in PAGES:
            continue
        window.tabs.setCurrentIndex(i)
        page = window.page(i)
        qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10000)
        qtbot.wait(50)
        if name == "transfer" and role == "front_desk":  # starts on 待交办: a case is selected
            qtbot.waitUntil(lambda p=page: p.selected_case_id() is not None, timeout=10000)
            qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10000)
        bad = _greyed_without_reason(page)
        if bad:
            missing[name] = bad
    assert missing == {}
    ctx.runner.shutdown()
