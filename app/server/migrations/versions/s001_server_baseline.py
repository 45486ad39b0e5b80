"""Server baseline: the shared synced tables (without foreign keys) and the server tables.

Pre-release this baseline materialises the current models, like the client's 0001 baseline;
once servers run in the field, every schema change becomes a new numbered migration here.

Revision ID: s001
Revises:
"""

from alembic import op

from app.server.tables import ServerBase, shared_metadata

revision = "s001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the shared and the server-only tables."""
    bind = op.get_bind()
    shared_metadata().create_all(bind)
    ServerBase.metadata.create_all(bind)


def downgrade() -> None:
    """Drop every table of the server schema."""
    bind = op.get_bind()
    ServerBase.metadata.drop_all(bind)
    shared_metadata().drop_all(bind)
