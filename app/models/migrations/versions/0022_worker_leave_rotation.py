"""worker leave and duty rotation templates (#14: duty checks read leave; rotations reused)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-05 18:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = "0022"
down_revision: str | Sequence[str] | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sync_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner_org", sa.String(length=12), nullable=False),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("deleted_at", app.models.base.UTCDateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "worker_leave",
        *_sync_columns(),
        sa.Column("worker_id", sa.String(length=36), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["grid_worker.id"],
            name=op.f("fk_worker_leave_worker_id_grid_worker"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worker_leave")),
    )
    op.create_index("ix_worker_leave_owner_org", "worker_leave", ["owner_org"])
    op.create_index("ix_worker_leave_worker_id", "worker_leave", ["worker_id"])
    op.create_index("ix_worker_leave_org_dates", "worker_leave", ["owner_org", "start_date"])
    op.create_table(
        "duty_rotation",
        *_sync_columns(),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("pattern", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duty_rotation")),
    )
    op.create_index("ix_duty_rotation_owner_org", "duty_rotation", ["owner_org"])


def downgrade() -> None:
    op.drop_table("duty_rotation")
    op.drop_table("worker_leave")
