"""booking series: recurring bookings (the monthly 主题党日) share a series id

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 16:30:00

Nullable, so existing bookings are single ones; indexed for "cancel the whole series".
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("booking", sa.Column("series_id", sa.String(length=36), nullable=True))
    op.create_index("ix_booking_series_id", "booking", ["series_id"])


def downgrade() -> None:
    op.drop_index("ix_booking_series_id", table_name="booking")
    with op.batch_alter_table("booking") as batch:
        batch.drop_column("series_id")
