"""Edit a booking, or every date of a series not yet begun; approved bookings are locked.

What may change is the form (organisation, contact, headcount, topic, note, guide); the room and
time are changed by cancelling and booking again, so the approval rule is never bypassed. Once a
booking is approved it is locked for the booker: only a reviewer of the site may still edit it
(`app.domain.bookings.edit_lock`, which the page uses to grey the button and say why).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.bookings import BookingEdit, BookingView, EditLock, SeriesDate, SeriesEditResult
from app.domain.bookings import edit_lock as _edit_lock
from app.domain.permissions import Action, allowed
from app.models import Booking, EduRoom
from app.services.bookings.booking import booking_view, live_booking
from app.services.bookings.validate import _text
from app.services.common.identity import normalize_phone
from app.services.errors import DomainError, Forbidden, Msg, NotFound, ValidationError
from app.services.permissions import ActorLike, require

LOCK_MESSAGES = {
    EditLock.STATUS: Msg("只有待审核或已通过的预约可以修改"),
    EditLock.STARTED: Msg("活动时段已经开始，不能再修改"),
    EditLock.APPROVED: Msg("预约已通过审核，已锁定；如需修改请联系阵地管理员，或取消后重新预约"),
    EditLock.OTHER_ORG: Msg("只能修改本镇街提交的预约"),
}


def _rows(session: Session, b: Booking) -> list[Booking]:
    if b.group_id is None:
        return [b]
    return list(
        session.scalars(
            select(Booking).where(Booking.group_id == b.group_id, Booking.deleted_at.is_(None))
        )
    )


def _clean(session: Session, rows: list[Booking], edit: BookingEdit) -> dict[str, object]:
    """Return the new column values, or raise ValidationError naming every problem."""
    errors: dict[str, str] = {}
    org_name = _text(errors, "org_name", edit.org_name, Msg("预约单位"), 128)
    if not org_name:
        errors["org_name"] = "请填写预约单位（党委/党总支/党支部名称）"
    contact = _text(errors, "contact_name", edit.contact_name, Msg("联系人"), 64)
    if not contact:
        errors["contact_name"] = "请填写联系人姓名"
    values: dict[str, object] = {}
    if edit.contact_phone.strip():
        try:
            phone = normalize_phone(edit.contact_phone)
            if not phone.startswith("1"):
                errors["contact_phone"] = "请填写联系人的手机号码（11位），便于通知审核结果"
            values["contact_phone"] = phone
        except DomainError as exc:
            errors["contact_phone"] = exc.message
    seats = 0
    for r in rows:
        room = session.get(EduRoom, r.room_id)
        seats += room.capacity if room else 0
    if edit.headcount < 1:
        errors["headcount"] = "参加人数至少为1人"
    elif edit.headcount > seats:
        errors["headcount"] = Msg(
            "参加人数{n}人超过所订房间的容量{seats}人", n=edit.headcount, seats=seats
        )
    audience = _text(errors, "audience", edit.audience, Msg("参加对象"), 64)
    topic = _text(errors, "topic", edit.topic, Msg("活动主题"), 200)
    if errors:
        raise ValidationError(errors)
    values.update(
        org_name=org_name,
        contact_name=contact,
        headcount=edit.headcount,
        audience=audience,
        topic=topic,
        guide_needed=edit.guide_needed,
        note=edit.note.strip(),
    )
    return values


def _check_lock(view: BookingView, actor: ActorLike, now: datetime) -> None:
    if not allowed(actor.role, Action.REVIEW_BOOKING):
        require(actor, Action.CREATE_BOOKING)
    lock = _edit_lock(view, role=actor.role, org_code=actor.org_code, now=now)
    if lock == EditLock.OTHER_ORG:
        raise Forbidden(LOCK_MESSAGES[lock])
    if lock != EditLock.NONE:
        raise DomainError(LOCK_MESSAGES[lock], field="status")


def edit_booking(
    session: Session,
    *,
    booking_id: str,
    edit: BookingEdit,
    actor: ActorLike,
    now: datetime | None = None,
) -> BookingView:
    """Change the form of one booking (every room of its request); refused once it is locked."""
    now = now or datetime.now(UTC)
    b = live_booking(session, booking_id)
    view = booking_view(session, b)
    _check_lock(view, actor, now)
    rows = _rows(session, b)
    values = _clean(session, rows, edit)
    for r in rows:
        for key, value in values.items():
            setattr(r, key, value)
    session.flush()
    return booking_view(session, b)


def edit_series(
    session: Session,
    *,
    series_id: str,
    edit: BookingEdit,
    actor: ActorLike,
    now: datetime | None = None,
) -> SeriesEditResult:
    """Change the form of every date of the series not yet begun; list the dates left and why.

    A locked date (approved, for the booker) keeps its values and is listed, the others change.
    """
    now = now or datetime.now(UTC)
    leads = session.scalars(
        select(Booking)
        .where(Booking.series_id == series_id, Booking.deleted_at.is_(None))
        .where((Booking.group_id.is_(None)) | (Booking.group_id == Booking.id))
        .order_by(Booking.date)
    ).all()
    if not leads:
        raise NotFound("该重复预约系列不存在或已删除")
    edited = 0
    skipped: list[SeriesDate] = []
    for b in leads:
        view = booking_view(session, b, tentative=False)
        lock = _edit_lock(view, role=actor.role, org_code=actor.org_code, now=now)
        if lock == EditLock.OTHER_ORG:
            raise Forbidden(LOCK_MESSAGES[lock])
        if lock in (EditLock.STATUS, EditLock.STARTED):
            continue  # past, cancelled or closed dates are history, not skipped edits
        if lock != EditLock.NONE:
            skipped.append(SeriesDate(b.date, LOCK_MESSAGES[lock]))
            continue
        edit_booking(session, booking_id=b.id, edit=edit, actor=actor, now=now)
        edited += 1
    if not edited and not skipped:
        raise DomainError("该系列没有尚未开始的预约可以修改", field="status")
    return SeriesEditResult(edited, tuple(skipped))
