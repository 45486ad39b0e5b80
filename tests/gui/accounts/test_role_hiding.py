"""The UI hides what a role cannot do (the services refuse it anyway: test_role_matrix.py)."""

from __future__ import annotations

import pytest

from app.views.context import build_test_context
from app.views.grid.page import GridPage
from app.views.main_window import MainWindow


@pytest.mark.parametrize(
    ("role", "edits"), [("front_desk", False), ("grid_coordinator", True), ("supervisor", True)]
)
def test_grid_edit_buttons_follow_the_matrix(qtbot, session_factory, role, edits):
    ctx = build_test_context(session_factory, role=role)
    page = GridPage(ctx)
    qtbot.addWidget(page)
    page.show()
    for button in (page.new_grid_button, page.delete_grid_button):
        assert button.isVisible() == edits
    assert (not page.roster.add_button.isHidden()) == edits
    ctx.runner.shutdown()


@pytest.mark.parametrize(
    ("role", "audit", "reset"),
    [("front_desk", False, False), ("supervisor", True, False), ("admin", True, True)],
)
def test_system_menu_offers_audit_and_reset_by_role(qtbot, session_factory, role, audit, reset):
    ctx = build_test_context(session_factory, role=role)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert ("审计日志…" in texts) == audit
    assert ("重置用户密码…" in texts) == reset
    assert "锁定屏幕" in texts and "修改密码…" in texts
    ctx.runner.shutdown()
