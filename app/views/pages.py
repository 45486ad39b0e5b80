"""The tabs of the main window, in order. A screen's issue adds its page here.

Each entry names its page class by module: the main window paints its tabs from these entries
and imports and builds a page only when its tab is first shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class PageSpec:
    """One tab: where its page class lives, its icon, and its title before the page exists."""

    module: str
    cls: str  # also the translation context of the page's own tr()
    icon_name: str
    title: str  # the source text of the page's title(), marked for lupdate below
    # "module:function" giving the tab title before the page is built (e.g. with a count):
    # function(ctx, show) calls show(title); asked again when one of `peek_on` changes.
    peek: str = ""
    peek_on: frozenset[str] = frozenset()

    def tab_title(self) -> str:
        """Return the tab title in the UI language (the page's title() once it is built)."""
        return QCoreApplication.translate(self.cls, self.title)

    def peek_function(self) -> Callable[[Any, Callable[[str], None]], None] | None:
        """Return the function giving the title before the page is built, if there is one."""
        if not self.peek:
            return None
        module, name = self.peek.split(":")
        found: Callable[[Any, Callable[[str], None]], None] = getattr(
            importlib.import_module(module), name
        )
        return found

    def load(self) -> type:
        """Import the page's module and return its class."""
        page_cls: type = getattr(importlib.import_module(self.module), self.cls)
        return page_cls


PAGES: list[PageSpec] = [
    PageSpec("app.views.home.page", "HomePage", "home", str(QT_TRANSLATE_NOOP("HomePage", "首页"))),
    PageSpec(
        "app.views.intake.page",
        "IntakePage",
        "intake",
        str(QT_TRANSLATE_NOOP("IntakePage", "窗口受理")),
    ),
    PageSpec(
        "app.views.cases.page",
        "CasesPage",
        "cases",
        str(QT_TRANSLATE_NOOP("CasesPage", "案件查询")),
    ),
    PageSpec(
        "app.views.transfer.page",
        "TransferPage",
        "transfer",
        str(QT_TRANSLATE_NOOP("TransferPage", "案件流转")),
        peek="app.views.transfer.tab_title:peek_transfer_title",
        peek_on=frozenset({"case"}),
    ),
    # After the clerk's tabs: Alt+2 stays the intake form.
    PageSpec(
        "app.views.home.warnings",
        "WarningsPage",
        "warning",
        str(QT_TRANSLATE_NOOP("WarningsPage", "监测预警")),
    ),
    PageSpec(
        "app.views.grid.page", "GridPage", "grid", str(QT_TRANSLATE_NOOP("GridPage", "网格管理"))
    ),
    PageSpec(
        "app.views.bookings.page",
        "BookingsPage",
        "booking",
        str(QT_TRANSLATE_NOOP("BookingsPage", "阵地预约")),
    ),
    PageSpec("app.views.sync.page", "SyncPage", "sync", str(QT_TRANSLATE_NOOP("SyncPage", "同步"))),
]
