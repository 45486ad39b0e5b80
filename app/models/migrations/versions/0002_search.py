"""search: FTS5 indexes over case text and party names, and the case-list keyset index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 21:40:00

Autogenerate cannot see FTS5 tables or triggers, so this migration is written by hand.
- case_text_fts: trigram over summary/facts/demands (external content: the case table), for
  substrings of 3+ characters.
- party_name_fts: unicode61 over each case's party names with a space between characters, so a
  phrase query finds 1–2 character given names (trigram never matches those; PLATFORM.md);
  its `initials` column holds the parties' pinyin initials (prefix-indexed) for letter queries.
- ix_case_party_applicant: covering partial index for the applicant name shown on each list row.
The triggers fire only on the indexed columns, so status updates from the workflow cost nothing.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Names are indexed one character per token; 40 covers every person name and the distinctive
# head of organisation names (longer names are still found by their first 40 characters).
NAME_CHARS = 40


def spaced(column: str) -> str:
    """Return SQL that puts a space between the first NAME_CHARS characters of `column`."""
    return " || ' ' || ".join(f"substr({column}, {k}, 1)" for k in range(1, NAME_CHARS + 1))


# Between two names: a token nobody types, so a phrase never runs from one name into the next.
NAME_SEPARATOR = " 丨 "


def initials_of(party: str) -> str:
    """Return SQL for the pinyin initials of the person or organisation behind `party`."""
    return (
        f"coalesce((SELECT p.name_initials FROM person p WHERE p.id = {party}.person_id), "
        f"(SELECT o.name_initials FROM organisation o WHERE o.id = {party}.organisation_id), '')"
    )


def reindex(case_id: str) -> str:
    """Return SQL replacing the names document of the case whose id is `case_id`."""
    return (
        f'DELETE FROM party_name_fts WHERE rowid = (SELECT rowid FROM "case" WHERE id = {case_id});\n'
        f"  INSERT INTO party_name_fts(rowid, chars, initials) SELECT c.rowid, (SELECT group_concat("
        f"{spaced('cp.name')}, '{NAME_SEPARATOR}') FROM case_party cp WHERE cp.case_id = c.id "
        f"AND cp.deleted_at IS NULL), (SELECT group_concat({initials_of('cp')}, ' ') "
        f"FROM case_party cp WHERE cp.case_id = c.id AND cp.deleted_at IS NULL) "
        f'FROM "case" c WHERE c.id = {case_id};'
    )


DDL_UP = [
    "CREATE VIRTUAL TABLE case_text_fts USING fts5("
    "summary, facts, demands, content='case', content_rowid='rowid', tokenize='trigram')",
    """CREATE TRIGGER case_text_fts_ai AFTER INSERT ON "case" BEGIN
  INSERT INTO case_text_fts(rowid, summary, facts, demands)
  VALUES (new.rowid, new.summary, new.facts, new.demands);
END""",
    """CREATE TRIGGER case_text_fts_ad AFTER DELETE ON "case" BEGIN
  INSERT INTO case_text_fts(case_text_fts, rowid, summary, facts, demands)
  VALUES ('delete', old.rowid, old.summary, old.facts, old.demands);
END""",
    """CREATE TRIGGER case_text_fts_au AFTER UPDATE OF summary, facts, demands ON "case" BEGIN
  INSERT INTO case_text_fts(case_text_fts, rowid, summary, facts, demands)
  VALUES ('delete', old.rowid, old.summary, old.facts, old.demands);
  INSERT INTO case_text_fts(rowid, summary, facts, demands)
  VALUES (new.rowid, new.summary, new.facts, new.demands);
END""",
    # One document per case (rowid = the case's rowid) holding every party name, so the list
    # can walk matches newest-first and stop after a page. A normal (not contentless) table:
    # a case's document is replaced by DELETE + INSERT when a party changes.
    # `initials` holds each party's pinyin initials ("wxm") so a letters query walks matching
    # cases newest-first too; the 2- and 3-letter prefix indexes answer `wx*` / `wxm*` lazily
    # (prefix lengths count characters, so the one-character name tokens add nothing).
    "CREATE VIRTUAL TABLE party_name_fts USING fts5("
    "chars, initials, tokenize='unicode61', prefix='2 3')",
    f"""CREATE TRIGGER party_name_fts_ai AFTER INSERT ON case_party BEGIN
  {reindex("new.case_id")}
END""",
    f"""CREATE TRIGGER party_name_fts_ad AFTER DELETE ON case_party BEGIN
  {reindex("old.case_id")}
END""",
    f"""CREATE TRIGGER party_name_fts_au AFTER UPDATE OF name, case_id, deleted_at ON case_party BEGIN
  {reindex("old.case_id")}
  {reindex("new.case_id")}
END""",
    # The case list shows each row's applicant: this covering index answers that per-row
    # subquery from the index alone instead of a random case_party row read per listed case.
    "CREATE INDEX ix_case_party_applicant ON case_party (case_id, name) "
    "WHERE role = 'applicant' AND deleted_at IS NULL",
    """CREATE TRIGGER party_name_fts_case_ad AFTER DELETE ON "case" BEGIN
  DELETE FROM party_name_fts WHERE rowid = old.rowid;
END""",
]

REBUILD_NAMES = (
    f"INSERT INTO party_name_fts(rowid, chars, initials) SELECT c.rowid, "
    f"group_concat({spaced('cp.name')}, '{NAME_SEPARATOR}'), group_concat({initials_of('cp')}, ' ') "
    'FROM case_party cp JOIN "case" c ON c.id = cp.case_id '
    "WHERE cp.deleted_at IS NULL GROUP BY cp.case_id"
)

DDL_DOWN = [
    "DROP TRIGGER IF EXISTS party_name_fts_case_ad",
    "DROP INDEX IF EXISTS ix_case_party_applicant",
    "DROP TRIGGER IF EXISTS party_name_fts_au",
    "DROP TRIGGER IF EXISTS party_name_fts_ad",
    "DROP TRIGGER IF EXISTS party_name_fts_ai",
    "DROP TABLE IF EXISTS party_name_fts",
    "DROP TRIGGER IF EXISTS case_text_fts_au",
    "DROP TRIGGER IF EXISTS case_text_fts_ad",
    "DROP TRIGGER IF EXISTS case_text_fts_ai",
    "DROP TABLE IF EXISTS case_text_fts",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # the server searches with pg_trgm; these are the desktop's indexes
    for stmt in DDL_UP:
        op.execute(stmt)
    # Index rows that exist already (a database upgraded from 0001).
    op.execute("INSERT INTO case_text_fts(case_text_fts) VALUES ('rebuild')")
    op.execute(REBUILD_NAMES)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for stmt in DDL_DOWN:
        op.execute(stmt)
