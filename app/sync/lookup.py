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


@dataclass(frozen=True)
class LookupTarget:
    """Where and how to ask (read from the device row on the database worker)."""

    url: str
    token: str
    secret: str
    ca_file: str | None


def lookup_target(session: Session) -> LookupTarget | OtherCentres:
    """Return where to ask, or why this desk cannot ask (unregistered, no key)."""
    device = local.get_device(session)
    if device is None or not device.server_url:
        return OtherCentres("unregistered", message=Msg("本机尚未注册，无法查询其他中心"))
    if not device.lookup_secret:
        return OtherCentres("no_key", message=Msg("本机注册时未领取查询密钥，请重新注册后再查询"))
    bind = session.get_bind()
    db_path = token_store.database_path(bind.url.database) if isinstance(bind, Engine) else None
    token = token_store.load(device.id, db_path, device.token)
    ca = token_store.ca_file(db_path)
    return LookupTarget(device.server_url, token, device.lookup_secret, str(ca) if ca else None)


def ask(
    target: LookupTarget,
    *,
    id_number: str = "",
    phone: str = "",
    transport_factory: TransportFactory | None = None,
) -> OtherCentres:
    """Ask the district (network, no database): by the ID number's keyed hash, else the phone's."""
    kind: Literal["id", "phone"] = "id" if id_number.strip() else "phone"
    value = id_number.strip() or phone.strip()
    if not value:
        return OtherCentres("nothing")
    make = transport_factory or (lambda u, t: Transport(u, t, ca_file=target.ca_file, timeout=5.0))
    request = LookupRequest(kind=kind, digest=lookup_digest(target.secret, kind, value))
    try:
        with make(target.url, target.token) as transport:
            answer = transport.lookup(request)
    except SyncError as exc:
        why = Msg("离线，未能查询其他中心：{reason}", reason=exc.message)
        return OtherCentres("offline", message=why)
    return OtherCentres("found", answer.total, tuple(answer.townships))


def ask_other_centres(
    session_factory: sessionmaker[Session],
    *,
    id_number: str = "",
    phone: str = "",
    transport_factory: TransportFactory | None = None,
) -> OtherCentres:
    """Read the device, then ask (both steps; the app runs them on separate threads)."""
    if not (id_number.strip() or phone.strip()):
        return OtherCentres("nothing")
    with session_factory() as s:
        target = lookup_target(s)
    if isinstance(target, OtherCentres):
        return target
    return ask(target, id_number=id_number, phone=phone, transport_factory=transport_factory)
