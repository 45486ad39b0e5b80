"""lean indexes: drop indexes that a wider index already serves

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 00:15:00

Each of these is the leading column of another index (the planner uses that one for the same
filters), or indexes a column no query filters case events by. Every index costs each insert:
a window intake writes one case and several events, and the 1M demo load builds each index.
- case: received_at (→ ix_case_received_id), village_id (→ ix_case_village_category),
  lead_department_id (→ ix_case_lead_status_deadline), owner_org (→ ix_case_owner_status).
- case_event: owner_org and department_id (event lists go by case; 履职评价 by type and time).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DROPPED = (
    ("case", "ix_case_received_at", ("received_at",)),
    ("case", "ix_case_village_id", ("village_id",)),
    ("case", "ix_case_lead_department_id", ("lead_department_id",)),
    ("case", "ix_case_owner_org", ("owner_org",)),
    ("case_event", "ix_case_event_owner_org", ("owner_org",)),
    ("case_event", "ix_case_event_department_id", ("department_id",)),
)


def upgrade() -> None:
    for table, name, _columns in DROPPED:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for table, name, columns in DROPPED:
        op.create_index(name, table, list(columns))
