"""Regenerate the baseline migration 0001 from the models (pre-release only: no field databases)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from alembic import command

from app.db import MIGRATIONS_DIR, alembic_config

BASELINE = MIGRATIONS_DIR / "versions" / "0001_baseline.py"


def main() -> int:
    """Write 0001_baseline.py anew from Base.metadata against an empty SQLite database."""
    BASELINE.unlink(missing_ok=True)
    # Later hand-written migrations (0002_…) depend on 0001: park them while it is regenerated.
    later = [p for p in BASELINE.parent.glob("0[0-9][0-9][0-9]_*.py") if p.name[:4] != "0001"]
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as parked:
        for p in later:
            shutil.move(p, Path(parked) / p.name)
        try:
            url = f"sqlite:///{Path(tmp) / 'empty.sqlite3'}"
            cfg = alembic_config(url)
            command.revision(
                cfg,
                message="baseline",
                autogenerate=True,
                rev_id="0001",
                version_path=str(BASELINE.parent),
            )
        finally:
            for p in later:
                shutil.move(Path(parked) / p.name, p)
    made = next(BASELINE.parent.glob("0001_*.py"))
    made.rename(BASELINE)
    for fix in (["check", "--fix", "-q"], ["format", "-q"]):
        subprocess.run([sys.executable, "-m", "ruff", *fix, str(BASELINE)], check=False)
    print(f"wrote {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
