"""The one version number of Yizhan: `project.version` in pyproject.toml.

An installed copy (pip, or a PyInstaller bundle that carries the dist-info) reads it from the
package metadata; a source tree that was never installed reads pyproject.toml beside `app/`.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path

DIST_NAME = "yizhan"


@cache
def app_version() -> str:
    """Return the version of this copy of Yizhan, e.g. "0.2.0"."""
    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        with pyproject.open("rb") as f:
            return str(tomllib.load(f)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0+unknown"
