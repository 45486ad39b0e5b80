"""Copy files and scanner images into the app's content-addressed store (by sha256).

On an encrypted desk (app.services.vault) each stored file is AES-256-GCM encrypted with a key
derived from the desk's data key; its name stays the sha256 of the content. `read_stored`
returns the content either way.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from pathlib import Path

from app.domain.intake import StoredFile
from app.services import vault
from app.services.errors import DomainError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_CHUNK = 1024 * 1024


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


def store_path(store_dir: Path, sha256: str) -> Path:
    """Return where the file with this digest lives in the store."""
    return store_dir / sha256[:2] / sha256


def store_file(store_dir: Path, source: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> StoredFile:
    """Copy `source` into the store (refusing files over `max_bytes`); return its record."""
    try:
        size = source.stat().st_size
    except OSError:
        raise DomainError("找不到文件：{name}", field="attachments", name=source.name) from None
    if not source.is_file():
        raise DomainError("不是文件：{name}", field="attachments", name=source.name)
    if size > max_bytes:
        raise DomainError(
            "附件“{name}”有{size} MB，超过上限{most} MB；请压缩或分页扫描后再添加",
            field="attachments",
            name=source.name,
            size=_mb(size),
            most=_mb(max_bytes),
        )
    store_dir.mkdir(parents=True, exist_ok=True)
    if vault.active() is not None:
        return store_bytes(
            store_dir, source.read_bytes(), filename=source.name, max_bytes=max_bytes
        )
    digest = hashlib.sha256()
    # Hash while copying to a temporary file in the store, so the file is read only once.
    fd, tmp_name = tempfile.mkstemp(dir=store_dir, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
        sha = digest.hexdigest()
        target = store_path(store_dir, sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            os.unlink(tmp_name)
        else:
            os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    return StoredFile(sha256=sha, filename=source.name, size=size, mime=mime)


def store_bytes(
    store_dir: Path, data: bytes, *, filename: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> StoredFile:
    """Store bytes (a scanned page) under `filename`; return its record."""
    if len(data) > max_bytes:
        raise DomainError(
            "扫描件“{name}”有{size} MB，超过上限{most} MB",
            field="attachments",
            name=filename,
            size=_mb(len(data)),
            most=_mb(max_bytes),
        )
    sha = hashlib.sha256(data).hexdigest()
    target = store_path(store_dir, sha)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        opened = vault.active()
        tmp.write_bytes(vault.encrypt_bytes(data, opened.file_key()) if opened else data)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    mime = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return StoredFile(sha256=sha, filename=filename, size=len(data), mime=mime)


def read_stored(store_dir: Path, sha256: str) -> bytes:
    """Return the content of a stored file (decrypted on an encrypted desk)."""
    path = store_path(store_dir, sha256)
    try:
        blob = path.read_bytes()
    except OSError:
        raise DomainError("找不到附件文件：{name}", name=sha256[:12]) from None
    opened = vault.active()
    return vault.decrypt_bytes(blob, opened.file_key() if opened else None)
