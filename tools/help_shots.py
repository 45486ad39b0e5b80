"""Make the help pages' screenshots (resources/help/img/) with the app's own self-test.

    .venv/bin/python tools/help_shots.py [--cases 300]

Creates a demo database in a temporary folder, runs `python -m app --self-test
--screenshot-dir …` once in Chinese and once in English (offscreen, 1280×800), and saves each
tab's screenshot at help size (560 px wide, 256 colours) as img/<zh|en>-<tab>.png, the names
the pages under resources/help/<lang>/ show. Commit the PNGs it writes.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "help" / "img"
WIDTH = 560


def main() -> int:
    """Run the self-test per language and shrink its screenshots into resources/help/img."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=300)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from app.views.pages import PAGES

    QApplication.instance() or QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="yizhan-help-") as tmp:
        db = Path(tmp) / "demo.sqlite3"
        env = {**os.environ, "YIZHAN_DATA_DIR": tmp}
        subprocess.run(
            [sys.executable, "-m", "app.cli", "demo", "--db", str(db), "--cases", str(args.cases)],
            cwd=ROOT,
            env=env,
            check=True,
        )
        for lang, prefix in (("zh_CN", "zh"), ("en", "en")):
            shots = Path(tmp) / f"shots-{prefix}"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "app",
                    "--self-test",
                    "--db",
                    str(db),
                    "--lang",
                    lang,
                    "--screenshot-dir",
                    str(shots),
                ],
                cwd=ROOT,
                env=env,
                check=True,
            )
            for spec, png in zip(PAGES, sorted(shots.glob("*.png")), strict=True):
                image = QImage(str(png)).scaledToWidth(
                    WIDTH, Qt.TransformationMode.SmoothTransformation
                )
                small = image.convertToFormat(QImage.Format.Format_Indexed8)
                target = OUT / f"{prefix}-{spec.icon_name}.png"
                small.save(str(target), "PNG", 9)
                print(target.relative_to(ROOT), target.stat().st_size // 1024, "KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
