"""case statistics: covering indexes for the dashboard, the warning board and the 月报

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-05 15:40:00

The dashboard groups one month of cases by day, category, channel, township and village, by
receipt and by closing, and counts each department's open queue. Without these each grouping
read every case row of the month (and, by closing, every case: closed_at had no index): 0.15 s
at 20 000 cases. Each index holds every column its queries read, so a grouping walks one index
range and never touches the (wide) case rows; the persons-with-3+-cases list reads the window's
case ids from the first and their applicants from ix_case_party_applicant_person. The open-case index also serves the 监测预警
lists: they pick their 200 ids from it in order and read only those rows.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CREATED = (
    (
        "ix_case_stats_received",
        ("received_at", "owner_org", "category_id", "channel", "town_id", "village_id",
         "lead_department_id", "status", "due_at", "is_repeat", "is_group", "deleted_at", "id"),
    ),
    (
        "ix_case_stats_closed",
        ("closed_at", "owner_org", "category_id", "channel", "town_id", "village_id",
         "lead_department_id", "due_at", "received_at", "outcome", "satisfaction", "deleted_at"),
    ),
    (
        "ix_case_stats_open",
        ("status", "deadline_at", "warn_at", "due_at", "owner_org", "category_id",
         "lead_department_id", "is_group", "risk_grade", "received_at", "deleted_at", "id"),
    ),
)  # fmt: skip


APPLICANT = "role = 'applicant' AND deleted_at IS NULL"


def upgrade() -> None:
    for name, columns in CREATED:
        op.create_index(name, "case", list(columns))
    # 监测预警's persons with 3+ cases: each case of the window finds its applicants here alone.
    op.create_index(
        "ix_case_party_applicant_person",
        "case_party",
        ["case_id", "person_id", "role", "deleted_at"],
        sqlite_where=sa.text(APPLICANT),
        postgresql_where=sa.text(APPLICANT),
    )


def downgrade() -> None:
    op.drop_index("ix_case_party_applicant_person", table_name="case_party")
    for name, _columns in CREATED:
        op.drop_index(name, table_name="case")
