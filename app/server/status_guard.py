"""Guards of the public /status lookup, kept in the database so every worker shares them.

- a limit per client address and a global limit, each per sliding minute (StatusHit rows);
- a per-case lockout: after `max_failures` wrong 查询码 for one case number, lookups of that
  number are refused for `lock_minutes`, even with the right code (StatusLockout);
- the client address is the connecting peer, unless that peer is a configured reverse proxy:
  only then is X-Forwarded-For read (its right-most address that is not a trusted proxy).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta

from fastapi import Request
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.server.tables import StatusHit, StatusLockout

GLOBAL_KEY = "*"
WINDOW = timedelta(seconds=60)


@dataclass(frozen=True)
class StatusLimits:
    """The limits of /status (from ServerSettings)."""

    per_address_per_min: int = 10
    global_per_min: int = 600
    max_failures: int = 5
    lock_minutes: int = 60
    trusted_proxies: tuple[str, ...] = ()


def client_address(request: Request, trusted_proxies: tuple[str, ...]) -> str:
    """Return the address to limit: the peer, or what a trusted proxy says the peer was."""
    peer = request.client.host if request.client else "?"
    if not trusted_proxies or not _trusted(peer, trusted_proxies):
        return peer
    forwarded = request.headers.get("x-forwarded-for", "")
    hops = [h.strip() for h in forwarded.split(",") if h.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, trusted_proxies):
            return _valid(hop) or peer
    return peer


def _valid(address: str) -> str | None:
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def _trusted(address: str, proxies: tuple[str, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    for p in proxies:
        try:
            if ip in ipaddress.ip_network(p, strict=False):
                return True
        except ValueError:
            continue
    return False


def allow(session: Session, key: str, limit: int, now: datetime | None = None) -> bool:
    """Record a hit for `key`; return False when it is over `limit` hits in the last minute.

    The hit is written first and then counted, so two workers racing at the limit can refuse
    both but never let both through; a client that keeps knocking stays refused.
    """
    now = now or utcnow()
    session.add(StatusHit(key=key[:80], at=now))
    session.flush()
    count = session.scalar(
        select(func.count()).where(StatusHit.key == key[:80], StatusHit.at > now - WINDOW)
    )
    return int(count or 0) <= limit


def prune(session: Session, now: datetime | None = None) -> None:
    """Drop hits older than the window (they no longer count)."""
    now = now or utcnow()
    session.execute(delete(StatusHit).where(StatusHit.at <= now - WINDOW))


def locked(session: Session, case_no: str, now: datetime | None = None) -> bool:
    """Return whether lookups of `case_no` are locked now."""
    now = now or utcnow()
    row = session.get(StatusLockout, case_no[:32])
    return row is not None and row.locked_until is not None and row.locked_until > now


def note_result(
    session: Session, case_no: str, ok: bool, limits: StatusLimits, now: datetime | None = None
) -> None:
    """Count a wrong code for `case_no` (locking it at the limit); a right one clears the count."""
    now = now or utcnow()
    key = case_no[:32]
    row = session.get(StatusLockout, key, with_for_update=True)
    if ok:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = StatusLockout(case_no=key, failures=0)
        session.add(row)
    if row.locked_until is not None and row.locked_until <= now:
        row.failures = 0  # a lock that ran out starts a fresh count
        row.locked_until = None
    row.failures += 1
    row.last_failure_at = now
    if row.failures >= limits.max_failures:
        row.locked_until = now + timedelta(minutes=limits.lock_minutes)
