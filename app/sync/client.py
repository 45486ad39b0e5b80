"""The sync client the GUI holds: one object for registering and running cycles (no Qt)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from app.sync.engine import CycleResult, SyncEngine, TransportFactory
from app.sync.protocol import DistrictAuditResponse
from app.sync.registration import Registration, register


class SyncClient:
    """Register this installation and run sync cycles against its server."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        transport_factory: TransportFactory | None = None,
        app_version: str = "",
    ) -> None:
        self._factory = session_factory
        self._transport_factory = transport_factory  # None: TLS checked, district CA used
        self._engine = SyncEngine(
            session_factory, transport_factory=self._transport_factory, app_version=app_version
        )

    def run_cycle(self) -> CycleResult:
        """Run one cycle (network thread)."""
        return self._engine.run_cycle()

    def district_audit(self, **filters: Any) -> DistrictAuditResponse:
        """Read every township's audit trail from the server (network thread; district desks)."""
        return self._engine.district_audit(**filters)

    def register(
        self, *, server_url: str, code: str, device_name: str = "", ca_file: str | None = None
    ) -> Registration:
        """Redeem a registration code (network thread); `ca_file` is the district's own CA."""
        url = server_url.strip().rstrip("/")
        if self._transport_factory is None:
            return register(
                self._factory, server_url=url, code=code, device_name=device_name, ca_file=ca_file
            )
        transport = self._transport_factory(url, "")
        try:
            return register(
                self._factory,
                server_url=url,
                code=code,
                device_name=device_name,
                transport=transport,
                ca_file=ca_file,
            )
        finally:
            transport.close()
