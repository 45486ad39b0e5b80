"""The case rollup (`case_stat_day`): per Beijing day, township and breakdown, the cases received
and closed and the closing figures the dashboard's rates need (migration 0021 creates it).

SQLite triggers keep it in step with `case`; a bulk loader that suspends the triggers calls
`rebuild` afterwards. Changing anything here changes what 0021 created: a later change needs its
own migration (drop the triggers, create the new ones, rebuild).
"""

from __future__ import annotations

from sqlalchemy import Connection

TABLE = """
CREATE TABLE case_stat_day (
    kind TEXT NOT NULL,          -- 'r' received that day, 'c' closed that day
    day TEXT NOT NULL,           -- Beijing date YYYY-MM-DD
    owner_org TEXT NOT NULL,
    dim TEXT NOT NULL,           -- '' total, 'cat', 'ch', 'town', 'vil', 'dept'
    key TEXT NOT NULL,           -- the breakdown's value ('' when the case has none)
    n INTEGER NOT NULL DEFAULT 0,
    repeats INTEGER NOT NULL DEFAULT 0,
    grouped INTEGER NOT NULL DEFAULT 0,
    with_outcome INTEGER NOT NULL DEFAULT 0,
    resolved INTEGER NOT NULL DEFAULT 0,
    with_due INTEGER NOT NULL DEFAULT 0,
    on_time INTEGER NOT NULL DEFAULT 0,
    days_sum REAL NOT NULL DEFAULT 0,
    rated INTEGER NOT NULL DEFAULT 0,
    satisfied INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, day, owner_org, dim, key)
) WITHOUT ROWID
"""
NAME = "case_stat_day"

# 监测预警's persons with 3+ cases in a window: a person qualifies only if the third newest of
# their live applicant cases is in the window, so this table (one row per person with 3+ cases)
# names the few candidates and the count runs over their cases alone.
PERSON_TABLE = """
CREATE TABLE person_recent (
    person_id TEXT PRIMARY KEY,
    third_at TIMESTAMP NOT NULL      -- received_at of the person's third newest applicant case
) WITHOUT ROWID
"""
PERSON_INDEX = "CREATE INDEX ix_person_recent_third ON person_recent (third_at)"
PERSON_NAME = "person_recent"
TRIGGERS = (
    "case_stat_ai",
    "case_stat_ad",
    "case_stat_au",
    "person_recent_pi",
    "person_recent_pu",
    "person_recent_pd",
    "person_recent_cu",
)

# The third newest live applicant case of person {p}.
THIRD = (
    "SELECT at FROM (SELECT c.received_at AS at FROM case_party cp "
    'JOIN "case" c ON c.id = cp.case_id '
    "WHERE cp.person_id = {p} AND cp.role = 'applicant' AND cp.deleted_at IS NULL "
    "AND c.deleted_at IS NULL GROUP BY c.id ORDER BY c.received_at DESC LIMIT 1 OFFSET 2)"
)

# (dim, SQL of its key over a case row `x`), per kind.
RECEIVED_DIMS = (
    ("", "''"),
    ("cat", "coalesce(x.category_id, '')"),
    ("ch", "coalesce(x.channel, '')"),
    ("town", "coalesce(x.town_id, '')"),
    ("vil", "coalesce(x.village_id, '')"),
)
CLOSED_DIMS = (*RECEIVED_DIMS, ("dept", "coalesce(x.lead_department_id, '')"))
KINDS = (("r", "received_at", RECEIVED_DIMS), ("c", "closed_at", CLOSED_DIMS))

# The columns whose change moves a case between rollup rows (status alone never does).
COUNTED = (
    "received_at, closed_at, owner_org, category_id, channel, town_id, village_id, "
    "lead_department_id, is_repeat, is_group, outcome, due_at, satisfaction, deleted_at"
)
METRICS = (
    "n",
    "repeats",
    "grouped",
    "with_outcome",
    "resolved",
    "with_due",
    "on_time",
    "days_sum",
    "rated",
    "satisfied",
)


def _values(kind: str) -> tuple[str, ...]:
    """Return SQL of each metric one case row `x` counts for, in METRICS order."""
    if kind == "r":
        return ("1", "x.is_repeat IS 1", "x.is_group IS 1", "0", "0", "0", "0", "0", "0", "0")
    return (
        "1",
        "0",
        "0",
        "x.outcome IS NOT NULL",
        "x.outcome IS 'resolved'",
        "x.due_at IS NOT NULL",
        "coalesce(x.closed_at <= x.due_at, 0)",
        "coalesce(julianday(x.closed_at) - julianday(x.received_at), 0)",
        "x.satisfaction IS NOT NULL",
        "coalesce(x.satisfaction IN ('satisfied', 'basic'), 0)",
    )


def _upserts(row: str, sign: str) -> list[str]:
    """Return the statements adding (sign '+') or taking away ('-') trigger row `row`."""
    out = []
    columns = ", ".join(METRICS)
    sets = ", ".join(f"{m} = {m} + excluded.{m}" for m in METRICS)
    for kind, column, dims in KINDS:
        day = f"strftime('%Y-%m-%d', x.{column}, '+8 hours')"
        values = ", ".join(f"{sign}({v})" for v in _values(kind))
        for dim, key in dims:
            sql = (
                f"INSERT INTO {NAME} (kind, day, owner_org, dim, key, {columns}) "
                f"SELECT '{kind}', {day}, x.owner_org, '{dim}', {key}, {values} "
                f"WHERE x.deleted_at IS NULL AND x.{column} IS NOT NULL "
                f"ON CONFLICT (kind, day, owner_org, dim, key) DO UPDATE SET {sets};"
            )
            out.append(sql.replace("x.", f"{row}."))
    return out


def _recount_person(p: str) -> list[str]:
    """Return the statements setting person {p}'s row of person_recent afresh."""
    return [
        f"DELETE FROM {PERSON_NAME} WHERE person_id = {p};",
        f"INSERT INTO {PERSON_NAME} (person_id, third_at) SELECT {p}, ({THIRD.format(p=p)}) "
        f"WHERE {p} IS NOT NULL AND ({THIRD.format(p=p)}) IS NOT NULL;",
    ]


def triggers() -> list[str]:
    """Return the CREATE TRIGGER statements keeping the rollups in step with `case` and
    `case_party`."""
    add, take = _upserts("new", "+"), _upserts("old", "-")
    applicants = (
        "SELECT cp.person_id FROM case_party cp WHERE cp.case_id = new.id "
        "AND cp.role = 'applicant' AND cp.person_id IS NOT NULL"
    )
    of_case = (
        f"DELETE FROM {PERSON_NAME} WHERE person_id IN ({applicants});",
        f"INSERT INTO {PERSON_NAME} (person_id, third_at) SELECT p, third FROM ("
        f"SELECT a.person_id AS p, ({THIRD.format(p='a.person_id')}) AS third "
        f"FROM ({applicants}) AS a GROUP BY a.person_id) WHERE third IS NOT NULL;",
    )
    bodies = (
        (TRIGGERS[0], 'AFTER INSERT ON "case"', add),
        (TRIGGERS[1], 'AFTER DELETE ON "case"', take),
        (TRIGGERS[2], f'AFTER UPDATE OF {COUNTED} ON "case"', take + add),
        (TRIGGERS[3], "AFTER INSERT ON case_party", _recount_person("new.person_id")),
        (
            TRIGGERS[4],
            "AFTER UPDATE OF person_id, role, deleted_at, case_id ON case_party",
            _recount_person("old.person_id") + _recount_person("new.person_id"),
        ),
        (TRIGGERS[5], "AFTER DELETE ON case_party", _recount_person("old.person_id")),
        (TRIGGERS[6], 'AFTER UPDATE OF received_at, deleted_at ON "case"', list(of_case)),
    )
    return [
        f"CREATE TRIGGER {name} {when} BEGIN\n  " + "\n  ".join(body) + "\nEND"
        for name, when, body in bodies
    ]


def fill() -> list[str]:
    """Return the statements counting every live case into an empty rollup."""
    out = []
    columns = ", ".join(METRICS)
    for kind, column, dims in KINDS:
        day = f"strftime('%Y-%m-%d', x.{column}, '+8 hours')"
        sums = ", ".join(f"total({v})" for v in _values(kind))
        for dim, key in dims:
            out.append(
                f"INSERT INTO {NAME} (kind, day, owner_org, dim, key, {columns}) "
                f"SELECT '{kind}', {day}, x.owner_org, '{dim}', {key}, {sums} "
                f'FROM "case" AS x WHERE x.deleted_at IS NULL AND x.{column} IS NOT NULL '
                f"GROUP BY 2, 3, 5"
            )
    return out


def fill_persons() -> str:
    """Return the statement writing person_recent for every person with 3+ cases."""
    return (
        f"INSERT INTO {PERSON_NAME} (person_id, third_at) SELECT person_id, at FROM ("
        "SELECT person_id, at, row_number() OVER (PARTITION BY person_id ORDER BY at DESC) AS k "
        "FROM (SELECT cp.person_id AS person_id, c.received_at AS at FROM case_party cp "
        "JOIN \"case\" c ON c.id = cp.case_id WHERE cp.role = 'applicant' "
        "AND cp.deleted_at IS NULL AND c.deleted_at IS NULL AND cp.person_id IS NOT NULL "
        "GROUP BY cp.person_id, c.id)) WHERE k = 3"
    )


def present(conn: Connection) -> bool:
    """Return whether this database keeps the rollup (SQLite at 0021 or later)."""
    if conn.dialect.name != "sqlite":
        return False
    found = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (NAME,)
    ).first()
    return found is not None


def rebuild(conn: Connection) -> None:
    """Count every case afresh (after a bulk load that ran without the triggers)."""
    if not present(conn):
        return
    conn.exec_driver_sql(f"DELETE FROM {NAME}")
    for sql in fill():
        conn.exec_driver_sql(sql)
    conn.exec_driver_sql(f"DELETE FROM {PERSON_NAME}")
    conn.exec_driver_sql(fill_persons())
