"""Payloads of demo case events, written as JSON text (json.dumps per event is too slow).

Each payload has the shape listed in DEVELOPING.md "Canonical event sequences"; `st` is the
case maker's running state (due dates, lead department, ...) that the payloads update.
"""

from __future__ import annotations

import json
from functools import cache
from random import Random
from typing import Any

from app.domain.enums import EventType as E
from app.services.demo import texts
from app.services.demo.clock import DAY, end_of_local_day
from app.services.demo.context import CategoryInfo
from app.services.demo.plan import Step

OUTCOMES = ("resolved", "partly", "guided")


_VALUE = {e: e.value for e in E}
_FINISHING = frozenset({E.QUICK_RESOLVE, E.CLOSE, E.REJECT, E.TRANSFER_OUT})


@cache
def _js(text: str) -> str:
    """Return `text` as a JSON string literal (cached: the texts come from a fixed pool)."""
    return json.dumps(text)


def _pick(rng: Random, pool: tuple[str, ...]) -> str:
    return _js(pool[rng.randrange(len(pool))])


def event_payload(
    self: Any,
    etype: E,
    ts: int,
    cat: CategoryInfo,
    st: dict[str, Any],
    lead: str | None,
    assists: list[str],
    steps: list[Step],
    n: int,
) -> str:
    """Return the payload of one event as JSON text and update the running state `st`."""
    rng = self.rng
    iso = self.t.iso
    if etype is E.REGISTER:
        st["due"] = self.due_after(ts, cat)
        return f'{{"due_at": "{iso(st["due"])}"}}'
    if etype is E.ACCEPT or etype is E.ARCHIVE or etype is E.SIGN:
        return "{}"
    if etype is E.QUICK_RESOLVE:
        st["outcome"] = "resolved" if rng.random() < 0.85 else "partly"
        return f'{{"outcome": "{st["outcome"]}", "result": {_pick(rng, texts.QUICK_RESULTS)}}}'
    if etype is E.REJECT:
        st["outcome"] = "not_accepted"
        return f'{{"reason": {_pick(rng, texts.REJECT_REASONS)}}}'
    if etype is E.TRANSFER_OUT:
        st["outcome"] = "transferred"
        to, reason = rng.choice(texts.TRANSFER_TARGETS)
        return f'{{"to": {_js(to)}, "reason": {_js(reason)}}}'
    if etype is E.DISPATCH or etype is E.RULE_REASSIGN:
        if etype is E.RULE_REASSIGN:
            # Another township department takes the lead; the assisting ones stay.
            lead = rng.choice(
                [d for d, _ in self.ctx.town_departments if d != lead and d not in assists]
            )
        st["due"] = max(st["due"] or 0, self.due_after(ts, cat))
        st["sign_due"] = min(
            end_of_local_day(self.workdays.add(self.t.local_day(ts), 1)), st["due"]
        )
        st["lead"] = lead
        st["assists"] = assists
        st["dispatched"] = ts
        st["clock"] = ts
        st["signed"] = set()
        st["reported"] = set()
        ids = ", ".join(f'"{d}"' for d in assists)
        return (
            f'{{"lead_department_id": "{lead}", "assist_department_ids": [{ids}], '
            f'"due_at": "{iso(st["due"])}", "sign_due_at": "{iso(st["sign_due"])}"}}'
        )
    if etype is E.RETURN:
        code, reason = rng.choice(texts.RETURN_REASONS)
        return f'{{"reason_code": "{code}", "reason": {_js(reason)}}}'
    if etype is E.RULE_INSIST:
        st["signed"] = set()
        return f'{{"reason": {_js(texts.INSIST_REASON)}}}'
    if etype is E.PROGRESS:
        return f'{{"note": {_pick(rng, texts.PROGRESS_NOTES)}}}'
    if etype is E.SUPERVISE or etype is E.URGE:
        # As transfer_supervision.supervise writes it: reply due three days later.
        level = "key" if rng.random() < 0.2 else "normal"
        return (
            f'{{"level": "{level}", "opinion": {_pick(rng, texts.SUPERVISE_NOTES)}, '
            f'"reply_due_at": "{iso(ts + 3 * DAY)}", "department_id": "{lead}"}}'
        )
    if etype is E.CONSULT:
        deps = ", ".join(f'"{d}"' for d in (lead, *assists))
        return (
            f'{{"held_on": "{self.t.date_text(self.t.local_day(ts))}", '
            f'"department_ids": [{deps}], "opinion": {_pick(rng, texts.CONSULT_TOPICS)}}}'
        )
    if etype is E.PRINT:
        return '{"document": "receipt", "copies": 1}'
    if etype is E.EXTEND_REQUEST:
        days = 15 if cat.limit_days <= 15 else 30
        st["extend_days"] = days
        return f'{{"days": {days}, "reason": {_pick(rng, texts.EXTEND_REASONS)}}}'
    if etype is E.EXTEND_APPROVE:
        st["due"] = st["due"] + st["extend_days"] * DAY
        return f'{{"due_at": "{iso(st["due"])}"}}'
    if etype is E.EXTEND_DENY:
        return f'{{"reason": {_js(texts.EXTEND_DENY_REASON)}}}'
    if etype is E.ASSIST_REPORT:
        return f'{{"result": {_js(texts.ASSIST_RESULT)}}}'
    if etype is E.CLOSE:
        st["outcome"] = rng.pick(OUTCOMES, (70, 85, 100))
        st["revisit_due"] = end_of_local_day(self.t.local_day(ts) + 7)
        st["satisfaction"] = None
        return (
            f'{{"outcome": "{st["outcome"]}", "result": {_pick(rng, texts.RESULTS)}, '
            f'"revisit_due_at": "{iso(st["revisit_due"])}"}}'
        )
    if etype is E.REVISIT:
        if n + 1 < len(steps) and steps[n + 1][0] is E.REOPEN:
            sat = "unsatisfied"
        else:
            sat = "satisfied" if rng.random() < 0.8 else "basic"
        st["satisfaction"] = sat
        channel = "phone" if rng.random() < 0.8 else "visit"
        return (
            f'{{"satisfaction": "{sat}", "channel": "{channel}", '
            f'"comment": {_pick(rng, texts.REVISIT_COMMENTS[sat])}}}'
        )
    if etype is E.REOPEN:
        st["due"] = end_of_local_day(self.t.local_day(ts) + 15)
        st["revisit_due"] = None
        st["satisfaction"] = None
        return f'{{"reason": {_js(texts.REOPEN_REASON)}, "due_at": "{iso(st["due"])}"}}'
    raise ValueError(f"no demo payload for {etype}")
