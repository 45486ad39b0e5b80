"""Backups of the local database: online copies (SQLite backup API), a rotating set, restore.

A backup is a complete SQLite database copied while the app runs, checked with
`PRAGMA integrity_check`, and stamped in its own `local_meta` table (`backup_of`: the source
file name, the time and the schema revision), so `restore` can refuse any file that is not one.
The set keeps the newest backup of each of the last 7 days and of each of the last 4 weeks
(older weeks and the rest of each day are removed); pre-migration and pre-restore copies are
kept apart and never rotated away by the daily ones.

On an encrypted desk (app.services.vault) a backup is a SQLCipher file under the same data key,
and the desk's key file (only wrapped keys) is copied beside it as `<backup>.key`, so a backup
restores with any password that opened the desk when it was made.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.db import connect_sqlite
from app.services.errors import DomainError

MARK_KEY = "backup_of"
DAILY_KEEP = 7
WEEKLY_KEEP = 4
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<label>[a-z0-9_.-]+)\.sqlite3$")
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupInfo:
    """A verified backup file."""

    path: Path
    source: str
    created_at: datetime
    revision: str
    label: str
    size: int


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")


def _revision(conn: Any) -> str:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception:  # no such table (sqlite3 or sqlcipher3 error)
        return ""
    return str(row[0]) if row else ""


def make_backup(
    db_path: Path,
    backups_dir: Path,
    *,
    label: str = "manual",
    now: datetime | None = None,
    key: bytes | None = None,
) -> BackupInfo:
    """Copy the live database at `db_path` into `backups_dir` and return the verified copy."""
    if not re.fullmatch(r"[a-z0-9_.-]+", label):
        raise ValueError(label)
    if not db_path.is_file():
        raise DomainError("找不到数据库文件：{name}", name=str(db_path))
    now = now or datetime.now(UTC)
    backups_dir.mkdir(parents=True, exist_ok=True)
    target = backups_dir / f"{db_path.stem}-{_stamp(now)}-{label}.sqlite3"
    partial = target.with_suffix(".partial")
    src = connect_sqlite(db_path, key)
    dst = connect_sqlite(partial, key)
    try:
        src.backup(dst)
        mark = {"source": db_path.name, "created_at": now.isoformat(), "label": label}
        mark["revision"] = _revision(dst)
        dst.execute(
            "CREATE TABLE IF NOT EXISTS local_meta (key VARCHAR(48) PRIMARY KEY, value TEXT)"
        )
        dst.execute(
            "INSERT OR REPLACE INTO local_meta(key, value) VALUES (?, ?)",
            (MARK_KEY, json.dumps(mark, ensure_ascii=False)),
        )
        dst.commit()
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    os.chmod(partial, 0o600)  # residents' data: readable by this account only
    os.replace(partial, target)
    keyfile = db_path.with_name(db_path.name + ".key")
    if key is not None and keyfile.is_file():
        copy = target.with_name(target.name + ".key")
        copy.write_bytes(keyfile.read_bytes())
        os.chmod(copy, 0o600)
    return verify_backup(target, key=key)


def verify_backup(path: Path, *, key: bytes | None = None) -> BackupInfo:
    """Return what `path` is a backup of; raise DomainError if it is not a valid backup.

    `key`: the desk's data key (an encrypted backup opens only with it).
    """
    if not path.is_file():
        raise DomainError("找不到备份文件：{name}", name=path.name)
    with path.open("rb") as fh:
        plain = fh.read(16) == _SQLITE_MAGIC
    if plain == (key is not None):
        if key is None:
            raise DomainError("“{name}”是加密的备份或不是一站的备份文件", name=path.name)
        raise DomainError("“{name}”不是本机的加密备份", name=path.name)
    conn = connect_sqlite(f"file:{path}?mode=ro", key, uri=True)
    try:
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()
            row = conn.execute("SELECT value FROM local_meta WHERE key = ?", (MARK_KEY,)).fetchone()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        except Exception as exc:  # sqlite3 or sqlcipher3 DatabaseError (wrong key: not a database)
            raise DomainError("“{name}”不是一站的备份文件", name=path.name) from exc
    finally:
        conn.close()
    if not ok or ok[0] != "ok":
        raise DomainError("备份文件“{name}”已损坏（完整性检查未通过）", name=path.name)
    if row is None or not {"case", "user", "alembic_version"} <= tables:
        raise DomainError("“{name}”不是一站的备份文件", name=path.name)
    mark = json.loads(row[0])
    return BackupInfo(
        path=path,
        source=str(mark.get("source", "")),
        created_at=datetime.fromisoformat(mark["created_at"]),
        revision=str(mark.get("revision", "")),
        label=str(mark.get("label", "")),
        size=path.stat().st_size,
    )


def list_backups(backups_dir: Path) -> list[tuple[Path, datetime, str]]:
    """Return (path, time, label) of the backup files in `backups_dir`, newest first."""
    out = []
    for p in backups_dir.glob("*.sqlite3") if backups_dir.is_dir() else []:
        m = _NAME.match(p.name)
        if m:
            at = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            out.append((p, at, m["label"]))
    return sorted(out, key=lambda t: t[1], reverse=True)


def rotate(backups_dir: Path, *, label: str = "daily") -> list[Path]:
    """Keep the newest `label` backup of each of the last 7 days and 4 weeks; remove the rest."""
    keep: set[Path] = set()
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    mine = [(p, at) for p, at, lab in list_backups(backups_dir) if lab == label]
    for p, at in mine:
        day = at.date()
        if day not in days and len(days) < DAILY_KEEP:
            days.add(day)
            keep.add(p)
        week = tuple(day.isocalendar())[:2]
        if week not in weeks and len(weeks) < WEEKLY_KEEP:
            weeks.add(week)  # type: ignore[arg-type]
            keep.add(p)
    removed = [p for p, _at in mine if p not in keep]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed


def daily_backup_due(backups_dir: Path, *, now: datetime | None = None) -> bool:
    """Return whether no daily backup was made in the last 24 hours."""
    now = now or datetime.now(UTC)
    latest = next((at for _p, at, lab in list_backups(backups_dir) if lab == "daily"), None)
    return latest is None or now - latest >= timedelta(hours=24)


def daily_backup(
    db_path: Path, backups_dir: Path, *, now: datetime | None = None, key: bytes | None = None
) -> BackupInfo | None:
    """Make the day's automatic backup if it is due, then rotate the set; None if not due."""
    if not daily_backup_due(backups_dir, now=now):
        return None
    info = make_backup(db_path, backups_dir, label="daily", now=now, key=key)
    rotate(backups_dir)
    return info


def restore(
    backup: Path, db_path: Path, backups_dir: Path, *, key: bytes | None = None
) -> BackupInfo:
    """Replace the database at `db_path` with a verified backup (the app must not be running).

    The current database is first backed up as "before-restore", so a restore can be undone.
    An encrypted desk restores an encrypted backup made under the same data key.
    """
    info = verify_backup(backup, key=key)
    if db_path.exists():
        make_backup(db_path, backups_dir, label="before-restore", key=key)
    src = connect_sqlite(f"file:{backup}?mode=ro", key, uri=True)
    dst = connect_sqlite(db_path, key)
    try:
        src.backup(dst)
        dst.execute("DELETE FROM local_meta WHERE key = ?", (MARK_KEY,))
        dst.commit()
        ok = dst.execute("PRAGMA integrity_check").fetchone()
    finally:
        dst.close()
        src.close()
    if not ok or ok[0] != "ok":
        raise DomainError("恢复后的数据库完整性检查未通过，请用“恢复前”的备份还原")
    return info
