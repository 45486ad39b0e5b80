"""Minimisation on screen: the lookup and the filled form show masked numbers until revealed."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from app.models import AuditEntry
from app.services.intake import register as svc
from app.views.context import build_test_context
from tests.gui.intake.test_intake_drills import finish, make_page
from tests.unit.services.intake.conftest import ACTOR, applicant, intake, resident_id

SHOTS = Path(os.environ.get("ACCOUNTS_SHOTS", "/tmp/accounts-shots"))
NUMBER = resident_id("37091119800101001")


def _register(session_factory) -> None:
    with session_factory.begin() as s:
        svc.register_case(
            s,
            data=intake(parties=(applicant(name="张三丰", phone="13812345678"),)),
            actor=ACTOR,
        )


def test_lookup_and_form_are_masked_and_reveal_is_logged(qtbot, session_factory):
    _register(session_factory)
    ctx, page = make_page(qtbot, session_factory)
    page.resize(1280, 800)
    page.show()
    page.lookup.edit.setText("张三")
    page.lookup._ask()
    qtbot.waitUntil(lambda: len(page.lookup.hits) == 1, timeout=5000)
    line = page.lookup.results.item(0).text()
    assert NUMBER not in line and "13812345678" not in line and "3709" in line
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "masked-lookup.png"))
    page.lookup._pick()
    a = page.applicant
    assert a.name.text() == "张三丰" and a.is_masked()
    assert NUMBER not in a.id_number.text() and "*" in a.id_number.text()
    assert a.phone.text() == "138****5678" and a.id_number.isReadOnly()
    assert a.reveal_button.isVisible()
    assert a.to_input().id_number == NUMBER  # the save still gets the stored number
    page.grab().save(str(SHOTS / "masked-form.png"))
    a.reveal_button.click()
    qtbot.waitUntil(lambda: a.id_number.text() == NUMBER, timeout=5000)
    assert a.phone.text() == "13812345678" and not a.id_number.isReadOnly()
    with session_factory() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "reveal")).one()
    assert (entry.entity, entry.entity_id, entry.detail) == (
        "person",
        a.person_id,
        {"field": "id_number,phone"},
    )
    finish(ctx, page)


def test_a_booking_clerk_cannot_reveal(qtbot, session_factory):
    _register(session_factory)
    ctx, page = make_page(qtbot, session_factory)
    page.ctx = build_test_context(session_factory, role="booking_clerk")
    errors: list[BaseException] = []
    page.ctx.runner.on_error = errors.append
    page.lookup.edit.setText("张三")
    page.lookup._ask()
    qtbot.waitUntil(lambda: len(page.lookup.hits) == 1, timeout=5000)
    page.lookup._pick()
    page._reveal(page.applicant.person_id)
    qtbot.wait(300)
    assert page.applicant.is_masked() and NUMBER not in page.applicant.id_number.text()
    page.ctx.runner.shutdown()
    finish(ctx, page)
