"""Window intake (一窗受理): validate, register a case with its parties, take the window action."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.domain.enums import EventType, IdType, Outcome, PartyRole, PartyType, RegionLevel
from app.domain.ids import reference_id, uuid7
from app.domain.intake import (
    MAX_ADDRESS,
    MAX_DEMANDS,
    MAX_FACTS,
    MAX_NAME,
    MAX_ORG_NAME,
    MAX_SUMMARY,
    Choice,
    IdentityInfo,
    IntakeChoices,
    IntakeInput,
    IntakeResult,
    PartyInput,
    WindowAction,
)
from app.domain.permissions import Action
from app.models import Attachment, Case, CaseParty, Category, Grid, Organisation, Region
from app.models.base import utcnow
from app.services.common import deadlines
from app.services.common.identity import normalize_phone, validate_id, validate_uscc
from app.services.common.text import pinyin_initials
from app.services.errors import DomainError, Msg, NotFound, ValidationError
from app.services.intake import persons
from app.services.intake.case_numbers import new_query_code, next_case_number
from app.services.permissions import require
from app.services.transfer import Actor, CaseState, record

_REGION_ID = select(Region.id).where(Region.id == bindparam("id"))  # built once: every save


@dataclass(frozen=True)
class _Checked:
    """A party after validation: compact identity and phone."""

    source: PartyInput
    name: str
    identity: IdentityInfo
    phone: str
    uscc: str


def _of_party(party: PartyRole, exc: DomainError) -> Msg:
    """Return a checker's message about one party's field, naming the party."""
    return Msg("{party}：{problem}", party=party, problem=exc.message)


def _check_party(i: int, p: PartyInput, errors: dict[str, str]) -> _Checked:
    key = f"party{i}"
    role = p.role  # passed as an enum: each UI language names the role itself
    name = " ".join(p.name.split())
    org = p.party_type == PartyType.ORGANISATION
    limit = MAX_ORG_NAME if org else MAX_NAME
    if not name:
        errors[f"{key}.name"] = (
            Msg("请填写{party}的单位名称", party=role)
            if org
            else Msg("请填写{party}的姓名", party=role)
        )
    elif len(name) > limit:
        errors[f"{key}.name"] = Msg("{party}名称不能超过{limit}个字", party=role, limit=limit)
    identity = IdentityInfo(IdType.NONE, "")
    code = ""
    if org:
        if p.uscc.strip():
            try:
                code = validate_uscc(p.uscc)
            except DomainError as exc:
                errors[f"{key}.uscc"] = _of_party(role, exc)
    elif p.id_number.strip() or p.id_type not in (IdType.NONE, IdType.RESIDENT):
        try:
            identity = validate_id(p.id_type, p.id_number)
        except DomainError as exc:
            errors[f"{key}.{exc.field or 'id_number'}"] = _of_party(role, exc)
    phone = ""
    if p.phone.strip():
        try:
            phone = normalize_phone(p.phone)
        except DomainError as exc:
            errors[f"{key}.phone"] = _of_party(role, exc)
    elif p.role == PartyRole.APPLICANT and not org and not identity.number:
        errors[f"{key}.phone"] = Msg("请填写{party}的联系电话或证件号码，以便回访", party=role)
    if len(p.address) > MAX_ADDRESS:
        errors[f"{key}.address"] = Msg(
            "{party}地址不能超过{limit}个字", party=role, limit=MAX_ADDRESS
        )
    return _Checked(p, name, identity, phone, code)


def validate_intake(data: IntakeInput) -> list[_Checked]:
    """Return the checked parties, or raise ValidationError listing every problem at once."""
    errors: dict[str, str] = {}
    if not any(p.role == PartyRole.APPLICANT for p in data.parties):
        errors["parties"] = "至少需要一名申请人"
    checked = [_check_party(i, p, errors) for i, p in enumerate(data.parties)]
    for i, p in enumerate(data.parties):
        # A representative follows the party represented (rows are inserted in this order).
        if p.represents is not None and not 0 <= p.represents < i:
            errors[f"party{i}.represents"] = "代理人所代表的当事人不存在"
    facts = data.facts.strip()
    if not facts:
        errors["facts"] = "请填写事项经过（来访人反映的情况）"
    elif len(data.facts) > MAX_FACTS:
        errors["facts"] = Msg(
            "事项经过不能超过{limit}字，现在是{n}字", limit=MAX_FACTS, n=len(data.facts)
        )
    if len(data.demands) > MAX_DEMANDS:
        errors["demands"] = Msg(
            "诉求不能超过{limit}字，现在是{n}字", limit=MAX_DEMANDS, n=len(data.demands)
        )
    if not data.category_id:
        errors["category_id"] = "请选择事项类别"
    if not 1 <= data.people_count <= 100_000:
        errors["people_count"] = "人数应在1到100000之间"
    if data.occurred_at is not None and data.occurred_at > utcnow() + timedelta(hours=1):
        errors["occurred_at"] = "发生时间不能晚于现在"
    if data.action == WindowAction.QUICK_RESOLVE and not data.result.strip():
        errors["result"] = "快速处置需要填写处置结果"
    if data.action in (WindowAction.REJECT, WindowAction.TRANSFER_OUT) and not data.reason.strip():
        errors["reason"] = Msg("{action}需要填写理由", action=data.action)
    if data.action == WindowAction.TRANSFER_OUT and not data.transfer_to.strip():
        errors["transfer_to"] = "移送需要填写接收机关"
    if errors:
        raise ValidationError(errors)
    return checked


def due_at_for(
    session: Session, *, kind: str, category_id: str | None, start: datetime
) -> tuple[datetime, str]:
    """Return when a case of this kind and category received at `start` is due, and the limit."""
    limit = deadlines.handling_limit(session, kind=kind, category_id=category_id)
    return deadlines.add_limit(start, limit, deadlines.load_calendar(session)), limit.label


def _register_payload(session: Session, case: Case, due: datetime) -> dict[str, Any]:
    """The register event's payload; a 信访 case also starts its 15-day routing clock."""
    payload: dict[str, Any] = {"due_at": due}
    if case.kind in deadlines.PETITION_KINDS:
        limit = deadlines.petition_limit(session, "route_petition")
        start = case.received_at
        if start.tzinfo is None:
            start = start.replace(tzinfo=UTC)
        payload["route_due_at"] = deadlines.add_limit(
            start, limit, deadlines.load_calendar(session)
        )
    return payload


def _summary(data: IntakeInput) -> str:
    text = " ".join((data.summary or data.facts).split())
    return text[:60] if not data.summary else text[:MAX_SUMMARY]


def _save_org(session: Session, org_code: str, c: _Checked) -> Organisation:
    org = None
    if c.uscc:
        org = session.scalars(
            select(Organisation).where(Organisation.uscc == c.uscc).limit(1)
        ).first()
    if org is None:
        org = Organisation(id=uuid7(), owner_org=org_code, name=c.name, uscc=c.uscc or None)
        session.add(org)
    for key, value in (
        ("name", c.name),
        ("name_initials", pinyin_initials(c.name)),
        ("legal_rep", c.source.legal_rep.strip()),
        ("phone", c.phone),
        ("address", c.source.address.strip()),
    ):
        if value and getattr(org, key) != value:
            setattr(org, key, value)
    return org


def register_case(
    session: Session, *, data: IntakeInput, actor: Actor, repeat_days: int = 30
) -> IntakeResult:
    """Register a visitor's matter, its parties and attachments, then take the window action.

    The case is a 重复件 only of `data.repeat_of_id`, the earlier case the clerk linked; the
    service never picks one itself (issue #12). `repeat_days` is the window the intake side
    panel lists candidates in; it is kept for callers and changes nothing here.
    """
    del repeat_days  # the candidates are listed by the view (persons.find_repeats), not here
    require(actor, Action.REGISTER_CASE)
    checked = validate_intake(data)
    org_code = actor.org_code
    now = utcnow()
    town_id = data.town_id
    if town_id is None:
        own = reference_id("region", org_code)
        town_id = session.scalar(_REGION_ID, {"id": own})
    # Every id is made here, so the whole case is written in one flush (each flush also
    # writes outbox ops: fewer flushes, faster saves).
    with session.no_autoflush:
        person_ids: list[str | None] = []
        org_ids: list[str | None] = []
        for c in checked:
            if c.source.party_type == PartyType.ORGANISATION:
                org_ids.append(_save_org(session, org_code, c).id)
                person_ids.append(None)
                continue
            person = persons.save_person(
                session,
                org_code=org_code,
                name=c.name,
                identity=c.identity,
                phone=c.phone,
                address=c.source.address.strip(),
                village_id=data.village_id if c.source.role == PartyRole.APPLICANT else None,
                person_id=c.source.person_id,
            )
            person_ids.append(person.id)
            org_ids.append(None)
        # A 重复件 link only when the clerk picked the earlier case (issue #12): the side panel
        # lists candidates, the service never guesses one.
        repeat_id = data.repeat_of_id
        repeat_no = None
        if repeat_id is not None:
            earlier = session.get(Case, repeat_id)
            if earlier is None:
                raise NotFound("关联的前案不存在")
            repeat_no = earlier.case_no
        due, _limit = due_at_for(
            session, kind=data.kind.value, category_id=data.category_id, start=now
        )
        case_no = next_case_number(session, org_code=org_code, when=now)
    case = Case(
        id=uuid7(),
        owner_org=org_code,
        case_no=case_no,
        query_code=new_query_code(),
        kind=data.kind.value,
        channel=data.channel.value,
        town_id=town_id,
        village_id=data.village_id,
        grid_id=data.grid_id,
        category_id=data.category_id,
        occurred_at=data.occurred_at,
        received_at=now,
        summary=_summary(data),
        facts=data.facts,
        demands=data.demands,
        people_count=data.people_count,
        is_group=data.is_group,
        risk_grade=data.risk_grade.value,
        confidential=data.confidential,
        is_repeat=repeat_id is not None,
        repeat_of_id=repeat_id,
        window_name=data.window_name,
        clerk_id=actor.user_id,
        is_demo=data.is_demo,
        version=0,  # the insert default, set now: the events note it as their base version
    )
    session.add(case)
    # Nothing is flushed here: the case, its parties, attachments and events go in the one
    # flush of the commit (the models' ordering relationships write the case and persons
    # first), and the case row is inserted with its state after the window action.
    party_ids = [uuid7() for _ in checked]
    for c, pid, oid, party_id in zip(checked, person_ids, org_ids, party_ids, strict=True):
        rep = c.source.represents
        session.add(
            CaseParty(
                id=party_id,
                owner_org=org_code,
                case_id=case.id,
                role=c.source.role.value,
                party_type=c.source.party_type.value,
                person_id=pid,
                organisation_id=oid,
                name=c.name,
                represents_id=party_ids[rep] if rep is not None else None,
            )
        )
    for f in data.attachments:
        session.add(
            Attachment(
                id=uuid7(),
                owner_org=org_code,
                case_id=case.id,
                filename=f.filename[:255],
                mime=f.mime[:64],
                size=f.size,
                sha256=f.sha256,
            )
        )
    with session.no_autoflush:
        record(
            session,
            case_id=case.id,
            type=EventType.REGISTER,
            actor=actor,
            payload=_register_payload(session, case, due),
            case=case,
        )
        state = _window_action(session, case, data, actor)
    return IntakeResult(
        case_id=case.id,
        case_no=case.case_no,
        query_code=case.query_code,
        status=state.status.value,
        due_at=state.due_at,
        is_repeat=case.is_repeat,
        repeat_of_id=repeat_id,
        repeat_of_no=repeat_no,
    )


def _window_action(session: Session, case: Case, data: IntakeInput, actor: Actor) -> CaseState:
    action = data.action
    payload: dict[str, str] = {}
    if action == WindowAction.ACCEPT:
        kind = EventType.ACCEPT
    elif action == WindowAction.QUICK_RESOLVE:
        outcome = Outcome(data.outcome) if data.outcome else Outcome.RESOLVED
        kind = EventType.QUICK_RESOLVE
        payload = {"outcome": outcome.value, "result": data.result.strip()}
    elif action == WindowAction.REJECT:
        kind = EventType.REJECT
        payload = {"reason": data.reason.strip(), "outcome": Outcome.NOT_ACCEPTED.value}
    else:
        kind = EventType.TRANSFER_OUT
        payload = {
            "to": data.transfer_to.strip(),
            "reason": data.reason.strip(),
            "outcome": Outcome.TRANSFERRED.value,
        }
    return record(session, case_id=case.id, type=kind, actor=actor, payload=payload, case=case)


def form_choices(session: Session, *, org_code: str) -> IntakeChoices:
    """Return the active categories and townships, and this centre's own township."""
    cats = session.scalars(
        select(Category)
        .where(Category.active.is_(True), Category.deleted_at.is_(None))
        .order_by(Category.code)
    )
    towns = session.scalars(
        select(Region)
        .where(Region.level == RegionLevel.TOWN.value, Region.active.is_(True))
        .order_by(Region.code)
    )
    own = reference_id("region", org_code)
    town_choices = tuple(Choice(t.id, t.name, t.pinyin_initials) for t in towns)
    return IntakeChoices(
        categories=tuple(
            Choice(c.id, c.name, c.pinyin_initials, {"limit": f"{c.limit_value}{c.limit_unit}"})
            for c in cats
        ),
        towns=town_choices,
        default_town_id=own if any(t.value == own for t in town_choices) else None,
        villages=places_under(session, parent_id=own),
    )


def places_under(session: Session, *, parent_id: str) -> tuple[Choice, ...]:
    """Return the villages of a township, or the grids of a village, for the place cascade."""
    parent = session.get(Region, parent_id)
    if parent is None:
        return ()
    if parent.level == RegionLevel.TOWN.value:
        rows = session.scalars(
            select(Region)
            .where(Region.parent_id == parent_id, Region.active.is_(True))
            .order_by(Region.code)
        )
        return tuple(Choice(r.id, r.name, r.pinyin_initials) for r in rows)
    grids = session.scalars(
        select(Grid)
        .where(Grid.village_id == parent_id, Grid.deleted_at.is_(None))
        .order_by(Grid.code)
    )
    return tuple(Choice(g.id, g.name, pinyin_initials(g.name)) for g in grids)
