"""更正 dialog: the case's summary, category, facts, demands and each party's details.

Names, addresses and texts come filled in; ID numbers and phones stay masked and are corrected
by typing the new value (an empty field leaves them as they are). Nothing typed is lost when
the service refuses: the dialog stays open with the message.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from app.domain.enums import PartyRole
from app.domain.intake import Choice
from app.domain.transfer import CaseView
from app.views.labels import enum_text
from app.views.transfer.dialogs import ActionDialog
from app.views.widgets.searchable_combo import SearchableCombo


class CorrectionDialog(ActionDialog):
    """Emits sig_submit({"reason", "case_fields", "parties"}) with only what was changed."""

    def __init__(
        self, view: CaseView, categories: tuple[Choice, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("更正案件信息"), parent)
        self.setMinimumWidth(620)
        self.view = view
        d = view.detail
        self.reason = self.text_field(
            self.tr("更正理由"), required=self.tr("请填写更正理由"), height=50
        )
        self.summary = QLineEdit(view.summary, self)
        self.summary.setMaxLength(200)
        self.form.addRow(self.tr("事项摘要"), self.summary)
        self.category = SearchableCombo(self, placeholder=self.tr("未分类"))
        self.category.set_choices(categories, blank="")
        self.category.set_value(view.category_id)
        self.form.addRow(self.tr("类别"), self.category)
        self.facts = self.text_field(self.tr("事实经过"), height=90)
        self.facts.setPlainText(d.facts)
        self.demands = self.text_field(self.tr("诉求"), height=60)
        self.demands.setPlainText(d.demands)
        self.party_edits: dict[str, dict[str, QLineEdit]] = {}
        holder = QWidget(self)
        parties = QFormLayout(holder)
        parties.setContentsMargins(0, 0, 0, 0)
        for p in view.parties:
            box = QGroupBox(
                self.tr("{role}：{name}").format(role=enum_text(PartyRole, p.role), name=p.name),
                holder,
            )
            form = QFormLayout(box)
            edits = {
                "name": QLineEdit(p.name, box),
                "id_number": QLineEdit(box),
                "phone": QLineEdit(box),
                "address": QLineEdit(p.address, box),
            }
            shown = {"id_number": p.id_masked, "phone": p.phone_masked}
            for key, text in shown.items():
                edits[key].setPlaceholderText(
                    self.tr("现为 {value}，填写新号码即更正").format(value=text or "—")
                )
            form.addRow(self.tr("姓名/名称"), edits["name"])
            if p.person_id is not None:
                form.addRow(self.tr("证件号码"), edits["id_number"])
            form.addRow(self.tr("联系电话"), edits["phone"])
            form.addRow(self.tr("地址"), edits["address"])
            parties.addRow(box)
            self.party_edits[p.id] = edits
        if view.parties:
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(holder)
            scroll.setMinimumHeight(min(260, 150 * len(view.parties)))
            self.form.addRow(self.tr("当事人"), scroll)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("保存更正"))

    def show_error(self, text: str) -> None:
        """Show why the service refused (the dialog stays open)."""
        self.message.setText(text)

    def values(self) -> dict[str, Any]:
        """Return the reason and only the values that differ from the case as shown."""
        v = self.view
        case: dict[str, Any] = {}
        if self.summary.text().strip() != v.summary:
            case["summary"] = self.summary.text()
        if self.category.value() != v.category_id:
            case["category_id"] = self.category.value()
        if self.facts.toPlainText().strip() != v.detail.facts.strip():
            case["facts"] = self.facts.toPlainText()
        if self.demands.toPlainText().strip() != v.detail.demands.strip():
            case["demands"] = self.demands.toPlainText()
        parties: dict[str, dict[str, str]] = {}
        for p in v.parties:
            edits = self.party_edits[p.id]
            changed: dict[str, str] = {}
            if edits["name"].text().strip() != p.name:
                changed["name"] = edits["name"].text()
            if edits["address"].text().strip() != p.address:
                changed["address"] = edits["address"].text()
            for key in ("id_number", "phone"):
                if edits[key].text().strip():
                    changed[key] = edits[key].text()
            if p.person_id is None:
                changed.pop("id_number", None)
            if changed:
                parties[p.id] = changed
        return {
            "reason": self.reason.toPlainText().strip(),
            "case_fields": case,
            "parties": parties,
        }
