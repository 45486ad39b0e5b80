"""Facts about this installation for the About dialog: schema version, device, server."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.domain.accounts import InstallationFacts
from app.models import SyncDevice


def installation_facts(session: Session) -> InstallationFacts:
    """Return the database's schema revision and this device's township, code and server."""
    schema = session.execute(text("SELECT version_num FROM alembic_version")).scalar() or ""
    device = session.scalars(select(SyncDevice)).first()
    return InstallationFacts(
        schema=str(schema),
        org_code=device.org_code if device else "",
        device_code=device.device_code if device else "",
        server_url=device.server_url if device else "",
        registered=bool(device and device.token),
    )
