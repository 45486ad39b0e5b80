"""Every icon the app uses, named once. qtawesome needs a QApplication before the first icon."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

ICONS = {
    "home": "mdi6.home-outline",
    "intake": "mdi6.account-plus-outline",
    "cases": "mdi6.file-search-outline",
    "transfer": "mdi6.file-send-outline",
    "grid": "mdi6.grid",
    "booking": "mdi6.calendar-check-outline",
    "sync": "mdi6.sync",
    "print": "mdi6.printer-outline",
    "save": "mdi6.content-save-outline",
    "new": "mdi6.file-plus-outline",
    "clear": "mdi6.eraser",
    "search": "mdi6.magnify",
    "warning": "mdi6.alert-outline",
    "overdue": "mdi6.alarm-light-outline",
    "ok": "mdi6.check-circle-outline",
    "user": "mdi6.account-circle-outline",
    "online": "mdi6.lan-connect",
    "offline": "mdi6.lan-disconnect",
    "conflict": "mdi6.source-merge",
    "settings": "mdi6.cog-outline",
    "attach": "mdi6.paperclip",
    "refresh": "mdi6.refresh",
    "export": "mdi6.file-export-outline",
    "import": "mdi6.file-import-outline",
}


@cache
def icon(name: str) -> QIcon:
    """Return the icon called `name` (a key of ICONS, or a raw qtawesome name)."""
    import qtawesome

    return qtawesome.icon(ICONS.get(name, name))
