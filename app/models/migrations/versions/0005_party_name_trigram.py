"""party name trigrams: a trigram index over each case's party names, for 3+ character queries

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 05:05:00

party_name_fts (0002) indexes names one character per token, which 1–2 character given names
need. A longer query was a phrase over those tokens, and when its characters are common in
names but the phrase is rare ("业公司": 业, 公 and 司 are in most organisation names) FTS5
checked the positions of every case holding all three: 20–28 ms at a million cases. This
table indexes the same names by trigram, so such a query is one term lookup.
One document per case (rowid = the case's rowid), names joined by " 丨 " as in 0002, kept by
its own triggers beside 0002's.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME_SEPARATOR = " 丨 "  # as in 0002


def reindex(case_id: str) -> str:
    """Return SQL replacing the trigram names document of the case whose id is `case_id`."""
    return (
        f'DELETE FROM party_text_fts WHERE rowid = (SELECT rowid FROM "case" WHERE id = {case_id});\n'
        f"  INSERT INTO party_text_fts(rowid, names) SELECT c.rowid, (SELECT group_concat("
        f"cp.name, '{NAME_SEPARATOR}') FROM case_party cp WHERE cp.case_id = c.id "
        f'AND cp.deleted_at IS NULL) FROM "case" c WHERE c.id = {case_id};'
    )


DDL_UP = [
    "CREATE VIRTUAL TABLE party_text_fts USING fts5(names, tokenize='trigram')",
    f"""CREATE TRIGGER party_text_fts_ai AFTER INSERT ON case_party BEGIN
  {reindex("new.case_id")}
END""",
    f"""CREATE TRIGGER party_text_fts_ad AFTER DELETE ON case_party BEGIN
  {reindex("old.case_id")}
END""",
    f"""CREATE TRIGGER party_text_fts_au AFTER UPDATE OF name, case_id, deleted_at ON case_party BEGIN
  {reindex("old.case_id")}
  {reindex("new.case_id")}
END""",
    """CREATE TRIGGER party_text_fts_case_ad AFTER DELETE ON "case" BEGIN
  DELETE FROM party_text_fts WHERE rowid = old.rowid;
END""",
]

REBUILD = (
    f"INSERT INTO party_text_fts(rowid, names) SELECT c.rowid, "
    f"group_concat(cp.name, '{NAME_SEPARATOR}') "
    'FROM case_party cp JOIN "case" c ON c.id = cp.case_id '
    "WHERE cp.deleted_at IS NULL GROUP BY cp.case_id"
)

DDL_DOWN = [
    "DROP TRIGGER IF EXISTS party_text_fts_case_ad",
    "DROP TRIGGER IF EXISTS party_text_fts_au",
    "DROP TRIGGER IF EXISTS party_text_fts_ad",
    "DROP TRIGGER IF EXISTS party_text_fts_ai",
    "DROP TABLE IF EXISTS party_text_fts",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # the server searches with pg_trgm; these are the desktop's indexes
    for stmt in DDL_UP:
        op.execute(stmt)
    op.execute(REBUILD)  # cases that exist already
    op.execute("INSERT INTO party_text_fts(party_text_fts) VALUES ('optimize')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for stmt in DDL_DOWN:
        op.execute(stmt)
