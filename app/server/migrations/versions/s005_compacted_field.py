"""Per-field versions kept when the change log is compacted (the merge reads them).

Revision ID: s005
Revises: s002
"""

import sqlalchemy as sa
from alembic import op

revision = "s005"
down_revision = "s002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add compacted_field (a database made by the s001 baseline of this code has it already)."""
    if "compacted_field" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "compacted_field",
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(48), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", "field", "device_id", name="pk_compacted_field"),
    )


def downgrade() -> None:
    """Drop compacted_field."""
    op.drop_table("compacted_field")
