"""Importing the Qt-free layers never loads PySide6 at run time (lint-imports: statically)."""

from __future__ import annotations

import subprocess
import sys

QT_FREE = [
    "app",
    "app.domain.enums",
    "app.models",
    "app.db",
    "app.services.reference.loader",
    "app.services.transfer.workflow",
    "app.services.reports.stats",
    "app.cli",
]


def test_qt_free_modules_do_not_import_pyside6():
    code = (
        "import importlib, sys\n"
        f"for m in {QT_FREE!r}: importlib.import_module(m)\n"
        "import app.cli; app.cli.build_parser()\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'qtawesome'))]\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
