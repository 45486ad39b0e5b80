"""读卡 in 窗口受理: a keyboard-wedge burst in the lookup box and a simulated SDK read (F4)
fill the applicant, check the number and look the person up."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

from PySide6.QtCore import Qt

from app.services.intake import register as svc
from app.services.intake.idcard import CardData, SimulatedReader, demo_card
from app.views.intake import card_reader
from tests.gui.intake.test_intake_drills import finish, make_page
from tests.unit.services.intake.conftest import ACTOR, applicant, intake

SHOTS = Path(os.environ.get("LISTSOUT_SHOTS", "/tmp/listsout-shots"))
CARD = demo_card()


def _clock(monkeypatch, step_ms: float) -> None:
    """Make the watcher's clock advance `step_ms` per key (a reader: ~5 ms; a person: ~200)."""
    ticks = itertools.count()
    monkeypatch.setattr(
        card_reader.WedgeWatcher, "now_ms", staticmethod(lambda: next(ticks) * step_ms)
    )


def test_wedge_burst_in_lookup_fills_a_new_visitor(qtbot, session_factory, monkeypatch):
    _clock(monkeypatch, 5.0)
    ctx, page = make_page(qtbot, session_factory)
    page.lookup.edit.setFocus()
    qtbot.keyClicks(page.lookup.edit, CARD.id_number)
    qtbot.keyClick(page.lookup.edit, Qt.Key.Key_Return)
    a = page.applicant
    qtbot.waitUntil(lambda: a.id_number.text() == CARD.id_number, timeout=5000)
    assert page.lookup.edit.text() == ""  # the burst left the lookup box
    assert a.person_id is None and a.name.text() == ""
    assert a.name.hasFocus()  # the wedge gives the number only: the name comes next
    assert "1985-03-12" in a.derived.text()
    assert "新来访人" in page.card_status.text()
    finish(ctx, page)


def test_a_swipe_after_something_half_typed_is_still_a_card(qtbot, session_factory, monkeypatch):
    ctx, page = make_page(qtbot, session_factory)
    page.lookup.edit.setFocus()
    _clock(monkeypatch, 400.0)
    qtbot.keyClicks(page.lookup.edit, "zh")  # the clerk began a pinyin search
    _clock(monkeypatch, 5.0)
    qtbot.keyClicks(page.lookup.edit, CARD.id_number)
    qtbot.keyClick(page.lookup.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.applicant.id_number.text() == CARD.id_number, timeout=5000)
    assert page.lookup.edit.text() == "" and "新来访人" in page.card_status.text()
    finish(ctx, page)


def test_slow_typing_is_not_a_card(qtbot, session_factory, monkeypatch):
    _clock(monkeypatch, 200.0)
    ctx, page = make_page(qtbot, session_factory)
    page.lookup.edit.setFocus()
    qtbot.keyClicks(page.lookup.edit, CARD.id_number)
    qtbot.keyClick(page.lookup.edit, Qt.Key.Key_Return)
    # The lookup's own Enter: nobody matches, so the typed number starts a new visitor.
    qtbot.waitUntil(lambda: page.applicant.id_number.text() == CARD.id_number, timeout=5000)
    assert page.card_status.text() == ""
    finish(ctx, page)


def test_wedge_read_of_a_returning_visitor_picks_them(qtbot, session_factory, monkeypatch):
    with session_factory.begin() as s:
        svc.register_case(
            s,
            data=intake(parties=(applicant(name="赵读卡", id_number=CARD.id_number),)),
            actor=ACTOR,
        )
    _clock(monkeypatch, 5.0)
    ctx, page = make_page(qtbot, session_factory)
    page.lookup.edit.setFocus()
    qtbot.keyClicks(page.lookup.edit, CARD.id_number)
    qtbot.keyClick(page.lookup.edit, Qt.Key.Key_Return)
    a = page.applicant
    qtbot.waitUntil(lambda: a.person_id is not None, timeout=5000)
    assert a.name.text() == "赵读卡" and a.is_masked()
    assert a.to_input().id_number == CARD.id_number
    assert "曾来访" in page.card_status.text()
    finish(ctx, page)


def test_simulated_sdk_read_fills_the_form(qtbot, session_factory):
    ctx, page = make_page(qtbot, session_factory)
    page.reader_factory = lambda: SimulatedReader([CARD])
    page.lookup.edit.setFocus()
    qtbot.keyClick(page.lookup.edit, Qt.Key.Key_F4)
    a = page.applicant
    qtbot.waitUntil(lambda: a.name.text() == CARD.name, timeout=5000)
    assert a.id_number.text() == CARD.id_number
    assert a.address.text() == CARD.address
    assert a.id_type.currentData() == "resident"
    assert "1985-03-12" in a.derived.text() and "女" in a.derived.text()
    assert a.phone.hasFocus()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.resize(1280, 800)
    page.grab().save(str(SHOTS / "intake-card-read.png"))
    finish(ctx, page)


def test_a_card_that_fails_the_check_is_refused_in_words(qtbot, session_factory):
    ctx, page = make_page(qtbot, session_factory)
    bad = CardData(name="钱错", id_number=CARD.id_number, sex="男")
    page.reader_factory = lambda: SimulatedReader([bad])
    page.read_card()
    qtbot.waitUntil(lambda: "性别" in page.card_status.text(), timeout=5000)
    assert page.applicant.name.text() == ""  # nothing half-filled from a doubtful card
    page.reader_factory = lambda: SimulatedReader([])
    page.read_card()
    qtbot.waitUntil(lambda: "没有身份证" in page.card_status.text(), timeout=5000)
    page.reader_factory = lambda: None
    page.read_card()
    assert "未设置读卡器" in page.card_status.text()
    finish(ctx, page)
