"""Booking state changes: which are allowed from where, and the Chinese refusals."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from app.domain.enums import BookingSlot
from app.models import Booking
from app.services.bookings import booking as bookings
from app.services.bookings import states as st
from app.services.errors import DomainError, NotFound, ValidationError
from tests.conftest import DEMO_ORG
from tests.unit.services.bookings.conftest import NOW, other

AFTER = NOW + timedelta(days=5)  # Tuesday's slot has begun


def _new(session_factory, draft):
    with session_factory.begin() as s:
        return bookings.create_booking(s, draft=draft, org=DEMO_ORG, now=NOW).id


def _do(session_factory, fn, **kw):
    with session_factory.begin() as s:
        return fn(s, **kw)


def test_approve_then_complete_with_attendance_and_rating(session_factory, draft):
    bid = _new(session_factory, draft)
    assert _do(session_factory, st.approve_booking, booking_id=bid, now=NOW).status == "approved"
    done = _do(
        session_factory, st.complete_booking, booking_id=bid, attended=23, rating=5, now=AFTER
    )
    assert (done.status_label, done.attended, done.rating) == ("已完成", 23, 5)


def test_approving_a_second_booking_of_the_same_slot_is_refused(session_factory, draft):
    first = _new(session_factory, draft)
    second = _new(session_factory, other(draft))
    _do(session_factory, st.approve_booking, booking_id=first, now=NOW)
    with pytest.raises(bookings.BookingConflict) as err:
        _do(session_factory, st.approve_booking, booking_id=second, now=NOW)
    assert "已被“满庄镇北淳于村党支部”预约" in err.value.message
    assert "请驳回本预约" in err.value.message and err.value.alternatives
    with session_factory() as s:
        assert s.get(Booking, second).status == "pending"
    # once the winner cancels, the slot is free for the other request
    _do(session_factory, st.cancel_booking, booking_id=first, reason="改期", now=NOW)
    assert _do(session_factory, st.approve_booking, booking_id=second, now=NOW).status == "approved"


def test_reject_needs_a_reason_and_keeps_it(session_factory, draft):
    bid = _new(session_factory, draft)
    with pytest.raises(ValidationError) as err:
        _do(session_factory, st.reject_booking, booking_id=bid, reason="  ")
    assert err.value.errors == {"reason": "请填写驳回理由，便于告知预约单位"}
    v = _do(session_factory, st.reject_booking, booking_id=bid, reason="当日展厅布展")
    assert (v.status_label, v.reason) == ("已驳回", "当日展厅布展")


@pytest.mark.parametrize(
    ("fn", "kw", "words"),
    [
        (st.approve_booking, {"now": NOW}, "只有待审核的预约可以通过，该预约当前为“已驳回”"),
        (st.reject_booking, {"reason": "x"}, "只有待审核的预约可以驳回"),
        (st.cancel_booking, {"now": NOW}, "只有待审核或已通过的预约可以取消"),
        (st.mark_no_show, {"now": AFTER}, "只有已通过的预约可以标记为爽约"),
        (
            st.complete_booking,
            {"attended": 3, "rating": 4, "now": AFTER},
            "只有已通过的预约可以标记为已完成",
        ),
    ],
)
def test_transitions_from_a_rejected_booking_are_refused(session_factory, draft, fn, kw, words):
    bid = _new(session_factory, draft)
    _do(session_factory, st.reject_booking, booking_id=bid, reason="场地维修")
    with pytest.raises(DomainError) as err:
        _do(session_factory, fn, booking_id=bid, **kw)
    assert words in err.value.message


def test_completion_and_no_show_wait_for_the_slot(session_factory, draft):
    bid = _new(session_factory, draft)
    _do(session_factory, st.approve_booking, booking_id=bid, now=NOW)
    with pytest.raises(ValidationError) as err:
        _do(session_factory, st.complete_booking, booking_id=bid, attended=0, rating=6, now=NOW)
    assert set(err.value.errors) == {"status", "attended", "rating"}
    assert "尚未开始" in err.value.errors["status"] and "1–5" in err.value.errors["rating"]
    with pytest.raises(DomainError, match="活动尚未开始，不能标记为爽约"):
        _do(session_factory, st.mark_no_show, booking_id=bid, now=NOW)
    with pytest.raises(DomainError, match="时段已经开始，不能取消"):
        _do(session_factory, st.cancel_booking, booking_id=bid, now=AFTER)
    v = _do(session_factory, st.mark_no_show, booking_id=bid, now=AFTER)
    assert (v.status_label, v.attended) == ("爽约", 0)


def test_a_started_slot_can_no_longer_be_approved(session_factory, draft):
    bid = _new(session_factory, draft)
    with pytest.raises(DomainError, match="已经开始，不能再审核通过"):
        _do(session_factory, st.approve_booking, booking_id=bid, now=AFTER)


def test_attendance_far_above_the_booking_is_questioned(session_factory, draft):
    bid = _new(session_factory, draft)
    _do(session_factory, st.approve_booking, booking_id=bid, now=NOW)
    with pytest.raises(ValidationError) as err:
        _do(session_factory, st.complete_booking, booking_id=bid, attended=80, rating=4, now=AFTER)
    assert "远超预约的25人" in err.value.errors["attended"]


def test_delete_is_soft_and_only_for_inactive_bookings(session_factory, draft):
    bid = _new(session_factory, draft)
    _do(session_factory, st.approve_booking, booking_id=bid, now=NOW)
    with pytest.raises(DomainError, match="“已通过”的预约不能删除"):
        _do(session_factory, st.delete_booking, booking_id=bid, now=NOW)
    _do(session_factory, st.cancel_booking, booking_id=bid, now=NOW)
    _do(session_factory, st.delete_booking, booking_id=bid, now=NOW)
    with session_factory() as s:
        row = s.get(Booking, bid)
        assert row is not None and row.deleted_at is not None
        assert bookings.list_bookings(s) == ()
        with pytest.raises(NotFound, match="不存在或已删除"):
            bookings.get_booking(s, booking_id=bid)


def test_cancelled_slot_is_free_again_for_a_new_booking(session_factory, draft):
    bid = _new(session_factory, draft)
    _do(session_factory, st.approve_booking, booking_id=bid, now=NOW)
    _do(session_factory, st.cancel_booking, booking_id=bid, now=NOW)
    again = _new(session_factory, other(draft, slot=BookingSlot.MORNING.value))
    assert _do(session_factory, st.approve_booking, booking_id=again, now=NOW).status == "approved"


def test_booking_writes_outbox_ops_for_sync(session_factory, draft):
    from sqlalchemy import select

    from app.models import SyncOutbox

    bid = _new(session_factory, replace(draft, headcount=10))
    _do(session_factory, st.approve_booking, booking_id=bid, now=NOW)
    with session_factory() as s:
        ops = s.scalars(select(SyncOutbox).where(SyncOutbox.entity_id == bid)).all()
    assert len(ops) == 2


def test_slip_view_masks_the_phone(session_factory, draft):
    bid = _new(session_factory, draft)
    with session_factory() as s:
        slip = bookings.booking_slip(s, booking_id=bid, issuer="预约管理员", now=NOW)
    assert slip.phone_masked == "138****1234" and slip.org_name == draft.org_name
    assert slip.slot_label.startswith("上午") and slip.room_name == "研讨室一"
