"""Device tokens expire and rotate.

A token is valid for `token_days` from its issue. Within the last `rotate_days` the server hands
the device a successor in its next hello; the token it replaces stays valid for `grace_days`, so
a reply lost on the way (or a crash before the device stored it) locks nobody out: a device that
comes back with the previous token simply gets another successor. An expired token is refused
(401 token_expired): the device registers again with a new code. Tokens are stored hashed.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.server.admin import token_hash
from app.server.tables import ServerDevice


@dataclass(frozen=True)
class TokenPolicy:
    """How long tokens live (from ServerSettings)."""

    token_days: int = 90
    rotate_days: int = 30
    grace_days: int = 7


@dataclass(frozen=True)
class Authenticated:
    """The device a token belongs to, and whether it was the previous (rotated-out) token."""

    device: ServerDevice
    previous: bool
    expired: bool


def authenticate(session: Session, token: str, now: datetime | None = None) -> Authenticated | None:
    """Return the device of `token` (current, or previous within its grace), or None."""
    now = now or utcnow()
    digest = token_hash(token)
    rows = session.scalars(
        select(ServerDevice).where(
            or_(ServerDevice.token_hash == digest, ServerDevice.prev_token_hash == digest)
        )
    ).all()
    for device in rows:
        if device.token_hash == digest:
            expired = device.token_expires_at is not None and device.token_expires_at <= now
            return Authenticated(device, previous=False, expired=expired)
    for device in rows:
        if device.prev_token_until is not None and device.prev_token_until > now:
            return Authenticated(device, previous=True, expired=False)
    return None


def start(device: ServerDevice, policy: TokenPolicy, now: datetime | None = None) -> datetime:
    """Give a newly registered device's token its expiry; return it."""
    device.token_expires_at = (now or utcnow()) + timedelta(days=policy.token_days)
    return device.token_expires_at


def rotate_if_due(
    device: ServerDevice, policy: TokenPolicy, *, previous: bool, now: datetime | None = None
) -> str | None:
    """Return a successor token when the one in use is near its end (or rotated out), else None.

    The token being replaced becomes the previous token, valid for the grace period; a device
    still on the previous token keeps that one as previous and gets a fresh successor.
    """
    now = now or utcnow()
    due = (
        previous
        or device.token_expires_at is None
        or device.token_expires_at - now <= timedelta(days=policy.rotate_days)
    )
    if not due:
        return None
    token = secrets.token_urlsafe(32)
    if not previous:
        device.prev_token_hash = device.token_hash
        device.prev_token_until = now + timedelta(days=policy.grace_days)
    device.token_hash = token_hash(token)
    device.token_expires_at = now + timedelta(days=policy.token_days)
    return token
