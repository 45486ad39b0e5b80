"""Data at rest: the desk's database key, wrapped per user by a key derived from their password.

An encrypted desk (docs/SECURITY.md) keeps its SQLite file encrypted with SQLCipher under a
random 32-byte *data key*. The data key is never stored in clear: the key file beside the
database (`yizhan.sqlite3.key`, JSON, mode 0600, or 0660 where the OS group shares the
database) holds one *wrap* per user — the data key
encrypted with AES-256-GCM under a key derived from that user's password with argon2id
(`argon2.low_level.hash_secret_raw`, its own random salt). Any user with a wrap opens the
database by signing in; a stolen laptop (database + key file) exposes nothing without a password.

- Signing in on a locked desk: `unlock(username, password)` unwraps the data key. The account
  checks (argon2 hash, lockout, audit) then run inside the opened database as on a plain desk.
- Every successful sign-in while the desk is open re-wraps the key for that user with the
  password just checked (`KeyVault.wrap`), so a colleague who signs in through 切换用户, a password
  changed here or on another desk, and an administrator's reset all leave a current wrap.
- Failed unwraps before the database is open are counted in the key file (the same lockout as
  the account's) and written to the audit trail at the next opening (`take_pending_failures`).
- Attachments (`encrypt_bytes`) and backups use the same data key.

Plain SQLite stays for tests, development and the demo database: a database is encrypted
exactly when its key file exists.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.services.errors import DomainError

FORMAT = "yizhan-key/1"
KEY_BYTES = 32
# argon2id parameters of new wraps (about 0.2 s on the desks' CPUs). Each wrap records its own,
# so raising them later only affects new wraps. Tests lower them (tests/unit/services/conftest).
KDF = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 2}
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
FILE_MAGIC = b"YZENC1\x00\x00"  # an encrypted attachment: magic, 12-byte nonce, AES-GCM body


class VaultError(DomainError):
    """The data key could not be unwrapped (the message never says whether the name exists)."""


def key_path(db_path: Path) -> Path:
    """Return the key file of the database at `db_path`."""
    return db_path.with_name(db_path.name + ".key")


def is_encrypted(db_path: Path) -> bool:
    """Return whether the database at `db_path` is an encrypted desk (its key file exists)."""
    return key_path(db_path).is_file()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _kek(password: str, salt: bytes, kdf: dict[str, int]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=int(kdf["time_cost"]),
        memory_cost=int(kdf["memory_cost"]),
        parallelism=int(kdf["parallelism"]),
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _aad(username: str) -> bytes:
    # Binds a wrap to its user name: a wrap copied under another name does not open.
    return f"{FORMAT}:{username}".encode()


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise VaultError("本机数据库的密钥文件无法读取：{name}", name=path.name) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise VaultError("本机数据库的密钥文件无法读取：{name}", name=path.name)
    data.setdefault("users", {})
    data.setdefault("failures", {})
    data.setdefault("pending_audit", [])
    return data


def _mode(db_path: Path) -> int:
    """0600, or 0660 beside a database its group shares (the .deb's /var/lib/yizhan, 2770)."""
    try:
        shared = db_path.stat().st_mode & 0o060 == 0o060
    except OSError:
        shared = False
    return 0o660 if shared else 0o600


def _save(path: Path, data: dict[str, Any]) -> None:
    mode = _mode(path.with_name(path.name.removesuffix(".key")))
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    os.chmod(path, mode)


def _wrap(key: bytes, username: str, user_id: str, password: str) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kdf = dict(KDF)
    body = AESGCM(_kek(password, salt, kdf)).encrypt(nonce, key, _aad(username))
    return {
        "user_id": user_id,
        "kdf": {"name": "argon2id", **kdf},
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped": _b64(body),
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _unwrap(entry: dict[str, Any], username: str, password: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        kek = _kek(password, _unb64(entry["salt"]), entry["kdf"])
        return AESGCM(kek).decrypt(_unb64(entry["nonce"]), _unb64(entry["wrapped"]), _aad(username))
    except (InvalidTag, KeyError, ValueError, TypeError):
        return None


@dataclass
class KeyVault:
    """An opened desk: the data key in memory and the key file it came from."""

    path: Path
    key: bytes

    def wrap(self, *, username: str, user_id: str, password: str) -> None:
        """(Re-)wrap the data key for `username` under `password` (after that password checked)."""
        data = _load(self.path)
        data["users"][username] = _wrap(self.key, username, user_id, password)
        data["failures"].pop(username, None)
        _save(self.path, data)

    def drop(self, username: str) -> None:
        """Remove a user's wrap (a deactivated account can no longer open the desk)."""
        data = _load(self.path)
        if data["users"].pop(username, None) is not None:
            _save(self.path, data)

    def users(self) -> list[str]:
        """Return the user names that hold a wrap."""
        return sorted(_load(self.path)["users"])

    def take_pending_failures(self) -> list[dict[str, Any]]:
        """Return and clear the failed unwraps recorded while the database was closed."""
        data = _load(self.path)
        pending = list(data["pending_audit"])
        if pending:
            data["pending_audit"] = []
            _save(self.path, data)
        return pending

    def file_key(self) -> bytes:
        """Return the key for attachment files (derived from the data key, never the same)."""
        return hmac.new(self.key, b"yizhan attachments", hashlib.sha256).digest()


def create(db_path: Path, *, username: str, user_id: str, password: str) -> KeyVault:
    """Make a new data key and a key file holding one wrap (the administrator enabling it)."""
    path = key_path(db_path)
    if path.exists():
        raise VaultError("本机数据库已经加密")
    key = secrets.token_bytes(KEY_BYTES)
    data: dict[str, Any] = {
        "format": FORMAT,
        "cipher": "sqlcipher4",
        "users": {username: _wrap(key, username, user_id, password)},
        "failures": {},
        "pending_audit": [],
    }
    _save(path, data)
    return KeyVault(path, key)


def unlock(db_path: Path, *, username: str, password: str, now: datetime | None = None) -> KeyVault:
    """Unwrap the data key with a user's password; count failures and lock after five."""
    now = now or datetime.now(UTC)
    path = key_path(db_path)
    data = _load(path)
    name = username.strip()
    record = data["failures"].get(name) or {}
    until = record.get("locked_until")
    if until and datetime.fromisoformat(until) > now:
        _pending(data, name, "locked", now)
        _save(path, data)
        left = datetime.fromisoformat(until) - now
        minutes = max(1, int(left.total_seconds() // 60) + 1)
        raise VaultError("连续输错密码次数过多，账号已锁定，请{minutes}分钟后再试", minutes=minutes)
    entry = data["users"].get(name)
    key = _unwrap(entry, name, password) if entry else None
    if key is not None:
        if name in data["failures"]:
            data["failures"].pop(name)
            _save(path, data)
        return KeyVault(path, key)
    if entry is None:
        _pending(data, name, "no_key", now)
        _save(path, data)
        raise VaultError(
            "用户名或密码不正确。如果您从未在这台电脑上登录过，"
            "请在已登录的同事锁屏后点“切换用户”登录一次，或请管理员重置您的密码"
        )
    failures = int(record.get("failures", 0)) + 1
    record = {"failures": failures}
    if failures >= MAX_FAILURES:
        record = {"failures": 0, "locked_until": (now + LOCKOUT).isoformat()}
    data["failures"][name] = record
    _pending(data, name, "wrong_password", now)
    _save(path, data)
    if "locked_until" in record:
        raise VaultError(
            "连续{n}次输错密码，账号已锁定{minutes}分钟",
            n=MAX_FAILURES,
            minutes=int(LOCKOUT.total_seconds() // 60),
        )
    raise VaultError("用户名或密码不正确（再错{left}次将锁定账号）", left=MAX_FAILURES - failures)


def _pending(data: dict[str, Any], username: str, reason: str, now: datetime) -> None:
    pending = data["pending_audit"]
    pending.append({"username": username[:32], "reason": reason, "at": now.isoformat()})
    del pending[:-200]  # a flood of guesses keeps the newest 200


def encrypt_database(db_path: Path, key: bytes) -> None:
    """Rewrite the plain SQLite file at `db_path` encrypted under `key` (sqlcipher_export).

    The app must not have the database open. The plain file is replaced atomically; its WAL is
    checkpointed into it first, so nothing committed is lost.
    """
    import sqlcipher3.dbapi2 as sqlcipher

    target = db_path.with_name(db_path.name + ".encrypting")
    target.unlink(missing_ok=True)
    conn = sqlcipher.connect(str(db_path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    os.chmod(target, _mode(db_path))
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(target, db_path)


def enable(db_path: Path, *, username: str, user_id: str, password: str) -> KeyVault:
    """Encrypt a plain desk database and write its key file with the first wrap."""
    if is_encrypted(db_path):
        raise VaultError("本机数据库已经加密")
    vault = create(db_path, username=username, user_id=user_id, password=password)
    try:
        encrypt_database(db_path, vault.key)
    except BaseException:
        vault.path.unlink(missing_ok=True)
        raise
    return vault


# The desk's open vault, for code that writes files (attachments) without a session at hand.
_ACTIVE: KeyVault | None = None


def set_active(vault: KeyVault | None) -> None:
    """Make `vault` the process's open vault (None: a plain desk)."""
    global _ACTIVE
    _ACTIVE = vault


def active() -> KeyVault | None:
    """Return the process's open vault, None on a plain desk."""
    return _ACTIVE


def encrypt_bytes(data: bytes, file_key: bytes) -> bytes:
    """Return `data` encrypted for the attachment store (AES-256-GCM)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return FILE_MAGIC + nonce + AESGCM(file_key).encrypt(nonce, data, FILE_MAGIC)


def decrypt_bytes(blob: bytes, file_key: bytes | None) -> bytes:
    """Return the content of a stored attachment (plain files pass through unchanged)."""
    if not blob.startswith(FILE_MAGIC):
        return blob
    if file_key is None:
        raise VaultError("附件已加密，请先登录")
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    n = len(FILE_MAGIC)
    try:
        return AESGCM(file_key).decrypt(blob[n : n + 12], blob[n + 12 :], FILE_MAGIC)
    except InvalidTag as exc:
        raise VaultError("附件无法解密（文件损坏或不是本机的附件）") from exc


def enable_for(db_path: Path, *, username: str, password: str) -> KeyVault:
    """Encrypt the plain desk at `db_path` for its administrator `username` (password checked).

    Other users get their wrap when they next sign in on the opened desk (切换用户 on the lock
    screen) or when the administrator resets their password.
    """
    from sqlalchemy import select

    from app.db import make_session_factory, open_database
    from app.domain.enums import Role
    from app.models import User
    from app.services.accounts import _verify

    if is_encrypted(db_path):
        raise VaultError("本机数据库已经加密")
    if not db_path.is_file():
        raise VaultError("找不到数据库文件：{name}", name=str(db_path))
    engine = open_database(db_path, backups_dir=db_path.resolve().parent / "backups")
    try:
        with make_session_factory(engine).begin() as s:
            user = s.scalars(select(User).where(User.username == username.strip())).first()
            if user is None or not _verify(user.password_hash, password):
                raise VaultError("用户名或密码不正确")
            if user.role != Role.ADMIN.value:
                raise VaultError("只有系统管理员可以加密本机数据库")
            user_id, name = user.id, user.username
    finally:
        engine.dispose()
    return enable(db_path, username=name, user_id=user_id, password=password)
