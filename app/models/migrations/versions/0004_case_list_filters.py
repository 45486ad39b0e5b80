"""case list filters: (status | category | township, received_at, id) indexes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 04:40:00

The case list pages newest first. Filtered by status, category or township it had only a
single-column index (or none) for the filter, so SQLite collected every matching case and
sorted them: at a million cases, "closed" took 1.7 s and the commonest category 2.1 s. With
the filter and the order in one index a page walks its own 100 rows (2.5 ms for either).
ix_case_category_id is dropped: the new category index leads with the same column.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CREATED = (
    ("ix_case_status_received", ("status", "received_at", "id")),
    ("ix_case_category_received", ("category_id", "received_at", "id")),
    ("ix_case_town_received", ("town_id", "received_at", "id")),
)


def upgrade() -> None:
    for name, columns in CREATED:
        op.create_index(name, "case", list(columns))
    op.drop_index("ix_case_category_id", table_name="case")


def downgrade() -> None:
    op.create_index("ix_case_category_id", "case", ["category_id"])
    for name, _columns in CREATED:
        op.drop_index(name, table_name="case")
