"""The words the transfer tab shows for a case's events: Msg templates the views translate."""

from __future__ import annotations

from typing import Any

from app.domain.enums import EventType, Satisfaction
from app.domain.transfer import ReturnReason
from app.services.errors import Joined, Msg


def return_reason(p: dict[str, Any]) -> ReturnReason | None:
    """Return the code of a return whose text is only the code's label, so it translates."""
    code = p.get("reason_code", "")
    if code in ReturnReason._value2member_map_ and p.get("reason") == ReturnReason(code).label:
        return ReturnReason(code)
    return None


def event_text(ev_type: str, p: dict[str, Any], names: dict[str, str]) -> str:
    """Return the timeline's details of an event: a Msg the views put into the UI language."""
    t = EventType(ev_type)
    if t in (EventType.DISPATCH, EventType.RULE_REASSIGN):
        assists = tuple(names.get(d, d) for d in p.get("assist_department_ids") or ())
        lead = names.get(p.get("lead_department_id", ""), "")
        due = str(p.get("due_at", ""))[:10]
        if assists:
            return Msg(
                "主办：{lead}；协办：{assists}；期限至{due}", lead=lead, assists=assists, due=due
            )
        return Msg("主办：{lead}；期限至{due}", lead=lead, due=due)
    if t == EventType.RETURN:
        code = p.get("reason_code", "")
        why = ReturnReason(code) if code in ReturnReason._value2member_map_ else code
        return Msg("{why}：{text}", why=why, text=return_reason(p) or p.get("reason", ""))
    if t == EventType.EXTEND_REQUEST:
        return Msg("申请延期{days}日：{reason}", days=p.get("days"), reason=p.get("reason", ""))
    if t == EventType.EXTEND_APPROVE:
        return Msg("期限延至{due}", due=str(p.get("due_at", ""))[:10])
    if t == EventType.CONSULT:
        deps = tuple(names.get(d, d) for d in p.get("department_ids") or ())
        return Msg(
            "{held_on} 会商（{departments}）：{opinion}",
            held_on=p.get("held_on", ""),
            departments=deps,
            opinion=p.get("opinion", ""),
        )
    if t == EventType.MEDIATION_AGREEMENT:
        terms = Joined(p.get("terms") or (), "；")
        return Msg("{no}：{terms}", no=p.get("agreement_no", ""), terms=terms)
    if t == EventType.REVISIT:
        sat = p.get("satisfaction", "")
        how = Satisfaction(sat) if sat in Satisfaction._value2member_map_ else sat
        if p.get("comment"):
            return Msg("{satisfaction}：{comment}", satisfaction=how, comment=p["comment"])
        return Msg("{satisfaction}", satisfaction=how)
    if t == EventType.JUDICIAL_REMINDER and p.get("due_on"):
        return Msg(
            "当事人可于{due}前共同申请司法确认（人民调解法第三十三条）", due=str(p["due_on"])[:10]
        )
    if t == EventType.NOTE and p.get("onsite_worker"):
        return Msg(
            "指派在岗网格员{name}现场核查（{day}）",
            name=p["onsite_worker"],
            day=str(p.get("onsite_day", ""))[:10],
        )
    for key in ("result", "note", "opinion", "reason", "text", "summary"):
        if p.get(key):
            return str(p[key])
    return ""
