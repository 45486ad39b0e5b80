"""Check a booking draft: every problem at once, in Chinese, before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.domain.bookings import BookingDraft
from app.domain.enums import Activity
from app.models import EduRoom
from app.services.bookings.rules import (
    SLOT_TIMES,
    alternatives,
    china_today,
    conflict,
    holder,
    slot_bounds,
)
from app.services.common.identity import normalize_phone
from app.services.errors import DomainError, Msg, NotFound, ValidationError

MAX_DAYS_AHEAD = 180


@dataclass(frozen=True)
class CleanDraft:
    """A draft that passed every check: its rooms (lead first) and tidied texts."""

    rooms: tuple[EduRoom, ...]
    org_name: str
    contact_name: str
    phone: str
    audience: str
    topic: str


def live_room(session: Session, room_id: str) -> EduRoom:
    """Return an active room, or raise NotFound."""
    room = session.get(EduRoom, room_id)
    if room is None or room.deleted_at is not None or not room.active:
        raise NotFound("所选房间不存在或已停用，请重新选择", field="room_id")
    return room


def _text(errors: dict[str, str], field: str, value: str, label: str, most: int) -> str:
    text = " ".join(value.split())
    if len(text) > most:
        errors[field] = Msg(
            "{label}不能超过{most}个字（现在{n}个）", label=label, most=most, n=len(text)
        )
    return text


def _rooms(session: Session, draft: BookingDraft, errors: dict[str, str]) -> tuple[EduRoom, ...]:
    room = live_room(session, draft.room_id)
    extras = [
        live_room(session, rid) for rid in dict.fromkeys(draft.extra_room_ids) if rid != room.id
    ]
    if any(r.site_id != room.site_id for r in extras):
        errors["room_id"] = "同一预约的多个房间须属于同一阵地"
    return (room, *extras)


def _headcount(draft: BookingDraft, rooms: tuple[EduRoom, ...], errors: dict[str, str]) -> None:
    seats = sum(r.capacity for r in rooms)
    if draft.headcount < 1:
        errors["headcount"] = "参加人数至少为1人"
    elif draft.headcount > seats and len(rooms) == 1:
        errors["headcount"] = Msg(
            "参加人数{n}人超过{room}的容量{seats}人，请分批预约、加选房间或选择更大的房间",
            n=draft.headcount,
            room=rooms[0].name,
            seats=seats,
        )
    elif draft.headcount > seats:
        errors["headcount"] = Msg(
            "参加人数{n}人超过所选{rooms}个房间的合计容量{seats}人",
            n=draft.headcount,
            rooms=len(rooms),
            seats=seats,
        )


def _when(draft: BookingDraft, now: datetime, errors: dict[str, str]) -> None:
    today = china_today(now)
    if draft.slot not in SLOT_TIMES:
        errors["slot"] = "请选择上午或下午时段"
    elif draft.day < today:
        errors["day"] = Msg(
            "预约日期{month}月{day}日已过，请选择今天以后的日期",
            month=draft.day.month,
            day=draft.day.day,
        )
    elif slot_bounds(draft.day, draft.slot)[0] <= now:
        errors["slot"] = "该时段已经开始，不能再预约"
    elif (draft.day - today).days > MAX_DAYS_AHEAD:
        errors["day"] = Msg("只能预约{days}天以内的日期", days=MAX_DAYS_AHEAD)


def check_draft(session: Session, draft: BookingDraft, *, now: datetime) -> CleanDraft:
    """Return the cleaned draft, or raise ValidationError / BookingConflict naming every problem."""
    errors: dict[str, str] = {}
    rooms = _rooms(session, draft, errors)
    org_name = _text(errors, "org_name", draft.org_name, Msg("预约单位"), 128)
    if not org_name:
        errors["org_name"] = "请填写预约单位（党委/党总支/党支部名称）"
    contact = _text(errors, "contact_name", draft.contact_name, Msg("联系人"), 64)
    if not contact:
        errors["contact_name"] = "请填写联系人姓名"
    phone = ""
    try:
        phone = normalize_phone(draft.contact_phone)
        if not phone.startswith("1"):
            errors["contact_phone"] = "请填写联系人的手机号码（11位），便于通知审核结果"
    except DomainError as exc:
        errors["contact_phone"] = exc.message
    _headcount(draft, rooms, errors)
    _when(draft, now, errors)
    if draft.activity not in {a.value for a in Activity}:
        errors["activity"] = "请选择活动类型"
    audience = _text(errors, "audience", draft.audience, Msg("参加对象"), 64)
    topic = _text(errors, "topic", draft.topic, Msg("活动主题"), 200)
    if errors:
        raise ValidationError(errors)
    for room in rooms:
        taken = holder(session, room_id=room.id, day=draft.day, slot=draft.slot)
        if taken is not None:
            alts = alternatives(
                session,
                room=room,
                day=draft.day,
                slot=draft.slot,
                headcount=min(draft.headcount, room.capacity),
                now=now,
            )
            raise conflict(taken, room, draft.day, draft.slot, alts)
    return CleanDraft(rooms, org_name, contact, phone, audience, topic)
