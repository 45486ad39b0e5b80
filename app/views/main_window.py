"""The main window: one tab per screen, a status bar, geometry kept between runs."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from app.config import APP_TITLE
from app.views.context import AppContext
from app.views.icons import icon
from app.views.pages import PAGES

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Tabs for every screen; pages refresh themselves from the change bus."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("{app} — 一站式社会治理服务中心").format(app=APP_TITLE))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.pages: list[QWidget] = []
        for page_cls in PAGES:
            page = page_cls(ctx, self)
            self.pages.append(page)
            self.tabs.addTab(page, icon(page.icon_name), page.title())
            if hasattr(page, "sig_title_changed"):
                page.sig_title_changed.connect(self._retitle)
        for i in range(min(9, len(self.pages))):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            action.triggered.connect(lambda _=False, i=i: self.tabs.setCurrentIndex(i))
            self.addAction(action)
        self.busy = QLabel(self)
        self.statusBar().addPermanentWidget(self.busy)
        user = ctx.user
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("{name}｜{org}").format(name=user.display_name, org=user.org_code))
        )
        for widget in ctx.extras.get("status_widgets", []):
            self.statusBar().addPermanentWidget(widget)
        ctx.runner.sig_busy_changed.connect(
            lambda busy: self.busy.setText(self.tr("处理中…") if busy else "")
        )
        ctx.bus.sig_notify.connect(lambda title, text: self.statusBar().showMessage(text, 10000))
        self._restore_geometry()

    def _retitle(self) -> None:
        for i, page in enumerate(self.pages):
            self.tabs.setTabText(i, page.title())

    def tab_titles(self) -> list[str]:
        """Return the titles of all tabs in order."""
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep the window geometry for next time."""
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
