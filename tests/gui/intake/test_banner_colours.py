"""Issue #12 item 3: errors in the error colour (defect: the banner "未保存…" was bold green)."""

from __future__ import annotations

from app.views.palette import ERROR, SUCCESS
from tests.gui.intake.test_intake_drills import finish, make_page, wait_saved
from tests.unit.services.intake.conftest import LL


def test_an_unsaved_form_is_red_and_a_saved_case_green(qtbot, session_factory):
    ctx, page = make_page(qtbot, session_factory)
    page.applicant.name.setText("王五")
    page.save()  # no phone or ID, no category, no facts: refused by the service
    qtbot.waitUntil(lambda: page.banner.text().startswith("未保存"), timeout=5000)
    assert ERROR in page.banner.styleSheet() and SUCCESS not in page.banner.styleSheet()
    assert page.banner.property("messageKind") == "error"
    page.grab().save("shots/intake_unsaved_red_zh.png")
    page.applicant.phone.setText("13700001111")
    page.fields.category.set_value(LL)
    page.fields.facts.setPlainText("邻居在院墙边堆放柴草。")
    page.save()
    wait_saved(qtbot, page)
    assert SUCCESS in page.banner.styleSheet() and ERROR not in page.banner.styleSheet()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    qtbot.wait(50)
    finish(ctx, page)
