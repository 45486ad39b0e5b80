"""Booking state changes: approve, reject, cancel, complete, no-show and (soft) delete.

待审核 → 已通过 | 已驳回 | 已取消 ; 已通过 → 已取消 | 已完成 | 爽约. Approval applies the same rule
the district server arbitrates with: the first approved booking of a room's slot wins.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.bookings import BookingView
from app.domain.enums import BookingStatus
from app.models import Booking, EduRoom
from app.services.bookings.booking import booking_view, live_booking
from app.services.bookings.rules import alternatives, conflict, holder
from app.services.errors import DomainError, Joined, Msg, ValidationError

P = BookingStatus.PENDING
A = BookingStatus.APPROVED
VERBS = {
    BookingStatus.APPROVED: Msg("通过"),
    BookingStatus.REJECTED: Msg("驳回"),
    BookingStatus.CANCELLED: Msg("取消"),
    BookingStatus.COMPLETED: Msg("标记为已完成"),
    BookingStatus.NO_SHOW: Msg("标记为爽约"),
}
ALLOWED_FROM: dict[BookingStatus, tuple[BookingStatus, ...]] = {
    BookingStatus.APPROVED: (P,),
    BookingStatus.REJECTED: (P,),
    BookingStatus.CANCELLED: (P, A),
    BookingStatus.COMPLETED: (A,),
    BookingStatus.NO_SHOW: (A,),
}
DELETABLE = (P, BookingStatus.REJECTED, BookingStatus.CANCELLED)


def _check(b: Booking, target: BookingStatus) -> None:
    """Refuse a transition the booking's status does not allow, naming both states."""
    allowed = ALLOWED_FROM[target]
    if b.status not in allowed:
        raise DomainError(
            "只有{allowed}的预约可以{verb}，该预约当前为“{status}”",
            field="status",
            allowed=Joined(allowed, "或"),
            verb=VERBS[target],
            status=BookingStatus(b.status),
        )


def _started(b: Booking, now: datetime) -> bool:
    return b.starts_at <= now


def _request(session: Session, booking_id: str) -> tuple[Booking, list[Booking]]:
    """Return the lead row of a request and every live row of it (one per room)."""
    b = live_booking(session, booking_id)
    if b.group_id is None:
        return b, [b]
    rows = list(
        session.scalars(
            select(Booking).where(Booking.group_id == b.group_id, Booking.deleted_at.is_(None))
        )
    )
    lead = next((r for r in rows if r.id == b.group_id), b)
    return lead, rows


def _set(rows: list[Booking], **values: object) -> None:
    for r in rows:
        for key, value in values.items():
            setattr(r, key, value)


def approve_booking(
    session: Session, *, booking_id: str, now: datetime | None = None
) -> BookingView:
    """Approve a 待审核 booking unless another booking already holds the room at that time."""
    now = now or datetime.now(UTC)
    b, rows = _request(session, booking_id)
    _check(b, BookingStatus.APPROVED)
    if _started(b, now):
        raise DomainError("该预约时段已经开始，不能再审核通过；请驳回或取消", field="status")
    for row in rows:
        taken = holder(session, room_id=row.room_id, day=b.date, slot=b.slot, exclude_id=row.id)
        if taken is not None:
            room = session.get(EduRoom, row.room_id)
            assert room is not None  # a booking's room is reference data and never removed
            cap = min(b.headcount, room.capacity)
            alts = alternatives(session, room=room, day=b.date, slot=b.slot, headcount=cap, now=now)
            raise conflict(taken, room, b.date, b.slot, alts, approving=True)
    _set(rows, status=A.value, reason="")
    session.flush()
    return booking_view(session, b)


def reject_booking(session: Session, *, booking_id: str, reason: str) -> BookingView:
    """Reject a 待审核 booking; the reason is told to the organisation."""
    b, rows = _request(session, booking_id)
    _check(b, BookingStatus.REJECTED)
    text = reason.strip()
    if not text:
        raise ValidationError({"reason": "请填写驳回理由，便于告知预约单位"})
    if len(text) > 500:
        raise ValidationError({"reason": Msg("驳回理由不能超过500个字（现在{n}个）", n=len(text))})
    _set(rows, status=BookingStatus.REJECTED.value, reason=text)
    session.flush()
    return booking_view(session, b)


def cancel_booking(
    session: Session, *, booking_id: str, reason: str = "", now: datetime | None = None
) -> BookingView:
    """Cancel a 待审核 or 已通过 booking before its slot starts; the slot becomes free."""
    now = now or datetime.now(UTC)
    b, rows = _request(session, booking_id)
    _check(b, BookingStatus.CANCELLED)
    if b.status == A.value and _started(b, now):
        raise DomainError("活动时段已经开始，不能取消；请标记为已完成或爽约", field="status")
    _set(rows, status=BookingStatus.CANCELLED.value, reason=reason.strip()[:500])
    session.flush()
    return booking_view(session, b)


def complete_booking(
    session: Session,
    *,
    booking_id: str,
    attended: int,
    rating: int,
    now: datetime | None = None,
) -> BookingView:
    """Record that an approved booking took place, with the attended headcount and a 1–5 rating."""
    now = now or datetime.now(UTC)
    b, rows = _request(session, booking_id)
    _check(b, BookingStatus.COMPLETED)
    errors: dict[str, str] = {}
    if not _started(b, now):
        errors["status"] = "活动尚未开始，不能标记为已完成"
    if attended < 1:
        errors["attended"] = "实到人数至少为1人；无人到场请标记为爽约"
    elif attended > max(b.headcount * 2, b.headcount + 20):
        errors["attended"] = Msg(
            "实到{attended}人远超预约的{headcount}人，请核对",
            attended=attended,
            headcount=b.headcount,
        )
    if not 1 <= rating <= 5:
        errors["rating"] = "评价应为1–5星"
    if errors:
        raise ValidationError(errors)
    _set(rows, status=BookingStatus.COMPLETED.value, attended=attended, rating=rating)
    session.flush()
    return booking_view(session, b)


def mark_no_show(session: Session, *, booking_id: str, now: datetime | None = None) -> BookingView:
    """Record that the organisation of an approved booking did not come."""
    now = now or datetime.now(UTC)
    b, rows = _request(session, booking_id)
    _check(b, BookingStatus.NO_SHOW)
    if not _started(b, now):
        raise DomainError("活动尚未开始，不能标记为爽约；如对方不来请取消预约", field="status")
    _set(rows, status=BookingStatus.NO_SHOW.value, attended=0)
    session.flush()
    return booking_view(session, b)


def delete_booking(
    session: Session, *, booking_id: str, now: datetime | None = None
) -> BookingView:
    """Soft-delete a 待审核, 已驳回 or 已取消 booking (the row stays for sync and audit)."""
    now = now or datetime.now(UTC)
    b, rows = _request(session, booking_id)
    if b.status not in DELETABLE:
        raise DomainError(
            "“{status}”的预约不能删除；已通过的请先取消",
            field="status",
            status=BookingStatus(b.status),
        )
    view = booking_view(session, b)
    _set(rows, deleted_at=now)
    session.flush()
    return view
