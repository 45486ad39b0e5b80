"""Device registration with a one-time code."""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy.exc import IntegrityError

from app.models.base import utcnow
from app.server.admin import AdminError, register_device
from app.server.db import meta_value
from app.server.deps import ProtocolDep, SessionDep, http_error
from app.server.lookup import district_secret
from app.server.settings import ServerSettings
from app.server.tokens import start
from app.sync.protocol import RegisterRequest, RegisterResponse

router = APIRouter(prefix="/v1/devices", tags=["devices"], dependencies=[ProtocolDep])


@router.post("/register", response_model=RegisterResponse)
def register(req: RegisterRequest, session: SessionDep, request: Request) -> RegisterResponse:
    """Redeem a one-time code for a device id, device code and token."""
    settings: ServerSettings = request.app.state.settings
    try:
        with session.begin():
            device, token = register_device(session, code=req.code, name=req.device_name)
            expires = start(device, settings.token_policy)
            epoch = meta_value(session, "epoch")
            secret = district_secret(session)
    except AdminError as exc:
        raise http_error(403, "bad_code", exc.message) from None
    except IntegrityError:
        raise http_error(409, "busy", "注册冲突，请重试") from None
    return RegisterResponse(
        device_id=device.id,
        device_code=device.device_code,
        org_code=device.org_code,
        token=token,
        epoch=epoch,
        server_time=utcnow(),
        token_expires_at=expires,
        lookup_secret=secret,
    )
