"""Confirmed bookings of one room never overlap: the first wins, the other comes back rejected."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.domain.enums import BookingStatus
from app.models import Booking, EduRoom
from app.models.sync_state import SyncConflict


def _room(desk):
    with desk.factory() as s:
        return s.scalars(select(EduRoom).order_by(EduRoom.code)).first()


def _book(desk, room_id, org_name):
    with desk.factory.begin() as s:
        b = Booking(
            owner_org=desk.org,
            room_id=room_id,
            org_name=org_name,
            contact_name="联系人",
            contact_phone="13800000000",
            headcount=30,
            date=date(2026, 12, 8),
            slot="am",
            starts_at=datetime(2026, 12, 8, 1, 0, tzinfo=UTC),
            ends_at=datetime(2026, 12, 8, 3, 30, tzinfo=UTC),
            activity="theme_day",
            status=BookingStatus.APPROVED.value,
        )
        s.add(b)
        s.flush()
        return b.id


def test_two_offline_bookings_of_one_room_and_slot(server, desk):
    a = desk(server, "a")
    b = desk(server, "b")
    room = _room(a)
    first = _book(a, room.id, "北村党支部")
    second = _book(b, room.id, "南村党支部")
    assert a.sync().ok
    result = b.sync()
    assert result.ok and result.rejected == 1
    assert a.sync().ok
    for d in (a, b):
        won, lost = d.get(Booking, first), d.get(Booking, second)
        assert (won.confirmed, won.status) == (True, "approved")
        assert (lost.confirmed, lost.status) == (False, "rejected")
        assert "北村党支部" in lost.reason
    with b.factory() as s:
        conflict = s.scalars(select(SyncConflict)).one()
    assert conflict.kind == "booking"
    assert conflict.theirs["winner"]["id"] == first
    assert conflict.theirs["alternatives"], "free rooms or days are offered"


def test_the_database_itself_refuses_overlapping_confirmed_bookings(server):
    with server.factory() as s:
        room = s.scalars(select(EduRoom)).first()
    rows = []
    for org in ("甲", "乙"):
        rows.append(
            Booking(
                owner_org="370911106",
                room_id=room.id,
                org_name=org,
                contact_name="x",
                contact_phone="1",
                headcount=1,
                date=date(2026, 12, 9),
                slot="pm",
                starts_at=datetime(2026, 12, 9, 6, 30, tzinfo=UTC),
                ends_at=datetime(2026, 12, 9, 9, 0, tzinfo=UTC),
                activity="oath",
                status="approved",
                confirmed=True,
                version=1,
            )
        )
    with server.factory.begin() as s:
        s.add(rows[0])
    with pytest.raises(IntegrityError), server.factory.begin() as s:
        s.add(rows[1])
