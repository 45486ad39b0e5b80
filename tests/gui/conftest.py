"""Fixtures shared by the GUI tests."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.config import resource_path


@pytest.fixture
def english(qapp, tmp_path) -> Iterator[None]:
    """Install the English catalogue built from the .ts file; remove it afterwards."""
    qm = tmp_path / "yizhan_en.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = resource_path("i18n", "yizhan_en.ts")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
