"""The keyed hashes of persons' ID numbers and phones for the lookup of other centres.

Revision ID: s011
Revises: s009
"""

from alembic import op

from app.server.tables import LookupKey

revision = "s011"
down_revision = "s009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create lookup_key unless the baseline made it."""
    LookupKey.__table__.create(op.get_bind(), checkfirst=True)  # type: ignore[attr-defined]


def downgrade() -> None:
    """Drop it (it is derived: the next lookup rebuilds it)."""
    op.drop_table("lookup_key")
