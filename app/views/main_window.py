"""The main window: one tab per screen, a status bar, geometry kept between runs."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSystemTrayIcon,
    QTabWidget,
    QWidget,
)

from app.config import APP_TITLE
from app.domain.permissions import Action
from app.services.permissions import may
from app.views.context import AppContext
from app.views.i18n import LANGUAGES
from app.views.icons import icon
from app.views.pages import PAGES

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Tabs for every screen; pages refresh themselves from the change bus."""

    sig_switch_user = Signal()  # the shell shows the lock screen's 切换用户 form
    sig_lock = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("{app} — 一站式社会治理服务中心").format(app=APP_TITLE))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.pages: list[Any] = []  # page widgets: QWidget with title() and icon_name
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
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("overdue"), self)
            self.tray.setToolTip(APP_TITLE)
            self.tray.show()
        ctx.bus.sig_notify.connect(self._notify)
        self._build_menus()
        self._restore_geometry()

    def _notify(self, title: str, text: str) -> None:
        """Show a warning in the tray (where the desktop has one) and in the status bar."""
        self.statusBar().showMessage(
            self.tr("{title}：{text}").format(title=title, text=text), 15000
        )
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 10000)

    def _build_menus(self) -> None:
        system = self.menuBar().addMenu(self.tr("系统(&S)"))
        lock = system.addAction(self.tr("锁定屏幕"))
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.sig_lock.emit)
        switch = system.addAction(self.tr("切换用户…"))
        switch.setShortcut(QKeySequence("Ctrl+Shift+U"))
        switch.triggered.connect(self.sig_switch_user.emit)
        system.addAction(self.tr("修改密码…"), self._change_password)
        actor = self.ctx.actor()
        if may(actor, Action.RESET_PASSWORD):
            system.addAction(self.tr("重置用户密码…"), self._reset_password)
            system.addAction(self.tr("自动锁屏时间…"), self._set_idle_time)
        if may(actor, Action.VIEW_AUDIT):
            audit = system.addAction(self.tr("审计日志…"))
            audit.triggered.connect(self.show_audit)
        system.addSeparator()
        languages = system.addMenu(self.tr("界面语言"))
        group = QActionGroup(self)
        current = str(QSettings().value("ui/language", self.ctx.settings.language))
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
        help_menu.addAction(self.tr("快捷键"), self._show_shortcuts)
        help_menu.addAction(self.tr("关于一站"), self._show_about)

    def _change_password(self) -> None:
        from app.views.login_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx.runner.call, self.ctx.actor(), self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("密码已修改"), 8000))
        dialog.open()

    def _reset_password(self) -> None:
        from app.views.login_dialog import ResetPasswordDialog

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

    def show_audit(self) -> QWidget:
        """Open the audit viewer (centre heads, the district, administrators)."""
        from app.views.audit_dialog import AuditDialog

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
                "Alt+1…9　切换标签页\nF2　新建登记\nCtrl+S　保存\nCtrl+P　打印\n"
                "Esc　清空表单（有内容时确认）\nCtrl+L　锁定屏幕\n"
                "Ctrl+Shift+U　切换用户\nCtrl+Q　退出"
            ),
        )

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于一站"),
            self.tr("一站 — 一站式社会治理服务中心桌面端\n离线可用，定时与区中心同步。"),
        )

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
