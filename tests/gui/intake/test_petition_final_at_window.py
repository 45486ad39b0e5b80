"""Issue #17: a visitor whose 信访 matter is 终结 is told so plainly at the window."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import CaseKind
from app.domain.ids import reference_id
from app.models.base import utcnow
from app.services.transfer import actions as transfer
from app.services.transfer import petition
from tests.gui.intake.test_intake_drills import finish, make_page
from tests.unit.services.intake.conftest import ACTOR, applicant, intake
from tests.unit.services.transfer.helpers import DESK, dept, handler

K = Qt.Key
SHOTS = Path(os.environ.get("YIZHAN_SHOTS", "/tmp/yizhan-shots"))


def _concluded_petition(session_factory) -> str:
    """Register 张三丰's 申诉求决类 petition and take it through 复核 to 信访终结."""
    from app.services.intake import register as svc

    with session_factory.begin() as s:
        data = intake(
            kind=CaseKind.PETITION_CLAIM,
            category_id=reference_id("category", "XFJ"),
            parties=(applicant(name="张三丰", phone="13812345678"),),
            facts="对村里宅基地分配结果不服，多次反映。",
            demands="重新分配宅基地",
        )
        first = svc.register_case(s, data=data, actor=ACTOR)
        cid = first.case_id
        xfb, xfj, zfw = handler("T-XFB"), handler("D-XFJ"), handler("D-ZFW")
        transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-XFB"))
        transfer.sign(s, actor=xfb, case_id=cid)
        petition.decide_acceptance(s, actor=xfb, case_id=cid, accepted=True)
        petition.give_opinion(
            s, actor=xfb, case_id=cid, opinion="维持分配方案", review_department_id=dept("D-XFJ")
        )
        petition.request_review(s, actor=xfj, case_id=cid, requested_at=utcnow())
        petition.review_opinion(
            s, actor=xfj, case_id=cid, opinion="维持", recheck_department_id=dept("D-ZFW")
        )
        petition.request_recheck(s, actor=zfw, case_id=cid, requested_at=utcnow())
        petition.recheck_opinion(s, actor=zfw, case_id=cid, opinion="维持")
        return first.case_no


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_window_says_the_matter_is_concluded(qtbot, session_factory, clerk, request, lang):
    if lang == "en":
        request.getfixturevalue("english")
    case_no = _concluded_petition(session_factory)
    ctx, page = make_page(qtbot, session_factory)
    assert not page.side.final.isVisible()
    page.lookup.edit.setFocus()
    clerk.key(K.Key_F2, note="F2")
    clerk.text("13812345678")
    qtbot.waitUntil(lambda: len(page.lookup.hits) == 1, timeout=5000)
    clerk.key(K.Key_Return, note="Enter (pick)")
    qtbot.waitUntil(lambda: page.side.final.isVisible(), timeout=5000)
    text = page.side.final.text()
    assert case_no in text
    assert ("信访终结" in text) if lang == "zh" else ("concluded" in text)
    assert page.side.history.count() == 1
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.resize(1280, 800)
    page.grab().save(str(SHOTS / f"intake_petition_final_{lang}.png"))
    finish(ctx, page)
