"""accounts and audit: per-desk login state, local facts, a hash chain over the audit trail

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 15:20:00

`login_state` counts failed sign-ins per user on this desk and holds the lockout; `local_meta`
keeps facts about the database file (a demo database's shared password). `audit_entry` gains
`seq`, `prev_hash` and `hash`: each entry carries the hash of the one before it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "login_state",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", app.models.base.UTCDateTime(), nullable=True),
        sa.Column("last_login_at", app.models.base.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_login_state")),
    )
    op.create_table(
        "local_meta",
        sa.Column("key", sa.String(length=48), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_meta")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("prev_hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.create_unique_constraint(batch_op.f("uq_audit_entry_seq"), ["seq"])


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_entry_seq"), type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("seq")
    op.drop_table("local_meta")
    op.drop_table("login_state")
