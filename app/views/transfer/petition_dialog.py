"""Dialogs of the 信访 path: 受理决定, 处理/复查/复核意见, 受理复查/复核申请."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QWidget

from app.domain.enums import Outcome
from app.domain.transfer import DepartmentChoice
from app.views.labels import enum_choices
from app.views.transfer.dialogs import ActionDialog

CHINA = ZoneInfo("Asia/Shanghai")


class AcceptanceDialog(ActionDialog):
    """决定是否受理: accepted, or the reason and where the petitioner should go instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("受理决定"), parent)
        self.accepted = QCheckBox(self.tr("予以受理（出具受理告知书）"), self)
        self.accepted.setChecked(True)
        self.form.addRow("", self.accepted)
        self.reason = self.text_field(self.tr("不予受理理由"))
        self.go_to = QLineEdit(self)
        self.go_to.setPlaceholderText(self.tr("例如：依法向区人民法院提起诉讼"))
        self.form.addRow(self.tr("告知去向"), self.go_to)

    def submit(self) -> None:
        """Not accepting needs the reason and where to go instead (they go on the notice)."""
        if not self.accepted.isChecked():
            if not self.reason.toPlainText().strip():
                self.message.setText(self.tr("不予受理须写明理由"))
                self.reason.setFocus()
                return
            if not self.go_to.text().strip():
                self.message.setText(self.tr("请告知信访人应向哪个机关或通过什么途径提出"))
                self.go_to.setFocus()
                return
        super().submit()

    def values(self) -> dict[str, Any]:
        return {
            "accepted": self.accepted.isChecked(),
            "reason": self.reason.toPlainText().strip(),
            "go_to": self.go_to.text().strip(),
        }


class OpinionDialog(ActionDialog):
    """处理意见书 / 复查意见书 / 复核意见书, naming the organ the petitioner may turn to next."""

    def __init__(
        self,
        title: str,
        organs: list[DepartmentChoice] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.outcome = QComboBox(self)
        for value, label in enum_choices(
            Outcome, (Outcome.RESOLVED, Outcome.PARTLY, Outcome.GUIDED)
        ):
            self.outcome.addItem(label, value)
        self.form.addRow(self.tr("处理结果"), self.outcome)
        self.opinion = self.text_field(
            self.tr("意见内容"), required=self.tr("请填写意见内容"), height=120
        )
        self.organ: QComboBox | None = None
        if organs is not None:
            self.organ = QComboBox(self)
            for d in organs:
                self.organ.addItem(f"{d.name}（{d.level}）", d.id)
            self.form.addRow(self.tr("下一级审查机关"), self.organ)

    def values(self) -> dict[str, Any]:
        out = {
            "opinion": self.opinion.toPlainText().strip(),
            "outcome": self.outcome.currentData(),
        }
        if self.organ is not None:
            out["organ"] = self.organ.currentData() or ""
        return out


class RequestDialog(ActionDialog):
    """受理复查/复核申请: the day the petitioner asked (the 30-day window is checked on it)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.asked = QDateEdit(self)
        self.asked.setCalendarPopup(True)
        self.asked.setDisplayFormat("yyyy-MM-dd")
        self.asked.setDate(QDate.currentDate())
        self.form.addRow(self.tr("信访人申请日期"), self.asked)

    def values(self) -> dict[str, Any]:
        q = self.asked.date()
        day = date(q.year(), q.month(), q.day())
        return {"requested_at": datetime.combine(day, time(9, 0), tzinfo=CHINA)}
