"""A district device reads every township and is the only one that edits reference data."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.ids import reference_id
from app.models import Department, Person
from tests.server.support import DISTRICT, OTHER_ORG


def test_district_sees_all_townships_and_publishes_reference_edits(server, desk):
    a = desk(server, "a")
    other = desk(server, "other", OTHER_ORG)
    district = desk(server, "district", DISTRICT)
    a.add_person("甲镇居民")
    other.add_person("乙镇居民")
    dept_id = reference_id("department", "T-SFS")
    with district.factory.begin() as s:
        s.info["push_reference"] = True
        s.get(Department, dept_id).phone = "0538-8888888"
    for d in (a, other, district, a, other):
        result = d.sync()
        assert result.ok, result.message
    with district.factory() as s:
        assert sorted(s.scalars(select(Person.name))) == ["乙镇居民", "甲镇居民"]
    with a.factory() as s:
        assert s.scalars(select(Person.name)).all() == ["甲镇居民"]
        assert s.get(Department, dept_id).phone == "0538-8888888"
    assert other.get(Department, dept_id).phone == "0538-8888888"
