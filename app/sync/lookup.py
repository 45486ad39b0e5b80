"""Ask the district about a resident's earlier cases at other centres (issue #10 item 6).

Only the keyed hash of the ID number (or, without one, the phone) leaves the desk; the answer is
counts, townships and dates. Offline, unregistered or without the district's key, the answer says
so in words instead (the intake side panel shows it plainly).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.services.errors import Msg
from app.sync import local, token_store
from app.sync.protocol import LookupRequest, LookupTownship, lookup_digest
from app.sync.transport import SyncError, Transport

State = Literal["found", "offline", "unregistered", "no_key", "nothing"]
TransportFactory = Callable[[str, str], Transport]


@dataclass(frozen=True)
class OtherCentres:
    """What the district answered, or why it could not be asked."""

    state: State
    total: int = 0
    townships: tuple[LookupTownship, ...] = ()
    message: str = ""  # a Msg when state is offline / unregistered / no_key


def ask_other_centres(
    session_factory: sessionmaker[Session],
    *,
    id_number: str = "",
    phone: str = "",
    transport_factory: TransportFactory | None = None,
) -> OtherCentres:
    """Return the resident's cases at other centres, asked by keyed hash (network: off the UI)."""
    kind: Literal["id", "phone"] = "id" if id_number.strip() else "phone"
    value = id_number.strip() or phone.strip()
    if not value:
        return OtherCentres("nothing")
    with session_factory() as s:
        device = local.get_device(s)
        if device is None or not device.server_url:
            return OtherCentres("unregistered", message=Msg("本机尚未注册，无法查询其他中心"))
        url, stored, device_id, secret = (
            device.server_url,
            device.token,
            device.id,
            device.lookup_secret,
        )
    if not secret:
        return OtherCentres("no_key", message=Msg("本机注册时未领取查询密钥，请重新注册后再查询"))
    bind = session_factory.kw.get("bind")
    db_path = token_store.database_path(bind.url.database) if isinstance(bind, Engine) else None
    token = token_store.load(device_id, db_path, stored)
    make = transport_factory or (
        lambda u, t: Transport(u, t, ca_file=token_store.ca_file(db_path), timeout=5.0)
    )
    request = LookupRequest(kind=kind, digest=lookup_digest(secret, kind, value))
    try:
        with make(url, token) as transport:
            answer = transport.lookup(request)
    except SyncError as exc:
        return OtherCentres("offline", message=Msg("离线，未能查询其他中心：{reason}", reason=exc.message))
    return OtherCentres("found", answer.total, tuple(answer.townships))
