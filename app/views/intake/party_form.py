"""One party's fields: natural person (name, ID, phone, address) or organisation (USCC)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import IdType, PartyRole, PartyType
from app.domain.intake import PartyInput, PersonHit
from app.services.common.identity import guess_id_type, normalize_phone, validate_id, validate_uscc
from app.services.errors import DomainError
from app.views.labels import enum_choices, enum_label
from app.views.service_messages import service_text
from app.views.widgets.line_edits import FieldError, IdLineEdit, PhoneLineEdit

_STRICT = (IdType.RESIDENT, IdType.HKMO_PERMIT, IdType.TW_PERMIT)


class PartyForm(QWidget):
    """The fields of one party; validates as the clerk types and keeps whatever was typed."""

    sig_changed = Signal()
    sig_reveal = Signal(str)  # person id: the page logs the view, then calls reveal()

    def __init__(self, parent: QWidget | None = None, *, with_role: bool = False) -> None:
        super().__init__(parent)
        self.person_id: str | None = None
        # Full numbers of a person picked by the lookup, shown masked until revealed (logged).
        self._hidden: dict[str, str] = {}
        self.role = QComboBox(self)
        for value, label in enum_choices(PartyRole):
            self.role.addItem(label, value)
        self.party_type = QComboBox(self)
        for value, label in enum_choices(PartyType):
            self.party_type.addItem(label, value)
        self.name = QLineEdit(self)
        self.name.setMaxLength(128)
        self.id_type = QComboBox(self)
        for value, label in enum_choices(IdType):
            self.id_type.addItem(label, value)
        self.id_number = IdLineEdit(self)
        self.id_number.setPlaceholderText(self.tr("18位身份证号，末位可为X"))
        self.derived = QLabel(self)
        self.phone = PhoneLineEdit(self)
        self.phone.setPlaceholderText(self.tr("手机号或0538固定电话"))
        self.address = QLineEdit(self)
        self.address.setMaxLength(200)
        self.uscc = QLineEdit(self)
        self.uscc.setMaxLength(24)
        self.uscc.setPlaceholderText(self.tr("18位统一社会信用代码"))
        self.legal_rep = QLineEdit(self)
        self.legal_rep.setMaxLength(64)
        self.reveal_button = QPushButton(self.tr("显示完整号码"), self)
        self.reveal_button.setToolTip(self.tr("查看完整证件号码和电话（将记入审计日志）"))
        self.reveal_button.clicked.connect(lambda: self.sig_reveal.emit(self.person_id or ""))
        self.errors = {
            k: FieldError(self)
            for k in ("name", "id_number", "id_type", "phone", "uscc", "address")
        }
        form = QFormLayout()
        form.setVerticalSpacing(5)
        self._form = form
        if with_role:
            form.addRow(self.tr("角色(&R)"), self.role)
        else:
            self.role.hide()
        form.addRow(self.tr("类型(&Y)"), self.party_type)
        form.addRow(self.tr("姓名/名称(&N)"), self.name)
        form.addRow(self.errors["name"])
        form.addRow(self.tr("证件类型(&T)"), self.id_type)
        form.addRow(self.tr("证件号码(&I)"), self.id_number)
        form.addRow("", self.derived)
        form.addRow("", self.reveal_button)
        form.addRow(self.errors["id_number"])
        form.addRow(self.errors["id_type"])
        form.addRow(self.tr("信用代码(&U)"), self.uscc)
        form.addRow(self.errors["uscc"])
        form.addRow(self.tr("法定代表人"), self.legal_rep)
        form.addRow(self.tr("联系电话(&H)"), self.phone)
        form.addRow(self.errors["phone"])
        form.addRow(self.tr("住址"), self.address)
        form.addRow(self.errors["address"])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)
        # The type combos default right for almost everyone: keep them off the Tab chain
        # (reachable with Alt+Y / Alt+T) so Enter walks name → ID → phone → address.
        for combo in (self.party_type, self.id_type):
            combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.party_type.currentIndexChanged.connect(self._on_type)
        self.id_type.currentIndexChanged.connect(self._on_id_type)
        self.id_number.textChanged.connect(self._check_id)
        self.phone.editingFinished.connect(self._check_phone)
        self.uscc.editingFinished.connect(self._check_uscc)
        for edit in (self.name, self.id_number, self.phone, self.address, self.uscc):
            edit.textChanged.connect(lambda _t: self.sig_changed.emit())
        for edit in (self.name, self.id_number, self.phone, self.uscc, self.legal_rep):
            edit.returnPressed.connect(self._advance)
        self._on_type()
        self._set_masked({})

    def _set_masked(self, hidden: dict[str, str]) -> None:
        self._hidden = hidden
        for key, edit in (("id_number", self.id_number), ("phone", self.phone)):
            edit.setReadOnly(key in hidden)
        self._set_row_visible(self.reveal_button, bool(hidden))

    def is_masked(self) -> bool:
        """Return whether the form shows a picked person's numbers masked."""
        return bool(self._hidden)

    def reveal(self) -> None:
        """Show the full numbers (after the page logged the view) and allow editing them."""
        hidden = self._hidden
        self._set_masked({})
        if "id_number" in hidden:
            self.id_number.setText(hidden["id_number"])
        if "phone" in hidden:
            self.phone.setText(hidden["phone"])

    def _advance(self) -> None:
        """Enter: go to the next empty field (the lookup may have filled some already)."""
        if self.is_org():
            chain = [self.name, self.uscc, self.legal_rep, self.phone]
        else:
            chain = [self.name, self.id_number, self.phone]
        for edit in chain:
            if not edit.text().strip():
                edit.setFocus()
                return
        self.address.setFocus()

    def is_org(self) -> bool:
        """Return whether this party is an organisation."""
        return self.party_type.currentData() == PartyType.ORGANISATION.value

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        self._form.setRowVisible(widget, visible)

    def _on_type(self) -> None:
        org = self.is_org()
        for w in (self.id_type, self.id_number):
            self._set_row_visible(w, not org)
        self._set_row_visible(self.derived, not org and bool(self.derived.text()))
        for w in (self.uscc, self.legal_rep):
            self._set_row_visible(w, org)
        for key in ("id_number", "id_type", "uscc"):
            self.errors[key].show_message("")
        self.sig_changed.emit()

    def _on_id_type(self) -> None:
        self.id_number.set_strict(IdType(self.id_type.currentData()) in _STRICT)
        self._check_id()

    def _check_id(self) -> None:
        if "id_number" in self._hidden:
            self.errors["id_number"].show_message("")
            return
        text = self.id_number.text().strip()
        kind = IdType(self.id_type.currentData())
        if len(text) == 18 and kind in _STRICT and guess_id_type(text) != kind:
            self.id_type.setCurrentIndex(self.id_type.findData(guess_id_type(text).value))
            return  # _on_id_type checks again
        self._set_derived("")
        if not text or (kind in _STRICT and len(text) < 18):
            self.errors["id_number"].show_message("")
            self.errors["id_type"].show_message("")
            return
        try:
            info = validate_id(kind, text)
        except DomainError as exc:
            self.errors["id_number"].show_message(service_text(exc.message))
            return
        self.errors["id_number"].show_message("")
        if info.birth_date is not None:
            self._set_derived(
                self.tr("出生日期 {d}　性别 {s}").format(
                    d=info.birth_date.isoformat(), s=enum_label(info.sex)
                )
            )

    def _set_derived(self, text: str) -> None:
        """Show the birth date and sex read from the ID; the empty row takes no height."""
        self.derived.setText(text)
        self._set_row_visible(self.derived, bool(text) and not self.is_org())

    def _check_phone(self) -> None:
        if "phone" in self._hidden:
            self.errors["phone"].show_message("")
            return
        text = self.phone.text().strip()
        message = ""
        if text:
            try:
                normalize_phone(text)
            except DomainError as exc:
                message = service_text(exc.message)
        self.errors["phone"].show_message(message)

    def _check_uscc(self) -> None:
        text = self.uscc.text().strip()
        message = ""
        if text:
            try:
                validate_uscc(text)
            except DomainError as exc:
                message = service_text(exc.message)
        self.errors["uscc"].show_message(message)

    def to_input(self, role: PartyRole | None = None) -> PartyInput:
        """Return what was typed, unvalidated (the service validates and explains)."""
        return PartyInput(
            role=role or PartyRole(self.role.currentData()),
            name=self.name.text(),
            party_type=PartyType(self.party_type.currentData()),
            id_type=IdType(self.id_type.currentData()),
            id_number=self._hidden.get("id_number", self.id_number.text())
            if not self.is_org()
            else "",
            phone=self._hidden.get("phone", self.phone.text()),
            address=self.address.text(),
            person_id=self.person_id,
            uscc=self.uscc.text() if self.is_org() else "",
            legal_rep=self.legal_rep.text() if self.is_org() else "",
        )

    def fill(self, hit: PersonHit) -> None:
        """Fill the fields from a person found by the lookup."""
        self.person_id = hit.id
        self.party_type.setCurrentIndex(self.party_type.findData(PartyType.PERSON.value))
        self.id_type.setCurrentIndex(self.id_type.findData(hit.id_type.value))
        self.name.setText(hit.name)
        hidden = {k: v for k, v in (("id_number", hit.id_number), ("phone", hit.phone)) if v}
        self._set_masked({})
        self.id_number.setText(hit.id_masked)
        self.phone.setText(hit.phone_masked)
        self._set_masked(hidden)
        self._check_id()
        self.address.setText(hit.address)

    def set_errors(self, errors: dict[str, str]) -> None:
        """Show the service's messages (keys: name, id_number, phone, uscc, ...)."""
        for key, label in self.errors.items():
            label.show_message(errors.get(key, ""))

    def has_text(self) -> bool:
        """Return whether anything was typed."""
        edits = (self.name, self.id_number, self.phone, self.address, self.uscc, self.legal_rep)
        return any(e.text().strip() for e in edits)

    def clear(self) -> None:
        """Empty every field and message."""
        self.person_id = None
        self._set_masked({})
        for e in (self.name, self.id_number, self.phone, self.address, self.uscc, self.legal_rep):
            e.clear()
        self.party_type.setCurrentIndex(0)
        self.id_type.setCurrentIndex(0)
        self.set_errors({})
        self._set_derived("")
