"""The tabs of the main window, in order. A screen's issue adds its page here."""

from __future__ import annotations

from app.views.bookings.page import BookingsPage
from app.views.cases.page import CasesPage
from app.views.grid.page import GridPage
from app.views.home.page import HomePage
from app.views.home.warnings import WarningsPage
from app.views.intake.page import IntakePage
from app.views.sync.page import SyncPage
from app.views.transfer.page import TransferPage

PAGES: list[type] = [
    HomePage,
    IntakePage,
    CasesPage,
    TransferPage,
    WarningsPage,  # after the clerk's tabs: Alt+2 stays the intake form
    GridPage,
    BookingsPage,
    SyncPage,
]
