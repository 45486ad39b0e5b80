"""Settings of one installation and lookup of bundled resources (also inside a frozen bundle)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "yizhan"
APP_TITLE = "一站"
DISTRICT_CODE = "370911"


def resources_dir() -> Path:
    """Return the folder holding fonts, reference data and translations."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource file."""
    return resources_dir().joinpath(*parts)


def default_data_dir() -> Path:
    """Return the per-user data folder (overridable with YIZHAN_DATA_DIR)."""
    env = os.environ.get("YIZHAN_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Settings:
    """Where the data lives and what this installation is."""

    data_dir: Path = field(default_factory=default_data_dir)
    db_path: Path | None = None
    language: str = "zh_CN"

    @property
    def database_path(self) -> Path:
        """Return the SQLite file of this installation."""
        return self.db_path or self.data_dir / "yizhan.sqlite3"

    @property
    def database_url(self) -> str:
        """Return the SQLAlchemy URL of the local database."""
        return f"sqlite:///{self.database_path}"

    @property
    def attachments_dir(self) -> Path:
        """Return the content-addressed attachment store of this installation."""
        return self.data_dir / "attachments"

    @property
    def backups_dir(self) -> Path:
        """Return where pre-migration backups go."""
        return self.data_dir / "backups"

    @classmethod
    def from_env(cls, db_path: Path | None = None) -> Settings:
        """Build settings from the environment (YIZHAN_DB, YIZHAN_DATA_DIR, YIZHAN_LANG)."""
        db_env = os.environ.get("YIZHAN_DB")
        db = db_path or (Path(db_env) if db_env else None)
        data_dir = default_data_dir() if db is None else db.resolve().parent
        if os.environ.get("YIZHAN_DATA_DIR"):
            data_dir = default_data_dir()
        return cls(data_dir=data_dir, db_path=db, language=os.environ.get("YIZHAN_LANG", "zh_CN"))
