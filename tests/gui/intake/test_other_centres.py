"""其他中心 in the intake side panel: the district's answer when online, said plainly when not."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import app.views.intake.page as intake_page
from app.sync.lookup import LookupTarget, OtherCentres
from app.sync.protocol import LookupTownship
from tests.gui.intake.test_intake_drills import finish, make_page
from tests.gui.intake.test_masked_lookup import _register

SHOTS = Path(os.environ.get("YIZHAN_SHOTS", "/tmp/yizhan-shots"))


def _pick(qtbot, page) -> None:
    page.lookup.edit.setText("张三")
    page.lookup._ask()
    qtbot.waitUntil(lambda: len(page.lookup.hits) == 1, timeout=5000)
    page.lookup._pick()


def test_unregistered_desk_says_so_plainly(qtbot, session_factory):
    _register(session_factory)
    ctx, page = make_page(qtbot, session_factory)
    _pick(qtbot, page)
    qtbot.waitUntil(lambda: "尚未注册" in page.side.other.text(), timeout=5000)
    assert page.side.other.isVisible()
    finish(ctx, page)


def test_online_answer_shows_counts_townships_and_dates(qtbot, session_factory, monkeypatch):
    _register(session_factory)
    asked: list[tuple[str, str]] = []

    def fake_ask(target, *, id_number="", phone=""):
        asked.append((id_number, phone))
        town = LookupTownship(
            org_code="370911107", name="满庄镇", count=2,
            dates=[date(2026, 10, 3), date(2026, 9, 1)],
        )  # fmt: skip
        return OtherCentres("found", 2, (town,))

    target = LookupTarget("http://district", "t", "k" * 64, None)
    monkeypatch.setattr(intake_page, "lookup_target", lambda _s: target)
    monkeypatch.setattr(intake_page, "ask_district", fake_ask)
    ctx, page = make_page(qtbot, session_factory)
    page.resize(1280, 800)
    _pick(qtbot, page)
    qtbot.waitUntil(lambda: "满庄镇" in page.side.other.text(), timeout=5000)
    assert page.side.other.text() == "其他中心：2 件，满庄镇 2026-10-03 2026-09-01"
    assert asked and asked[0][0]  # asked by the ID number (hashed inside ask)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "intake_other_centres_zh.png"))
    page.side.show_other_centres(OtherCentres("offline", message="离线，未能查询其他中心：x"))
    assert page.side.other.text().startswith("离线")
    finish(ctx, page)


def test_english_side_panel_answer(qtbot, session_factory, english):
    ctx, page = make_page(qtbot, session_factory)
    page.resize(1280, 800)
    town = LookupTownship(org_code="370911107", name="满庄镇", count=2, dates=[date(2026, 10, 3)])
    page.side.show_other_centres(OtherCentres("found", 2, (town,)))
    assert page.side.other.text() == "Other centres: 2 cases, 满庄镇 2026-10-03 (2 in all)"
    page.grab().save(str(SHOTS / "intake_other_centres_en.png"))
    page.side.show_other_centres(OtherCentres("unregistered", message=_msg()))
    assert page.side.other.text().startswith("This computer is not registered")
    finish(ctx, page)


def _msg():
    from app.services.errors import Msg

    return Msg("本机尚未注册，无法查询其他中心")
