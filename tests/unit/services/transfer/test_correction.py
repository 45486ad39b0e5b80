"""更正: who may correct a saved case when, and what the event and the rows then hold."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import EventType, Role
from app.domain.ids import reference_id, uuid7
from app.models import Case, CaseEvent, CaseParty, Person
from app.models.base import utcnow
from app.services.errors import Forbidden, ValidationError
from app.services.transfer import actions as transfer
from app.services.transfer.case_view import case_view, due_words
from app.services.transfer.correction import apply_changes, correct_case
from app.services.transfer.queries import case_detail
from app.services.transfer.workflow import Actor
from tests.unit.services.transfer.helpers import CHIEF, DESK, ORG, dept, make_case

DISTRICT_HEAD = Actor(
    user_id=None, name="督导", role=Role.DISTRICT_SUPERVISOR.value, org_code="370911"
)
HANDLER = Actor(
    user_id=None, name="承办", role=Role.HANDLER.value, org_code=ORG, department_id=dept("T-SFS")
)


def add_party(s: Session, case_id: str, name: str = "张五", phone: str = "13812345678") -> str:
    """Give the case an applicant (a person); return the party id."""
    person = Person(
        id=uuid7(), owner_org=ORG, name=name, phone=phone, id_number="370911199001011234"
    )
    s.add(person)
    s.flush()
    party = CaseParty(
        id=uuid7(), owner_org=ORG, case_id=case_id, role="applicant", person_id=person.id,
        name=name,
    )  # fmt: skip
    s.add(party)
    s.flush()
    return party.id


def test_clerk_corrects_facts_and_phone_on_the_day_before_dispatch(session_factory) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
        pid = add_party(s, cid)
        correct_case(
            s, actor=DESK, case_id=cid, reason="电话记错一位",
            case_fields={"facts": "两户因排水沟堵塞争执，已协商未果。"},
            parties={pid: {"phone": "13912345678", "name": "张武"}},
        )  # fmt: skip
    with session_factory() as s:
        case = s.get(Case, cid)
        party = s.get(CaseParty, pid)
        person = s.get(Person, party.person_id)
        assert case.facts == "两户因排水沟堵塞争执，已协商未果。"
        assert (party.name, person.name, person.phone) == ("张武", "张武", "13912345678")
        assert person.name_initials == "zw"
        event = s.scalars(select(CaseEvent).where(CaseEvent.type == "correct")).one()
        changes = {
            (c["entity"], c["field"]): (c["before"], c["after"]) for c in event.payload["changes"]
        }
        assert changes[("case", "facts")] == ("两户因排水沟堵塞发生争执。", case.facts)
        assert changes[("person", "phone")] == ("13812345678", "13912345678")
        assert event.payload["reason"] == "电话记错一位"
        # The timeline shows the reason and the before/after, numbers masked.
        line = case_detail(s, case_id=cid).timeline[-1]
        assert line.label == "更正"
        assert "更正理由：电话记错一位" in line.text
        assert "张五的联系电话：“138****5678”→“139****5678”" in line.text
        assert "事实经过：“两户因排水沟堵塞发生争执。”→" in line.text


def test_clerk_next_day_is_refused(session_factory) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
        tomorrow = utcnow() + timedelta(days=1)
        with pytest.raises(Forbidden, match="当天登记"):
            correct_case(
                s, actor=DESK, case_id=cid, reason="笔误",
                case_fields={"summary": "改后的摘要"}, now=tomorrow,
            )  # fmt: skip
        view = case_view(s, case_id=cid, actor=DESK, now=tomorrow)
        assert "当天登记" in view.correct_refusal
        # The centre head may, the next day or any day.
        correct_case(
            s, actor=CHIEF, case_id=cid, reason="笔误",
            case_fields={"summary": "改后的摘要"}, now=tomorrow + timedelta(days=40),
        )  # fmt: skip
        assert s.get(Case, cid).summary == "改后的摘要"


def test_clerk_after_dispatch_is_refused_head_may(session_factory) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
        transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"))
        with pytest.raises(Forbidden, match="已交办"):
            correct_case(
                s, actor=DESK, case_id=cid, reason="类别错",
                case_fields={"category_id": reference_id("category", "LD")},
            )  # fmt: skip
        assert "已交办" in case_view(s, case_id=cid, actor=DESK).correct_refusal
        assert case_view(s, case_id=cid, actor=CHIEF).correct_refusal == ""
        correct_case(
            s, actor=CHIEF, case_id=cid, reason="类别错",
            case_fields={"category_id": reference_id("category", "LD")},
        )  # fmt: skip
        line = case_detail(s, case_id=cid).timeline[-1]
        assert "类别：" in line.text and "劳动" in line.text


def test_handler_may_not_correct_and_nothing_is_written(session_factory) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
        with pytest.raises(Forbidden):
            correct_case(s, actor=HANDLER, case_id=cid, reason="x", case_fields={"facts": "y"})
        assert "无权" in case_view(s, case_id=cid, actor=HANDLER).correct_refusal
        assert case_view(s, case_id=cid, actor=DISTRICT_HEAD).correct_refusal == ""


def test_reason_and_a_change_are_required_bad_values_named(session_factory) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
        pid = add_party(s, cid)
        with pytest.raises(ValidationError) as err:
            correct_case(s, actor=CHIEF, case_id=cid, reason=" ", case_fields={"facts": "新"})
        assert err.value.errors == {"reason": "请填写更正理由"}
        with pytest.raises(ValidationError, match="没有需要更正的内容"):
            correct_case(
                s,
                actor=CHIEF,
                case_id=cid,
                reason="r",
                case_fields={"facts": "两户因排水沟堵塞发生争执。"},
            )
        with pytest.raises(ValidationError) as err:
            correct_case(s, actor=CHIEF, case_id=cid, reason="r", parties={pid: {"phone": "123"}})
        assert "phone" in err.value.errors
        with pytest.raises(ValidationError) as err:
            correct_case(
                s,
                actor=CHIEF,
                case_id=cid,
                reason="r",
                parties={pid: {"id_number": "370911199001011235"}},
            )
        assert "id_number" in err.value.errors
        assert s.scalars(select(CaseEvent).where(CaseEvent.type == "correct")).first() is None


def test_apply_changes_ignores_fields_and_rows_outside_the_case(session_factory) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
        other = make_case(s)
        pid = add_party(s, other)
        touched = apply_changes(
            s, cid, [
                {"entity": "case", "id": cid, "field": "status", "after": "closed"},
                {"entity": "case", "id": other, "field": "facts", "after": "x"},
                {"entity": "case_party", "id": pid, "field": "name", "after": "x"},
                {"entity": "case", "id": cid, "field": "demands", "after": "赔偿"},
            ],
        )  # fmt: skip
        assert [t.fields for t in touched] == [frozenset({"demands"})]
        assert s.get(Case, other).facts != "x"
        assert s.get(CaseParty, pid).name == "张五"


def test_case_view_parties_masked_and_due_in_days(session_factory) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
        add_party(s, cid)
        transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"))
        view = case_view(s, case_id=cid, actor=CHIEF)
        (party,) = view.parties
        assert (party.name, party.id_masked, party.phone_masked) == (
            "张五", "3709**********1234", "138****5678",
        )  # fmt: skip
        assert view.due_text.startswith("剩 ")
        assert view.detail.row.case_no.startswith("106-")
        assert s.scalar(select(CaseEvent.type).where(CaseEvent.type == EventType.CORRECT)) is None


def test_due_words_are_days_never_thousands_of_hours() -> None:
    now = utcnow()
    assert due_words(now + timedelta(days=3, hours=2), now) == "剩 3 天"
    assert due_words(now + timedelta(hours=5, minutes=10), now) == "剩 5 小时"
    assert due_words(now - timedelta(days=2, hours=5, minutes=3), now) == "已超期 2 天 5 小时"
    assert due_words(now - timedelta(hours=7943), now) == "已超期 330 天 23 小时"
    assert due_words(now - timedelta(minutes=5), now) == "刚刚超期"
    assert due_words(None, now) is None


def test_a_field_outside_the_list_is_refused_by_name(session_factory) -> None:
    from app.services.errors import DomainError

    with session_factory.begin() as s:
        cid = make_case(s)
        with pytest.raises(DomainError, match="不能更正该项：status"):
            correct_case(s, actor=CHIEF, case_id=cid, reason="r", case_fields={"status": "closed"})
