"""The tabs of the main window, in order. A screen's issue adds its page here."""

from __future__ import annotations

from app.views.home.page import HomePage

PAGES: list[type] = [
    HomePage,
]
