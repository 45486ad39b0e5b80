"""Register this installation with the district server using a one-time code."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.models.base import utcnow
from app.models.sync_state import SyncBucket, SyncDevice, SyncOutbox
from app.sync import local, token_store
from app.sync.protocol import RegisterRequest
from app.sync.transport import Transport

TransportFactory = type[Transport]


@dataclass(frozen=True)
class Registration:
    """The identity the server gave this installation."""

    device_id: str
    org_code: str
    device_code: str
    server_url: str


def register(
    session_factory: sessionmaker[Session],
    *,
    server_url: str,
    code: str,
    device_name: str = "",
    transport: Transport | None = None,
    ca_file: str | Path | None = None,
) -> Registration:
    """Redeem `code` at `server_url` and store the device identity and token locally.

    The token goes to the OS keyring (or a 0600 file beside the database, app.sync.token_store);
    `ca_file`, the district's own CA certificate, is kept beside the database for later syncs.
    """
    bind = session_factory.kw.get("bind")
    db_path = token_store.database_path(bind.url.database) if isinstance(bind, Engine) else None
    own = transport is None
    transport = transport or Transport(server_url, ca_file=ca_file or token_store.ca_file(db_path))
    try:
        resp = transport.register(RegisterRequest(code=code, device_name=device_name))
    finally:
        if own:
            transport.close()
    with session_factory.begin() as s:
        device = local.get_device(s)
        if device is None:
            device = SyncDevice(id=resp.device_id, org_code=resp.org_code, device_code="")
            s.add(device)
        device.id = resp.device_id
        device.org_code = resp.org_code
        device.device_code = resp.device_code
        device.server_url = server_url.rstrip("/")
        device.token = token_store.save(resp.device_id, db_path, resp.token)
        device.server_epoch = resp.epoch
        device.lookup_secret = resp.lookup_secret
        device.registered_at = utcnow()
        device.seq_offset = _seq_offset(s)
        rehome_unsent(s, resp.org_code)
        # A new identity (or server) starts every bucket afresh.
        s.execute(update(SyncBucket).values(cursor=0, snapshot_token=None, cursor_tag=""))
    if ca_file:
        token_store.keep_ca(db_path, ca_file)
    return Registration(
        device_id=resp.device_id,
        org_code=resp.org_code,
        device_code=resp.device_code,
        server_url=server_url,
    )


def _seq_offset(s: Session) -> int:
    """Return the offset making the first unsent op seq 1 on the wire for the new identity."""
    first_pending = s.scalar(
        select(func.min(SyncOutbox.device_seq)).where(SyncOutbox.acked_at.is_(None))
    )
    if first_pending is not None:
        return int(first_pending) - 1
    return local.max_device_seq(s)


def rehome_unsent(s: Session, org_code: str) -> int:
    """Move rows this desk made before registering into the township it registered for.

    A desk that started under the default township and then registered for another one would
    push rows the server refuses (403) forever. Rows no server has seen (version 0) and their
    unsent ops take the registered township; district registrations keep rows as they are.
    Return how many rows moved.
    """
    from app.config import DISTRICT_CODE
    from app.models import SYNCED_MODELS

    if org_code == DISTRICT_CODE:
        return 0
    moved = 0
    for model in SYNCED_MODELS.values():
        if model.__sync_bucket__ == "ref":
            continue
        result = s.execute(
            update(model)
            .where(model.version == 0, model.owner_org != org_code)
            .values(owner_org=org_code)
            .execution_options(synchronize_session=False)
        )
        moved += int(getattr(result, "rowcount", 0) or 0)
    if not moved:
        return 0
    for op in s.scalars(select(SyncOutbox).where(SyncOutbox.acked_at.is_(None))):
        # Never sent under any identity: its payload is rewritten before it first leaves.
        if op.payload.get("owner_org") not in (None, org_code):
            op.payload = {**op.payload, "owner_org": org_code}
    return moved
