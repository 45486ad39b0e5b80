"""其他中心 (issue #10 item 6): a desk asks the district, by keyed hash only, about a resident's
cases at other townships; the answer is counts, townships and dates, and the ask is logged."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.ids import uuid7
from app.models import Case, CaseParty, Person
from app.models.sync_state import SyncDevice
from app.server.db import meta_value
from app.server.tables import AccessLog
from app.sync.lookup import ask_other_centres
from app.sync.transport import Transport
from tests.server.support import DEMO_ORG, OTHER_ORG

ID = "370911199001011234"
PHONE = "13812345678"


def _resident_case(desk, name: str = "张五") -> str:
    cid = desk.new_case("工资纠纷")
    with desk.factory.begin() as s:
        person = Person(id=uuid7(), owner_org=desk.org, name=name, id_number=ID, phone=PHONE)
        s.add(person)
        s.flush()
        s.add(
            CaseParty(
                id=uuid7(), owner_org=desk.org, case_id=cid, role="applicant",
                person_id=person.id, name=name,
            )
        )  # fmt: skip
    return cid


def test_other_centres_answers_counts_townships_dates_only(server, desk):
    here = desk(server, "here", DEMO_ORG)
    there = desk(server, "there", OTHER_ORG)
    _resident_case(there)
    _resident_case(there)
    _resident_case(here)  # this township's own case is not "another centre"
    there.sync()
    here.sync()
    with here.factory() as s:
        secret = s.scalar(select(SyncDevice.lookup_secret))
    with server.factory() as s:
        assert secret and secret == meta_value(s, "lookup_secret")  # handed out at registration

    def ask(**number: str):
        return ask_other_centres(
            here.factory, transport_factory=lambda _u, t: server.transport(t), **number
        )

    by_id = ask(id_number=ID)
    assert by_id.state == "found" and by_id.total == 2
    (town,) = by_id.townships
    assert town.org_code == OTHER_ORG and town.count == 2 and len(town.dates) == 2
    assert set(town.model_dump()) == {"org_code", "name", "count", "dates"}  # no names, no facts
    assert ask(phone="138 1234 5678").total == 2
    assert ask(phone="13900000000").total == 0
    with server.factory() as s:
        logged = s.scalars(select(AccessLog).where(AccessLog.action == "lookup")).all()
    assert len(logged) == 3 and {e.org_code for e in logged} == {DEMO_ORG}


def test_offline_and_unregistered_say_so(server, desk, tmp_path):
    here = desk(server, "here", DEMO_ORG)
    unreachable = ask_other_centres(
        here.factory,
        id_number=ID,
        transport_factory=lambda _u, t: Transport("http://127.0.0.1:8129", t, timeout=2.0),
    )
    assert unreachable.state == "offline" and "离线" in unreachable.message
    with here.factory.begin() as s:
        s.execute(SyncDevice.__table__.update().values(lookup_secret=""))
    assert ask_other_centres(here.factory, id_number=ID).state == "no_key"
    from app.db import make_session_factory, open_database

    fresh = make_session_factory(open_database(tmp_path / "fresh.sqlite3"))
    answer = ask_other_centres(fresh, id_number=ID)
    assert answer.state == "unregistered" and "尚未注册" in answer.message


def test_a_changed_number_is_hashed_again(server, desk):
    here = desk(server, "here", DEMO_ORG)
    there = desk(server, "there", OTHER_ORG)
    cid = _resident_case(there)
    there.sync()

    def ask(number: str):
        return ask_other_centres(
            here.factory, id_number=number, transport_factory=lambda _u, t: server.transport(t)
        )

    assert ask(ID).total == 1
    new_id = "370911199001021230"
    with there.factory.begin() as s:
        party = s.scalars(select(CaseParty).where(CaseParty.case_id == cid)).one()
        s.get(Person, party.person_id).id_number = new_id
    there.sync()
    assert ask(ID).total == 0 and ask(new_id).total == 1
    assert there.get(Case, cid) is not None
