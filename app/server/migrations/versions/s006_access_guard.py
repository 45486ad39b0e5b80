"""Device token expiry and rotation, the shared /status limiter and lockout, the access log.

Created only where missing: the s001 baseline materialises the current server tables, so a
database made fresh from it already has them.

Revision ID: s006
Revises: s005
"""

import sqlalchemy as sa
from alembic import op

from app.server.tables import AccessLog, StatusHit, StatusLockout

revision = "s006"
down_revision = "s005"
branch_labels = None
depends_on = None


def _device_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("token_expires_at", sa.DateTime(), nullable=True),
        sa.Column("prev_token_hash", sa.String(64), nullable=True),
        sa.Column("prev_token_until", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    """Add the device token columns and the three tables."""
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    have = {c["name"] for c in inspector.get_columns("server_device")}
    missing = [c for c in _device_columns() if c.name not in have]
    if missing:
        with op.batch_alter_table("server_device") as batch:
            for col in missing:
                batch.add_column(col)
            batch.create_index("ix_server_device_prev_token_hash", ["prev_token_hash"])
    for model in (StatusHit, StatusLockout, AccessLog):
        model.__table__.create(bind, checkfirst=True)  # type: ignore[attr-defined]


def downgrade() -> None:
    """Drop them again."""
    for model in (AccessLog, StatusLockout, StatusHit):
        model.__table__.drop(op.get_bind(), checkfirst=True)  # type: ignore[attr-defined]
    with op.batch_alter_table("server_device") as batch:
        batch.drop_index("ix_server_device_prev_token_hash")
        for col in _device_columns():
            batch.drop_column(col.name)
