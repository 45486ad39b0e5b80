"""The case search list: keyset pages, filters and Chinese full-text search."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text, update

from app.domain.enums import CaseStatus
from app.domain.intake import CaseFilter, WindowAction
from app.models import Case, CaseParty
from app.models.base import utcnow
from app.services.intake import register as svc
from app.services.intake.case_numbers import SHANGHAI
from app.services.search import case_list as search
from tests.unit.services.intake.conftest import HY, applicant, intake

PEOPLE = [
    ("欧阳娜娜", "13800000001", "婆媳矛盾，双方争吵不断", HY),
    ("李娜", "13800000002", "邻居排水沟堵塞导致院内积水", None),
    ("张三丰", "13800000003", "承包地边界争议", None),
    ("王小明", "13800000004", "工资拖欠三个月未发", None),
]


@pytest.fixture
def cases(session_factory, actor):
    """Register one case per person; return their results."""
    out = []
    with session_factory.begin() as s:
        for name, phone, facts, cat in PEOPLE:
            data = intake(
                parties=(applicant(name=name, id_number="", phone=phone),),
                facts=facts,
                **({"category_id": cat} if cat else {}),
            )
            out.append(svc.register_case(s, data=data, actor=actor))
    return out


def _nos(factory, **kw):
    with factory() as s:
        return [r.case_no for r in search.list_cases(s, filt=CaseFilter(**kw)).rows]


def test_two_character_given_names_are_found(session_factory, cases):
    assert set(_nos(session_factory, text="娜娜")) == {cases[0].case_no}
    assert set(_nos(session_factory, text="娜")) == {cases[0].case_no, cases[1].case_no}
    assert _nos(session_factory, text="李娜") == [cases[1].case_no]
    assert _nos(session_factory, text="欧阳娜娜") == [cases[0].case_no]


def test_fact_substrings_and_pinyin_initials(session_factory, cases):
    assert _nos(session_factory, text="排水沟") == [cases[1].case_no]
    assert _nos(session_factory, text="拖欠三个月") == [cases[3].case_no]
    assert _nos(session_factory, text="zsf") == [cases[2].case_no]
    assert _nos(session_factory, text="ZSF") == [cases[2].case_no]
    assert _nos(session_factory, text="找不到的内容") == []


def test_case_number_phone_and_hostile_queries(session_factory, cases):
    assert _nos(session_factory, text=cases[2].case_no) == [cases[2].case_no]
    assert len(_nos(session_factory, text=cases[2].case_no[:10])) == 4
    assert _nos(session_factory, text="138 0000 0004") == [cases[3].case_no]
    for hostile in ['"', "' OR 1=1 --", "NEAR(", "a*", "<script>", '娜" OR "张', "%_"]:
        _nos(session_factory, text=hostile)  # must not raise


def test_filters(session_factory, cases):
    all_nos = _nos(session_factory)
    assert len(all_nos) == 4
    assert _nos(session_factory, category_id=HY) == [cases[0].case_no]
    assert len(_nos(session_factory, statuses=(CaseStatus.ACCEPTED,))) == 4
    assert _nos(session_factory, statuses=(CaseStatus.CLOSED,)) == []
    today = utcnow().astimezone(SHANGHAI).date()
    assert len(_nos(session_factory, date_from=today, date_to=today)) == 4
    assert _nos(session_factory, date_to=today - timedelta(days=1)) == []
    assert _nos(session_factory, overdue=True) == []
    with session_factory.begin() as s:
        s.execute(
            update(Case)
            .where(Case.id == cases[1].case_id)
            .values(due_at=utcnow() - timedelta(days=1))
        )
    assert _nos(session_factory, overdue=True) == [cases[1].case_no]


def test_keyset_pages_cover_everything_once(session_factory, actor):
    with session_factory.begin() as s:
        for i in range(23):
            svc.register_case(s, data=intake(facts=f"第{i}件事"), actor=actor)
    seen: list[str] = []
    after = None
    with session_factory() as s:
        while True:
            page = search.list_cases(s, after=after, limit=5)
            seen += [r.id for r in page.rows]
            if page.next_key is None:
                break
            after = page.next_key
    assert len(seen) == len(set(seen)) == 23
    with session_factory() as s:
        rows = search.list_cases(s, limit=50).rows
    assert [r.received_at for r in rows] == sorted((r.received_at for r in rows), reverse=True)


def test_index_follows_edits_and_rebuild(session_factory, cases):
    with session_factory.begin() as s:
        s.execute(
            update(Case)
            .where(Case.id == cases[1].case_id)
            .values(facts="改为道路占用", summary="道路占用")
        )
        s.execute(
            update(CaseParty).where(CaseParty.case_id == cases[1].case_id).values(name="赵敏")
        )
    assert _nos(session_factory, text="排水沟") == []
    assert _nos(session_factory, text="道路占用") == [cases[1].case_no]
    assert _nos(session_factory, text="赵敏") == [cases[1].case_no]
    with session_factory.begin() as s:
        search.rebuild_search_index(s)
    assert _nos(session_factory, text="赵敏") == [cases[1].case_no]
    assert _nos(session_factory, text="李娜") == []
    with session_factory() as s:
        assert search.find_case_id(s, case_no=cases[0].case_no) == cases[0].case_id


def test_rejected_case_is_listed_with_status(session_factory, actor):
    with session_factory.begin() as s:
        res = svc.register_case(
            s, data=intake(action=WindowAction.REJECT, reason="不属受理范围"), actor=actor
        )
    with session_factory() as s:
        row = search.list_cases(s).rows[0]
    assert row.id == res.case_id and row.status_label == "不予受理" and row.applicant == "张三丰"
    assert row.category_name == "邻里纠纷" and row.town_name


def test_text_search_pages_walk_every_match_once(session_factory, actor):
    with session_factory.begin() as s:
        for i in range(13):
            svc.register_case(s, data=intake(facts=f"宅基地界址争议第{i}次"), actor=actor)
        svc.register_case(s, data=intake(facts="无关的事项"), actor=actor)
    seen: list[str] = []
    after = None
    with session_factory() as s:
        while True:
            page = search.list_cases(s, filt=CaseFilter(text="宅基地"), after=after, limit=4)
            seen += [r.id for r in page.rows]
            if page.next_key is None:
                break
            after = page.next_key
    assert len(seen) == len(set(seen)) == 13


def test_name_and_text_matches_merge_newest_first_across_pages(session_factory, actor):
    """A 3+ character query finds cases by facts and by party name, newest first, each once.

    The text source fills the first page, so the name source runs bounded by that page's
    oldest row: the name-only cases must still land in their places.
    """
    expected: list[str] = []
    other = applicant(name="王五", id_number="")
    with session_factory.begin() as s:
        for i in range(12):
            if i % 4 == 1:  # named, facts silent about the name
                data = intake(parties=(applicant(name="张三丰", id_number=""),), facts=f"另案{i}")
            else:
                data = intake(parties=(other,), facts=f"张三丰反映第{i}次")
            expected.append(svc.register_case(s, data=data, actor=actor).case_no)
        svc.register_case(s, data=intake(parties=(other,), facts="无关的事项"), actor=actor)
    expected.reverse()
    for limit in (3, 5, 20):
        seen: list[str] = []
        after = None
        with session_factory() as s:
            while True:
                filt = CaseFilter(text="张三丰")
                page = search.list_cases(s, filt=filt, after=after, limit=limit)
                seen += [r.case_no for r in page.rows]
                if page.next_key is None:
                    break
                after = page.next_key
        assert seen == expected, limit


def test_several_statuses_merge_newest_first_across_pages(session_factory, actor):
    """Each status is walked on its own and merged: the pages are the plain list, filtered."""
    statuses = [CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS, CaseStatus.CLOSED]
    with session_factory.begin() as s:
        for i in range(17):
            res = svc.register_case(s, data=intake(facts=f"第{i}件"), actor=actor)
            # received a minute apart, statuses interleaved
            s.execute(
                update(Case)
                .where(Case.id == res.case_id)
                .values(
                    status=statuses[i % 3].value,
                    received_at=utcnow() - timedelta(minutes=100 - i),
                    due_at=utcnow() + timedelta(days=-1 if i % 2 else 1),
                )
            )
    with session_factory() as s:
        everything = [r.case_no for r in search.list_cases(s, limit=100).rows]
    wanted = {CaseStatus.ACCEPTED, CaseStatus.CLOSED}
    for filt, keep in (
        (CaseFilter(statuses=tuple(wanted)), lambda i: statuses[i % 3] in wanted),
        (CaseFilter(overdue=True), lambda i: i % 2 and statuses[i % 3] != CaseStatus.CLOSED),
        (CaseFilter(overdue=True, statuses=(CaseStatus.CLOSED,)), lambda i: False),
    ):
        expected = [no for no, i in zip(everything, range(16, -1, -1), strict=True) if keep(i)]
        for limit in (2, 4, 50):
            seen: list[str] = []
            after = None
            with session_factory() as s:
                while True:
                    page = search.list_cases(s, filt=filt, after=after, limit=limit)
                    seen += [r.case_no for r in page.rows]
                    if page.next_key is None:
                        break
                    after = page.next_key
            assert seen == expected, (filt, limit)


@pytest.mark.parametrize(
    "where",
    ["c.status = 'closed'", "c.category_id = 'x'", "c.town_id = 'x'", "c.received_at < '2027'"],
)
def test_filtered_list_walks_an_index_in_list_order(session_factory, where):
    """At a million cases a sort step over every match takes seconds (migration 0004)."""
    with session_factory() as s:
        plan = s.execute(
            text(
                f'EXPLAIN QUERY PLAN SELECT c.id FROM "case" c WHERE c.deleted_at IS NULL '
                f"AND {where} ORDER BY c.received_at DESC, c.id DESC LIMIT 101"
            )
        ).all()
    details = " | ".join(str(row[-1]) for row in plan)
    walks_index = "USING INDEX" in details or "USING COVERING INDEX" in details
    assert "TEMP B-TREE" not in details and walks_index, details


def test_long_names_are_found_by_trigram_and_kept_current(session_factory, actor):
    """3+ characters of a name: the names trigram index (0005), updated with the parties."""
    org = applicant(name="泰安市满庄实业有限公司", id_number="")
    with session_factory.begin() as s:
        res = svc.register_case(s, data=intake(parties=(org,), facts="拖欠货款"), actor=actor)
        svc.register_case(s, data=intake(facts="其他事项"), actor=actor)
    assert _nos(session_factory, text="实业有限") == [res.case_no]
    assert _nos(session_factory, text="限 公司") == [res.case_no]  # spaces typed in are ignored
    with session_factory.begin() as s:
        s.execute(update(CaseParty).where(CaseParty.case_id == res.case_id).values(name="王五"))
    assert _nos(session_factory, text="实业有限") == []
    assert _nos(session_factory, text="王五") == [res.case_no]
