"""Confirmed bookings of one room never overlap in time.

PostgreSQL: an exclusion constraint over (room, time range) among confirmed live bookings
(btree_gist for the equality part). SQLite: triggers that abort the same overlap.

Revision ID: s002
Revises: s001
"""

from alembic import op

revision = "s002"
down_revision = "s001"
branch_labels = None
depends_on = None

_OVERLAP = """
SELECT RAISE(ABORT, 'booking_overlap') WHERE EXISTS (
    SELECT 1 FROM booking b
    WHERE b.room_id = NEW.room_id AND b.id != NEW.id AND b.confirmed
      AND b.deleted_at IS NULL AND b.starts_at < NEW.ends_at AND NEW.starts_at < b.ends_at
);
"""


def upgrade() -> None:
    """Add the overlap guard for the database in use."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public")
        op.execute(
            "ALTER TABLE booking ADD CONSTRAINT ex_booking_room_time EXCLUDE USING gist "
            "(room_id WITH =, tsrange(starts_at, ends_at) WITH &&) "
            "WHERE (confirmed AND deleted_at IS NULL)"
        )
        return
    for when in ("INSERT", "UPDATE"):
        op.execute(
            f"CREATE TRIGGER booking_no_overlap_{when.lower()} BEFORE {when} ON booking "
            f"WHEN NEW.confirmed AND NEW.deleted_at IS NULL BEGIN {_OVERLAP} END"
        )


def downgrade() -> None:
    """Remove the overlap guard."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE booking DROP CONSTRAINT ex_booking_room_time")
        return
    op.execute("DROP TRIGGER booking_no_overlap_insert")
    op.execute("DROP TRIGGER booking_no_overlap_update")
