"""Make demo cases with their parties and events, as plain row tuples for the bulk writer."""

from __future__ import annotations

from collections import deque
from typing import Any, cast

from app.domain.enums import CaseStatus as S
from app.domain.enums import EventType as E
from app.services.common.text import pinyin_initials
from app.services.demo import texts
from app.services.demo.clock import DAY, IdMaker, TimeText, WorkDays, end_of_local_day
from app.services.demo.context import CategoryInfo, DemoContext, Town
from app.services.demo.fastrandom import DemoRandom
from app.services.demo.identity import mix, org_name, person_name
from app.services.demo.payloads import _FINISHING, _VALUE, event_payload
from app.services.demo.plan import AGE_LIMITS, STATUS_CHOICES, STATUS_CUM_WEIGHTS, plan_events
from app.services.search import NAME_CHARS, NAME_SEPARATOR

Batch = tuple[str, tuple[str, ...], list[tuple]]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


CASE_COLUMNS = _words(
    "rowid id owner_org version created_at updated_at case_no query_code kind channel town_id "
    "village_id grid_id category_id occurred_at received_at summary facts demands "
    "people_count is_group risk_grade confidential is_repeat repeat_of_id status "
    "lead_department_id due_at closed_at outcome satisfaction window_name clerk_id "
    "device_code is_demo deadline_at warn_at escalated"
)
PARTY_COLUMNS = _words(
    "id owner_org version created_at updated_at case_id role party_type person_id "
    "organisation_id name represents_id"
)
EVENT_COLUMNS = _words(
    "id owner_org version created_at updated_at case_id type at actor_id actor_name "
    "department_id base_case_version payload no_effect"
)
# The search tables (migration 0002), filled during the load instead of rebuilt after it.
CASE_TEXT_COLUMNS = ("rowid", "summary", "facts", "demands")
PARTY_NAME_COLUMNS = ("rowid", "chars", "initials")
PARTY_TEXT_COLUMNS = ("rowid", "names")
ASSIGNMENT_COLUMNS = (
    "case_id", "department_id", "is_lead", "state",
    "signed_at", "sign_on_time", "closed_at", "close_on_time", "revisited_at", "satisfaction",
)  # fmt: skip

KINDS = _words("dispute petition_suggestion petition_accusation petition_claim help consultation")
KIND_WEIGHTS = (70, 3, 2, 8, 11, 6)
CHANNELS = _words("walk_in phone letter online grid department hotline_12345 court police")
CHANNEL_WEIGHTS = (45, 12, 3, 6, 12, 4, 10, 4, 4)
RISKS = ("none", "yellow", "orange", "red")
RISK_WEIGHTS = (70, 18, 9, 3)
CATEGORY_WEIGHTS = {
    "LL": 16,
    "HY": 12,
    "FW": 10,
    "TD": 10,
    "HT": 9,
    "LD": 6,
    "QX": 6,
    "WY": 5,
    "SH": 5,
    "ZD": 3,
    "SC": 3,
    "JT": 3,
    "XF": 3,
    "CW": 3,
    "HJ": 2,
    "YL": 1,
    "SF": 1,
    "XFJ": 1,
    "QT": 4,
}
HANDLING = (S.IN_PROGRESS, S.EXTENDED)
WARN_FRACTION = 0.8


def _cum(weights: tuple[int, ...] | list[int]) -> list[int]:
    out, total = [], 0
    for w in weights:
        total += w
        out.append(total)
    return out


class CaseMaker:
    """Turn a case number `i` and a receipt time into rows of case, case_party and case_event."""

    def __init__(
        self,
        ctx: DemoContext,
        *,
        seed: int,
        now: int,
        ids: IdMaker,
        times: TimeText,
        workdays: WorkDays,
        first_rowid: int = 1,
    ) -> None:
        self.ctx = ctx
        self.first_rowid = first_rowid  # case i gets rowid first_rowid + i
        self.rng = DemoRandom(seed * 7919 + 17)
        self.now = now
        self.ids = ids
        self.t = times
        self.workdays = workdays
        self.salt = mix(seed)
        self.kind_cw = _cum(KIND_WEIGHTS)
        self.channel_cw = _cum(CHANNEL_WEIGHTS)
        self.risk_cw = _cum(RISK_WEIGHTS)
        self.cats = ctx.categories
        self.cat_cw = _cum([CATEGORY_WEIGHTS.get(c.code, 2) for c in self.cats])
        self.seq: dict[tuple[str, int], int] = {}
        self.recent: deque[tuple[str, int, CategoryInfo]] = deque(maxlen=4096)
        self.grid_cases: dict[str, list[str]] = {}
        self.cases: list[tuple] = []
        self.parties: list[tuple] = []
        self.events: list[tuple] = []
        self.assignments: list[tuple] = []
        self.case_texts: list[tuple] = []
        self.party_names: list[tuple] = []
        self.party_texts: list[tuple] = []
        self._initials: dict[str, str] = {}

    def take(self) -> list[Batch]:
        """Return and forget the rows made since the last call, in foreign-key order."""
        out = [
            ("case", CASE_COLUMNS, self.cases),
            # Right after the cases: sent to the writer process in one message, the texts
            # they share are pickled once.
            ("case_text_fts", CASE_TEXT_COLUMNS, self.case_texts),
            ("case_party", PARTY_COLUMNS, self.parties),
            ("party_name_fts", PARTY_NAME_COLUMNS, self.party_names),
            ("party_text_fts", PARTY_TEXT_COLUMNS, self.party_texts),
            ("case_event", EVENT_COLUMNS, self.events),
            ("case_assignment", ASSIGNMENT_COLUMNS, self.assignments),
        ]
        self.cases, self.parties, self.events, self.assignments = [], [], [], []
        self.case_texts, self.party_names, self.party_texts = [], [], []
        return out

    def _index_names(self, rowid: int, first_party: int) -> None:
        """Add the party-name search rows of the case whose parties start at `first_party`.

        The same text the search service's rebuild makes in SQL: each name as spaced characters
        (one unicode61 token each), names joined by NAME_SEPARATOR, and the pinyin initials;
        and the names whole, joined by NAME_SEPARATOR, for the trigram index.
        """
        names = [p[10] for p in self.parties[first_party:]]  # PARTY_COLUMNS "name"
        initials = self._initials
        for name in names:
            if name not in initials:
                initials[name] = pinyin_initials(name)
        self.party_names.append(
            (
                rowid,
                NAME_SEPARATOR.join(" ".join(name[:NAME_CHARS]) for name in names),
                " ".join(initials[name] for name in names),
            )
        )
        self.party_texts.append((rowid, NAME_SEPARATOR.join(names)))

    # --- limits -----------------------------------------------------------------------------

    def due_after(self, ts: int, cat: CategoryInfo, factor: float = 1.0) -> int:
        """Return when the category's handling limit started at `ts` runs out."""
        days = max(1, int(cat.limit_days * factor))
        day = self.t.local_day(ts)
        end = self.workdays.add(day, days) if cat.working_days else day + days
        return end_of_local_day(end)

    def limit_seconds(self, cat: CategoryInfo) -> int:
        """Return the category's limit as a rough number of seconds."""
        return cat.limit_days * DAY * (7 // 5 if cat.working_days else 1)

    # --- one case ---------------------------------------------------------------------------

    def make(
        self, i: int, town: Town, received: int, status: S | None, cat: CategoryInfo | None
    ) -> None:
        """Append the rows of demo case `i` received at `received` (epoch seconds)."""
        rng = self.rng
        t = self.t
        if status is None:
            age_days = (self.now - received) // DAY
            b = 0
            while age_days >= AGE_LIMITS[b]:
                b += 1
            status = rng.pick(STATUS_CHOICES[b], STATUS_CUM_WEIGHTS[b])
        kind = rng.pick(KINDS, self.kind_cw)
        if cat is None:
            cat = rng.pick(self.cats, self.cat_cw)
            if kind == "petition_claim" and rng.random() < 0.6:
                cat = next((c for c in self.cats if c.code == "XFJ"), cat)
        channel = rng.pick(CHANNELS, self.channel_cw)
        risk = rng.pick(RISKS, self.risk_cw)
        village = town.villages[rng.randrange(len(town.villages))]
        grid_id = village.grids[rng.randrange(len(village.grids))]
        case_id = self.ids.next()
        org = town.code
        received_db = t.db(received)
        # Case number: town suffix, local date, device D, sequence of that town and day.
        day = t.local_day(received)
        key = (org, day)
        n = self.seq.get(key, 0) + 1
        self.seq[key] = n
        ymd = t.date_text(day)
        case_no = f"{town.suffix}-{ymd[2:4]}{ymd[5:7]}{ymd[8:10]}-D-{n:04d}"

        # Parties: repeat visitors come back about the same matter.
        repeat_of = None
        if self.recent and rng.random() < 0.04:
            repeat_of, pidx, cat = self.recent[rng.randrange(len(self.recent))]
            if pidx < town.person_first or pidx >= town.person_first + town.person_count:
                repeat_of = None
                pidx = town.person_first + rng.randrange(town.person_count)
        else:
            pidx = town.person_first + rng.randrange(town.person_count)
        self.recent.append((case_id, pidx, cat))
        is_group = cat.code == "QX" or rng.random() < 0.03
        people = rng.randrange(5, 40) if is_group else (1 if rng.random() < 0.8 else 2)
        parties = self.parties
        first_party = len(parties)
        base = (org, 0, received_db, received_db, case_id)
        if rng.random() < 0.05 and town.org_count:
            oidx = town.org_first + rng.randrange(town.org_count)
            a_name = org_name(oidx, town.short)
            a_id = self.ids.next()
            parties.append(
                (
                    a_id,
                    *base,
                    "applicant",
                    "organisation",
                    None,
                    self.ids.at(self.ctx.org_base + oidx),
                    a_name,
                    None,
                )
            )
        else:
            a_name = person_name(mix(pidx ^ self.salt))[0]
            a_id = self.ids.next()
            parties.append(
                (
                    a_id,
                    *base,
                    "applicant",
                    "person",
                    self.ids.at(self.ctx.person_base + pidx),
                    None,
                    a_name,
                    None,
                )
            )
        b_name = "对方"
        if kind == "dispute" and rng.random() < 0.85:
            if rng.random() < 0.25 and town.org_count:
                oidx = town.org_first + rng.randrange(town.org_count)
                b_name = org_name(oidx, town.short)
                parties.append(
                    (
                        self.ids.next(),
                        *base,
                        "respondent",
                        "organisation",
                        None,
                        self.ids.at(self.ctx.org_base + oidx),
                        b_name,
                        None,
                    )
                )
            else:
                q = town.person_first + rng.randrange(town.person_count)
                b_name = person_name(mix(q ^ self.salt))[0]
                parties.append(
                    (
                        self.ids.next(),
                        *base,
                        "respondent",
                        "person",
                        self.ids.at(self.ctx.person_base + q),
                        None,
                        b_name,
                        None,
                    )
                )
            if rng.random() < 0.05:
                q = town.person_first + rng.randrange(town.person_count)
                parties.append(
                    (
                        self.ids.next(),
                        *base,
                        "third",
                        "person",
                        self.ids.at(self.ctx.person_base + q),
                        None,
                        person_name(mix(q ^ self.salt))[0],
                        None,
                    )
                )
        if is_group or rng.random() < 0.05:
            q = town.person_first + rng.randrange(town.person_count)
            parties.append(
                (
                    self.ids.next(),
                    *base,
                    "representative",
                    "person",
                    self.ids.at(self.ctx.person_base + q),
                    None,
                    person_name(mix(q ^ self.salt))[0],
                    a_id,
                )
            )

        story = texts.STORIES.get(cat.code) or texts.STORIES["QT"]
        summary_t, facts_t, demands_t = story[rng.randrange(len(story))]
        fill = {
            "a": a_name,
            "b": b_name,
            "v": village.name,
            "n": rng.randrange(20, 900) * 100,
            "m": rng.randrange(2, 13),
            "k": people if is_group else rng.randrange(2, 9),
        }
        summary = summary_t.format(**fill)[:200]
        facts = facts_t.format(**fill)
        demands = demands_t.format(**fill)
        rowid = self.first_rowid + i
        self.case_texts.append((rowid, summary, facts, demands))
        self._index_names(rowid, first_party)

        desk_id, desk_name, window = town.desk[rng.randrange(len(town.desk))]
        lead = cat.lead_id
        assists = [d for d in cat.assist_ids if rng.random() < 0.5]
        state = self._events(
            case_id, org, town, cat, status, received, desk_id, desk_name, lead, assists
        )
        if channel == "grid" and self.now - received < 35 * DAY:
            self.grid_cases.setdefault(village.id, []).append(case_id)
        self.cases.append(
            (
                rowid,
                case_id,
                org,
                0,
                received_db,
                t.db(state["last"]),
                case_no,
                f"{rng.randrange(1_000_000):06d}",
                kind,
                channel,
                town.id,
                village.id,
                grid_id,
                cat.id,
                t.db(received - rng.randrange(DAY, 20 * DAY)),
                received_db,
                summary,
                facts,
                demands,
                people,
                int(is_group),
                risk,
                int(kind == "petition_accusation"),
                int(repeat_of is not None),
                repeat_of,
                status.value,
                state["lead"],
                _opt(t, state["due"]),
                _opt(t, state["closed"]),
                state["outcome"],
                state["satisfaction"],
                window,
                desk_id,
                "D",
                1,
                _opt(t, state["deadline"]),
                _opt(t, state["warn"]),
                0,
            )
        )

    def _events(
        self,
        case_id: str,
        org: str,
        town: Town,
        cat: CategoryInfo,
        status: S,
        received: int,
        desk_id: str,
        desk_name: str,
        lead: str | None,
        assists: list[str],
    ) -> dict[str, Any]:
        rng = self.rng
        db = self.t.db
        limit_s = self.limit_seconds(cat)
        steps = plan_events(status, rng, n_assist=len(assists), limit_s=limit_s)
        # Natural delays, squeezed when the chain would run past now (recent cases).
        offsets, total = [], 0
        for _, delay, _ in steps:
            total += delay
            offsets.append(total)
        room = self.now - 120 - received
        scale = room / total if total > room and total else 1.0
        depts = self.ctx.departments
        st: dict[str, Any] = {
            "lead": None,
            "due": None,
            "closed": None,
            "outcome": None,
            "satisfaction": None,
            "sign_due": None,
            "clock": received,
            "dispatched": None,
            "revisit_due": None,
            "signed": set(),
            "reported": set(),
            "last": received,
            "assists": assists,
        }
        events = self.events
        next_id = self.ids.next
        fx: list = [None] * 6  # the lead's signed_at, on time, closed_at, on time, revisit, sat.
        none6 = (None,) * 6
        for n, (etype, _, who) in enumerate(steps):
            ts = received + int(offsets[n] * scale)
            dept: str | None = None
            actor_id: str | None  # None: a department nobody in the demo handles
            if who == "desk":
                actor_id, actor_name = desk_id, desk_name
            elif who == "super":
                actor_id, actor_name = town.supervisor
            else:
                dept = cast(str, lead if who == "lead" else assists[int(who[6:])])
                actor_id, actor_name = town.handlers.get(dept) or (None, depts[dept] + "承办人")
            payload = event_payload(self, etype, ts, cat, st, lead, assists, steps, n)
            if etype is E.DISPATCH or etype is E.RULE_REASSIGN:
                lead = st["lead"]
                assists = st["assists"]
                dept = None
            at = db(ts)
            events.append(
                (
                    next_id(),
                    org,
                    0,
                    at,
                    at,
                    case_id,
                    _VALUE[etype],
                    at,
                    actor_id,
                    actor_name,
                    dept,
                    0,
                    payload,
                    0,
                )
            )
            if etype is E.SIGN:
                st["signed"].add(dept)
                if dept == lead:
                    st["clock"] = ts
                    # 履职评价's facts, as workflow.facts derives them from the fold.
                    sd = st["sign_due"]
                    fx[0], fx[1] = at, int(sd is None or ts <= sd)
            elif etype is E.ASSIST_REPORT:
                st["reported"].add(dept)
                st["signed"].add(dept)
            elif etype in _FINISHING:
                st["closed"] = ts
                if etype is E.CLOSE:
                    fx[2], fx[3] = at, int(st["due"] is None or ts <= st["due"])
            elif etype is E.REVISIT:
                fx[4], fx[5] = at, st["satisfaction"]
            elif etype is E.REOPEN:
                st["closed"] = None
                st["outcome"] = None
                st["clock"] = ts
            st["last"] = ts
        self._deadline(st, status)
        if st["lead"] and status not in (S.REGISTERED, S.ACCEPTED, S.TO_DISPATCH):
            finished = status not in HANDLING and status is not S.TO_SIGN
            for d in (lead, *assists):
                if finished:
                    label = "done"
                elif d != lead and d in st["reported"]:
                    label = "reported"
                else:
                    label = "signed" if d in st["signed"] else "to_sign"
                facts = tuple(fx) if d == lead else none6
                self.assignments.append((case_id, d, int(d == lead), label, *facts))
        return st

    def _deadline(self, st: dict, status: S) -> None:
        """Set the running limit (deadline) and its yellow point, as the workflow caches them."""
        start, due = None, None
        if status == S.TO_SIGN:
            start, due = st["dispatched"], st["sign_due"] or st["due"]
        elif status in HANDLING or status in (S.REGISTERED, S.ACCEPTED, S.TO_DISPATCH):
            start, due = st["clock"], st["due"]
        elif status == S.TO_REVISIT and st["revisit_due"] is not None:
            start, due = st["closed"], st["revisit_due"]
        st["deadline"] = due
        st["warn"] = (
            None if due is None or start is None else int(start + (due - start) * WARN_FRACTION)
        )


def _opt(t: TimeText, ts: int | None) -> str | None:
    return None if ts is None else t.db(ts)
