"""The words the transfer tab shows for a case's events: Msg templates the views translate."""

from __future__ import annotations

from typing import Any

from app.domain.enums import EventType, Satisfaction
from app.domain.masking import mask_field
from app.domain.transfer import CorrectedField, ReturnReason
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
    if t == EventType.CORRECT:
        return correction_text(p, names)
    if t == EventType.JUDICIAL_REMINDER and p.get("due_on"):
        return Msg(
            "当事人可于{due}前共同申请司法确认（人民调解法第三十三条）", due=str(p["due_on"])[:10]
        )
    if t == EventType.ACCEPTANCE_NOTICE:
        if p.get("accepted"):
            return Msg("予以受理；办理期限至{due}", due=str(p.get("due_at", ""))[:10])
        return Msg(
            "不予受理：{reason}；{go_to}", reason=p.get("reason", ""), go_to=p.get("go_to", "")
        )
    if t in (EventType.PETITION_OPINION, EventType.REVIEW_OPINION):
        organ = names.get(p.get("review_department_id") or p.get("recheck_department_id") or "", "")
        return Msg(
            "{opinion}（可于{due}前向{organ}申请{what}）",
            opinion=p.get("opinion", ""),
            due=str(p.get("request_due_at", ""))[:10],
            organ=organ,
            what="复查" if t == EventType.PETITION_OPINION else "复核",
        )
    if t in (EventType.REVIEW_REQUEST, EventType.RECHECK_REQUEST):
        return Msg(
            "{asked}申请，受理期限{accept}，意见期限{due}",
            asked=str(p.get("requested_at", ""))[:10],
            accept=str(p.get("accept_due_at", ""))[:10],
            due=str(p.get("due_at", ""))[:10],
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


def _shown(field: str, value: Any, names: dict[str, str]) -> Any:
    """Return a corrected value as the timeline shows it: numbers masked, categories named."""
    if value is None or value == "":
        return Msg("（空）")
    if field == CorrectedField.CATEGORY:
        return names.get(str(value), str(value))
    return mask_field(field, value)


def correction_text(p: dict[str, Any], names: dict[str, str]) -> str:
    """Return a correction's reason and each change with its value before and after."""
    lines = []
    for ch in p.get("changes") or ():
        if not isinstance(ch, dict):
            continue
        entity, field = ch.get("entity"), str(ch.get("field", ""))
        if field not in CorrectedField._value2member_map_:
            continue
        if entity in ("person", "organisation") and field == CorrectedField.NAME:
            continue  # the party's own name change says it already
        before = _shown(field, ch.get("before"), names)
        after = _shown(field, ch.get("after"), names)
        what = CorrectedField(field)
        if ch.get("party"):
            lines.append(
                Msg(
                    "{party}的{field}：“{before}”→“{after}”",
                    party=ch["party"],
                    field=what,
                    before=before,
                    after=after,
                )
            )
        else:
            lines.append(
                Msg("{field}：“{before}”→“{after}”", field=what, before=before, after=after)
            )
    return Msg(
        "更正理由：{reason}；{changes}",
        reason=p.get("reason", ""),
        changes=Joined(tuple(lines), "；"),
    )
