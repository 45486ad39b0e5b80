"""Regenerate the baseline migration 0001 from the models (pre-release only: no field databases)."""

from __future__ import annotations

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
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'empty.sqlite3'}"
        cfg = alembic_config(url)
        command.revision(
            cfg,
            message="baseline",
            autogenerate=True,
            rev_id="0001",
            version_path=str(BASELINE.parent),
        )
    made = next(BASELINE.parent.glob("0001_*.py"))
    made.rename(BASELINE)
    for fix in (["check", "--fix", "-q"], ["format", "-q"]):
        subprocess.run([sys.executable, "-m", "ruff", *fix, str(BASELINE)], check=False)
    print(f"wrote {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
