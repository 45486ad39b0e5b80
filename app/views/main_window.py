"""The main window: one tab per screen, a status bar, geometry kept between runs.

It paints first and loads the rest afterwards: the window is built without a context (title,
menus, tab titles), `sig_first_paint` tells app.main to open the database, and `attach(ctx)`
then fills the status bar and icons and builds the current tab. Every other tab's page is
imported and built the first time that tab is shown.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.config import APP_TITLE, Settings
from app.domain.permissions import Action
from app.services.permissions import may
from app.views.context import AppContext
from app.views.i18n import LANGUAGES
from app.views.pages import PAGES, PageSpec

log = logging.getLogger(__name__)


class PageSlot(QWidget):
    """A tab's place in the window; holds the page once it has been built."""

    def __init__(self, spec: PageSpec, window: MainWindow) -> None:
        super().__init__(window.tabs)
        self.spec = spec
        self.page: Any = None  # QWidget with title() and icon_name, once built
        self._window = window
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        """Build the page the first time its tab is shown (once the context is attached)."""
        super().showEvent(event)
        self._window.build_slot(self)


class MainWindow(QMainWindow):
    """Tabs for every screen; pages refresh themselves from the change bus."""

    sig_switch_user = Signal()  # the shell shows the lock screen's 切换用户 form
    sig_lock = Signal()
    sig_first_paint = Signal()
    sig_page_built = Signal(int)  # tab index

    def __init__(
        self,
        ctx: AppContext | None = None,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self._settings = settings or (ctx.settings if ctx else Settings())
        self._painted = False
        self.setWindowTitle(self.tr("{app} — 一站式社会治理服务中心").format(app=APP_TITLE))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.slots: list[PageSlot] = []
        for spec in PAGES:
            slot = PageSlot(spec, self)
            self.slots.append(slot)
            self.tabs.addTab(slot, spec.tab_title())
        for i in range(min(9, len(self.slots))):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            action.triggered.connect(lambda _=False, i=i: self.tabs.setCurrentIndex(i))
            self.addAction(action)
        self.busy = QLabel(self)
        self.statusBar().addPermanentWidget(self.busy)
        self.tray: QSystemTrayIcon | None = None
        self._build_menus()
        self._restore_geometry()
        if ctx is not None:
            self.attach(ctx)
        else:
            self.statusBar().showMessage(self.tr("正在打开数据库…"))

    @property
    def pages(self) -> list[Any]:
        """Return the page of every tab, None for a tab not shown yet."""
        return [slot.page for slot in self.slots]

    def page(self, index: int) -> Any:
        """Return the page of tab `index`, building it now if it was never shown."""
        slot = self.slots[index]
        self.build_slot(slot, force=True)
        return slot.page

    def attach(self, ctx: AppContext) -> None:
        """Connect the window to the database and the user (after the first paint)."""
        from app.views.icons import icon

        self.ctx = ctx
        self.statusBar().clearMessage()
        for i, slot in enumerate(self.slots):
            self.tabs.setTabIcon(i, icon(slot.spec.icon_name))
        user = ctx.user
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("{name}｜{org}").format(name=user.display_name, org=user.org_code))
        )
        for widget in ctx.extras.get("status_widgets", []):
            self.statusBar().addPermanentWidget(widget)
        ctx.runner.sig_busy_changed.connect(
            lambda busy: self.busy.setText(self.tr("处理中…") if busy else "")
        )
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("overdue"), self)
            self.tray.setToolTip(APP_TITLE)
            self.tray.show()
        ctx.bus.sig_notify.connect(self._notify)
        self._add_role_menus(ctx)
        ctx.bus.sig_show_cases.connect(self._show_case_list)
        ctx.bus.sig_report_patrol.connect(self._report_patrol)
        current = self.slots[self.tabs.currentIndex()]
        if current.isVisible():
            self.build_slot(current)
        # Titles that carry a count are asked for after the shown tab has queued its own work.
        ctx.bus.sig_data_changed.connect(self._peek_titles)
        QTimer.singleShot(0, self._peek_titles)

    def _peek_titles(self, kinds: frozenset[str] | None = None) -> None:
        """Ask unbuilt tabs whose title has a count for it (all, or those `kinds` touch)."""
        if self.ctx is None:
            return
        for i, slot in enumerate(self.slots):
            spec = slot.spec
            if slot.page is not None or (kinds is not None and not kinds & spec.peek_on):
                continue
            peek = spec.peek_function()
            if peek is not None:
                peek(self.ctx, partial(self._peeked, slot, i))

    def _peeked(self, slot: PageSlot, index: int, title: str) -> None:
        if slot.page is None and isValid(self):
            self.tabs.setTabText(index, title)

    def build_slot(self, slot: PageSlot, *, force: bool = False) -> None:
        """Import and build the page of `slot` if it is shown (or `force`) and not built yet."""
        if slot.page is not None or self.ctx is None or not (force or slot.isVisible()):
            return
        page_cls = slot.spec.load()
        page = page_cls(self.ctx, slot)
        slot.page = page
        slot.box.addWidget(page)
        page.show()  # a child added to a shown widget stays hidden until told
        if hasattr(page, "sig_title_changed"):
            page.sig_title_changed.connect(self._retitle)
        index = self.slots.index(slot)
        self.tabs.setTabText(index, page.title())
        log.debug("built tab %s", slot.spec.cls)
        self.sig_page_built.emit(index)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Announce the first paint: app.main opens the database after it."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.sig_first_paint.emit()

    def _report_patrol(self, report: object) -> None:
        """Bring the intake form forward, pre-filled from a patrol record (上报为案件)."""
        for i, slot in enumerate(self.slots):
            if slot.spec.cls == "IntakePage":
                self.tabs.setCurrentIndex(i)
                page = self.page(i)
                if page is not None:
                    page.start_from_patrol(report)
                return

    def _show_case_list(self, filt: object) -> None:
        """Bring the case list forward with `filt` (a click on the dashboard or the board).

        A case list already built hears the filter on the bus itself; one built now takes it here.
        """
        for i, slot in enumerate(self.slots):
            if slot.spec.cls == "CasesPage":
                built = slot.page is not None
                self.tabs.setCurrentIndex(i)
                page = self.page(i)
                if not built and page is not None:
                    page.show_filter(filt)
                return

    def show_page(self, cls: str) -> None:
        """Bring the tab whose page class is `cls` forward (e.g. "SyncPage")."""
        for i, slot in enumerate(self.slots):
            if slot.spec.cls == cls:
                self.tabs.setCurrentIndex(i)
                return

    def _notify(self, title: str, text: str) -> None:
        """Show a warning in the tray (where the desktop has one) and in the status bar."""
        self.statusBar().showMessage(
            self.tr("{title}：{text}").format(title=title, text=text), 15000
        )
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 10000)

    def _build_menus(self) -> None:
        system = self.menuBar().addMenu(self.tr("系统(&S)"))
        self.system_menu = system
        lock = system.addAction(self.tr("锁定屏幕"))
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.sig_lock.emit)
        switch = system.addAction(self.tr("切换用户…"))
        switch.setShortcut(QKeySequence("Ctrl+Shift+U"))
        switch.triggered.connect(self.sig_switch_user.emit)
        system.addAction(self.tr("修改密码…"), self._change_password)
        self._role_anchor = system.addSeparator()  # the user's role adds its items here
        languages = system.addMenu(self.tr("界面语言"))
        group = QActionGroup(self)
        current = str(QSettings().value("ui/language", self._settings.language))
        for code, name in LANGUAGES.items():
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, code=code: self._set_language(code))
            group.addAction(action)
        system.addSeparator()
        quit_action = system.addAction(self.tr("退出"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        manual = help_menu.addAction(self.tr("本页帮助"))
        manual.setShortcut(QKeySequence("F1"))
        manual.triggered.connect(self.show_help)
        help_menu.addAction(self.tr("快捷键"), self._show_shortcuts)
        help_menu.addAction(self.tr("关于一站"), self._show_about)

    def _add_role_menus(self, ctx: AppContext) -> None:
        """Add what only some roles may do (password reset, idle time, the audit log)."""
        actor = ctx.actor()
        items = []
        if may(actor, Action.RESET_PASSWORD):
            items.append((self.tr("重置用户密码…"), self._reset_password))
            items.append((self.tr("自动锁屏时间…"), self._set_idle_time))
        if may(actor, Action.VIEW_AUDIT):
            items.append((self.tr("审计日志…"), self.show_audit))
        for text, slot in items:
            action = QAction(text, self)
            action.triggered.connect(slot)
            self.system_menu.insertAction(self._role_anchor, action)

    def _change_password(self) -> None:
        from app.views.login_dialog import ChangePasswordDialog

        if self.ctx is None:
            return  # still loading
        dialog = ChangePasswordDialog(self.ctx.runner.call, self.ctx.actor(), self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("密码已修改"), 8000))
        dialog.open()

    def _reset_password(self) -> None:
        from app.views.login_dialog import ResetPasswordDialog

        if self.ctx is None:
            return
        dialog = ResetPasswordDialog(self.ctx.runner.call, self.ctx.actor(), self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("密码已重置"), 8000))
        dialog.open()

    def _set_idle_time(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from app.views.idle_lock import idle_minutes, set_idle_minutes

        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("自动锁屏时间"),
            self.tr("无人操作多少分钟后锁定屏幕（0 表示不自动锁定，下次启动生效）："),
            idle_minutes(),
            0,
            240,
        )
        if ok:
            set_idle_minutes(minutes)

    def show_audit(self) -> QWidget | None:
        """Open the audit viewer (centre heads, the district, administrators)."""
        from app.views.audit_dialog import AuditDialog

        if self.ctx is None:
            return None
        dialog = AuditDialog(self.ctx, self)
        dialog.open()
        return dialog

    def _set_language(self, code: str) -> None:
        QSettings().setValue("ui/language", code)
        QMessageBox.information(self, self.tr("界面语言"), self.tr("界面语言将在下次启动时生效。"))

    def _show_shortcuts(self) -> None:
        QMessageBox.information(
            self,
            self.tr("快捷键"),
            self.tr(
                "F1　本页帮助\nAlt+1…9　切换标签页\nF2　新建登记\nF4　读卡\nCtrl+S　保存\n"
                "Ctrl+P　打印\n"
                "Esc　清空表单（有内容时确认）\nCtrl+L　锁定屏幕\n"
                "Ctrl+Shift+U　切换用户\nCtrl+Q　退出"
            ),
        )

    def show_help(self) -> QDialog:
        """F1: open the short manual of the tab shown."""
        from app.views.help_dialog import HelpDialog

        slot = self.slots[self.tabs.currentIndex()] if self.slots else None
        dialog = HelpDialog(slot.spec.icon_name if slot else "intake", self)
        dialog.open()
        self.help_dialog = dialog
        return dialog

    def _show_about(self) -> QDialog:
        from app.services.reference.about import installation_facts
        from app.views.about_dialog import AboutDialog
        from app.views.operations import run_op

        dialog = AboutDialog(self._settings, self)
        if self.ctx is not None:
            run_op(dialog, self.ctx, installation_facts, on_success=dialog.show_facts)
        dialog.open()
        return dialog

    def _retitle(self) -> None:
        for i, slot in enumerate(self.slots):
            self.tabs.setTabText(i, slot.page.title() if slot.page else slot.spec.tab_title())

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
