"""Recurring bookings share a series id (booking.series_id), as on the desks (client 0012).

s001 materialises the current models, so a server created after this change has the column
already: add it only where it is missing.

Revision ID: s009
Revises: s006
"""

import sqlalchemy as sa
from alembic import op

revision = "s009"
down_revision = "s006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add booking.series_id and its index unless the baseline made them."""
    inspector = sa.inspect(op.get_bind())
    if "series_id" not in {c["name"] for c in inspector.get_columns("booking")}:
        op.add_column("booking", sa.Column("series_id", sa.String(length=36), nullable=True))
    if "ix_booking_series_id" not in {i["name"] for i in inspector.get_indexes("booking")}:
        op.create_index("ix_booking_series_id", "booking", ["series_id"])


def downgrade() -> None:
    """Drop the series id."""
    op.drop_index("ix_booking_series_id", table_name="booking")
    with op.batch_alter_table("booking") as batch:
        batch.drop_column("series_id")
