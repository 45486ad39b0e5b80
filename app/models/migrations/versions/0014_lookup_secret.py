"""lookup secret: the district's key for asking about a resident's cases at other centres

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-05 18:30:00

Handed out at registration (app.sync.registration); empty until the desk registers again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "sync_device",
        sa.Column("lookup_secret", sa.String(length=64), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("sync_device") as batch:
        batch.drop_column("lookup_secret")
