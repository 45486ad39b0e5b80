"""Every model stores and reads back its values, and the migrated schema matches the models."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from alembic import command
from sqlalchemy import inspect, select

from app.db import alembic_config, backup_sqlite, current_revision, head_revision
from app.domain.ids import reference_id, uuid7
from app.models import (
    Booking,
    Case,
    CaseEvent,
    CaseParty,
    EduRoom,
    Grid,
    GridAssignment,
    GridWorker,
    Person,
    Region,
)
from tests.conftest import DEMO_ORG

TOWN = reference_id("region", DEMO_ORG)


def test_migrated_schema_has_no_drift(engine):
    url = engine.url.render_as_string(hide_password=False)
    assert current_revision(engine) == head_revision(url)
    command.check(alembic_config(url))  # raises if the models differ from the migrations


def test_case_aggregate_round_trips(session_factory):
    now = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    with session_factory.begin() as s:
        person = Person(
            name="张三",
            owner_org=DEMO_ORG,
            id_number="11010519491231002X",
            birth_date=date(1949, 12, 31),
            sex="F",
            phone="13800000001",
        )
        case = Case(
            case_no="106-261127-A-0001",
            query_code="123456",
            kind="dispute",
            channel="walk_in",
            owner_org=DEMO_ORG,
            town_id=TOWN,
            received_at=now,
            facts="邻里因排水沟发生争执",
            people_count=2,
        )
        s.add_all([person, case])
        s.flush()
        s.add(
            CaseParty(
                case_id=case.id,
                role="applicant",
                person_id=person.id,
                name="张三",
                owner_org=DEMO_ORG,
            )
        )
        s.add(
            CaseEvent(
                case_id=case.id,
                type="register",
                at=now,
                owner_org=DEMO_ORG,
                payload={"due_at": "2026-12-27T09:30:00+00:00"},
            )
        )
    with session_factory() as s:
        got = s.scalars(select(Case)).one()
        assert got.received_at == now and got.received_at.tzinfo is not None
        assert got.facts == "邻里因排水沟发生争执"
        assert s.scalars(select(CaseEvent)).one().payload["due_at"].startswith("2026-12-27")
        assert s.scalars(select(Person)).one().birth_date == date(1949, 12, 31)
        assert s.scalars(select(CaseParty)).one().name == "张三"


def test_grid_and_booking_round_trip(session_factory):
    with session_factory.begin() as s:
        village = Region(
            id=uuid7(),
            code=f"{DEMO_ORG}201",
            name="东王庄村",
            level="village",
            parent_id=TOWN,
            owner_org=DEMO_ORG,
        )
        s.add(village)
        s.flush()
        grid = Grid(
            code="G-1",
            name="东王庄第一网格",
            town_id=TOWN,
            village_id=village.id,
            owner_org=DEMO_ORG,
            households=320,
        )
        worker = GridWorker(name="李四", post="full_time", owner_org=DEMO_ORG)
        s.add_all([grid, worker])
        s.flush()
        s.add(
            GridAssignment(
                grid_id=grid.id,
                worker_id=worker.id,
                post="full_time",
                start_date=date(2026, 1, 1),
                owner_org=DEMO_ORG,
            )
        )
        room = s.scalars(select(EduRoom)).first()
        s.add(
            Booking(
                room_id=room.id,
                org_name="满庄镇第一党支部",
                contact_name="王五",
                contact_phone="13800000002",
                headcount=30,
                date=date(2026, 12, 1),
                slot="am",
                starts_at=datetime(2026, 12, 1, 1, tzinfo=UTC),
                ends_at=datetime(2026, 12, 1, 3, 30, tzinfo=UTC),
                activity="theme_day",
                owner_org=DEMO_ORG,
            )
        )
    with session_factory() as s:
        assert s.scalars(select(GridAssignment)).one().start_date == date(2026, 1, 1)
        assert s.scalars(select(Booking)).one().status == "pending"


def test_naive_datetimes_are_refused(session_factory):
    with pytest.raises(Exception, match="naive"), session_factory.begin() as s:
        s.add(
            Case(
                case_no="x",
                query_code="1",
                kind="dispute",
                channel="walk_in",
                owner_org=DEMO_ORG,
                received_at=datetime(2026, 1, 1),
            )
        )


def test_sqlite_pragmas_are_set(engine):
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_backup_copies_a_live_database(engine, session_factory, tmp_path):
    copy = backup_sqlite(tmp_path / "test.sqlite3", tmp_path / "backups", "check")
    from sqlalchemy import create_engine

    tables = inspect(create_engine(f"sqlite:///{copy}")).get_table_names()
    assert "case" in tables and "region" in tables
