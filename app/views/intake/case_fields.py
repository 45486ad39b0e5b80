"""The matter's fields on the intake tab: kind, place, category, facts, attachments, outcome."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CaseKind, Channel, Outcome, RiskGrade
from app.domain.intake import MAX_FACTS, Choice, IntakeChoices, StoredFile, WindowAction
from app.services.common.attachments import DEFAULT_MAX_BYTES, store_file
from app.services.errors import DomainError
from app.services.intake.register import places_under
from app.views.context import AppContext
from app.views.labels import enum_choices
from app.views.operations import run_op
from app.views.service_messages import service_text
from app.views.widgets.line_edits import FieldError
from app.views.widgets.searchable_combo import SearchableCombo


def _combo(parent: QWidget, choices: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox(parent)
    for value, label in choices:
        box.addItem(label, value)
    return box


class CaseFields(QWidget):
    """Everything about the matter itself; typed text is never dropped on errors."""

    sig_changed = Signal()
    sig_place_or_category = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.files: list[StoredFile] = []
        self.max_bytes = DEFAULT_MAX_BYTES
        self.category = SearchableCombo(self, placeholder=self.tr("输入名称或拼音首字母，如 ll"))
        self.facts = QPlainTextEdit(self)
        self.facts.setTabChangesFocus(True)
        self.facts.setPlaceholderText(self.tr("来访人反映的情况（时间、地点、经过）"))
        self.demands = QPlainTextEdit(self)
        self.demands.setTabChangesFocus(True)
        self.demands.setMaximumHeight(52)
        self.kind = _combo(self, enum_choices(CaseKind))
        self.channel = _combo(self, enum_choices(Channel))
        self.town = SearchableCombo(self)
        self.village = SearchableCombo(self, placeholder=self.tr("村/社区"))
        self.grid = SearchableCombo(self, placeholder=self.tr("网格"))
        self.occurred = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.occurred.setCalendarPopup(True)
        self.occurred.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.occurred_known = QCheckBox(self.tr("已知"), self)
        self.people = QSpinBox(self)
        self.people.setRange(1, 100000)
        self.group = QCheckBox(self.tr("群体性事件"), self)
        self.risk = _combo(self, enum_choices(RiskGrade))
        self.confidential = QCheckBox(self.tr("涉密/保密"), self)
        self.files_list = QListWidget(self)
        self.files_list.setMaximumHeight(34)
        self.files_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_file = QPushButton(self.tr("添加附件(&A)…"), self)
        self.action = _combo(self, enum_choices(WindowAction))
        self.outcome = _combo(
            self, enum_choices(Outcome, (Outcome.RESOLVED, Outcome.PARTLY, Outcome.GUIDED))
        )
        self.result = QLineEdit(self)
        self.result.setPlaceholderText(self.tr("当场处置结果"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("不予受理或移送的理由"))
        self.transfer_to = QLineEdit(self)
        self.transfer_to.setPlaceholderText(self.tr("接收机关，如 区劳动人事争议仲裁院"))
        self.errors = {
            k: FieldError(self)
            for k in (
                "category_id",
                "facts",
                "demands",
                "people_count",
                "occurred_at",
                "attachments",
                "result",
                "reason",
                "transfer_to",
            )
        }
        self.counter = QLabel(self)
        self.counter.setStyleSheet("color: #57606a; font-size: 10pt;")
        # The count sits under the label (not on a row of its own): the form fits 1280×800.
        facts_label = QWidget(self)
        fl = QVBoxLayout(facts_label)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.setSpacing(0)
        self.facts_label = QLabel(self.tr("事项经过(&F)"), facts_label)
        self.facts_label.setBuddy(self.facts)
        fl.addWidget(self.facts_label)
        fl.addWidget(self.counter)
        fl.addStretch(1)
        self.facts.setMinimumHeight(84)
        self.facts.setMaximumHeight(120)
        form = QFormLayout(self)
        form.setVerticalSpacing(5)
        self._form = form
        form.addRow(self.tr("事项类别(&C)"), self.category)
        form.addRow(self.errors["category_id"])
        form.addRow(facts_label, self.facts)
        form.addRow(self.errors["facts"])
        form.addRow(self.tr("诉求(&D)"), self.demands)
        form.addRow(self.errors["demands"])
        # What the window does with it comes right after the demands (Tab and Alt+O).
        form.addRow(self.tr("窗口处理(&O)"), self.action)
        form.addRow(self.tr("处置结果"), self.outcome)
        form.addRow("", self.result)
        form.addRow(self.errors["result"])
        form.addRow(self.tr("理由"), self.reason)
        form.addRow(self.errors["reason"])
        form.addRow(self.tr("接收机关"), self.transfer_to)
        form.addRow(self.errors["transfer_to"])
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(QLabel(self.tr("来源"), self))
        row.addWidget(self.channel)
        form.addRow(self.tr("事项类型"), row)
        place = QHBoxLayout()
        for w in (self.town, self.village, self.grid):
            place.addWidget(w)
        form.addRow(self.tr("发生地"), place)
        when = QHBoxLayout()
        when.addWidget(self.occurred_known)
        when.addWidget(self.occurred, 1)
        form.addRow(self.tr("发生时间"), when)
        form.addRow(self.errors["occurred_at"])
        flags = QHBoxLayout()
        flags.addWidget(QLabel(self.tr("人数"), self))
        flags.addWidget(self.people)
        flags.addWidget(self.group)
        flags.addWidget(QLabel(self.tr("风险等级"), self))
        flags.addWidget(self.risk)
        flags.addWidget(self.confidential)
        form.addRow(self.tr("其他"), flags)
        files = QHBoxLayout()
        files.addWidget(self.files_list, 1)
        files.addWidget(self.add_file)
        form.addRow(self.tr("附件"), files)
        form.addRow(self.errors["attachments"])
        self.occurred.setEnabled(False)
        self.occurred_known.toggled.connect(self.occurred.setEnabled)
        self.action.currentIndexChanged.connect(self._on_action)
        self.town.sig_value_changed.connect(lambda v: self._load_places(v, self.village))
        self.village.sig_value_changed.connect(lambda v: self._load_places(v, self.grid))
        self.village.sig_value_changed.connect(lambda _v: self.sig_place_or_category.emit())
        self.category.sig_value_changed.connect(lambda _v: self.sig_place_or_category.emit())
        self.facts.textChanged.connect(self._count)
        self.add_file.clicked.connect(self._pick_files)
        for w in (self.facts, self.demands):
            w.textChanged.connect(self.sig_changed.emit)
        self.category.sig_value_changed.connect(lambda _v: self.sig_changed.emit())
        for e in (self.result, self.reason):
            e.returnPressed.connect(self.focusNextChild)
        self._on_action()

    def set_choices(self, choices: IntakeChoices) -> None:
        """Fill the category and township combos."""
        self.category.set_choices(choices.categories)
        self.town.set_choices(choices.towns)
        self.default_town = choices.default_town_id
        self.town.blockSignals(True)
        self.town.set_value(choices.default_town_id)
        self.town.blockSignals(False)
        self.village.set_choices(choices.villages, blank="")
        self.choices_loaded = True
        self._apply_pending()

    def prefill_place(self, village_id: str | None, grid_id: str | None) -> None:
        """Select a village and then its grid (its grids load after the village is chosen)."""
        self.pending_place = (village_id, grid_id)
        if getattr(self, "choices_loaded", False):
            self._apply_pending()

    def _apply_pending(self) -> None:
        village_id, _grid = getattr(self, "pending_place", (None, None))
        if village_id:
            self.village.set_value(village_id)
            self._load_places(village_id, self.grid)

    def _load_places(self, parent_id: str | None, target: SearchableCombo) -> None:
        if not parent_id:
            target.set_choices([], blank="")
            return
        run_op(
            self,
            self.ctx,
            lambda s: places_under(s, parent_id=parent_id),
            on_success=lambda items: self._set_places(target, items),
        )

    def _set_places(self, target: SearchableCombo, items: tuple[Choice, ...]) -> None:
        target.set_choices(items, blank="")
        _village, grid_id = getattr(self, "pending_place", (None, None))
        if target is self.grid and grid_id and any(c.value == grid_id for c in items):
            target.set_value(grid_id)
            self.pending_place = (None, None)

    def _on_action(self) -> None:
        action = WindowAction(self.action.currentData())
        quick = action == WindowAction.QUICK_RESOLVE
        refused = action in (WindowAction.REJECT, WindowAction.TRANSFER_OUT)
        for w in (self.outcome, self.result):
            self._form.setRowVisible(w, quick)
        self._form.setRowVisible(self.reason, refused)
        self._form.setRowVisible(self.transfer_to, action == WindowAction.TRANSFER_OUT)
        self.sig_changed.emit()

    def _count(self) -> None:
        n = len(self.facts.toPlainText())
        self.counter.setText(self.tr("{n}/{m} 字").format(n=n, m=MAX_FACTS))
        over = n > MAX_FACTS
        self.errors["facts"].show_message(
            self.tr("已超过{m}字，请精简或改为附件").format(m=MAX_FACTS) if over else ""
        )

    def _pick_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("选择附件或扫描件"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Copy files into the store; an oversize or missing file gets a message, others go in."""
        problems = []
        for path in paths:
            try:
                stored = store_file(
                    self.ctx.settings.attachments_dir, path, max_bytes=self.max_bytes
                )
            except DomainError as exc:
                problems.append(service_text(exc.message))
                continue
            self.files.append(stored)
            self.files_list.addItem(f"{stored.filename}（{stored.size // 1024 + 1} KB）")
        self.errors["attachments"].show_message("\n".join(problems))

    def occurred_at(self) -> datetime | None:
        """Return when the matter happened, if the clerk said so."""
        if not self.occurred_known.isChecked():
            return None
        return self.occurred.dateTime().toPython().astimezone(UTC)

    def set_errors(self, errors: dict[str, str]) -> None:
        """Show the service's messages next to their fields."""
        for key, label in self.errors.items():
            if key == "attachments" and key not in errors:
                continue
            label.show_message(errors.get(key, ""))

    def has_text(self) -> bool:
        """Return whether anything was typed."""
        return bool(
            self.facts.toPlainText().strip()
            or self.demands.toPlainText().strip()
            or self.result.text().strip()
            or self.reason.text().strip()
            or self.files
        )

    def clear(self) -> None:
        """Reset to the defaults of a new case."""
        for w in (self.facts, self.demands):
            w.clear()
        for e in (self.result, self.reason, self.transfer_to):
            e.clear()
        self.category.set_value(None)
        for combo in (self.kind, self.channel, self.risk, self.action, self.outcome):
            combo.setCurrentIndex(0)
        self.town.set_value(getattr(self, "default_town", None))
        self.village.set_value(None)
        self.grid.set_value(None)
        self.occurred_known.setChecked(False)
        self.occurred.setDateTime(QDateTime.currentDateTime())
        self.people.setValue(1)
        for box in (self.group, self.confidential):
            box.setChecked(False)
        self.files.clear()
        self.files_list.clear()
        for label in self.errors.values():
            label.show_message("")
