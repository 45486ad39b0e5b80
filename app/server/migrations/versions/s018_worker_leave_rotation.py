"""Worker leave and duty rotation templates are synced (client 0018).

s001 materialises the current models, so a server created after this change has the tables
already: create them only where they are missing.

Revision ID: s018
Revises: s017
"""

import sqlalchemy as sa
from alembic import op

from app.server.tables import shared_metadata

revision = "s018"
down_revision = "s017"
branch_labels = None
depends_on = None

TABLES = ("worker_leave", "duty_rotation")


def upgrade() -> None:
    """Create the two tables (as the server stores synced tables: no foreign keys)."""
    bind = op.get_bind()
    present = set(sa.inspect(bind).get_table_names())
    md = shared_metadata()
    for name in TABLES:
        if name not in present:
            md.tables[name].create(bind)


def downgrade() -> None:
    """Drop the two tables."""
    for name in reversed(TABLES):
        op.drop_table(name)
