"""The whole role × action matrix, walked through the real services.

Every role (at its home org: the district supervisor at the district, everyone else at the demo
township) tries every action that changes data; the outcome must be what EXPECTED says, which
is written here by hand and not read from app.domain.permissions. Then the township and site
checks: the same role acting on another township's data is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.domain.enums import DutyPost, EventType, Role, Shift, WorkerPost
from app.domain.grid import ShiftInput
from app.domain.ids import uuid7
from app.domain.permissions import Action
from app.models import User
from app.models.sync_state import SyncConflict
from app.services import accounts, audit
from app.services.bookings import booking as bookings
from app.services.bookings import states as booking_states
from app.services.errors import DomainError, Forbidden
from app.services.grid import assign as grid_assign
from app.services.grid import duty as grid_duty
from app.services.grid import grids as grid
from app.services.grid import workers as grid_workers
from app.services.intake import register as intake
from app.services.transfer import Actor, duty_list, evaluation, record
from app.sync.status import resolve_conflict
from tests.actors import DISTRICT, DISTRICT_ADMIN, DISTRICT_CLERK, FRONT_DESK, GRID, actor
from tests.conftest import DEMO_ORG
from tests.unit.services.bookings.conftest import NOW, PLATFORM_ROOM, TOWN_SEMINAR
from tests.unit.services.bookings.conftest import draft as _draft_fixture
from tests.unit.services.grid.conftest import add_villages
from tests.unit.services.intake.conftest import intake as intake_input

OTHER_TOWN = "370911001"
MON = date(2026, 11, 16)
AFTER = NOW + timedelta(days=10)

# Letters: F front desk, H handler, S centre head, D district supervisor, G grid coordinator,
# B booking clerk, A administrator.
LETTERS = {
    "F": Role.FRONT_DESK,
    "H": Role.HANDLER,
    "S": Role.SUPERVISOR,
    "D": Role.DISTRICT_SUPERVISOR,
    "G": Role.GRID_COORDINATOR,
    "B": Role.BOOKING_CLERK,
    "A": Role.ADMIN,
}
EXPECTED: dict[Action, str] = {
    Action.REGISTER_CASE: "F S A",  # the window action after registering needs a dispatcher
    Action.SET_WEIGHTS: "D",  # district level only: the township's administrator is refused
    Action.EDIT_DUTY_LIST: "A",
    Action.CREATE_BOOKING: "F S D G B A",
    Action.REVIEW_BOOKING: "S B A",  # the centre head: the township's own sites
    Action.CLOSE_BOOKING: "S B A",
    Action.CANCEL_BOOKING: "F S B A",
    Action.EDIT_GRID: "S G A",
    Action.EDIT_WORKER: "S G A",
    Action.ASSIGN_WORKER: "S G A",
    Action.EDIT_DUTY_ROSTER: "S G A",
    Action.RECORD_DUTY: "S G A",
    Action.RESOLVE_CONFLICT: "S D A",
    Action.REVEAL_PERSONAL: "F H S D G",
    Action.VIEW_AUDIT: "S D A",
    Action.EXPORT_AUDIT: "S D A",
    Action.RESET_PASSWORD: "A",
}


@dataclass(frozen=True)
class World:
    """Committed rows the actions work on."""

    east: str
    west: str
    grid_id: str
    worker_id: str
    shift_id: str
    town_booking: str  # pending, at 满庄镇党校 (the township's own site)
    approved_town_booking: str
    platform_booking: str  # pending, at the district platform
    conflict_id: str
    other_grid: str  # a grid of another township


def _home(role: Role) -> str:
    return DISTRICT if role == Role.DISTRICT_SUPERVISOR else DEMO_ORG


@pytest.fixture
def world(session_factory: sessionmaker[Session]) -> World:
    draft = _draft_fixture.__wrapped__()  # type: ignore[attr-defined]
    with session_factory.begin() as s:
        east, west = add_villages(s)
        g = grid.save_grid(
            s, actor=GRID, org_code=DEMO_ORG, name="东村第一网格", village_id=east, households=1
        )
        w = grid_workers.save_worker(
            s, actor=GRID, org_code=DEMO_ORG, name="李娜", phone="13905380001",
            post=WorkerPost.FULL_TIME,
        )  # fmt: skip
        week = grid_duty.add_shifts(
            s,
            actor=GRID,
            org_code=DEMO_ORG,
            shifts=[ShiftInput(MON, Shift.MORNING, DutyPost.WINDOW, worker_id=w.id)],
        )
        town = bookings.create_booking(
            s, draft=_replace(draft, room_id=TOWN_SEMINAR), actor=FRONT_DESK, now=NOW
        )
        approved = bookings.create_booking(
            s,
            draft=_replace(draft, room_id=TOWN_SEMINAR, day=draft.day + timedelta(days=1)),
            actor=FRONT_DESK,
            now=NOW,
        )
        booking_states.approve_booking(s, booking_id=approved.id, actor=DISTRICT_CLERK, now=NOW)
        platform = bookings.create_booking(
            s, draft=_replace(draft, room_id=PLATFORM_ROOM), actor=FRONT_DESK, now=NOW
        )
        conflict = SyncConflict(
            id=uuid7(), entity="person", entity_id=uuid7(), field="note", mine="a", theirs="b"
        )
        s.add(conflict)
        s.add(
            User(
                username="desk1",
                display_name="王丽",
                role="front_desk",
                owner_org=DEMO_ORG,
                password_hash=accounts.hash_password("Desk2026pw"),
            )
        )
        s.add(
            User(
                username="desk001",
                display_name="刘强",
                role="front_desk",
                owner_org=OTHER_TOWN,
                password_hash=accounts.hash_password("Desk2026pw"),
            )
        )
        other = grid.save_grid(
            s,
            actor=actor("grid_coordinator", OTHER_TOWN),
            org_code=OTHER_TOWN,
            name="外镇网格",
            village_id=None,
            households=1,
        )
    return World(
        east, west, g.id, w.id, week.shifts[0].id, town.id, approved.id, platform.id,
        conflict.id, other.id,
    )  # fmt: skip


def _replace(d: Any, **kw: Any) -> Any:
    from dataclasses import replace

    return replace(d, **kw)


def _calls(w: World) -> dict[Action, Callable[[Session, Actor], Any]]:
    draft = _draft_fixture.__wrapped__()  # type: ignore[attr-defined]
    return {
        Action.REGISTER_CASE: lambda s, a: intake.register_case(s, data=intake_input(), actor=a),
        Action.SET_WEIGHTS: lambda s, a: evaluation.set_weights(
            s, values={"signed_on_time": 1.0}, actor=a
        ),
        Action.EDIT_DUTY_LIST: lambda s, a: duty_list.save_rows(s, rows={}, actor=a),
        Action.CREATE_BOOKING: lambda s, a: bookings.create_booking(
            s, draft=_replace(draft, day=draft.day + timedelta(days=7)), actor=a, now=NOW
        ),
        Action.REVIEW_BOOKING: lambda s, a: booking_states.approve_booking(
            s, booking_id=w.town_booking, actor=a, now=NOW
        ),
        Action.CLOSE_BOOKING: lambda s, a: booking_states.mark_no_show(
            s, booking_id=w.approved_town_booking, actor=a, now=AFTER
        ),
        Action.CANCEL_BOOKING: lambda s, a: booking_states.cancel_booking(
            s, booking_id=w.platform_booking, actor=a, now=NOW
        ),
        Action.EDIT_GRID: lambda s, a: grid.save_grid(
            s, actor=a, org_code=DEMO_ORG, name="西苑网格", village_id=w.west, households=3
        ),
        Action.EDIT_WORKER: lambda s, a: grid_workers.save_worker(
            s,
            actor=a,
            org_code=DEMO_ORG,
            name="赵六",
            phone="13912345678",
            post=WorkerPost.PART_TIME,
        ),
        Action.ASSIGN_WORKER: lambda s, a: grid_assign.assign_worker(
            s, actor=a, grid_id=w.grid_id, worker_id=w.worker_id, start_date=MON
        ),
        Action.EDIT_DUTY_ROSTER: lambda s, a: grid_duty.add_shifts(
            s,
            actor=a,
            org_code=DEMO_ORG,
            shifts=[ShiftInput(MON, Shift.AFTERNOON, DutyPost.PATROL, person_name="周主任")],
        ),
        Action.RECORD_DUTY: lambda s, a: grid_duty.sign_in(s, actor=a, shift_id=w.shift_id),
        Action.RESOLVE_CONFLICT: lambda s, a: resolve_conflict(
            s, actor=a, conflict_id=w.conflict_id, keep="theirs"
        ),
        Action.REVEAL_PERSONAL: lambda s, a: audit.log_reveal(
            s, actor=a, entity="person", entity_id=uuid7(), field="id_number"
        ),
        Action.VIEW_AUDIT: lambda s, a: audit.list_entries(s, actor=a),
        Action.EXPORT_AUDIT: lambda s, a: audit.export_csv(s, actor=a, rows=[]),
        Action.RESET_PASSWORD: lambda s, a: accounts.reset_password(
            s, actor=a, username="desk1", new="Reset2026pw"
        ),
    }


def _outcome(factory: sessionmaker[Session], fn: Callable[[Session, Actor], Any], a: Actor) -> str:
    """Run `fn` as `a` and roll back; return "allowed" or "refused" (Forbidden)."""
    with factory() as s:
        try:
            fn(s, a)
            s.flush()
        except Forbidden:
            return "refused"
        except DomainError as exc:  # past the gate, refused by a rule of the workflow itself
            pytest.fail(f"{a.role} {fn}: {exc.message}")
        finally:
            s.rollback()
    return "allowed"


def test_every_role_and_action_through_the_services(session_factory, world):
    calls = _calls(world)
    assert set(calls) == set(Action) == set(EXPECTED), "every action has a row and a call"
    got: dict[tuple[str, str], str] = {}
    want: dict[tuple[str, str], str] = {}
    for action, letters in EXPECTED.items():
        allowed = {LETTERS[x] for x in letters.split()}
        for role in Role:
            a = actor(role.value, _home(role))
            got[(action.value, role.value)] = _outcome(session_factory, calls[action], a)
            want[(action.value, role.value)] = "allowed" if role in allowed else "refused"
    wrong = {k: v for k, v in got.items() if want[k] != v}
    assert not wrong, f"matrix differs from the services: {wrong}"
    assert len(got) == len(Action) * len(Role)


@pytest.mark.parametrize(
    ("who", "call", "outcome"),
    [
        # the centre head approves bookings of the township's own sites only
        (actor("supervisor"), "approve_town", "allowed"),
        (actor("supervisor"), "approve_platform", "refused"),
        (actor("supervisor", OTHER_TOWN), "approve_town", "refused"),
        (DISTRICT_CLERK, "approve_platform", "allowed"),
        (actor("booking_clerk"), "approve_platform", "refused"),
        # another township's grid, password and weights
        (actor("grid_coordinator"), "delete_other_grid", "refused"),
        (actor("grid_coordinator", OTHER_TOWN), "delete_other_grid", "allowed"),
        (actor("admin"), "reset_other_town", "refused"),
        (DISTRICT_ADMIN, "reset_other_town", "allowed"),
        (DISTRICT_ADMIN, "set_weights", "allowed"),
        (actor("admin"), "set_weights", "refused"),
    ],
)
def test_township_and_site_are_checked(session_factory, world, who, call, outcome):
    fns: dict[str, Callable[[Session, Actor], Any]] = {
        "approve_town": lambda s, a: booking_states.approve_booking(
            s, booking_id=world.town_booking, actor=a, now=NOW
        ),
        "approve_platform": lambda s, a: booking_states.approve_booking(
            s, booking_id=world.platform_booking, actor=a, now=NOW
        ),
        "delete_other_grid": lambda s, a: grid.delete_grid(s, actor=a, grid_id=world.other_grid),
        "reset_other_town": lambda s, a: accounts.reset_password(
            s, actor=a, username="desk001", new="Reset2026pw"
        ),
        "set_weights": lambda s, a: evaluation.set_weights(
            s, values={"signed_on_time": 1.0}, actor=a
        ),
    }
    assert _outcome(session_factory, fns[call], who) == outcome


def test_a_case_of_another_township_cannot_be_acted_on(session_factory):
    with session_factory.begin() as s:
        case_id = intake.register_case(s, data=intake_input(), actor=FRONT_DESK).case_id
    stranger = actor("front_desk", OTHER_TOWN)
    with session_factory() as s, pytest.raises(Forbidden, match="其他镇街"):
        record(s, case_id=case_id, type=EventType.NOTE, actor=stranger, payload={"text": "x"})
    district = actor("district_supervisor", DISTRICT)
    with session_factory() as s:
        record(s, case_id=case_id, type=EventType.NOTE, actor=district, payload={"text": "督导"})
