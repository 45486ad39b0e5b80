"""Request dependencies: a session per request, the authenticated device, protocol checks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Header, HTTPException, Request
from sqlalchemy.orm import Session, sessionmaker

from app.models.base import utcnow
from app.server.access import DEVICE_KEY
from app.server.changelog import is_district
from app.server.tokens import authenticate
from app.sync.protocol import (
    DISTRICT_BUCKET,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_HEADER,
    ErrorBody,
    device_bucket,
)


def http_error(status: int, code: str, message: str, **detail: Any) -> HTTPException:
    """Return an HTTPException whose body is an ErrorBody."""
    body = ErrorBody(code=code, message=message, detail=detail).model_dump()
    return HTTPException(status_code=status, detail=body)


def get_session(request: Request) -> Iterator[Session]:
    """Yield a session of the app's factory; routes open their own transaction."""
    factory: sessionmaker[Session] = request.app.state.session_factory
    with factory() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


@dataclass(frozen=True)
class AuthDevice:
    """The device a request's token belongs to."""

    id: str
    org_code: str
    device_code: str
    previous_token: bool = False  # authenticated by the token its last rotation replaced

    @property
    def district(self) -> bool:
        """Return whether the device belongs to the district (sees every bucket)."""
        return is_district(self.org_code)

    def may_read(self, bucket: str) -> bool:
        """Return whether the device may pull `bucket` (derived from its registration)."""
        if bucket in (DISTRICT_BUCKET, device_bucket(self.id)):
            return True
        if bucket.startswith("org:"):
            return self.district or bucket == f"org:{self.org_code}"
        return False


def check_protocol(
    x_yizhan_protocol: Annotated[str | None, Header(alias=PROTOCOL_HEADER)] = None,
) -> None:
    """Refuse (426) a client whose protocol is older than the server still speaks."""
    if x_yizhan_protocol is None:
        return
    try:
        version = int(x_yizhan_protocol)
    except ValueError:
        raise http_error(400, "bad_protocol", "协议版本无效") from None
    if version < MIN_PROTOCOL_VERSION:
        raise http_error(
            426, "upgrade_required", "客户端版本过旧，请升级后再同步", min=MIN_PROTOCOL_VERSION
        )


def current_device(
    session: SessionDep,
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
) -> AuthDevice:
    """Return the device of the bearer token; 401 for a missing, unknown or revoked token."""
    if not authorization or not authorization.lower().startswith("bearer "):
        raise http_error(401, "no_token", "缺少设备令牌")
    with session.begin():
        found = authenticate(session, authorization[7:].strip())
        if found is None:
            raise http_error(401, "bad_token", "设备令牌无效")
        device = found.device
        if device.revoked_at is not None:
            raise http_error(401, "revoked", "该设备已被吊销，请重新注册")
        if found.expired:
            raise http_error(401, "token_expired", "设备令牌已过期，请重新注册本机")
        now = utcnow()
        if device.last_seen_at is None or (now - device.last_seen_at).total_seconds() > 60:
            device.last_seen_at = now
        auth = AuthDevice(
            id=device.id,
            org_code=device.org_code,
            device_code=device.device_code,
            previous_token=found.previous,
        )
    setattr(request.state, DEVICE_KEY, auth)  # for the access log (app.server.access)
    return auth


DeviceDep = Annotated[AuthDevice, Depends(current_device)]
ProtocolDep = Depends(check_protocol)
