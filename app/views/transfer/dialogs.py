"""Dialogs of the transfer tab. Each emits sig_submit(values) and stays open until the action
succeeds, so nothing typed is lost when the service refuses it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Outcome, Satisfaction
from app.domain.transfer import DepartmentChoice, ReturnReason, SupervisionLevel
from app.views.labels import enum_choices

CHANNELS = (
    ("phone", QT_TRANSLATE_NOOP("RevisitDialog", "电话回访")),
    ("window", QT_TRANSLATE_NOOP("RevisitDialog", "窗口评价")),
    ("visit", QT_TRANSLATE_NOOP("RevisitDialog", "上门回访")),
)


class ActionDialog(QDialog):
    """A form with OK/Cancel; OK checks required fields, then emits sig_submit(values())."""

    sig_submit = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.message = QLabel(self)
        self.message.setObjectName("formMessage")
        self.message.setStyleSheet("color: #cf222e;")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.required: list[tuple[QPlainTextEdit, str]] = []

    def text_field(self, label: str, *, required: str = "", height: int = 70) -> QPlainTextEdit:
        """Add a multi-line text field; `required` is the message shown when it is empty."""
        edit = QPlainTextEdit(self)
        edit.setFixedHeight(height)
        self.form.addRow(label, edit)
        if required:
            self.required.append((edit, required))
        return edit

    def submit(self) -> None:
        """Check the required fields, then hand the values to whoever runs the action."""
        for edit, message in self.required:
            if not edit.toPlainText().strip():
                self.message.setText(message)
                edit.setFocus()
                return
        self.message.clear()
        self.sig_submit.emit(self.values())

    def values(self) -> dict[str, Any]:
        """Return what the user entered."""
        return {}


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _dept_list(
    parent: QWidget,
    departments: list[DepartmentChoice],
    checked: tuple[str, ...],
    first: tuple[str, ...] = (),
) -> QListWidget:
    lst = QListWidget(parent)
    lst.setFixedHeight(130)
    # Suggested departments first, so the dispatcher sees them without scrolling.
    top = set(checked) | set(first)
    for d in sorted(departments, key=lambda d: d.id not in top):
        # A department's level is stored as 区 / 镇街, the labels of RegionLevel.
        level = QCoreApplication.translate("RegionLevel", d.level)
        text = QCoreApplication.translate("ActionDialog", "{name}（{level}）")
        item = QListWidgetItem(text.format(name=d.name, level=level), lst)
        item.setData(Qt.ItemDataRole.UserRole, d.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if d.id in checked else Qt.CheckState.Unchecked)
    return lst


def _checked(lst: QListWidget) -> list[str]:
    return [
        lst.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(lst.count())
        if lst.item(i).checkState() == Qt.CheckState.Checked
    ]


class DispatchDialog(ActionDialog):
    """交办 / 改派: lead and assisting departments (suggested from the duty list) and due date."""

    def __init__(
        self,
        departments: list[DepartmentChoice],
        *,
        lead: str | None,
        assists: tuple[str, ...],
        due: date,
        hint: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("交办案件"), parent)
        hint_label = QLabel(hint, self)
        hint_label.setWordWrap(True)
        hint_label.setStyleSheet("color: #57606a;")
        self.form.addRow(self.tr("建议"), hint_label)
        self.lead = QComboBox(self)
        for d in departments:
            self.lead.addItem(d.name, d.id)
        if lead is not None and self.lead.findData(lead) >= 0:
            self.lead.setCurrentIndex(self.lead.findData(lead))
        self.form.addRow(self.tr("主办部门"), self.lead)
        # Nothing is ticked for the dispatcher: every assisting department must report before
        # the lead may close, so each one is a choice, not a default. The suggestion is said.
        self.assists = _dept_list(self, departments, (), first=assists)
        self.form.addRow(self.tr("协办部门"), self.assists)
        names = {d.id: d.name for d in departments}
        suggested = [names[a] for a in assists if a in names and a != lead]
        self.assist_hint = QLabel(self)
        self.assist_hint.setWordWrap(True)
        self.assist_hint.setStyleSheet("color: #57606a;")
        self.assist_hint.setText(
            (
                self.tr("建议协办：{0}（如需协办请勾选）").format(self.tr("、").join(suggested))
                + "\n"
            )
            if suggested
            else ""
        )
        self.assist_hint.setText(
            self.assist_hint.text() + self.tr("协办部门全部反馈后，主办部门才能办结。")
        )
        self.form.addRow("", self.assist_hint)
        self.due = QDateEdit(_qdate(due), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.form.addRow(self.tr("办结期限"), self.due)
        self.requirements = self.text_field(self.tr("办理要求"), height=50)

    def values(self) -> dict[str, Any]:
        lead = self.lead.currentData()
        return {
            "lead_department_id": lead,
            "assist_department_ids": [d for d in _checked(self.assists) if d != lead],
            "due": _pydate(self.due.date()),
            "requirements": self.requirements.toPlainText().strip(),
        }


class ReturnDialog(ActionDialog):
    """退回: a coded reason and an explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("退回案件"), parent)
        self.code = QComboBox(self)
        for value, label in enum_choices(ReturnReason):
            self.code.addItem(label, value)
        self.form.addRow(self.tr("退回理由"), self.code)
        self.reason = self.text_field(self.tr("具体说明"))

    def values(self) -> dict[str, Any]:
        return {"reason_code": self.code.currentData(), "reason": self.reason.toPlainText()}


class TextDialog(ActionDialog):
    """One required text: a progress note, a ruling's reason, an assisting report."""

    def __init__(self, title: str, label: str, required: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.text = self.text_field(label, required=required, height=100)

    def values(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText().strip()}


class ExtensionDialog(ActionDialog):
    """申请延期: days and the reason printed on the 延期告知书."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("申请延期"), parent)
        self.days = QSpinBox(self)
        self.days.setRange(1, 90)
        self.days.setValue(15)
        self.days.setSuffix(self.tr(" 日"))
        self.form.addRow(self.tr("延期天数"), self.days)
        self.reason = self.text_field(
            self.tr("延期理由"), required=self.tr("请填写延期理由（将印在延期告知书上）")
        )

    def values(self) -> dict[str, Any]:
        return {"days": self.days.value(), "reason": self.reason.toPlainText().strip()}


class CloseDialog(ActionDialog):
    """办结: outcome, result and attachments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("办结案件"), parent)
        self.outcome = QComboBox(self)
        for value, label in enum_choices(
            Outcome, (Outcome.RESOLVED, Outcome.PARTLY, Outcome.GUIDED)
        ):
            self.outcome.addItem(label, value)
        self.form.addRow(self.tr("办理结果"), self.outcome)
        self.result = self.text_field(
            self.tr("结果说明"), required=self.tr("请填写办理结果"), height=100
        )
        self.files: list[str] = []
        self.files_label = QLabel(self.tr("无"), self)
        add = QPushButton(self.tr("添加附件…"), self)
        add.clicked.connect(self._pick)
        self.form.addRow(self.tr("附件"), self.files_label)
        self.form.addRow("", add)

    def _pick(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择附件"))
        self.files.extend(paths)
        self.files_label.setText("；".join(p.rsplit("/", 1)[-1] for p in self.files))

    def values(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome.currentData(),
            "result": self.result.toPlainText().strip(),
            "files": list(self.files),
        }


class RevisitDialog(ActionDialog):
    """回访评价: satisfaction, channel, comment; 不满意 needs the reason for 重办."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("回访评价"), parent)
        self.satisfaction = QComboBox(self)
        for value, label in enum_choices(Satisfaction):
            self.satisfaction.addItem(label, value)
        self.form.addRow(self.tr("满意度"), self.satisfaction)
        self.channel = QComboBox(self)
        for value, label in CHANNELS:
            self.channel.addItem(self.tr(label), value)
        self.form.addRow(self.tr("回访方式"), self.channel)
        self.comment = self.text_field(self.tr("群众意见"))

    def submit(self) -> None:
        """不满意 reopens the case, so its reason must be written down."""
        unsatisfied = self.satisfaction.currentData() == Satisfaction.UNSATISFIED.value
        if unsatisfied and not self.comment.toPlainText().strip():
            self.message.setText(self.tr("不满意须写明理由，案件将重办"))
            return
        super().submit()

    def values(self) -> dict[str, Any]:
        return {
            "satisfaction": self.satisfaction.currentData(),
            "channel": self.channel.currentData(),
            "comment": self.comment.toPlainText().strip(),
        }


class SuperviseDialog(ActionDialog):
    """督办 / 催办: level, opinion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("督办 / 催办"), parent)
        self.level = QComboBox(self)
        for value, label in enum_choices(SupervisionLevel):
            self.level.addItem(label, value)
        self.form.addRow(self.tr("督办级别"), self.level)
        self.urge = QCheckBox(self.tr("仅催办"), self)
        self.form.addRow("", self.urge)
        self.opinion = self.text_field(self.tr("督办意见"), required=self.tr("请填写督办意见"))

    def values(self) -> dict[str, Any]:
        return {
            "level": self.level.currentData(),
            "urge": self.urge.isChecked(),
            "opinion": self.opinion.toPlainText().strip(),
        }


class ConsultDialog(ActionDialog):
    """会商研判: date, departments, opinion."""

    def __init__(self, departments: list[DepartmentChoice], parent: QWidget | None = None):
        super().__init__(self.tr("会商研判"), parent)
        self.held_on = QDateEdit(_qdate(date.today()), self)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.held_on.setCalendarPopup(True)
        self.form.addRow(self.tr("会商日期"), self.held_on)
        self.departments = _dept_list(self, departments, ())
        self.form.addRow(self.tr("参加部门"), self.departments)
        self.opinion = self.text_field(self.tr("会商意见"), required=self.tr("请填写会商意见"))

    def values(self) -> dict[str, Any]:
        return {
            "held_on": _pydate(self.held_on.date()).isoformat(),
            "department_ids": _checked(self.departments),
            "opinion": self.opinion.toPlainText().strip(),
        }


class QueryCodeRevisitDialog(ActionDialog):
    """A resident's evaluation given with the slip's number and 查询码."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("凭查询码评价"), parent)
        self.case_no = QLineEdit(self)
        self.case_no.setPlaceholderText("106-261127-A-0007")
        self.form.addRow(self.tr("受理编号"), self.case_no)
        self.query_code = QLineEdit(self)
        self.query_code.setMaxLength(6)
        self.form.addRow(self.tr("查询码"), self.query_code)
        self.satisfaction = QComboBox(self)
        for value, label in enum_choices(Satisfaction):
            self.satisfaction.addItem(label, value)
        self.form.addRow(self.tr("满意度"), self.satisfaction)
        self.comment = self.text_field(self.tr("群众意见"))

    def submit(self) -> None:
        """Both codes are needed; 不满意 needs its reason (the case will be reopened)."""
        if not self.case_no.text().strip() or not self.query_code.text().strip():
            self.message.setText(self.tr("请填写受理编号和查询码"))
            return
        unsatisfied = self.satisfaction.currentData() == Satisfaction.UNSATISFIED.value
        if unsatisfied and not self.comment.toPlainText().strip():
            self.message.setText(self.tr("不满意须写明理由，案件将重办"))
            return
        super().submit()

    def values(self) -> dict[str, Any]:
        return {
            "case_no": self.case_no.text().strip(),
            "query_code": self.query_code.text().strip(),
            "satisfaction": self.satisfaction.currentData(),
            "comment": self.comment.toPlainText().strip(),
        }
