"""The demo data is complete, valid and consistent with the workflow fold."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

from argon2 import PasswordHasher
from stdnum.cn import ric, uscc

from app.domain.demo import DemoSummary
from app.domain.enums import CaseStatus, EventType
from app.domain.transfer import ReturnReason
from app.services.demo import DEMO_PASSWORD
from app.services.transfer.workflow import EventRecord, fold
from tests.unit.services.demo.conftest import NOW

Demo = tuple[Path, DemoSummary]


def _db(demo: Demo) -> sqlite3.Connection:
    conn = sqlite3.connect(demo[0])
    conn.row_factory = sqlite3.Row
    return conn


def _dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_every_status_and_category(demo: Demo) -> None:
    conn = _db(demo)
    statuses = {r[0] for r in conn.execute('SELECT DISTINCT status FROM "case"')}
    assert statuses == {s.value for s in CaseStatus}
    used = {r[0] for r in conn.execute('SELECT DISTINCT category_id FROM "case"')}
    assert used == {r[0] for r in conn.execute("SELECT id FROM category WHERE active")}
    assert conn.execute('SELECT count(*) FROM "case" WHERE NOT is_demo').fetchone()[0] == 0


def test_fold_of_events_gives_cached_columns(demo: Demo) -> None:
    conn = _db(demo)
    events: dict[str, list[EventRecord]] = defaultdict(list)
    for r in conn.execute("SELECT * FROM case_event ORDER BY id"):
        events[r["case_id"]].append(
            EventRecord(
                id=r["id"],
                type=EventType(r["type"]),
                at=_dt(r["at"]),
                payload=json.loads(r["payload"]),
                actor_id=r["actor_id"],
                department_id=r["department_id"],
            )
        )
    cases = conn.execute('SELECT * FROM "case"').fetchall()
    assert len(cases) == demo[1].cases
    for c in cases:
        state = fold(events[c["id"]])
        assert state.status.value == c["status"], c["case_no"]
        assert state.due_at == _dt(c["due_at"]), c["case_no"]
        assert state.closed_at == _dt(c["closed_at"]), c["case_no"]
        assert state.outcome == c["outcome"], c["case_no"]
        assert state.satisfaction == c["satisfaction"], c["case_no"]
        assert state.lead_department_id == c["lead_department_id"], c["case_no"]


def test_events_follow_canonical_payloads(demo: Demo) -> None:
    conn = _db(demo)
    keys = {
        "register": {"due_at"},
        "accept": set(),
        "quick_resolve": {"outcome", "result"},
        "reject": {"reason"},
        "transfer_out": {"to", "reason"},
        "dispatch": {"lead_department_id", "assist_department_ids", "due_at", "sign_due_at"},
        "rule_reassign": {"lead_department_id", "assist_department_ids", "due_at", "sign_due_at"},
        "sign": set(),
        "return": {"reason_code", "reason"},
        "rule_insist": {"reason"},
        "extend_request": {"days", "reason"},
        "extend_approve": {"due_at"},
        "extend_deny": {"reason"},
        "assist_report": {"result"},
        "close": {"outcome", "result", "revisit_due_at"},
        "revisit": {"satisfaction", "channel", "comment"},
        "reopen": {"reason", "due_at"},
        "archive": set(),
        "print": {"document", "copies"},
        "progress": {"note"},
        "supervise": {"level", "opinion", "reply_due_at", "department_id"},
        "urge": {"level", "opinion", "reply_due_at", "department_id"},
        "consult": {"held_on", "department_ids", "opinion"},
    }
    reasons = {r.value for r in ReturnReason}
    seen = set()
    # The 信访 cases (app/services/demo/petitions.py) carry what the services write instead.
    petitions = {
        r[0]
        for r in conn.execute(
            "SELECT case_id FROM case_event WHERE type = 'register' "
            "AND json_extract(payload, '$.route_due_at') IS NOT NULL"
        )
    }
    for case_id, typ, payload in conn.execute("SELECT case_id, type, payload FROM case_event"):
        seen.add(typ)
        if case_id in petitions:
            continue
        if typ in keys:
            assert set(json.loads(payload)) == keys[typ], typ
        if typ == "return":
            assert json.loads(payload)["reason_code"] in reasons
    assert {"register", "dispatch", "sign", "close", "revisit", "archive"} <= seen


def test_some_cases_overdue_and_some_in_yellow(demo: Demo) -> None:
    conn = _db(demo)
    now = NOW.replace(tzinfo=None).isoformat(sep=" ")
    open_ = "status IN ('in_progress', 'extended', 'to_sign')"
    overdue = conn.execute(f'SELECT count(*) FROM "case" WHERE {open_} AND due_at < ?', (now,))
    yellow = conn.execute(
        f'SELECT count(*) FROM "case" WHERE {open_} AND warn_at <= ? AND deadline_at > ?',
        (now, now),
    )
    assert overdue.fetchone()[0] > 0
    assert yellow.fetchone()[0] > 0


def test_people_and_organisations_are_valid_and_obviously_fictitious(demo: Demo) -> None:
    conn = _db(demo)
    numbers = [r[0] for r in conn.execute("SELECT id_number FROM person")]
    assert numbers and len(set(numbers)) == len(numbers)
    for number in numbers:
        ric.validate(number)
    for name, note, phone in conn.execute("SELECT name, note, phone FROM person"):
        assert note == "（示例）"
        assert re.fullmatch(r"13[789]0000\d{4}", phone)
        assert re.fullmatch(r"\w(三|四|五|六|七|八|九|十|某某|某|小\w|大伟)", name), name
    codes = [r[0] for r in conn.execute("SELECT uscc FROM organisation")]
    assert codes
    for code in codes:
        uscc.validate(code)
    assert all(n.endswith("（示例）") for (n,) in conn.execute("SELECT name FROM organisation"))


def test_district_places_staff_and_sites(demo: Demo) -> None:
    conn = _db(demo)
    towns = conn.execute("SELECT id, code FROM region WHERE level = 'town' AND active").fetchall()
    depts = conn.execute("SELECT count(*) FROM department WHERE code LIKE 'T-%'").fetchone()[0]
    for town_id, code in towns:
        villages = conn.execute(
            "SELECT code FROM region WHERE parent_id = ? AND level = 'village'", (town_id,)
        ).fetchall()
        assert 15 <= len(villages) <= 30
        assert all(re.fullmatch(code + r"\d{3}", v[0]) for v in villages)
        roles = dict(
            conn.execute(
                "SELECT role, count(*) FROM user WHERE owner_org = ? GROUP BY role", (code,)
            ).fetchall()
        )
        assert roles == {"front_desk": 2, "supervisor": 1, "handler": depts}
        sites = conn.execute(
            "SELECT id FROM edu_site WHERE town_id = ? AND level = 'teaching_site'", (town_id,)
        ).fetchall()
        assert len(sites) == 10
        for (site_id,) in sites:
            rooms = conn.execute("SELECT count(*) FROM edu_room WHERE site_id = ?", (site_id,))
            assert 1 <= rooms.fetchone()[0] <= 2
    assert len(towns) == 11
    assert (
        conn.execute("SELECT count(*) FROM edu_site WHERE level = 'teaching_site'").fetchone()[0]
        == 110
    )
    hashes = {r[0] for r in conn.execute("SELECT password_hash FROM user")}
    assert len(hashes) == 1  # hashed once
    assert PasswordHasher().verify(hashes.pop(), DEMO_PASSWORD)
    for table in ("grid", "grid_assignment", "duty_shift", "patrol_log", "booking"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table


def test_references_hold_and_schema_is_restored(demo: Demo, tmp_path: Path) -> None:
    from app.db import open_database

    conn = _db(demo)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    fresh = tmp_path / "fresh.sqlite3"
    open_database(fresh).dispose()
    want = sqlite3.connect(fresh).execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY 2"
    )
    have = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY 2"
    )
    assert [tuple(r) for r in have] == want.fetchall()
    assert conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0


def test_case_numbers(demo: Demo) -> None:
    conn = _db(demo)
    rows = conn.execute('SELECT case_no, owner_org, query_code, device_code FROM "case"')
    for case_no, org, code, device in rows:
        assert re.fullmatch(org[-3:] + r"-\d{6}-0-\d{4}", case_no)
        assert re.fullmatch(r"\d{6}", code)
        assert device == "0"


def test_every_grid_worker_has_a_valid_unique_fictitious_id_number(demo: Demo) -> None:
    from app.services.common.identity import validate_id

    conn = _db(demo)
    rows = conn.execute("SELECT owner_org, id_number FROM grid_worker").fetchall()
    assert rows
    numbers = [r[1] for r in rows]
    assert all(numbers), "a demo worker without 身份证号"
    assert len({(r[0], r[1]) for r in rows}) == len(rows)  # unique within a township
    for number in numbers:
        validate_id("resident", number)  # the check the worker form and the import apply


def test_petition_cases_at_every_stage(demo: Demo) -> None:
    """Issue #17: demo 信访 cases stand at every stage of the statutory path, as the fold says."""
    from app.domain.enums import PetitionStage

    conn = _db(demo)
    petition_types = {
        "acceptance_notice", "petition_opinion", "review_request", "review_opinion",
        "recheck_request", "recheck_opinion", "petition_final",
    }  # fmt: skip
    events: dict[str, list[EventRecord]] = defaultdict(list)
    for r in conn.execute("SELECT * FROM case_event ORDER BY id"):
        events[r["case_id"]].append(
            EventRecord(
                r["id"],
                EventType(r["type"]),
                _dt(r["at"]),
                json.loads(r["payload"]),
                r["actor_id"],
                r["department_id"],
            )
        )
    stages = {}
    for case_id, evs in events.items():
        state = fold(evs)
        if state.petition_stage is not None:
            stages[state.petition_stage] = case_id
    # A 复核意见 is recorded with the 信访终结 it brings (petition.recheck_opinion): no case rests
    # between the two.
    assert set(stages) == set(PetitionStage) - {PetitionStage.RECHECK_OPINION}
    seen = {r[0] for r in conn.execute("SELECT DISTINCT type FROM case_event")}
    assert petition_types <= seen
    # The reviewing organ is a district desk's department: its handler recorded the 复查.
    row = conn.execute(
        "SELECT u.owner_org, d.code FROM case_event e JOIN user u ON u.id = e.actor_id "
        "JOIN department d ON d.id = e.department_id WHERE e.type = 'review_request'"
    ).fetchall()
    assert {tuple(r) for r in row} == {("370911", "D-XFJ")}
