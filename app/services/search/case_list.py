"""The case search list: keyset pages over a million cases, filters and Chinese full-text search.

Text search uses the FTS5 tables of migration 0002: trigram over the case text for 3+ characters,
a per-character unicode61 index over party names (1–2 character given names) whose second column
holds the parties' pinyin initials, and exact or prefix lookups of case numbers, IDs and phones.
Never `LIKE '%…%'`: it scans, and against a trigram table on SQLite 3.40 it silently finds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import text
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from app.domain.enums import CaseStatus
from app.domain.intake import CaseFilter, CaseKey, CasePage, CaseRow
from app.models.base import utcnow
from app.services.common.identity import compact_id
from app.services.common.deadlines import TZ as SHANGHAI

PAGE_SIZE = 200  # rows per chunk as the list scrolls
# The first chunk: four screens of rows. At a million cases each listed row costs ~30 µs
# (a random case-row read plus the applicant lookup), so a search shows in half the time of a
# full chunk, and the rest arrives as the view scrolls.
FIRST_PAGE = 100
NAME_CHARS = 40  # must match migration 0002
OPEN_STATUSES = (
    CaseStatus.REGISTERED,
    CaseStatus.ACCEPTED,
    CaseStatus.TO_DISPATCH,
    CaseStatus.TO_SIGN,
    CaseStatus.IN_PROGRESS,
    CaseStatus.EXTENDED,
)
_CASE_NO = re.compile(r"^\d{3}-[0-9A-Za-z\-]*$")
_ID_OR_PHONE = re.compile(r"^\+?[0-9Xx\s\-]{6,}$")
_LETTERS = re.compile(r"^[A-Za-z]+$")


def _spaced(column: str) -> str:
    return " || ' ' || ".join(f"substr({column}, {k}, 1)" for k in range(1, NAME_CHARS + 1))


NAME_SEPARATOR = " 丨 "  # must match migration 0002


_INITIALS = (
    "coalesce((SELECT p.name_initials FROM person p WHERE p.id = cp.person_id), "
    "(SELECT o.name_initials FROM organisation o WHERE o.id = cp.organisation_id), '')"
)


def rebuild_search_index(session: Session) -> None:
    """Rebuild both FTS indexes from the case and case_party tables (after a bulk load)."""
    session.flush()
    session.execute(text("INSERT INTO case_text_fts(case_text_fts) VALUES ('rebuild')"))
    session.execute(text("DELETE FROM party_name_fts"))
    session.execute(
        text(
            f"INSERT INTO party_name_fts(rowid, chars, initials) SELECT c.rowid, "
            f"group_concat({_spaced('cp.name')}, '{NAME_SEPARATOR}'), "
            f"group_concat({_INITIALS}, ' ') FROM case_party cp "
            'JOIN "case" c ON c.id = cp.case_id WHERE cp.deleted_at IS NULL GROUP BY cp.case_id'
        )
    )
    session.execute(text("DELETE FROM party_text_fts"))
    session.execute(
        text(
            f"INSERT INTO party_text_fts(rowid, names) SELECT c.rowid, "
            f"group_concat(cp.name, '{NAME_SEPARATOR}') FROM case_party cp "
            'JOIN "case" c ON c.id = cp.case_id WHERE cp.deleted_at IS NULL GROUP BY cp.case_id'
        )
    )
    # One merged b-tree per index: a bulk load leaves many segments, and every query would
    # otherwise walk each of them.
    for table in ("case_text_fts", "party_name_fts", "party_text_fts"):
        session.execute(text(f"INSERT INTO {table}({table}) VALUES ('optimize')"))


def fts_phrase(query: str) -> str:
    """Return `query` as one FTS5 phrase string (quotes doubled, so no syntax leaks through)."""
    return '"' + query.replace('"', '""') + '"'


def _name_phrase(query: str) -> str:
    chars = [c for c in query if not c.isspace()]
    return "chars : " + fts_phrase(" ".join(chars))


def _glob_prefix(value: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", value) + "*"


# A source of matching cases: FROM clause, its WHERE condition, and the case-rowid expression
# the rows come ordered by.
Source = tuple[str, str, str]
_CASES = '"case" c'
_BY_CASE_ID = 'c.rowid IN (SELECT c2.rowid FROM "case" c2 WHERE c2.id IN ({}))'


def _sources(query: str, params: dict[str, Any]) -> list[Source]:
    """Return where the search box text finds cases; each source walks case rowids newest-first.

    The FTS tables are keyed by case rowid and FTS5 walks rowids backwards natively, so a page
    costs the same however many cases match ("王" matches a tenth of a million cases).
    """
    q = " ".join(query.split())
    if _CASE_NO.match(q):
        params["q_no"] = _glob_prefix(q.upper())
        return [(_CASES, 'c.rowid IN (SELECT c2.rowid FROM "case" c2 WHERE c2.case_no GLOB :q_no)',
                 "c.rowid")]  # fmt: skip
    if _ID_OR_PHONE.match(q):
        digits = compact_id(q).removeprefix("+86")
        params["q_num"] = digits
        params["q_num_glob"] = _glob_prefix(digits)
        cond = _BY_CASE_ID.format(
            "SELECT cp.case_id FROM case_party cp WHERE cp.person_id IN ("
            "SELECT p.id FROM person p WHERE p.id_number = :q_num OR p.phone GLOB :q_num_glob"
            " UNION SELECT p.id FROM person p WHERE p.id_number GLOB :q_num_glob)"
        )
        return [(_CASES, cond, "c.rowid")]
    if _LETTERS.match(q):
        # Each case's names document carries its parties' initials, prefix-indexed (0002).
        params["q_ini"] = f'initials : "{q.lower()}" *'
        names = f"party_name_fts nf JOIN {_CASES} ON c.rowid = nf.rowid"
        return [(names, "nf.party_name_fts MATCH :q_ini", "nf.rowid")]
    solid = "".join(q.split())
    if len(solid) >= 3:
        # Both by trigram (0002, 0005). The case text goes first: it usually fills a page, and
        # its oldest row then bounds the names source (list_cases).
        params["q_text"] = fts_phrase(q)
        params["q_names"] = fts_phrase(solid)
        facts = f"case_text_fts tf JOIN {_CASES} ON c.rowid = tf.rowid"
        names = f"party_text_fts nt JOIN {_CASES} ON c.rowid = nt.rowid"
        return [
            (facts, "tf.case_text_fts MATCH :q_text", "tf.rowid"),
            (names, "nt.party_text_fts MATCH :q_names", "nt.rowid"),
        ]
    # 1–2 characters (given names): a phrase over the per-character names index.
    params["q_name"] = _name_phrase(q)
    names = f"party_name_fts nf JOIN {_CASES} ON c.rowid = nf.rowid"
    return [(names, "nf.party_name_fts MATCH :q_name", "nf.rowid")]


def _day_start(d: date) -> datetime:
    return datetime.combine(d, time.min, SHANGHAI)


_SELECT = """
SELECT {rid} AS rid, c.id, c.case_no, c.received_at, c.status, cat.name AS category_name,
       t.name AS town_name,
       (SELECT cp.name FROM case_party cp INDEXED BY ix_case_party_applicant
         WHERE cp.case_id = c.id AND cp.role = 'applicant' AND cp.deleted_at IS NULL
         LIMIT 1) AS applicant,
       c.summary, c.due_at, c.is_repeat
FROM {source}
LEFT JOIN category cat ON cat.id = c.category_id
LEFT JOIN region t ON t.id = c.town_id
WHERE {where}
ORDER BY {order} LIMIT :lim
"""


def _statuses(filt: CaseFilter) -> tuple[str, ...] | None:
    """Return the statuses the filter admits (overdue admits the open ones), None for any."""
    chosen = [CaseStatus(s).value for s in filt.statuses] if filt.statuses else None
    if filt.overdue:
        opens = [s.value for s in OPEN_STATUSES]
        chosen = opens if chosen is None else [s for s in chosen if s in opens]
    return None if chosen is None else tuple(dict.fromkeys(chosen))


def _where(
    filt: CaseFilter, now: datetime, params: dict[str, Any], statuses: tuple[str, ...] | None
) -> list[str]:
    """Return the filter's conditions; `statuses` (from _statuses) become one IN condition."""
    conds = ["c.deleted_at IS NULL"]
    if statuses is not None:
        names = []
        for i, value in enumerate(statuses):
            params[f"st{i}"] = value
            names.append(f":st{i}")
        conds.append(f"c.status IN ({', '.join(names)})" if names else "0")
    if filt.category_id:
        params["cat"] = filt.category_id
        conds.append("c.category_id = :cat")
    if filt.town_id:
        params["town"] = filt.town_id
        conds.append("c.town_id = :town")
    if filt.date_from:
        params["d_from"] = _day_start(filt.date_from)
        conds.append("c.received_at >= :d_from")
    if filt.date_to:
        params["d_to"] = _day_start(filt.date_to + timedelta(days=1))
        conds.append("c.received_at < :d_to")
    if filt.overdue:
        params["now"] = now
        # Unary + keeps the planner off ix_case_status_due: the page walks the list order.
        conds.append("+c.due_at < :now")
    return conds


_DT_PARAMS = ("d_from", "d_to", "now", "k_at")
# SQLAlchemy's own SQLite datetime format, so bound times compare with stored ones exactly.
_DT_TEXT = cast("Callable[[datetime], str]", sqlite.DATETIME().bind_processor(sqlite.dialect()))


def _run(session: Session, sql: str, params: dict[str, Any]) -> list[Any]:
    """Run a list query on the session's SQLite connection; return plain row tuples.

    The list SQL is SQLite's own (FTS5, INDEXED BY), so it goes straight to the driver: on a
    200-row page SQLAlchemy's result rows cost a fifth of the query itself. Times are bound
    as naive-UTC text in SQLAlchemy's format; result columns stay text (parsed in list_cases).
    """
    bound = dict(params)
    for key in _DT_PARAMS:
        if key in bound:
            bound[key] = _DT_TEXT(bound[key].astimezone(UTC).replace(tzinfo=None))
    driver: Any = session.connection().connection.driver_connection
    return list(driver.execute(sql, bound).fetchall())


def _utc(value: str | datetime) -> datetime:
    """Return a stored naive-UTC datetime (text in SQLite) as an aware UTC datetime."""
    if isinstance(value, str):
        # Parsing the offset with the text is four times cheaper than .replace(tzinfo=UTC),
        # and a list page parses two per row.
        return datetime.fromisoformat(value + "+00:00")
    return value.replace(tzinfo=UTC)


def list_cases(
    session: Session,
    *,
    filt: CaseFilter = CaseFilter(),
    after: CaseKey | None = None,
    limit: int = FIRST_PAGE,
    now: datetime | None = None,
) -> CasePage:
    """Return up to `limit` cases newest first, starting after `after` (keyset paging).

    The plain list walks the (received_at, id) index; a text search walks matching case rowids
    (newest registered here first), each source with its own LIMIT, merged in Python.
    """
    now = now or utcnow()
    params: dict[str, Any] = {"lim": limit + 1}
    admitted = _statuses(filt)
    if filt.text.strip():
        conds = _where(filt, now, params, admitted)
        rows: dict[int, Any] = {}
        for source, cond, rid in _sources(filt.text, params):
            where = [*conds, cond]
            if after is not None:
                params["k_rid"] = after.rowid
                where.append(f"{rid} < :k_rid")
            if len(rows) > limit:
                # The page is full already: only rows newer than its oldest can still make it.
                params["k_floor"] = sorted(rows, reverse=True)[limit]
                where.append(f"{rid} > :k_floor")
            sql = _SELECT.format(rid=rid, source=source, where=" AND ".join(where),
                                 order=f"{rid} DESC")  # fmt: skip
            for r in _run(session, sql, params):
                rows.setdefault(r[0], r)
        found = [rows[k] for k in sorted(rows, reverse=True)[: limit + 1]]
    else:
        conds = _where(filt, now, params, None)
        if after is not None:
            params["k_at"] = after.received_at
            params["k_id"] = after.id
            conds.append("(c.received_at, c.id) < (:k_at, :k_id)")
        found = _newest(session, conds, params, admitted, limit)
    more = len(found) > limit
    out: list[CaseRow] = []
    open_values = {s.value for s in OPEN_STATUSES}
    statuses = {s.value: (s.value, s.label) for s in CaseStatus}
    # Positional unpacking: Row attribute access costs more than the SQL on a 200-row page.
    for row in found[:limit]:
        rid, cid, no, received, st, cat, town, applicant, summary, due_raw, repeat = row
        value, label = statuses[st]
        due = None if due_raw is None else _utc(due_raw)
        out.append(
            CaseRow(
                id=cid,
                rowid=rid,
                case_no=no,
                received_at=_utc(received),
                status=value,
                status_label=label,
                category_name=cat or "",
                town_name=town or "",
                applicant=applicant or "",
                summary=summary or "",
                due_at=due,
                overdue=bool(due and due < now and st in open_values),
                is_repeat=bool(repeat),
            )
        )
    next_key = out[-1].key if more and out else None
    return CasePage(rows=tuple(out), next_key=next_key)


def _newest(
    session: Session,
    conds: list[str],
    params: dict[str, Any],
    statuses: tuple[str, ...] | None,
    limit: int,
) -> list[Any]:
    """Return the newest limit+1 rows meeting `conds` and holding one of `statuses`.

    Each status walks its own stretch of ix_case_status_received (a page reads its rows and
    never sorts, however many cases the status holds); several statuses (overdue: the open
    ones) are merged here by (received_at, id), as the list orders them.
    """
    order = "c.received_at DESC, c.id DESC"
    if statuses is None:
        sql = _SELECT.format(rid="c.rowid", source=_CASES, where=" AND ".join(conds), order=order)
        return _run(session, sql, params)
    sql = _SELECT.format(
        rid="c.rowid", source=_CASES, where=" AND ".join([*conds, "c.status = :st"]), order=order
    )
    rows: list[Any] = []
    for value in statuses:
        rows += _run(session, sql, {**params, "st": value})
    rows.sort(key=lambda r: (r[3], r[1]), reverse=True)  # received_at text, then id
    return rows[: limit + 1]


def find_case_id(session: Session, *, case_no: str) -> str | None:
    """Return the id of the live case with exactly this number, or None."""
    row = session.execute(
        text('SELECT id FROM "case" WHERE case_no = :no AND deleted_at IS NULL'),
        {"no": case_no.strip().upper()},
    ).first()
    return None if row is None else str(row[0])
