"""case rollup: per-day counts behind the dashboard, kept by triggers

Revision ID: 0021
Revises: 0014
Create Date: 2026-12-05 18:30:00

At a million cases one month holds ~84 000 of them, and each dashboard grouping walked them all
(2 s for the panels, 3 s for the warning board on the 1M bench database). `case_stat_day` holds,
per Beijing day, township and breakdown (category, channel, township, village, lead department),
how many cases were received and closed and the closing figures the rates need; a month is
~16 000 such rows. SQLite triggers keep it in step with every write to `case` (insert, the
columns it counts, soft delete), so no code path can forget it; bulk loaders that suspend the
triggers call `app.models.case_rollup.rebuild` after. Written by hand: autogenerate cannot
see triggers, and env.py leaves the table alone. PostgreSQL (the district server) has no rollup;
its reports group the case rows directly.

`ix_case_status_received` also carries the columns the open/overdue breakdowns read, so the
period's open cases are counted from it alone.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.case_rollup import (
    PERSON_INDEX,
    PERSON_TABLE,
    TABLE,
    TRIGGERS,
    fill,
    fill_persons,
    triggers,
)

revision: str = "0021"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_INDEX = ("status", "received_at", "id")
NEW_INDEX = (
    *OLD_INDEX,
    "owner_org",
    "category_id",
    "channel",
    "town_id",
    "village_id",
    "due_at",
    "deleted_at",
)


APPLICANT = "role = 'applicant' AND deleted_at IS NULL"


def upgrade() -> None:
    op.drop_index("ix_case_status_received", table_name="case")
    op.create_index("ix_case_status_received", "case", list(NEW_INDEX))
    # A person's live applicant cases from the index alone (监测预警's persons with 3+ cases).
    op.create_index(
        "ix_case_party_person_applicant",
        "case_party",
        ["person_id", "case_id", "role", "deleted_at"],
        sqlite_where=sa.text(APPLICANT),
        postgresql_where=sa.text(APPLICANT),
    )
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(TABLE)
    for sql in fill():
        op.execute(sql)
    op.execute(PERSON_TABLE)
    op.execute(fill_persons())
    op.execute(PERSON_INDEX)
    for sql in triggers():
        op.execute(sql)


def downgrade() -> None:
    op.drop_index("ix_case_party_person_applicant", table_name="case_party")
    op.drop_index("ix_case_status_received", table_name="case")
    op.create_index("ix_case_status_received", "case", list(OLD_INDEX))
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS case_stat_day")
    op.execute("DROP TABLE IF EXISTS person_recent")
