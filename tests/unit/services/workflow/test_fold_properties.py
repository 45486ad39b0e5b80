"""Property tests: any sequence of allowed actions keeps the workflow's invariants."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.enums import CaseStatus, EventType, Satisfaction
from app.services.transfer.workflow import EventRecord, TransitionError, apply, fold
from app.services.transfer.workflow.fold import ALLOWED_IN, CaseState

E = EventType
DEPTS = ("A", "B", "C", "D")
T0 = datetime(2026, 2, 10, 1, 0, tzinfo=UTC)


def _iso(at: datetime) -> str:
    return at.isoformat()


# The handling path is listed several times so random sequences reach deep states; the
# terminal actions only once, else most sequences would end at once.
MAIN_PATH = [
    E.ACCEPT, E.DISPATCH, E.SIGN, E.RETURN, E.RULE_REASSIGN, E.RULE_INSIST, E.ASSIST_REPORT,
    E.EXTEND_REQUEST, E.EXTEND_APPROVE, E.EXTEND_DENY, E.CLOSE, E.REVISIT, E.REOPEN,
]  # fmt: skip
KINDS = MAIN_PATH * 6 + [t for t in EventType if t != E.REGISTER]
# Each step is (event type, department, a small integer used to vary payloads).
step = st.tuples(
    st.sampled_from(KINDS),
    st.sampled_from((None, *DEPTS)),
    st.integers(min_value=0, max_value=40),
)


def _event(i: int, kind: EventType, dept: str | None, n: int, at: datetime) -> EventRecord:
    payload: dict[str, Any] = {}
    if kind in (E.DISPATCH, E.RULE_REASSIGN):
        payload = {
            "lead_department_id": DEPTS[n % 4],
            "assist_department_ids": [d for d in DEPTS if n % 3 == 0 and (n >> DEPTS.index(d)) & 1],
            "due_at": _iso(at + timedelta(days=n + 1)),
            "sign_due_at": _iso(at + timedelta(days=1)),
        }
    elif kind == E.RETURN:
        payload = {"reason_code": "not_ours" if n % 3 else "", "reason": "不属本部门职责"}
    elif kind == E.RULE_INSIST:
        payload = {"reason": "职责清单明确" if n % 4 else ""}
    elif kind == E.EXTEND_REQUEST:
        payload = {"days": n % 10, "reason": "需现场勘验"}
    elif kind == E.EXTEND_APPROVE:
        payload = {"due_at": _iso(at + timedelta(days=n - 5))}
    elif kind in (E.CLOSE, E.QUICK_RESOLVE):
        payload = {"outcome": "resolved", "result": "已调解", "revisit_due_at": _iso(at)}
    elif kind == E.REVISIT:
        payload = {"satisfaction": list(Satisfaction)[n % 3].value, "channel": "phone"}
    elif kind == E.REOPEN:
        payload = {"reason": "群众不满意", "due_at": _iso(at + timedelta(days=n + 1))}
    elif kind in (E.REJECT, E.TRANSFER_OUT):
        payload = {"reason": "不属受理范围"}
    return EventRecord(id=f"e{i:04d}", type=kind, at=at, payload=payload, department_id=dept)


def _check_invariants(before: CaseState, after: CaseState, ev: EventRecord) -> None:
    # One state: the status is one member of the enumeration and its facts agree with it.
    assert isinstance(after.status, CaseStatus)
    if after.status in (CaseStatus.TO_SIGN, CaseStatus.IN_PROGRESS, CaseStatus.EXTENDED):
        assert after.lead_department_id is not None
        assert after.due_at is not None
        assert after.lead_department_id not in after.assist_department_ids
    if after.status in (CaseStatus.IN_PROGRESS, CaseStatus.EXTENDED):
        assert after.lead_department_id in after.signed
    assert after.reported <= frozenset(after.assist_department_ids)
    # The close gate: nobody closes while an assisting department is still open.
    if ev.type == E.CLOSE:
        assert not before.open_departments
        assert ev.department_id in (None, before.lead_department_id)
    # Deadlines are monotone within one assignment.
    monotone = (E.EXTEND_APPROVE, E.SIGN, E.RULE_INSIST, E.PROGRESS, E.SUPERVISE)
    if ev.type in monotone and before.due_at is not None and after.due_at is not None:
        assert after.due_at >= before.due_at
    if ev.type == E.EXTEND_APPROVE:
        assert before.due_at is None or after.due_at > before.due_at
    if after.sign_due_at is not None and after.due_at is not None and after.dispatched_at:
        assert after.sign_due_at <= after.due_at or after.status not in (CaseStatus.TO_SIGN,)
    # Terminal states stay terminal (a finished case may only be archived).
    if before.status in (CaseStatus.REJECTED, CaseStatus.TRANSFERRED_OUT, CaseStatus.ARCHIVED):
        assert after.status in (before.status, CaseStatus.ARCHIVED)


@settings(max_examples=400, deadline=None)
@given(st.lists(step, min_size=20, max_size=60))
def test_any_sequence_of_allowed_actions_keeps_invariants(steps: list[Any]) -> None:
    at = T0
    state = apply(None, EventRecord(id="e0000", type=E.REGISTER, at=at))
    applied = [EventRecord(id="e0000", type=E.REGISTER, at=at)]
    for i, (kind, dept, n) in enumerate(steps, start=1):
        at = at + timedelta(hours=n + 1)
        ev = _event(i, kind, dept, n, at)
        try:
            new = apply(state, ev)
        except TransitionError as exc:
            # A refused action says why in Chinese and changes nothing.
            assert any("\u4e00" <= ch <= "\u9fff" for ch in exc.message)
            continue
        assert state.status in ALLOWED_IN.get(kind, frozenset(CaseStatus))
        _check_invariants(state, new, ev)
        state = new
        applied.append(ev)
    # The fold of what was applied gives the same state as applying step by step.
    assert fold(applied) == state


def _dispatched(assists: list[str]) -> tuple[CaseState, datetime]:
    at = T0
    s = apply(None, EventRecord("1", E.REGISTER, at))
    s = apply(s, EventRecord("2", E.ACCEPT, at))
    s = apply(
        s,
        EventRecord(
            "3",
            E.DISPATCH,
            at,
            {
                "lead_department_id": "A",
                "assist_department_ids": assists,
                "due_at": _iso(at + timedelta(days=30)),
                "sign_due_at": _iso(at + timedelta(days=1)),
            },
        ),
    )
    return s, at


def test_lead_cannot_close_while_an_assisting_department_is_open() -> None:
    s, at = _dispatched(["B", "C"])
    s = apply(s, EventRecord("4", E.SIGN, at, department_id="A"))
    s = apply(s, EventRecord("5", E.SIGN, at, department_id="B"))
    s = apply(s, EventRecord("6", E.ASSIST_REPORT, at, {"result": "已核实"}, department_id="B"))
    close = EventRecord("7", E.CLOSE, at, {"outcome": "resolved", "result": "调解成功"}, None, "A")
    with pytest.raises(TransitionError, match="协办部门未反馈"):
        apply(s, close)
    s = apply(s, EventRecord("8", E.ASSIST_REPORT, at, {"result": "已协助"}, department_id="C"))
    s = apply(s, close)
    assert s.status == CaseStatus.TO_REVISIT


def test_disallowed_action_raises_clear_chinese_error() -> None:
    s, at = _dispatched([])
    with pytest.raises(TransitionError) as info:
        apply(s, EventRecord("9", E.CLOSE, at, {"outcome": "resolved", "result": "x"}, None, "A"))
    assert info.value.message == "案件当前状态为“待签收”，不能办结"


def test_return_counts_per_department_and_rule_goes_back_to_sign() -> None:
    s, at = _dispatched([])
    ret = EventRecord(
        "4", E.RETURN, at, {"reason_code": "not_ours", "reason": "非本部门"}, None, "A"
    )
    s = apply(s, ret)
    assert s.status == CaseStatus.TO_DISPATCH and s.return_count("A") == 1
    s = apply(s, EventRecord("5", E.RULE_INSIST, at, {"reason": "职责清单第3项"}))
    assert s.status == CaseStatus.TO_SIGN and s.lead_department_id == "A"
    s = apply(s, ret)
    assert s.return_count("A") == 2
    s = apply(
        s,
        EventRecord(
            "6",
            E.RULE_REASSIGN,
            at,
            {"lead_department_id": "B", "due_at": _iso(at + timedelta(days=10))},
        ),
    )
    assert (s.status, s.lead_department_id, s.return_count("A")) == (CaseStatus.TO_SIGN, "B", 2)


def test_unsatisfied_revisit_allows_reopen_only_then() -> None:
    s, at = _dispatched([])
    s = apply(s, EventRecord("4", E.SIGN, at, department_id="A"))
    reopen = EventRecord("9", E.REOPEN, at, {"reason": "未解决", "due_at": _iso(at)})
    s = apply(s, EventRecord("5", E.CLOSE, at, {"outcome": "resolved", "result": "已处理"}))
    with pytest.raises(TransitionError, match="不满意"):
        apply(s, reopen)
    s2 = apply(s, EventRecord("6", E.REVISIT, at, {"satisfaction": "satisfied"}))
    assert s2.status == CaseStatus.EVALUATED
    s3 = apply(s, EventRecord("7", E.REVISIT, at, {"satisfaction": "unsatisfied"}))
    s3 = apply(s3, reopen)
    assert (s3.status, s3.reopens, s3.closed_at) == (CaseStatus.IN_PROGRESS, 1, None)
