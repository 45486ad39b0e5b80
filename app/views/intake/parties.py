"""Respondents, third parties and representatives: a list plus a dialog to add one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import PartyRole
from app.domain.intake import PartyInput
from app.domain.masking import mask_id, mask_phone
from app.views.intake.party_form import PartyForm
from app.views.labels import enum_label
from app.views.widgets.line_edits import FieldError


class PartyDialog(QDialog):
    """Add one more party (default role: respondent)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("添加当事人"))
        self.form = PartyForm(self, with_role=True)
        self.form.role.setCurrentIndex(self.form.role.findData(PartyRole.RESPONDENT.value))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Enter moves between the fields (as on the main form); Ctrl+Enter adds the party.
        for button in buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.name.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Plain Enter never closes the dialog (the fields use it to advance)."""
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

    def party(self) -> PartyInput:
        """Return the party as typed."""
        return self.form.to_input()


class OtherParties(QWidget):
    """The parties besides the applicant; representatives represent the applicant."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parties: list[PartyInput] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("角色"), self.tr("名称"), self.tr("证件/信用代码"), self.tr("电话")]
        )
        self.table.setMaximumHeight(90)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.add = QPushButton(self.tr("添加当事人(&M)…"), self)
        self.remove = QPushButton(self.tr("移除"), self)
        self.error = FieldError(self)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.add.clicked.connect(self.open_dialog)
        self.remove.clicked.connect(self._remove)

    def open_dialog(self) -> PartyDialog:
        """Open the add-party dialog (non-blocking)."""
        dialog = PartyDialog(self)
        dialog.accepted.connect(lambda: self.append(dialog.party()))
        dialog.open()
        return dialog

    def append(self, party: PartyInput) -> None:
        """Add a party to the list."""
        if party.role == PartyRole.REPRESENTATIVE and party.represents is None:
            party = PartyInput(**{**party.__dict__, "represents": 0})
        self.parties.append(party)
        self._refill()
        self.sig_changed.emit()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.parties):
            del self.parties[row]
            self._refill()
            self.sig_changed.emit()

    def _refill(self) -> None:
        self.table.setRowCount(len(self.parties))
        for i, p in enumerate(self.parties):
            values = (
                enum_label(p.role),
                p.name,
                p.uscc or mask_id(p.id_number),
                mask_phone(p.phone),
            )
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))

    def set_errors(self, errors: dict[str, str]) -> None:
        """Show messages of parties 1.. (the applicant is party 0)."""
        mine = [
            msg
            for key, msg in errors.items()
            if key.startswith("party") and not key.startswith("party0.")
        ]
        self.error.show_message("\n".join(mine))

    def clear(self) -> None:
        """Remove every party."""
        self.parties.clear()
        self._refill()
        self.error.show_message("")
