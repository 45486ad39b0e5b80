"""Pinyin-initials search through the names index, and lookups bounded by the list size."""

from __future__ import annotations

from sqlalchemy import update

from app.domain.enums import PartyRole, PartyType
from app.domain.intake import CaseFilter, PartyInput
from app.models import CaseParty
from app.models.base import utcnow
from app.services.intake import register as svc
from app.services.intake.persons import lookup_persons
from app.services.search import case_list as search
from tests.unit.services.intake.conftest import applicant, intake


def _nos(factory, text):
    with factory() as s:
        return [r.case_no for r in search.list_cases(s, filt=CaseFilter(text=text)).rows]


def test_initials_prefixes_find_persons_and_organisations(session_factory, actor):
    with session_factory.begin() as s:
        wang = svc.register_case(
            s,
            data=intake(parties=(applicant(name="王小明", id_number="", phone="13800000011"),)),
            actor=actor,
        )
        org = svc.register_case(
            s,
            data=intake(
                parties=(
                    applicant(name="赵大", id_number="", phone="13800000012"),
                    PartyInput(
                        role=PartyRole.RESPONDENT,
                        name="泰安建设公司",
                        party_type=PartyType.ORGANISATION,
                    ),
                )
            ),
            actor=actor,
        )
    assert _nos(session_factory, "wxm") == [wang.case_no]
    assert _nos(session_factory, "wx") == [wang.case_no]
    assert _nos(session_factory, "WXM") == [wang.case_no]
    assert _nos(session_factory, "tajsgs") == [org.case_no]
    assert _nos(session_factory, "taj") == [org.case_no]
    assert _nos(session_factory, "xm") == []  # initials match from the start of a name only
    # Letters are never read as Chinese name characters, and vice versa.
    assert _nos(session_factory, "小明") == [wang.case_no]


def test_removed_party_is_no_longer_found_by_initials(session_factory, actor):
    with session_factory.begin() as s:
        res = svc.register_case(
            s,
            data=intake(
                parties=(
                    applicant(name="钱多多", id_number="", phone="13800000021"),
                    applicant(name="孙悟空", id_number="", phone="13800000022"),
                )
            ),
            actor=actor,
        )
    assert _nos(session_factory, "swk") == [res.case_no]
    with session_factory.begin() as s:
        s.execute(
            update(CaseParty)
            .where(CaseParty.case_id == res.case_id, CaseParty.name == "孙悟空")
            .values(deleted_at=utcnow())
        )
    assert _nos(session_factory, "swk") == []
    assert _nos(session_factory, "qdd") == [res.case_no]
    with session_factory.begin() as s:
        search.rebuild_search_index(s)
    assert _nos(session_factory, "swk") == []
    assert _nos(session_factory, "qdd") == [res.case_no]


def test_shared_phone_lookup_returns_at_most_the_limit(session_factory, actor):
    with session_factory.begin() as s:
        for name in ("周一", "周二", "周三", "周四"):
            data = intake(parties=(applicant(name=name, id_number="", phone="13800000031"),))
            svc.register_case(s, data=data, actor=actor)
    with session_factory() as s:
        hits = lookup_persons(s, text="13800000031", limit=3)
        assert len(hits) == 3
        assert {h.matched_by for h in hits} == {"phone"}
        assert all(h.name.startswith("周") for h in hits)
        assert len(lookup_persons(s, text="13800000031", limit=8)) == 4
