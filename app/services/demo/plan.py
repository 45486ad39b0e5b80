"""Which events a demo case goes through to end in a given status (the canonical sequences).

A plan is a list of steps `(event type, natural delay in seconds, who acts)`; `who` is "desk",
"super", "lead", "assist0", "assist1", ... The case maker turns steps into timed events with
payloads. Every plan follows DEVELOPING.md "Canonical event sequences", so folding the events
gives the planned status.
"""

from __future__ import annotations

from random import Random

from app.domain.enums import CaseStatus as S
from app.domain.enums import EventType as E

HOUR = 3600
DAY = 86400
Step = tuple[E, int, str]

# Status weights by the case's age (days since received): recent cases are still open.
_AGE_BUCKETS: tuple[tuple[int, dict[S, int]], ...] = (
    (
        1,
        {
            S.REGISTERED: 14,
            S.ACCEPTED: 16,
            S.TO_DISPATCH: 4,
            S.TO_SIGN: 20,
            S.CLOSED: 26,
            S.IN_PROGRESS: 12,
            S.REJECTED: 4,
            S.TRANSFERRED_OUT: 4,
        },
    ),
    (
        7,
        {
            S.ACCEPTED: 3,
            S.TO_DISPATCH: 4,
            S.TO_SIGN: 8,
            S.IN_PROGRESS: 34,
            S.EXTENDED: 2,
            S.CLOSED: 26,
            S.TO_REVISIT: 10,
            S.EVALUATED: 4,
            S.ARCHIVED: 2,
            S.REJECTED: 4,
            S.TRANSFERRED_OUT: 3,
        },
    ),
    (
        30,
        {
            S.TO_DISPATCH: 1,
            S.TO_SIGN: 1,
            S.IN_PROGRESS: 26,
            S.EXTENDED: 6,
            S.CLOSED: 28,
            S.TO_REVISIT: 12,
            S.EVALUATED: 8,
            S.ARCHIVED: 12,
            S.REJECTED: 3,
            S.TRANSFERRED_OUT: 3,
        },
    ),
    (
        60,
        {
            S.IN_PROGRESS: 7,
            S.EXTENDED: 5,
            S.CLOSED: 30,
            S.TO_REVISIT: 4,
            S.EVALUATED: 6,
            S.ARCHIVED: 41,
            S.REJECTED: 4,
            S.TRANSFERRED_OUT: 3,
        },
    ),
    (
        10**6,
        {
            S.IN_PROGRESS: 1,
            S.EXTENDED: 1,
            S.CLOSED: 30,
            S.TO_REVISIT: 1,
            S.EVALUATED: 2,
            S.ARCHIVED: 58,
            S.REJECTED: 4,
            S.TRANSFERRED_OUT: 3,
        },
    ),
)
AGE_LIMITS = tuple(limit for limit, _ in _AGE_BUCKETS)
STATUS_CHOICES = tuple(tuple(w) for _, w in _AGE_BUCKETS)
STATUS_CUM_WEIGHTS = tuple(
    tuple(sum(list(w.values())[: i + 1]) for i in range(len(w))) for _, w in _AGE_BUCKETS
)


def _u(rng: Random, low: float, high: float) -> int:
    return int(low + (high - low) * rng.random())


def plan_events(status: S, rng: Random, *, n_assist: int, limit_s: int) -> list[Step]:
    """Return the steps that lead a new case to `status`."""
    steps: list[Step] = [(E.REGISTER, 0, "desk")]
    if status == S.REGISTERED:
        return steps
    if status in (S.REJECTED, S.TRANSFERRED_OUT, S.CLOSED) or (
        status == S.ARCHIVED and rng.random() < 0.2
    ):
        if rng.random() < 0.7:
            steps.append((E.ACCEPT, _u(rng, 300, 2400), "desk"))
        final = {S.REJECTED: E.REJECT, S.TRANSFERRED_OUT: E.TRANSFER_OUT}.get(
            status, E.QUICK_RESOLVE
        )
        steps.append((final, _u(rng, 600, 7200), "desk"))
        if rng.random() < 0.3:
            steps.append((E.PRINT, _u(rng, 30, 300), "desk"))
        if status == S.ARCHIVED:
            steps.append((E.ARCHIVE, _u(rng, DAY, 10 * DAY), "super"))
        return steps
    steps.append((E.ACCEPT, _u(rng, 300, 2400), "desk"))
    if rng.random() < 0.3:
        steps.append((E.PRINT, _u(rng, 30, 300), "desk"))
    if status == S.ACCEPTED:
        return steps
    steps.append((E.DISPATCH, _u(rng, 1800, DAY), "super"))
    if status == S.TO_DISPATCH:
        steps.append((E.RETURN, _u(rng, 2 * HOUR, DAY), "lead"))
        return steps
    if rng.random() < 0.08:
        steps.append((E.RETURN, _u(rng, 2 * HOUR, DAY), "lead"))
        kind = E.RULE_REASSIGN if rng.random() < 0.6 else E.RULE_INSIST
        steps.append((kind, _u(rng, HOUR, 6 * HOUR), "super"))
    if status == S.TO_SIGN:
        return steps
    steps.append((E.SIGN, _u(rng, HOUR, 20 * HOUR), "lead"))
    for k in range(n_assist):
        steps.append((E.SIGN, _u(rng, HOUR, DAY), f"assist{k}"))
    for _ in range(rng.randrange(3)):
        steps.append((E.PROGRESS, _u(rng, DAY, limit_s // 4 + DAY), "lead"))
    if rng.random() < 0.12:
        steps.append((E.SUPERVISE, _u(rng, DAY, 5 * DAY), "super"))
    if rng.random() < 0.06:
        steps.append((E.CONSULT, _u(rng, DAY, 3 * DAY), "super"))
    if status == S.EXTENDED or (status != S.IN_PROGRESS and rng.random() < 0.06):
        steps.append((E.EXTEND_REQUEST, _u(rng, limit_s // 2, limit_s * 3 // 4), "lead"))
        steps.append((E.EXTEND_APPROVE, _u(rng, HOUR, 2 * DAY), "super"))
    elif status == S.IN_PROGRESS and rng.random() < 0.05:
        steps.append((E.EXTEND_REQUEST, _u(rng, limit_s // 2, limit_s * 3 // 4), "lead"))
        steps.append((E.EXTEND_DENY, _u(rng, HOUR, 2 * DAY), "super"))
    if status == S.EXTENDED:
        return steps
    reopen = rng.random() < 0.05
    if status == S.IN_PROGRESS and not reopen:
        if rng.random() < 0.1:
            steps.append((E.URGE, _u(rng, DAY, 4 * DAY), "super"))
        return steps
    _closing(steps, rng, n_assist=n_assist, limit_s=limit_s)
    if reopen:
        steps.append((E.REVISIT, _u(rng, DAY, 5 * DAY), "super"))  # 不满意
        steps.append((E.REOPEN, _u(rng, HOUR, DAY), "super"))
        steps.append((E.PROGRESS, _u(rng, DAY, 3 * DAY), "lead"))
        if status == S.IN_PROGRESS:
            return steps
        _closing(steps, rng, n_assist=0, limit_s=limit_s // 2)
    if status == S.TO_REVISIT:
        return steps
    steps.append((E.REVISIT, _u(rng, DAY, 6 * DAY), "super"))
    if status == S.EVALUATED:
        return steps
    steps.append((E.ARCHIVE, _u(rng, DAY, 10 * DAY), "super"))
    return steps


def _closing(steps: list[Step], rng: Random, *, n_assist: int, limit_s: int) -> None:
    for k in range(n_assist):
        steps.append((E.ASSIST_REPORT, _u(rng, DAY, limit_s // 2 + DAY), f"assist{k}"))
    steps.append((E.CLOSE, _u(rng, limit_s // 5, limit_s * 3 // 5), "lead"))
