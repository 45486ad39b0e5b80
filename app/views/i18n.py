"""Qt translations: Chinese source strings, an English catalogue built from resources/i18n."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.config import resource_path

log = logging.getLogger(__name__)

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's own translators for `language`; return them (keep a ref)."""
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_tr)
        installed.append(qt_tr)
    if language.startswith("zh"):
        return installed  # source strings are Simplified Chinese
    ours = QTranslator(app)
    qm = resource_path("i18n", f"yizhan_{language}.qm")
    if ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation catalogue %s; showing Chinese", qm)
    return installed
