"""Where this device's sync token is kept: the OS keyring, else a file only this user can read.

The token is a bearer secret for the whole township's data, so it is not kept in the database
(a copied database file must not be enough to pull the township). `sync_device.token` holds only
a marker saying where the token is: KEYRING, or FILE for `<database>.token` (mode 0600), used
where the system has no keyring (a server without a desktop session, some Linux installs); the
sync tab says which (`storage_label`). A token still found in clear in the database (older
versions) is moved out on first use.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from app.services.errors import Msg

KEYRING = "@keyring"
FILE = "@file"
SERVICE = "yizhan-sync"


def _keyring() -> object | None:
    """Return a usable keyring backend, or None where the system has none."""
    try:
        import keyring
        from keyring.backends import chainer, fail, null
    except ImportError:
        return None
    kr = keyring.get_keyring()
    if isinstance(kr, fail.Keyring | null.Keyring):
        return None
    if isinstance(kr, chainer.ChainerBackend) and not kr.backends:
        return None
    return kr


def database_path(database: str | None) -> Path | None:
    """Return the file of a SQLite database URL's `database` part (None for in-memory)."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def ca_file(db_path: Path | None) -> Path | None:
    """Return the district's CA certificate kept beside the database, if registration set one."""
    if db_path is None:
        return None
    path = db_path.with_name(db_path.name + ".ca.pem")
    return path if path.exists() else None


def keep_ca(db_path: Path | None, source: str | Path) -> None:
    """Copy the district's CA certificate beside the database (used for every later sync)."""
    if db_path is None:
        return
    data = Path(source).read_bytes()
    db_path.with_name(db_path.name + ".ca.pem").write_bytes(data)


def token_file(db_path: Path) -> Path:
    """Return the fallback token file beside the database."""
    return db_path.with_name(db_path.name + ".token")


def save(device_id: str, db_path: Path | None, token: str) -> str:
    """Store `token`; return the marker to keep in `sync_device.token`."""
    kr = _keyring()
    if kr is not None:
        try:
            kr.set_password(SERVICE, device_id, token)  # type: ignore[attr-defined]
            if db_path is not None:
                with contextlib.suppress(OSError):
                    token_file(db_path).unlink(missing_ok=True)
            return KEYRING
        except Exception:  # a locked or broken keyring: fall back to the file
            pass
    if db_path is None:
        return token  # an in-memory database (tests): nowhere else to keep it
    path = token_file(db_path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(token)
    os.chmod(path, 0o600)  # an existing file keeps its mode through O_CREAT: set it again
    return FILE


def load(device_id: str, db_path: Path | None, stored: str) -> str:
    """Return the token the marker `stored` points at ("" when it is missing)."""
    if stored == KEYRING:
        kr = _keyring()
        if kr is None:
            return ""
        try:
            return str(kr.get_password(SERVICE, device_id) or "")  # type: ignore[attr-defined]
        except Exception:
            return ""
    if stored == FILE:
        if db_path is None:
            return ""
        try:
            return token_file(db_path).read_text(encoding="utf-8").strip()
        except OSError:
            return ""
    return stored  # a token in clear (older versions, or an in-memory database)


def is_marker(stored: str) -> bool:
    """Return whether `stored` is a marker (the token itself is elsewhere)."""
    return stored in (KEYRING, FILE)


def storage_label(stored: str) -> str:
    """Return where the token is kept, for the sync tab (Chinese; the views translate it)."""
    if stored == KEYRING:
        return Msg("设备令牌保存在系统钥匙串中")
    if stored == FILE:
        return Msg("本机没有系统钥匙串：设备令牌保存在仅当前用户可读的文件中")
    if stored:
        return Msg("设备令牌以明文保存在数据库中，下次同步时将移出")
    return ""
