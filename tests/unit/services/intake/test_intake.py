"""Window intake: a case, its parties, the window action and the repeat-visit flag."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.domain.enums import CaseStatus, IdType, Outcome, PartyRole, PartyType, Sex
from app.domain.ids import reference_id
from app.domain.intake import PartyInput, WindowAction
from app.models import Case, CaseEvent, CaseNumberSeq, CaseParty, Organisation, Person, SyncOutbox
from app.services.errors import ValidationError
from app.services.intake import persons
from app.services.intake import register as svc
from tests.unit.services.intake.conftest import HY, LL, applicant, intake, resident_id

CASE_NO = re.compile(r"^106-\d{6}-L[0-9A-Z]{3}-\d{4}$")


def test_new_visitor_is_registered_and_accepted(session_factory, actor):
    with session_factory.begin() as s:
        res = svc.register_case(s, data=intake(), actor=actor)
    assert CASE_NO.match(res.case_no), res.case_no
    assert res.case_no.endswith("-0001")
    assert re.fullmatch(r"\d{6}", res.query_code)
    assert res.status == CaseStatus.ACCEPTED
    assert not res.is_repeat
    with session_factory() as s:
        case = s.get(Case, res.case_id)
        assert case is not None and case.status == "accepted"
        assert case.due_at is not None and case.due_at - case.received_at > timedelta(days=29)
        assert case.summary.startswith("邻居在院墙边")
        types = s.scalars(select(CaseEvent.type).where(CaseEvent.case_id == case.id)).all()
        assert sorted(types) == ["accept", "register"]
        person = s.scalars(select(Person)).one()
        assert person.sex == Sex.MALE and person.birth_date is not None
        assert person.name_initials == "zsf" and person.phone == "13812345678"
        entities = set(s.scalars(select(SyncOutbox.entity)))
        assert {"case", "case_party", "case_event", "person"} <= entities


def test_a_case_goes_out_once_with_its_state(session_factory, actor):
    # One flush writes the case with the window action's state: one insert op per row.
    with session_factory.begin() as s:
        res = svc.register_case(s, data=intake(), actor=actor)
    with session_factory() as s:
        ops = s.execute(select(SyncOutbox.entity, SyncOutbox.op, SyncOutbox.payload)).all()
    assert sorted((e, o) for e, o, _ in ops) == [
        ("case", "insert"),
        ("case_event", "insert"),
        ("case_event", "insert"),
        ("case_party", "insert"),
        ("person", "insert"),
    ]
    case_payload = next(p for e, _, p in ops if e == "case")
    assert case_payload["id"] == res.case_id and case_payload["status"] == "accepted"


def test_numbers_count_up_per_device_and_day(session_factory, actor):
    with session_factory.begin() as s:
        first = svc.register_case(s, data=intake(), actor=actor)
        second = svc.register_case(
            s,
            data=intake(parties=(applicant(name="李娜", id_number="", phone="13900001111"),)),
            actor=actor,
        )
    assert first.case_no[:-4] == second.case_no[:-4]
    assert second.case_no.endswith("-0002")
    assert first.query_code != second.query_code or first.case_no != second.case_no


def test_returning_visitor_reuses_the_person_and_is_flagged_repeat(session_factory, actor):
    with session_factory.begin() as s:
        first = svc.register_case(s, data=intake(), actor=actor)
    with session_factory() as s:
        hit = persons.lookup_persons(s, text="zsf")[0]
        assert hit.id_masked.startswith("3709") and "*" in hit.id_masked
        assert [c.case_no for c in persons.person_cases(s, person_id=hit.id)] == [first.case_no]
        warn = persons.find_repeats(s, person_ids=[hit.id])
        assert warn and warn[0].id == first.case_id
    with session_factory.begin() as s:
        # Issue #12: without the clerk's pick, no 重复件 link.
        unlinked = svc.register_case(
            s,
            data=intake(parties=(applicant(person_id=hit.id),), category_id=HY),
            actor=actor,
        )
        again = svc.register_case(
            s,
            data=intake(
                parties=(applicant(person_id=hit.id),), category_id=HY, repeat_of_id=warn[0].id
            ),
            actor=actor,
        )
    assert not unlinked.is_repeat and unlinked.repeat_of_id is None
    assert again.is_repeat and again.repeat_of_id == first.case_id
    assert again.repeat_of_no == first.case_no
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 1


def test_same_village_and_category_is_listed_as_a_repeat(session_factory, actor):
    # The reference data has no villages: any region id serves as the place key.
    village = reference_id("region", "370911106")
    with session_factory.begin() as s:
        first = svc.register_case(s, data=intake(village_id=village), actor=actor)
        other = svc.register_case(
            s,
            data=intake(
                village_id=village,
                parties=(applicant(name="王五", id_number="", phone="13700000000"),),
            ),
            actor=actor,
        )
        listed = persons.find_repeats(s, village_id=village, category_id=LL)
    # Listed for the clerk to pick, never linked on its own (issue #12).
    assert first.case_id in [c.id for c in listed]
    assert not other.is_repeat and other.repeat_of_id is None


@pytest.mark.parametrize(
    ("action", "extra", "status", "outcome"),
    [
        (WindowAction.QUICK_RESOLVE, {"result": "当场调解，双方同意清理"}, "closed", "resolved"),
        (WindowAction.REJECT, {"reason": "已进入诉讼程序"}, "rejected", "not_accepted"),
        (
            WindowAction.TRANSFER_OUT,
            {"reason": "属劳动仲裁受理范围", "transfer_to": "区劳动人事争议仲裁院"},
            "transferred_out",
            "transferred",
        ),
    ],
)
def test_window_outcomes_are_events(session_factory, actor, action, extra, status, outcome):
    with session_factory.begin() as s:
        res = svc.register_case(s, data=intake(action=action, **extra), actor=actor)
    assert res.status == status
    with session_factory() as s:
        case = s.get(Case, res.case_id)
        assert case is not None and case.outcome == outcome and case.closed_at is not None
        last = s.scalars(
            select(CaseEvent).where(CaseEvent.case_id == res.case_id, CaseEvent.type == action)
        ).one()
        assert all(v in last.payload.values() for v in extra.values())
    assert Outcome(outcome)


def test_parties_of_every_kind(session_factory, actor):
    parties = (
        applicant(),
        PartyInput(
            role=PartyRole.RESPONDENT,
            name="泰安某某建材有限公司",
            party_type=PartyType.ORGANISATION,
            uscc="91110000600037341L",
            legal_rep="赵六",
            phone="0538-8123456",
        ),
        PartyInput(role=PartyRole.THIRD, name="孙七", id_type=IdType.NONE),
        PartyInput(
            role=PartyRole.REPRESENTATIVE,
            name="周律师",
            id_type=IdType.OTHER,
            id_number="A1234567",
            phone="13600001111",
            represents=0,
        ),
    )
    with session_factory.begin() as s:
        res = svc.register_case(s, data=intake(parties=parties), actor=actor)
    with session_factory() as s:
        rows = s.scalars(select(CaseParty).where(CaseParty.case_id == res.case_id)).all()
        by_role = {r.role: r for r in rows}
        assert by_role["representative"].represents_id == by_role["applicant"].id
        org = s.scalars(select(Organisation)).one()
        assert org.uscc == "91110000600037341L" and org.phone == "05388123456"
        assert by_role["respondent"].organisation_id == org.id


def _counts(factory):
    with factory() as s:
        return (
            s.scalar(select(func.count()).select_from(Case)),
            s.scalar(select(func.count()).select_from(Person)),
            s.scalar(select(func.count()).select_from(CaseNumberSeq)),
        )


def test_bad_input_lists_every_problem_and_saves_nothing(session_factory, actor):
    bad = intake(
        parties=(
            applicant(id_number="370911198001010010", phone="1381234"),
            PartyInput(
                role=PartyRole.RESPONDENT, name="", party_type=PartyType.ORGANISATION, uscc="123"
            ),
        ),
        facts="   ",
        category_id=None,
        action=WindowAction.REJECT,
    )
    with pytest.raises(ValidationError) as err, session_factory.begin() as s:
        svc.register_case(s, data=bad, actor=actor)
    errors = err.value.errors
    assert "校验位" in errors["party0.id_number"]
    assert "party0.phone" in errors
    assert "单位名称" in errors["party1.name"]
    assert "18位" in errors["party1.uscc"]
    assert "事项经过" in errors["facts"]
    assert "类别" in errors["category_id"]
    assert "理由" in errors["reason"]
    assert _counts(session_factory) == (0, 0, 0)


def test_applicant_needs_a_way_to_be_reached(session_factory, actor):
    with pytest.raises(ValidationError) as err, session_factory.begin() as s:
        svc.register_case(s, data=intake(parties=(applicant(id_number="", phone=""),)), actor=actor)
    assert "联系电话或证件号码" in err.value.errors["party0.phone"]
    with pytest.raises(ValidationError) as err, session_factory.begin() as s:
        svc.register_case(s, data=intake(parties=()), actor=actor)
    assert "申请人" in err.value.errors["parties"]


def test_long_account_and_hostile_text_are_kept_verbatim(session_factory, actor):
    long_facts = ("村民反映：" + "因宅基地界址不清引发争执。" * 800)[:10_000]
    hostile = '\'); DROP TABLE "case"; -- <script>alert(1)</script> <b>粗体</b> %_*"[a]'
    with session_factory.begin() as s:
        a = svc.register_case(s, data=intake(facts=long_facts), actor=actor)
        b = svc.register_case(
            s,
            data=intake(
                facts=hostile,
                demands=hostile,
                parties=(applicant(name="<b>王</b>", id_number="", phone="13511112222"),),
            ),
            actor=actor,
        )
    with session_factory() as s:
        assert s.get(Case, a.case_id).facts == long_facts  # type: ignore[union-attr]
        case_b = s.get(Case, b.case_id)
        assert case_b is not None and case_b.facts == hostile and case_b.demands == hostile
    too_long = intake(facts="字" * 20_001)
    with pytest.raises(ValidationError, match="20000"), session_factory.begin() as s:
        svc.register_case(s, data=too_long, actor=actor)


def test_resident_id_birth_and_sex_are_derived(session_factory, actor):
    number = resident_id("37091119920315002")
    with session_factory.begin() as s:
        svc.register_case(
            s, data=intake(parties=(applicant(name="刘芳", id_number=number),)), actor=actor
        )
    with session_factory() as s:
        p = s.scalars(select(Person)).one()
        assert p.sex == "F" and p.birth_date.isoformat() == "1992-03-15"  # type: ignore[union-attr]
    assert LL


def test_form_choices(session_factory):
    from app.services.intake.register import form_choices, places_under

    with session_factory() as s:
        ch = form_choices(s, org_code="370911106")
        assert ch.default_town_id == reference_id("region", "370911106")
        ll = next(c for c in ch.categories if c.label == "邻里纠纷")
        assert ll.value == LL and ll.initials == "lljf" and ll.extra["limit"] == "30日"
        assert any(t.label == "满庄镇" for t in ch.towns)
        assert places_under(s, parent_id=ch.default_town_id) == ()
        assert places_under(s, parent_id="nope") == ()


def test_place_cascade_town_village_grid(session_factory):
    from app.models import Grid, Region
    from app.services.intake.register import form_choices, places_under

    town = reference_id("region", "370911106")
    with session_factory.begin() as s:
        s.add(Region(id=reference_id("region", "370911106201"), code="370911106201",
                     name="北留村", level="village", parent_id=town, owner_org="370911",
                     pinyin_initials="blc"))  # fmt: skip
        s.flush()
        s.add(Grid(code="G-1", name="北留村第一网格", town_id=town, owner_org="370911106",
                   village_id=reference_id("region", "370911106201")))  # fmt: skip
    with session_factory() as s:
        villages = places_under(s, parent_id=town)
        assert [v.label for v in villages] == ["北留村"]
        assert form_choices(s, org_code="370911106").villages == villages
        grids = places_under(s, parent_id=villages[0].value)
        assert [g.label for g in grids] == ["北留村第一网格"] and grids[0].initials == "blcdywg"


def test_lookup_by_id_phone_name_and_initials(session_factory, actor):
    number = resident_id("37091119800101001")
    with session_factory.begin() as s:
        svc.register_case(s, data=intake(), actor=actor)
        svc.register_case(
            s,
            data=intake(parties=(applicant(name="张三", id_number="", phone="0538-8123456"),)),
            actor=actor,
        )
    with session_factory() as s:

        def names(text: str) -> list[str]:
            return sorted(h.name for h in persons.lookup_persons(s, text=text))

        assert names(number) == ["张三丰"]
        assert names(number[:14]) == ["张三丰"]
        # A short ID prefix ("370911": the whole county) lists nobody: 14 characters at least.
        assert names(number[:6]) == [] and names(number[:13]) == []
        assert names("138 1234 5678") == ["张三丰"]
        assert names("138123") == ["张三丰"]
        assert names("05388") == ["张三"]
        assert names("张三") == ["张三", "张三丰"]
        assert names("zs") == ["张三", "张三丰"]
        assert names("zsf") == ["张三丰"]
        assert names("1") == [] and names("") == [] and names("*") == []
