"""District admin actions: issue one-time registration codes, register and revoke devices."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.config import DISTRICT_CODE
from app.domain.enums import RegionLevel
from app.models import Region
from app.models.base import utcnow
from app.server.tables import RegistrationCode, ServerDevice

# No 0/O, 1/I/L: codes are read aloud over the phone and typed by hand.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


class AdminError(Exception):
    """An admin action that cannot be done; `message` is Chinese for the operator."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class DeviceInfo:
    """A registered device as the admin sees it."""

    id: str
    org_code: str
    device_code: str
    name: str
    revoked: bool
    watermark: int


def normalise_code(code: str) -> str:
    """Return a code without separators, upper-case."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def code_hash(code: str) -> str:
    """Return the stored form of a registration code."""
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def token_hash(token: str) -> str:
    """Return the stored form of a device token (256 random bits: sha256 suffices)."""
    return hashlib.sha256(token.encode()).hexdigest()


def valid_org(session: Session, org_code: str) -> bool:
    """Return whether `org_code` is the district or one of its townships."""
    if org_code == DISTRICT_CODE:
        return True
    found = session.scalar(
        select(Region.id).where(Region.code == org_code, Region.level == RegionLevel.TOWN.value)
    )
    return found is not None


def issue_code(session: Session, *, org_code: str, valid_days: int = 7) -> str:
    """Create a one-time registration code for `org_code` and return it (shown once)."""
    if not valid_org(session, org_code):
        raise AdminError(f"未知的镇街代码：{org_code}")
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))
    session.add(
        RegistrationCode(
            code_hash=code_hash(raw),
            org_code=org_code,
            expires_at=utcnow() + timedelta(days=valid_days),
        )
    )
    return f"{raw[:5]}-{raw[5:]}"


def _device_code(n: int) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = letters[rem] + out
    return out


def register_device(session: Session, *, code: str, name: str) -> tuple[ServerDevice, str]:
    """Redeem a one-time code; return the new device and its token (shown once)."""
    now = utcnow()
    # One statement marks the code used, so two devices racing for it cannot both win.
    org = session.execute(
        update(RegistrationCode)
        .where(
            RegistrationCode.code_hash == code_hash(code),
            RegistrationCode.used_at.is_(None),
            RegistrationCode.expires_at > now,
        )
        .values(used_at=now)
        .returning(RegistrationCode.org_code)
    ).scalar_one_or_none()
    if org is None:
        raise AdminError("注册码无效、已使用或已过期")
    taken = set(
        session.scalars(select(ServerDevice.device_code).where(ServerDevice.org_code == org))
    )
    n = 0
    while _device_code(n) in taken:
        n += 1
    token = secrets.token_urlsafe(32)
    device = ServerDevice(
        org_code=org, device_code=_device_code(n), name=name, token_hash=token_hash(token)
    )
    session.add(device)
    session.flush()
    session.execute(
        update(RegistrationCode)
        .where(RegistrationCode.code_hash == code_hash(code))
        .values(device_id=device.id)
    )
    return device, token


def device_for_token(session: Session, token: str) -> ServerDevice | None:
    """Return the device a token belongs to (revoked ones included)."""
    return session.scalar(select(ServerDevice).where(ServerDevice.token_hash == token_hash(token)))


def revoke_device(session: Session, *, org_code: str, device_code: str) -> DeviceInfo:
    """Revoke a device's token; it must register again with a new code."""
    device = session.scalar(
        select(ServerDevice).where(
            ServerDevice.org_code == org_code, ServerDevice.device_code == device_code
        )
    )
    if device is None:
        raise AdminError(f"没有设备 {org_code}-{device_code}")
    device.revoked_at = device.revoked_at or utcnow()
    return _info(device)


def list_devices(session: Session) -> list[DeviceInfo]:
    """Return every registered device."""
    rows = session.scalars(
        select(ServerDevice).order_by(ServerDevice.org_code, ServerDevice.device_code)
    )
    return [_info(d) for d in rows]


def _info(d: ServerDevice) -> DeviceInfo:
    return DeviceInfo(
        id=d.id,
        org_code=d.org_code,
        device_code=d.device_code,
        name=d.name,
        revoked=d.revoked_at is not None,
        watermark=d.watermark,
    )


def compact_log(session: Session, *, keep_days: int) -> tuple[int, int]:
    """Drop change-log entries older than `keep_days`; return (rows dropped, new horizon).

    A device whose cursor lies below the horizon gets 410 and re-reads that bucket by snapshot.
    """
    from sqlalchemy import delete, func

    from app.server.db import meta_value, set_meta_value
    from app.server.tables import ChangeLog

    cutoff = utcnow() - timedelta(days=keep_days)
    horizon = session.scalar(select(func.max(ChangeLog.seq)).where(ChangeLog.committed_at < cutoff))
    if horizon is None:
        return 0, int(meta_value(session, "horizon", "0"))
    keep_field_versions(session, horizon)
    result = session.execute(delete(ChangeLog).where(ChangeLog.seq <= horizon))
    set_meta_value(session, "horizon", str(horizon))
    return int(getattr(result, "rowcount", 0) or 0), int(horizon)


def keep_field_versions(session: Session, horizon: int) -> None:
    """Fold the log entries up to `horizon` into compacted_field before they are deleted.

    The merge asks "which fields did other devices change after version N?"; this keeps the
    answer for rows whose log is gone, so a stale offline edit still meets its conflict.
    """
    from sqlalchemy import func

    from app.server.tables import ChangeLog, CompactedField

    best: dict[tuple[str, str, str], int] = {}
    stmt = select(ChangeLog.entity_id, ChangeLog.device_id, ChangeLog.fields, ChangeLog.version)
    stmt = stmt.where(ChangeLog.seq <= horizon, ChangeLog.device_id.is_not(None))
    for entity_id, device_id, fields, version in session.execute(stmt):
        for name in fields or ():
            key = (entity_id, name, str(device_id))
            if best.get(key, -1) < version:
                best[key] = version
    if not best:
        return
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = session.get_bind().dialect.name
    upsert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
    rows = [
        {"entity_id": e, "field": f, "device_id": d, "version": v} for (e, f, d), v in best.items()
    ]
    newest = func.greatest if dialect == "postgresql" else func.max
    for i in range(0, len(rows), 2000):
        ins = upsert(CompactedField).values(rows[i : i + 2000])
        session.execute(
            ins.on_conflict_do_update(
                index_elements=["entity_id", "field", "device_id"],
                set_={"version": newest(CompactedField.version, ins.excluded.version)},
            )
        )
