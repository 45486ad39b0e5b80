"""F1: a short manual of the current tab (bundled HTML under resources/help/, one folder per
language, screenshots in resources/help/img/ made by tools/help_shots.py from the self-test)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.config import resource_path

# Which help folder the UI language reads: the English catalogue translates this to "en".
HELP_LANGUAGE = QT_TRANSLATE_NOOP("HelpDialog", "zh")
DEFAULT_PAGE = "intake"


def help_language() -> str:
    """Return "zh" or "en": the help folder of the language the UI is shown in."""
    lang = QCoreApplication.translate("HelpDialog", HELP_LANGUAGE)
    return lang if resource_path("help", lang).is_dir() else "zh"


def help_file(key: str, lang: str | None = None) -> str:
    """Return the path of the help page `key` (a tab's icon name) in `lang`."""
    folder = resource_path("help", lang or help_language())
    page = folder / f"{key}.html"
    return str(page if page.is_file() else folder / f"{DEFAULT_PAGE}.html")


class HelpDialog(QDialog):
    """The manual page of one tab in a QTextBrowser; links move between pages."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("使用帮助"))
        self.resize(760, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(QUrl.fromLocalFile(help_file(key)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
