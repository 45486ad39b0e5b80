"""Server settings from the environment (and command-line overrides)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from app.server.tokens import TokenPolicy

DEFAULT_DATABASE_URL = "sqlite:///yizhan-server.sqlite3"


@dataclass(frozen=True)
class ServerSettings:
    """Where the server stores data, where it listens, and its limits."""

    database_url: str = DEFAULT_DATABASE_URL
    host: str = "127.0.0.1"
    port: int = 8765
    tls_cert: str | None = None
    tls_key: str | None = None
    # Public /status lookups per client address per minute, and for all clients together.
    status_rate_per_min: int = 10
    status_global_per_min: int = 600
    # Wrong 查询码 for one case number before its lookups are locked, and for how long.
    status_max_failures: int = 5
    status_lock_minutes: int = 60
    # Reverse proxies (addresses or networks) whose X-Forwarded-For is believed; none by default.
    trusted_proxies: tuple[str, ...] = ()
    code_valid_days: int = 7
    # Device tokens: lifetime, rotated in the last `token_rotate_days`, old one kept for a grace.
    token_days: int = 90
    token_rotate_days: int = 30
    token_grace_days: int = 7
    # Largest request body (a push of MAX_PUSH_OPS ops with long texts stays well below).
    max_body_bytes: int = 16 * 1024 * 1024

    @property
    def token_policy(self) -> TokenPolicy:
        """Return the token lifetimes."""
        return TokenPolicy(self.token_days, self.token_rotate_days, self.token_grace_days)

    @classmethod
    def from_env(cls) -> ServerSettings:
        """Read YIZHAN_SERVER_* variables (DATABASE_URL for the database)."""
        env = os.environ
        return cls(
            database_url=env.get("DATABASE_URL", DEFAULT_DATABASE_URL),
            host=env.get("YIZHAN_SERVER_HOST", "127.0.0.1"),
            port=int(env.get("YIZHAN_SERVER_PORT", "8765")),
            tls_cert=env.get("YIZHAN_SERVER_TLS_CERT") or None,
            tls_key=env.get("YIZHAN_SERVER_TLS_KEY") or None,
            status_rate_per_min=int(env.get("YIZHAN_STATUS_RATE", "10")),
            status_global_per_min=int(env.get("YIZHAN_STATUS_GLOBAL_RATE", "600")),
            trusted_proxies=tuple(
                p.strip() for p in env.get("YIZHAN_TRUSTED_PROXIES", "").split(",") if p.strip()
            ),
            token_days=int(env.get("YIZHAN_TOKEN_DAYS", "90")),
            max_body_bytes=int(env.get("YIZHAN_MAX_BODY_BYTES", str(16 * 1024 * 1024))),
        )
