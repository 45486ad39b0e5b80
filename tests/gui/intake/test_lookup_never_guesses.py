"""Issue #12 item 4: a lookup with several matches never guesses; a repeat link only on a pick."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.intake import register as svc
from tests.gui.intake.test_intake_drills import finish, make_page, wait_saved
from tests.unit.services.intake.conftest import ACTOR, HY, LL, applicant, intake, resident_id

K = Qt.Key
SHARED = "13855556666"


def _settle(qtbot, ctx) -> None:
    """Let the lookups and history loads a pick started answer before the page goes."""
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    qtbot.wait(100)
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)


def _two_people_one_phone(session_factory) -> None:
    with session_factory.begin() as s:
        svc.register_case(
            s,
            data=intake(
                parties=(
                    applicant(
                        name="李六", phone=SHARED, id_number=resident_id("37091119700101003")
                    ),
                ),
                category_id=HY,
                facts="拖欠工资三个月，要求支付。",
            ),
            actor=ACTOR,
        )
        svc.register_case(
            s,
            data=intake(
                parties=(
                    applicant(
                        name="张五", phone=SHARED, id_number=resident_id("37091119720202004")
                    ),
                ),
            ),
            actor=ACTOR,
        )


def test_enter_on_a_shared_phone_requires_a_choice(qtbot, session_factory, clerk):
    # Defect: a phone shared by 李六 and 张五 — Enter took 李六 when the visitor was 张五.
    _two_people_one_phone(session_factory)
    ctx, page = make_page(qtbot, session_factory)
    page.resize(1280, 800)
    picked: list[object] = []
    page.lookup.sig_picked.connect(picked.append)
    page.lookup.edit.setFocus()
    clerk.text(SHARED)
    qtbot.waitUntil(lambda: len(page.lookup.hits) == 2, timeout=5000)
    clerk.key(K.Key_Return, note="Enter (no choice yet)")
    qtbot.wait(200)
    assert picked == [] and page.applicant.name.text() == ""
    assert page.lookup.results.isVisible()  # the list stays open
    assert "2" in page.lookup.hint.text() and "↓" in page.lookup.hint.text()
    assert page.lookup.edit.hasFocus()
    page.grab().save("shots/lookup_shared_phone_zh.png")
    clerk.key(K.Key_Down, note="Down")
    clerk.key(K.Key_Down, note="Down")
    clerk.key(K.Key_Return, note="Enter (pick 2nd)")
    qtbot.waitUntil(lambda: bool(picked), timeout=3000)
    names = sorted(h.name for h in page.lookup.hits) if page.lookup.hits else []
    assert page.applicant.name.text() in ("李六", "张五")
    assert page.applicant.name.text() == picked[0].name
    assert names == [] or len(names) == 2
    _settle(qtbot, ctx)
    finish(ctx, page)


def test_none_of_them_starts_a_new_visitor_with_the_phone(qtbot, session_factory, clerk):
    _two_people_one_phone(session_factory)
    ctx, page = make_page(qtbot, session_factory)
    page.lookup.edit.setFocus()
    clerk.text(SHARED)
    qtbot.waitUntil(lambda: len(page.lookup.hits) == 2, timeout=5000)
    # The last line of the list is "none of them": a new visitor who shares the phone.
    assert page.lookup.results.count() == 3
    for _ in range(3):
        clerk.key(K.Key_Down)
    clerk.key(K.Key_Return)
    qtbot.waitUntil(lambda: page.applicant.phone.text() == SHARED, timeout=3000)
    assert page.applicant.person_id is None and page.applicant.name.hasFocus()
    _settle(qtbot, ctx)
    finish(ctx, page)


def test_a_single_match_is_still_picked_by_enter(qtbot, session_factory, clerk):
    with session_factory.begin() as s:
        svc.register_case(s, data=intake(), actor=ACTOR)
    ctx, page = make_page(qtbot, session_factory)
    page.lookup.edit.setFocus()
    clerk.text("13812345678")
    qtbot.waitUntil(lambda: len(page.lookup.hits) == 1, timeout=5000)
    clerk.key(K.Key_Return)
    assert page.applicant.name.text() == "张三丰"
    _settle(qtbot, ctx)
    finish(ctx, page)


def test_no_repeat_link_unless_the_clerk_picks_it(qtbot, session_factory, clerk):
    # Defect: the saved case was marked 重复件 of an unrelated wage case though the clerk never
    # clicked the link.
    _two_people_one_phone(session_factory)
    ctx, page = make_page(qtbot, session_factory)
    page.lookup.edit.setFocus()
    clerk.text(SHARED)
    qtbot.waitUntil(lambda: len(page.lookup.hits) == 2, timeout=5000)
    row = next(i for i, h in enumerate(page.lookup.hits) if h.name == "张五")
    for _ in range(row + 1):
        clerk.key(K.Key_Down)
    clerk.key(K.Key_Return)
    assert page.applicant.name.text() == "张五"
    qtbot.waitUntil(lambda: page.side.warning.isVisible(), timeout=5000)  # same phone: 李六's
    page.fields.category.set_value(LL)
    page.fields.facts.setPlainText("邻居堆放柴草。")
    page.save()
    saved = wait_saved(qtbot, page)
    assert not saved.is_repeat and saved.repeat_of_id is None
    _settle(qtbot, ctx)
    finish(ctx, page)


def test_the_clerk_links_a_repeat_with_one_key(qtbot, session_factory, clerk):
    with session_factory.begin() as s:
        first = svc.register_case(s, data=intake(), actor=ACTOR)
    ctx, page = make_page(qtbot, session_factory)
    page.lookup.edit.setFocus()
    clerk.text("13812345678")
    qtbot.waitUntil(lambda: len(page.lookup.hits) == 1, timeout=5000)
    clerk.key(K.Key_Return)
    qtbot.waitUntil(lambda: page.side.warning.isVisible(), timeout=5000)
    assert page.side.linked_id is None
    clerk.key(K.Key_L, Qt.KeyboardModifier.AltModifier, note="Alt+L")
    assert page.side.linked_id == first.case_id
    assert "已关联" in page.side.warning.text()
    page.fields.category.set_value(LL)
    page.fields.facts.setPlainText("柴草又堆回来了。")
    page.save()
    saved = wait_saved(qtbot, page)
    assert saved.is_repeat and saved.repeat_of_id == first.case_id
    _settle(qtbot, ctx)
    finish(ctx, page)
