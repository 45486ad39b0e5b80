"""Recurring bookings (the monthly 主题党日 on the second Tuesday): preview, book, cancel.

A series is booked date by date with the same checks as one booking. A date whose slot is
already approved for someone else, already past, or beyond the booking horizon is skipped and
listed; a problem with the form itself (phone, headcount, ...) refuses the whole series. Every
booking of a series carries its `series_id`: the series can be cancelled as a whole (dates not
yet begun) or one date at a time with the ordinary cancel.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.bookings import BookingDraft, SeriesDate, SeriesPreview, SeriesResult, SeriesRule
from app.domain.enums import BookingStatus
from app.domain.ids import uuid7
from app.models import Booking
from app.services.bookings.booking import create_booking
from app.services.bookings.rules import BookingConflict
from app.services.bookings.states import cancel_booking
from app.services.bookings.validate import check_draft
from app.services.errors import DomainError, Joined, Msg, NotFound, ValidationError
from app.services.permissions import ActorLike

MAX_DATES = 24  # two years of a monthly series
# Fields whose errors depend on the date: such a date is skipped, not the whole series refused.
_DATE_FIELDS = frozenset({"day", "slot"})


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> date | None:
    """Return the `nth` `weekday` of the month (nth=-1: the last one), None if there is none."""
    days = [
        d
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if date(year, month, d).weekday() == weekday
    ]
    index = nth - 1 if nth > 0 else nth
    return date(year, month, days[index]) if -len(days) <= index < len(days) else None


def series_dates(rule: SeriesRule) -> tuple[date, ...]:
    """Return the dates of the series, the first on or after `rule.first`."""
    if not 1 <= rule.count <= MAX_DATES:
        raise ValidationError({"count": Msg("重复次数应为1到{most}次", most=MAX_DATES)})
    out: list[date] = []
    if rule.monthly_nth is not None:
        if rule.monthly_nth not in (1, 2, 3, 4, -1) or not 0 <= rule.weekday <= 6:
            raise ValidationError({"rule": Msg("每月第几个星期几的设置不对")})
        year, month = rule.first.year, rule.first.month
        while len(out) < rule.count:
            day = _nth_weekday(year, month, rule.monthly_nth, rule.weekday)
            if day is not None and day >= rule.first:
                out.append(day)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return tuple(out)
    if not 1 <= rule.interval_weeks <= 8:
        raise ValidationError({"rule": Msg("每隔几周应为1到8周")})
    return tuple(rule.first + timedelta(weeks=rule.interval_weeks * i) for i in range(rule.count))


def _date_problem(session: Session, draft: BookingDraft, now: datetime) -> str:
    """Return why this date cannot be booked ("" when it can); raise if the form is wrong."""
    try:
        check_draft(session, draft, now=now)
    except BookingConflict as exc:
        return exc.taken  # who holds it; the free choices of that day do not help a series
    except ValidationError as exc:
        if set(exc.errors) <= _DATE_FIELDS:
            return next(iter(exc.errors.values()))
        wrong = {k: v for k, v in exc.errors.items() if k not in _DATE_FIELDS}
        raise ValidationError(wrong) from None
    except DomainError as exc:
        if exc.field in _DATE_FIELDS:
            return exc.message
        raise
    return ""


def preview_series(
    session: Session, *, draft: BookingDraft, rule: SeriesRule, now: datetime | None = None
) -> SeriesPreview:
    """Return every date of the series and, for each one that must be skipped, why."""
    now = now or datetime.now(UTC)
    return SeriesPreview(
        tuple(
            SeriesDate(day, _date_problem(session, replace(draft, day=day), now))
            for day in series_dates(rule)
        )
    )


def book_series(
    session: Session,
    *,
    draft: BookingDraft,
    rule: SeriesRule,
    actor: ActorLike,
    now: datetime | None = None,
) -> SeriesResult:
    """Book every free date of the series as 待审核; skip and list the dates that clash."""
    now = now or datetime.now(UTC)
    preview = preview_series(session, draft=draft, rule=rule, now=now)
    if not preview.bookable:
        raise DomainError("所有日期都无法预约：{reasons}", reasons=_reasons(preview.skipped))
    series_id = uuid7()
    booked = []
    for day in preview.bookable:
        view = create_booking(session, draft=replace(draft, day=day), actor=actor, now=now)
        for row in session.scalars(select(Booking).where(_same_request(view.id))):
            row.series_id = series_id
        booked.append(replace(view, series_id=series_id))
    session.flush()
    return SeriesResult(series_id, tuple(booked), preview.skipped)


def _reasons(skipped: tuple[SeriesDate, ...]) -> Joined:
    return Joined(
        (
            Msg("{month}月{day}日：{problem}", month=d.day.month, day=d.day.day, problem=d.problem)
            for d in skipped
        ),
        "；",
    )


def _same_request(lead_id: str):  # type: ignore[no-untyped-def]
    return (Booking.id == lead_id) | (Booking.group_id == lead_id)


def cancel_series(
    session: Session,
    *,
    series_id: str,
    actor: ActorLike,
    reason: str = "",
    now: datetime | None = None,
) -> int:
    """Cancel every booking of the series not yet begun (待审核 or 已通过); return how many."""
    now = now or datetime.now(UTC)
    leads = session.scalars(
        select(Booking)
        .where(Booking.series_id == series_id, Booking.deleted_at.is_(None))
        .where((Booking.group_id.is_(None)) | (Booking.group_id == Booking.id))
        .order_by(Booking.date)
    ).all()
    if not leads:
        raise NotFound("该重复预约系列不存在或已删除")
    cancelled = 0
    for b in leads:
        open_status = b.status in (BookingStatus.PENDING.value, BookingStatus.APPROVED.value)
        if open_status and b.starts_at > now:
            cancel_booking(session, booking_id=b.id, actor=actor, reason=reason, now=now)
            cancelled += 1
    return cancelled
