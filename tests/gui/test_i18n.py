"""The English catalogue translates the Chinese source strings."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
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


def _messages() -> list[tuple[str, str]]:
    tree = ET.parse(resource_path("i18n", "yizhan_en.ts"))
    return [
        (m.findtext("source") or "", m.findtext("translation") or "")
        for m in tree.getroot().iter("message")
    ]


def _args(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}|%\d", text))


def test_translations_keep_placeholders_and_accelerators():
    for source, english in _messages():
        assert _args(source) == _args(english), (source, english)
        if re.search(r"&[^&\s]", source):
            assert re.search(r"&[^&\s]", english), (source, english)
        assert not re.search(r"[\u4e00-\u9fff]", english), (source, english)


def test_terms_file_rows_have_source_and_english():
    lines = resource_path("i18n", "en_terms.tsv").read_text(encoding="utf-8").splitlines()
    sources = [line.split("\t")[0] for line in lines]
    assert all(line.count("\t") == 1 for line in lines)
    assert len(sources) == len(set(sources)), "a source string appears twice"
