"""Register the bundled CJK font so the app renders Chinese on machines without one."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.config import resource_path

log = logging.getLogger(__name__)

FONT_FILE = "wqy-microhei.ttc"
BASE_POINT_SIZE = 12  # large and readable at the window (ARCHITECTURE.md §2)


def install_app_font(app: QApplication, point_size: int = BASE_POINT_SIZE) -> str:
    """Load the bundled font, make it the application font and return its family name."""
    path = resource_path("fonts", FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("bundled font %s could not be loaded; Chinese may render as boxes", path)
        return app.font().family()
    family = families[0]
    font = QFont(family, point_size)
    app.setFont(font)
    return family
