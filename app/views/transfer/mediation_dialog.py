"""The 调解协议 dialog: what the mediator writes into a 调解协议书 (人民调解法 arts. 28–33)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from app.domain.transfer import AgreementInput
from app.views.transfer.dialogs import ActionDialog

_SEP = re.compile(r"[、，,；;\s]+")


class MediationDialog(ActionDialog):
    """Collects an agreement; the service checks it and the dialog stays open on refusal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("调解协议"), parent)
        self.setMinimumWidth(560)
        self.facts = self.text_field(self.tr("纠纷主要事实"))
        self.disputes = self.text_field(self.tr("争议事项"), height=56)
        self.responsibilities = self.text_field(self.tr("各方责任"), height=56)
        self.terms = self.text_field(self.tr("协议内容（每行一项）"), height=90)
        self.manner = self._line(self.tr("履行方式"))
        self.place = self._line(self.tr("履行地点"))
        self.deadline = self._line(self.tr("履行期限"), self.tr("如：2026年12月31日前"))
        self.mediators = self._line(self.tr("调解员"), self.tr("多人以顿号分隔"))
        self.recorder = self._line(self.tr("记录人"))
        today = datetime.now(ZoneInfo("Asia/Shanghai")).date()  # the centre's day, not UTC's
        self.signed_on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setDisplayFormat("yyyy-MM-dd")
        self.form.addRow(self.tr("签订日期"), self.signed_on)

    def _line(self, label: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(hint)
        self.form.addRow(label, edit)
        return edit

    def show_error(self, text: str) -> None:
        """Show why the agreement was refused; everything typed stays in place."""
        self.message.setText(text)

    def agreement(self) -> AgreementInput:
        """Return the agreement as typed."""
        return AgreementInput(
            facts=self.facts.toPlainText(),
            disputes=self.disputes.toPlainText(),
            responsibilities=self.responsibilities.toPlainText(),
            terms=tuple(t.strip() for t in self.terms.toPlainText().splitlines() if t.strip()),
            performance_manner=self.manner.text(),
            performance_place=self.place.text(),
            performance_deadline=self.deadline.text(),
            mediators=tuple(m for m in _SEP.split(self.mediators.text()) if m),
            signed_on=self.signed_on.date().toPython(),
            recorder=self.recorder.text(),
        )

    def values(self) -> dict[str, Any]:
        """Return what the user entered."""
        return {"agreement": self.agreement()}
