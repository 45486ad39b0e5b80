"""What the services say is English with the English catalogue and unchanged Chinese without it:
the case timeline, overdue reasons, error dialogs and field messages, booking clashes, sync runs."""

from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.bookings import BookingDraft
from app.domain.enums import Activity, BookingSlot, EventType, Role
from app.domain.transfer import Queue, ReturnReason
from app.models import EduRoom
from app.models.base import utcnow
from app.services.bookings import booking as bookings
from app.services.bookings import states as booking_states
from app.services.common.identity import normalize_phone, validate_id
from app.services.errors import DomainError, Msg, ValidationError
from app.services.transfer import actions as transfer
from app.services.transfer.workflow import record
from app.views.context import build_test_context
from app.views.operations import error_text, show_error
from app.views.service_messages import service_text, stored_text
from app.views.transfer.page import TransferPage
from tests.conftest import DEMO_ORG
from tests.unit.services.bookings.conftest import NOW, PLATFORM_ROOM, TUESDAY, other
from tests.unit.services.transfer.helpers import CHIEF, DESK, dept, handler, make_case

CJK = re.compile(r"[\u4e00-\u9fff]")
SHOTS = Path(os.environ.get("YIZHAN_SHOTS", "/tmp/yizhan-shots"))


@pytest.fixture
def booking_draft() -> BookingDraft:
    """Return a valid draft for Tuesday morning in the platform's 研讨室一."""
    return BookingDraft(
        room_id=PLATFORM_ROOM, org_name="满庄镇北淳于村党支部", contact_name="王建国",
        contact_phone="138 0538 1234", headcount=25, day=TUESDAY,
        slot=BookingSlot.MORNING.value, activity=Activity.THEME_DAY.value, audience="全体党员",
        topic="学习贯彻党的二十届四中全会精神", guide_needed=True, note="",
    )  # fmt: skip


def _raised(fn, *args, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as err:
        fn(*args, **kwargs)
    return err.value


def _case_with_history(session) -> str:
    """A case dispatched to 人社所 with 司法所 assisting, returned by 人社所, reassigned, late.

    The supervisor's page escalates it (升级督办, by 系统自动) when it loads.
    """
    cid = make_case(session, category="LD")
    then = utcnow() - timedelta(days=40)
    payload = {
        "lead_department_id": dept("T-RSS"),
        "assist_department_ids": [dept("T-SFS")],
        "due_at": then + timedelta(days=30),
    }
    record(session, case_id=cid, type=EventType.DISPATCH, actor=DESK, payload=payload, at=then)
    transfer.return_case(
        session, actor=handler("T-RSS"), case_id=cid, reason_code=ReturnReason.NOT_OUR_DUTY.value
    )
    payload = {"lead_department_id": dept("T-SFS"), "due_at": then + timedelta(days=30)}
    record(session, case_id=cid, type=EventType.RULE_REASSIGN, actor=CHIEF, payload=payload,
           at=then)  # fmt: skip
    record(session, case_id=cid, type=EventType.SIGN, actor=handler("T-SFS"), at=then,
           department_id=dept("T-SFS"))  # fmt: skip
    return cid


def _transfer_page(qtbot, session_factory, lang: str) -> TransferPage:
    ctx = build_test_context(session_factory, role=Role.SUPERVISOR.value)
    cid = ctx.runner.call(_case_with_history)
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 760)
    page.show()
    qtbot.waitSignal(page.sig_refreshed, timeout=5000).wait()
    page.scope.setCurrentIndex(page.scope.findData("all"))
    page.select_queue(Queue.OVERDUE)
    qtbot.waitUntil(lambda: [r.id for r in page.model.rows] == [cid], timeout=5000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.timeline.topLevelItemCount() == 7, timeout=5000)
    (SHOTS / lang).mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / lang / "transfer_timeline.png"))
    return page


def _details(page: TransferPage) -> list[str]:
    tree = page.detail.timeline
    return [tree.topLevelItem(i).text(3) for i in range(tree.topLevelItemCount())]


def test_timeline_details_and_overdue_reasons_are_english(english, qtbot, session_factory):
    page = _transfer_page(qtbot, session_factory, "english")
    details = _details(page)
    assert re.fullmatch(
        r"Lead: 人社所\(劳动保障\); assisting: 司法所; due \d{4}-\d\d-\d\d", details[2]
    )
    assert details[3] == "Not this department's duty: Not this department's duty", details[3]
    assert details[4].startswith("Lead: 司法所; due ")
    escalation = page.detail.timeline.topLevelItem(6)
    assert escalation.text(2) == "System (automatic)"
    assert (
        details[6] == "Overdue and not closed; escalated to the district supervisor automatically"
    )
    reasons = page.reasons.text()
    assert "Return: Not this department's duty" in reasons, reasons
    assert not CJK.search(reasons.replace("人社所", "")), reasons
    page.ctx.runner.shutdown()


def test_timeline_details_stay_chinese_by_default(qtbot, session_factory):
    page = _transfer_page(qtbot, session_factory, "chinese")
    details = _details(page)
    assert re.fullmatch(
        r"主办：人社所\(劳动保障\)；协办：司法所；期限至\d{4}-\d\d-\d\d", details[2]
    )
    assert details[3] == "不属本部门职责：不属本部门职责"
    assert page.detail.timeline.topLevelItem(6).text(2) == "系统自动"
    assert details[6] == "超期未办结，自动升级至区督导"
    assert "退回：不属本部门职责" in page.reasons.text()
    page.ctx.runner.shutdown()


def test_domain_errors_read_in_english(english, qtbot, session_factory):
    assert error_text(_raised(validate_id, "resident", "37091119")) == (
        "An ID number has 18 characters; this one has 8"
    )
    assert error_text(_raised(validate_id, "hkmo_permit", "110101199003074477")) == (
        "A HK/Macao residence permit number starts with 810000, 820000"
    )
    assert error_text(_raised(normalize_phone, "1380538")) == (
        "A mobile number has 11 digits; this one has 7"
    )
    with session_factory.begin() as s:
        cid = make_case(s)
        exc = _raised(transfer.sign, s, actor=handler("T-SFS"), case_id=cid)
        assert error_text(exc) == "The case is “Accepted”; “Acknowledge” is not possible now"
        assert _save_dialog(qtbot, exc, "english", "transition") == error_text(exc)
        exc = _raised(transfer.request_extension, s, actor=CHIEF, case_id=cid, days=0, reason="")
        assert isinstance(exc, ValidationError)
        assert error_text(exc) == (
            "The extension must be more than zero days; "
            "An extension request needs a reason (printed on the extension notice)"
        )


def test_sync_messages_read_in_english(english):
    assert stored_text("同步完成") == "Sync complete"
    assert stored_text("无法连接服务器：ConnectError") == "Cannot reach the server: ConnectError"
    assert stored_text("数据分区 org:370911106 校验不一致") == (
        "Data partition org:370911106 failed verification"
    )
    assert stored_text("设备令牌无效") == "Invalid device token"  # the server's own words
    assert stored_text("张三") == "张三"


def test_messages_stay_chinese_by_default():
    for msg in (
        Msg("“{status}”的预约不能删除；已通过的请先取消", status=bookings.BookingStatus.APPROVED),
        Msg("第{n}条：{problem}", n=2, problem=Msg("请选择班次和岗位")),
        Msg("主办：{lead}；协办：{assists}；期限至{due}", lead="甲", assists=("乙", "丙"), due="x"),
    ):
        assert service_text(msg) == str(msg)
    assert str(msg) == "主办：甲；协办：乙、丙；期限至x"


def _clash(session_factory, draft) -> bookings.BookingConflict:
    with session_factory.begin() as s:
        v = bookings.create_booking(s, draft=draft, org=DEMO_ORG, now=NOW)
        booking_states.approve_booking(s, booking_id=v.id, now=NOW)
    with session_factory() as s, pytest.raises(bookings.BookingConflict) as err:
        bookings.create_booking(s, draft=other(draft), org=DEMO_ORG, now=NOW)
    return err.value


def _save_dialog(qtbot, exc: BaseException, lang: str, name: str) -> str:
    box = show_error(None, exc)
    qtbot.addWidget(box)
    qtbot.waitUntil(box.isVisible, timeout=5000)
    (SHOTS / lang).mkdir(parents=True, exist_ok=True)
    box.grab().save(str(SHOTS / lang / f"error_dialog_{name}.png"))
    text = box.text()
    box.done(0)
    return text


def test_booking_clash_dialog_is_english(english, qtbot, session_factory, booking_draft):
    exc = _clash(session_factory, booking_draft)
    text = _save_dialog(qtbot, exc, "english", "booking_clash")
    assert text.startswith("研讨室一 on 12/1 (Morning) is already booked by “满庄镇北淳于村党支部”")
    assert "(approved). Free instead: 12/1 Afternoon · 研讨室一; 12/1 Morning · " in text, text
    assert not CJK.search(re.sub(r"^\S+|“[^”]*”|· [^;]+", "", text)), text  # less the data


def test_booking_clash_dialog_stays_chinese(qtbot, session_factory, booking_draft):
    exc = _clash(session_factory, booking_draft)
    text = _save_dialog(qtbot, exc, "chinese", "booking_clash")
    assert text == str(exc.errors["slot"])
    assert text.startswith(
        "研讨室一12月1日上午已被“满庄镇北淳于村党支部”预约（已通过）。可选空闲："
    )


def test_booking_dialog_names_the_holder_in_english(
    english,
    qtbot,
    session_factory,
    booking_draft,
):
    from app.views.bookings.dialogs import BookingDialog

    exc = _clash(session_factory, booking_draft)
    ctx = build_test_context(session_factory, role=Role.BOOKING_CLERK.value)
    room = ctx.runner.call(lambda s: bookings._room_view(s.get(EduRoom, booking_draft.room_id)))
    dialog = BookingDialog(ctx, room, "Site", booking_draft.day, booking_draft.slot)
    qtbot.addWidget(dialog)
    dialog._failed(exc)
    dialog.show()
    dialog.grab().save(str(SHOTS / "english" / "booking_dialog_clash.png"))
    assert dialog.error_label.text() == (
        "研讨室一 on 12/1 (Morning) is already booked by “满庄镇北淳于村党支部” (approved). "
        "You can rebook one of these free sessions or rooms:"
    )
    assert len(dialog.alt_buttons) == len(exc.alternatives)
    ctx.runner.shutdown()


def test_duty_list_problems_and_shift_lines_are_english(english):
    assert service_text(Msg("部门编码{code}重复", code="T-SFS")) == (
        "Department code T-SFS appears twice"
    )
    msg = Msg("第{n}条：{problem}", n=2, problem=Msg("请选择班次和岗位"))
    assert service_text(msg) == "Line 2: Please choose the shift and the post"
    assert service_text("请选择班次和岗位") == "Please choose the shift and the post"
