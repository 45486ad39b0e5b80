"""The English catalogue translates the Chinese source strings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from app.config import resource_path


def test_english_catalogue_translates_home(qapp, tmp_path):
    qm = tmp_path / "yizhan_en.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(resource_path("i18n", "yizhan_en.ts")), "-qm", str(qm)],
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("HomePage", "首页") == "Home"
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("HomePage", "首页") == "首页"


def test_every_catalogue_entry_is_translated():
    text = resource_path("i18n", "yizhan_en.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, "run tools/i18n_fill.py after adding strings"
