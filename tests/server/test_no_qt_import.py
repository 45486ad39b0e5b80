"""Importing the server (and building its app) never loads Qt."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
import app.server
import app.server.app
import app.server.__main__
import app.sync.engine
from app.server.app import create_app
loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'qtawesome', 'shiboken6'))
print(','.join(loaded))
"""


def test_importing_the_server_leaves_pyside6_out():
    out = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == ""
