"""sync_bucket.cursor_tag: the fingerprint of the log entry at the pull cursor

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-05 15:30:00

The desk sends it in hello; a server restored from a backup no longer holds that entry (or holds
another one at the same position) and answers with a new epoch, so every desk re-reads and
re-sends what the restore lost.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_bucket", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("cursor_tag", sa.String(length=16), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_bucket", schema=None) as batch_op:
        batch_op.drop_column("cursor_tag")
