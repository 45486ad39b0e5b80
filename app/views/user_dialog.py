"""Pick which staff member uses the app now (shared window PCs change hands during the day)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.accounts import UserView
from app.domain.enums import Role
from app.services.reference.setup import list_users
from app.views.context import AppContext
from app.views.labels import enum_text
from app.views.operations import run_op


class SwitchUserDialog(QDialog):
    """List this township's users; accept returns the chosen one in `chosen`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("切换用户"))
        self.chosen: UserView | None = None
        self.users: list[UserView] = []
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 480)
        org = ctx.device.org_code
        run_op(self, ctx, lambda s: list_users(s, org_code=org), on_success=self._fill)

    def _fill(self, users: list[UserView]) -> None:
        self.users = users
        for u in users:
            role = enum_text(Role, u.role)
            item = QListWidgetItem(f"{u.display_name}　{role}　{u.window_name}".strip())
            self.list.addItem(item)
        if users:
            self.list.setCurrentRow(0)

    def accept(self) -> None:
        """Remember the highlighted user and close."""
        row = self.list.currentRow()
        if 0 <= row < len(self.users):
            self.chosen = self.users[row]
        super().accept()
