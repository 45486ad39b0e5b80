"""The desks' audit trails on the district server: append-only, hash-chained per device.

s001 materialises the current server tables, so a server created after this change has the table
already: create it only where it is missing.

Revision ID: s017
Revises: s011
"""

from alembic import op

from app.server.tables import ServerAuditEntry

revision = "s017"
down_revision = "s011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create server_audit_entry unless the baseline made it."""
    ServerAuditEntry.__table__.create(op.get_bind(), checkfirst=True)  # type: ignore[attr-defined]


def downgrade() -> None:
    """Drop it again."""
    ServerAuditEntry.__table__.drop(op.get_bind(), checkfirst=True)  # type: ignore[attr-defined]
