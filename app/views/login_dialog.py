"""Sign in, unlock, first password: the dialogs that stand between the desk and the data.

They run their database work through `call(fn)` (fn(session) in a committed transaction), so
they work before the main window and its context exist.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import APP_TITLE
from app.domain.accounts import UserView
from app.services import accounts
from app.services.errors import DomainError
from app.views.palette import message_style
from app.views.service_messages import error_message

Call = Callable[[Callable[[Any], Any]], Any]


def _password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(accounts.MAX_PASSWORD)
    return edit


def _error_and_buttons(dialog: Any, layout: QVBoxLayout) -> QLabel:
    """Add the red refusal line and OK/Cancel (OK calls `dialog.submit`); return the line."""
    error = QLabel(dialog)
    error.setWordWrap(True)
    error.setStyleSheet(message_style("error"))
    layout.addWidget(error)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.submit)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error


class LoginDialog(QDialog):
    """User name and password; on a fresh database, the administrator's first password.

    `locked_user` makes it the lock screen: that user's password unlocks, and 切换用户 lets
    someone else sign in instead. Accepted: `user` is who signed in.

    On an encrypted desk whose database is still closed, `unlock(username, password)` opens it
    first (app.services.vault; it returns the desk's township code) and `screen` stands in for
    the database's login screen until then.
    """

    def __init__(
        self,
        call: Call,
        org_code: str,
        parent: QWidget | None = None,
        *,
        locked_user: UserView | None = None,
        remembered: str = "",
        screen: accounts.LoginScreen | None = None,
        unlock: Callable[[str, str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.call = call
        self.org_code = org_code
        self.locked_user = locked_user
        self.user: UserView | None = None
        self.unlock = unlock
        self.screen = screen or call(lambda s: accounts.login_screen(s, org_code=org_code))
        self.setModal(True)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        layout.addWidget(self.heading)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setMaxLength(32)
        self.password = _password_edit(self)
        self.confirm = _password_edit(self)
        form.addRow(self.tr("用户名(&U)"), self.username)
        form.addRow(self.tr("密码(&P)"), self.password)
        self.confirm_label = QLabel(self.tr("确认密码(&C)"), self)
        self.confirm_label.setBuddy(self.confirm)
        form.addRow(self.confirm_label, self.confirm)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(message_style("error"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("登录"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.switch = QPushButton(self.tr("切换用户"), self)
        self.switch.setShortcut(QKeySequence("Ctrl+Shift+U"))
        buttons.addButton(self.switch, QDialogButtonBox.ButtonRole.ActionRole)
        self.quit = buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.switch.clicked.connect(self.switch_user)
        layout.addWidget(buttons)
        self.first_run = self.screen.needs_first_password and locked_user is None
        self._lay_out(remembered)

    def _lay_out(self, remembered: str) -> None:
        self.setWindowTitle(self.tr("{app} — 登录").format(app=APP_TITLE))
        self.confirm.setVisible(self.first_run)
        self.confirm_label.setVisible(self.first_run)
        self.switch.setVisible(self.locked_user is not None)
        self.username.setReadOnly(self.locked_user is not None or self.first_run)
        if self.first_run:
            self.heading.setText(self.tr("首次使用：设置管理员密码"))
            self.hint.setText(
                self.tr(
                    "本机还没有任何账号设置过密码。请为管理员账号 {name} 设置密码"
                    "（至少8位，须含字母和数字或符号），之后用它登录并为同事重置密码。"
                ).format(name=self.screen.admin_username)
            )
            self.username.setText(self.screen.admin_username)
            self.ok.setText(self.tr("设置密码并登录"))
            self.password.setFocus()
            return
        if self.locked_user is not None:
            self.setWindowTitle(self.tr("{app} — 已锁定").format(app=APP_TITLE))
            self.heading.setText(self.tr("屏幕已锁定"))
            self.hint.setText(
                self.tr("{name} 离开后屏幕已锁定。输入密码解锁，或切换为其他用户登录。").format(
                    name=self.locked_user.display_name
                )
            )
            self.username.setText(self.locked_user.username)
            self.ok.setText(self.tr("解锁"))
            self.password.setFocus()
            return
        self.heading.setText(self.tr("请登录"))
        if self.screen.demo_password:
            self.hint.setText(
                self.tr(
                    "这是示例数据库：所有示例账号的密码都是 {password}"
                    "（例如窗口受理员 {username}）。正式数据库不会显示密码。"
                ).format(password=self.screen.demo_password, username=self.screen.demo_username)
            )
        elif self.unlock is not None:
            self.hint.setText(
                self.tr(
                    "本机数据已加密，用您的用户名和密码登录后才能打开。连续输错5次账号将被锁定。"
                )
            )
        else:
            self.hint.setText(self.tr("请输入您的用户名和密码。连续输错5次账号将被锁定。"))
        self.username.setText(remembered or self.screen.demo_username)
        (self.password if self.username.text() else self.username).setFocus()

    def switch_user(self) -> None:
        """Leave the lock screen for an ordinary sign-in of someone else."""
        self.locked_user = None
        self.first_run = False
        self.password.clear()
        self.error.clear()
        self._lay_out("")
        self.username.clear()
        self.username.setFocus()

    def submit(self) -> None:
        """Check the password (or set the first one); accept when it is right."""
        self.error.clear()
        password, username, org = self.password.text(), self.username.text(), self.org_code
        try:
            if self.first_run:
                confirm = self.confirm.text()
                self.user = self.call(
                    lambda s: accounts.set_first_password(
                        s, org_code=org, password=password, confirm=confirm
                    )
                )
            else:
                if self.unlock is not None:
                    self.org_code = org = self.unlock(username, password)
                    self.unlock = None  # the database is open now
                outcome = self.call(
                    lambda s: accounts.sign_in(
                        s, org_code=org, username=username, password=password
                    )
                )
                if outcome.error is not None:
                    raise outcome.error
                self.user = outcome.user
        except DomainError as exc:
            self.error.setText(error_message(exc))
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()

    def keyPressEvent(self, event: Any) -> None:
        """Escape does not close the lock screen (only 退出 does, which quits the app)."""
        if event.key() == Qt.Key.Key_Escape and self.locked_user is not None:
            return
        super().keyPressEvent(event)


class ChangePasswordDialog(QDialog):
    """The signed-in user changes their own password."""

    def __init__(self, call: Call, actor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.call = call
        self.actor = actor
        self.setWindowTitle(self.tr("修改密码"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old = _password_edit(self)
        self.new = _password_edit(self)
        self.confirm = _password_edit(self)
        form.addRow(self.tr("原密码"), self.old)
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("确认新密码"), self.confirm)
        layout.addLayout(form)
        self.error = _error_and_buttons(self, layout)

    def submit(self) -> None:
        """Change the password; stay open with the reason when refused."""
        old, new, confirm, actor = self.old.text(), self.new.text(), self.confirm.text(), self.actor
        try:
            self.call(
                lambda s: accounts.change_password(
                    s, actor=actor, old=old, new=new, confirm=confirm
                )
            )
        except DomainError as exc:
            self.error.setText(error_message(exc))
            return
        super().accept()


class ResetPasswordDialog(QDialog):
    """An administrator sets a colleague's password (and lifts a lockout)."""

    def __init__(self, call: Call, actor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QComboBox

        from app.domain.enums import Role
        from app.views.labels import enum_text

        self.call = call
        self.actor = actor
        self.setWindowTitle(self.tr("重置用户密码"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.users = QComboBox(self)
        for u in call(lambda s: accounts.resettable_users(s, actor=actor)):
            role = enum_text(Role, u.role)
            self.users.addItem(f"{u.display_name}（{u.username}，{role}）", u.username)
        self.new = _password_edit(self)
        form.addRow(self.tr("用户"), self.users)
        form.addRow(self.tr("新密码"), self.new)
        layout.addLayout(form)
        self.error = _error_and_buttons(self, layout)

    def submit(self) -> None:
        """Reset the chosen user's password."""
        username, new, actor = self.users.currentData(), self.new.text(), self.actor
        if not username:
            return
        try:
            self.call(lambda s: accounts.reset_password(s, actor=actor, username=username, new=new))
        except DomainError as exc:
            self.error.setText(error_message(exc))
            return
        super().accept()
