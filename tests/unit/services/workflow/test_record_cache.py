"""record(): its per-transaction memo, the assignment facts and refresh_cache match the fold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from app.domain.enums import EventType
from app.domain.ids import uuid7
from app.models import CaseAssignment, CaseEvent
from app.services.transfer.workflow import current_state, record, refresh_cache
from tests.unit.services.transfer.helpers import DESK, dept, handler, make_case

E = EventType
T0 = datetime(2026, 10, 12, 2, 0, tzinfo=UTC)
FACTS = ("signed_at", "sign_on_time", "closed_at", "close_on_time", "revisited_at", "satisfaction")


def _dispatch(s: Session, cid: str, code: str, *extra: str) -> None:
    record(
        s, case_id=cid, type=E.DISPATCH, actor=DESK, at=T0,
        payload={"lead_department_id": dept(code),
                 "assist_department_ids": [dept(c) for c in extra],
                 "due_at": T0 + timedelta(days=10), "sign_due_at": T0 + timedelta(days=1)},
    )  # fmt: skip


def _rows(s: Session, cid: str) -> dict[str, tuple]:
    t = CaseAssignment.__table__
    cols = [t.c.department_id, t.c.is_lead, t.c.state, *(t.c[c] for c in FACTS)]
    return {r[0]: tuple(r[1:]) for r in s.execute(select(*cols).where(t.c.case_id == cid))}


def test_memo_state_equals_the_fold(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)  # register + accept in one transaction: the second uses the memo
        _dispatch(s, cid, "T-SFS", "T-RSS")
        memo_state = record(
            s, case_id=cid, type=E.SIGN, actor=handler("T-SFS"), department_id=dept("T-SFS"),
            at=T0 + timedelta(hours=2),
        )  # fmt: skip
        s.flush()
        assert memo_state == current_state(s, cid)
        assert _rows(s, cid)[dept("T-RSS")][:2] == (False, "to_sign")
    with session_factory() as s:
        assert current_state(s, cid) == memo_state


def test_rollback_forgets_the_memo(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
    s = session_factory()
    _dispatch(s, cid, "T-SFS")
    assert "workflow_state_memo" in s.info
    s.rollback()
    assert "workflow_state_memo" not in s.info
    # The dispatch was rolled back: dispatching again is allowed, from the database's state.
    _dispatch(s, cid, "T-SFS")
    s.commit()
    s.close()


def test_facts_of_a_late_case_and_refresh_rebuilds_them(
    session_factory: sessionmaker[Session],
) -> None:
    lead = handler("T-RSS")
    with session_factory.begin() as s:
        cid = make_case(s)
        _dispatch(s, cid, "T-RSS", "T-SFS")
        record(s, case_id=cid, type=E.SIGN, actor=lead, department_id=dept("T-RSS"),
               at=T0 + timedelta(days=2))  # fmt: skip
        record(s, case_id=cid, type=E.SIGN, actor=handler("T-SFS"), department_id=dept("T-SFS"),
               at=T0 + timedelta(days=2, hours=1))  # fmt: skip
        record(s, case_id=cid, type=E.ASSIST_REPORT, actor=handler("T-SFS"),
               department_id=dept("T-SFS"), at=T0 + timedelta(days=3),
               payload={"result": "已协助"})  # fmt: skip
        record(s, case_id=cid, type=E.CLOSE, actor=lead, department_id=dept("T-RSS"),
               at=T0 + timedelta(days=5),
               payload={"outcome": "resolved", "result": "已办结"})  # fmt: skip
        rows = _rows(s, cid)
    assert rows[dept("T-RSS")] == (
        True, "done", T0 + timedelta(days=2), False, T0 + timedelta(days=5), True, None, None,
    )  # fmt: skip
    assert rows[dept("T-SFS")] == (False, "done", *(None,) * 6)  # only the lead is rated
    # Another device's revisit arrives: sync writes the event, then refreshes the cache (here
    # from facts wiped on purpose, so all of them must come back from the events).
    with session_factory.begin() as s:
        t = CaseAssignment.__table__
        s.execute(update(t).where(t.c.case_id == cid).values(**dict.fromkeys(FACTS)))
        s.add(CaseEvent(id=uuid7(), case_id=cid, owner_org="370911106", type=E.REVISIT.value,
                        at=T0 + timedelta(days=6),
                        payload={"satisfaction": "basic", "channel": "phone"}))  # fmt: skip
        state = refresh_cache(s, cid)
        refreshed = _rows(s, cid)
    assert state.status.value == "evaluated"
    assert refreshed[dept("T-RSS")] == (*rows[dept("T-RSS")][:6], T0 + timedelta(days=6), "basic")
    assert refreshed[dept("T-SFS")] == rows[dept("T-SFS")]
    with session_factory() as s:
        assert current_state(s, cid) == state
