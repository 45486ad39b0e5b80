"""窗口受理: register a visitor keyboard-first, see earlier visits, print the slip.

Keys: F2 new case, F4 read the ID card, Enter next field, Ctrl+S save, Ctrl+P print, Esc clear
(asks when typed), Alt+D 诉求, Alt+O 窗口处理, Alt+L link the visit to the earlier case the side
panel lists. A keyboard-wedge card reader types into the lookup box (see card_reader.py).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CaseKind, Channel, PartyRole, RiskGrade
from app.domain.grid import PatrolReport
from app.domain.intake import IntakeInput, IntakeResult, PersonHit, WindowAction
from app.services import audit
from app.services.common.identity import normalize_phone
from app.services.errors import DomainError, ValidationError
from app.services.grid import duty as grid_duty
from app.services.intake import persons, slips
from app.services.intake import register as intake
from app.services.intake.idcard import CardData, CardReader, check_card
from app.sync.lookup import LookupTarget, OtherCentres, lookup_target
from app.sync.lookup import ask as ask_district
from app.views.case_detail import open_case_view
from app.views.context import AppContext
from app.views.intake.card_reader import (
    CardReadJob,
    ReaderSettingsDialog,
    WedgeWatcher,
    card_from_wedge,
    configured_reader,
)
from app.views.intake.case_fields import CaseFields
from app.views.intake.lookup import PersonLookup
from app.views.intake.other_centres import NetCall
from app.views.intake.parties import OtherParties
from app.views.intake.party_form import PartyForm
from app.views.intake.side_panel import IntakeSidePanel
from app.views.intake.slip_print import open_slip_preview
from app.views.operations import run_op, show_error
from app.views.palette import message_style
from app.views.service_messages import service_text
from app.views.widgets.print_preview import PrintPreviewDialog

_ID_LIKE = re.compile(r"^\d{15}$|^\d{17}[\dXx]$")
_PHONE_LIKE = re.compile(r"^[+\d\s\-]{7,16}$")
STYLE = "QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDateTimeEdit { font-size: 13pt; }"


class IntakePage(QWidget):
    """The 窗口受理 tab."""

    icon_name = "intake"
    sig_saved = Signal(object)  # IntakeResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: IntakeResult | None = None
        self.from_patrol: str | None = None  # the patrol record being reported (上报为案件)
        self.preview: PrintPreviewDialog | None = None
        self.confirm: QMessageBox | None = None
        self.repeat_days = int(QSettings().value("intake/repeat_days", 30))
        self.setStyleSheet(STYLE)
        self.lookup = PersonLookup(ctx, self)
        self.applicant = PartyForm(self)
        self.applicant.sig_reveal.connect(self._reveal)
        self.others = OtherParties(self)
        self.fields = CaseFields(ctx, self)
        self.side = IntakeSidePanel(self)
        self.side.set_days(self.repeat_days)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self._set_banner("success", "")
        self.missing = QLabel(self)
        self.missing.setObjectName("missing")
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setStyleSheet(f"#missing {{ {message_style('warning')} }}")
        self.save_button = QPushButton(self.tr("保存 Ctrl+S"), self)
        self.print_button = QPushButton(self.tr("打印回执 Ctrl+P"), self)
        self.new_button = QPushButton(self.tr("新建 F2"), self)
        self.card_button = QPushButton(self.tr("读卡 F4"), self)
        self.card_button.setToolTip(self.tr("读取二代身份证，填入申请人并查找来访记录"))
        self.card_settings = QPushButton(self.tr("读卡器设置…"), self)
        self.card_status = QLabel(self)
        self.card_status.setObjectName("cardStatus")
        self.card_status.setTextFormat(Qt.TextFormat.PlainText)
        self.card_status.hide()
        self.reader_factory = configured_reader  # tests and demos hand in a simulated reader
        self.card_job = CardReadJob(self)
        self.card_job.sig_read.connect(self.apply_card)
        self.card_job.sig_failed.connect(lambda text: self._card_message(text, error=True))
        self.wedge = WedgeWatcher(self.lookup.edit)  # after the lookup's filter: sees Enter first
        self.wedge.sig_card.connect(lambda number: self.apply_card(card_from_wedge(number)))
        self._build_layout()
        self._set_tab_order()
        for key, slot in (
            ("Ctrl+S", self.save),
            ("Ctrl+P", self.print_slip),
            ("F2", self.new_case),
            ("F4", self.read_card),
            ("Esc", self.escape),
            ("Alt+L", self.side.link_first),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_slip)
        self.new_button.clicked.connect(self.new_case)
        self.card_button.clicked.connect(self.read_card)
        self.card_settings.clicked.connect(self._reader_settings)
        self.lookup.sig_picked.connect(self._on_picked)
        self.lookup.sig_new.connect(self._on_new_visitor)
        self.side.sig_link_repeat.connect(lambda _cid: self._update_missing())
        self.side.sig_open_case.connect(lambda cid: open_case_view(self, self.ctx, cid))
        self.net = NetCall(self)
        self._repeat_timer = QTimer(self)
        self._repeat_timer.setSingleShot(True)
        self._repeat_timer.setInterval(250)
        self._repeat_timer.timeout.connect(self._check_repeats)
        self.fields.sig_place_or_category.connect(self._repeat_timer.start)
        self.applicant.phone.editingFinished.connect(self._repeat_timer.start)
        for sig in (self.applicant.sig_changed, self.fields.sig_changed, self.others.sig_changed):
            sig.connect(self._update_missing)
        org = ctx.user.org_code
        run_op(
            self,
            ctx,
            lambda s: intake.form_choices(s, org_code=org),
            on_success=self.fields.set_choices,
        )
        self._update_missing()

    def title(self) -> str:
        """Return the tab title."""
        return self.tr("窗口受理")

    def _set_banner(self, kind: str, text: str) -> None:
        """Show `text` under the form in the palette's colour of `kind` (success, error, …)."""
        self.banner.setProperty("messageKind", kind)
        self.banner.setStyleSheet(f"#banner {{ {message_style(kind, bold=True, size_pt=14)} }}")
        self.banner.setText(text)

    def _build_layout(self) -> None:
        """Two columns at 1280×800: the people (and their earlier visits) left, the matter right.

        The common case (one applicant, one respondent) fits without scrolling; a scroll bar
        appears only for long lists of parties or many error messages.
        """
        body = QWidget(self)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        find = QHBoxLayout()
        find.addWidget(self.lookup, 1)
        find.addWidget(self.card_button, 0, Qt.AlignmentFlag.AlignTop)
        find.addWidget(self.card_settings, 0, Qt.AlignmentFlag.AlignTop)
        left.addLayout(find)
        left.addWidget(self.card_status)
        box = QGroupBox(self.tr("申请人"), body)
        QVBoxLayout(box).addWidget(self.applicant)
        left.addWidget(box)
        others = QGroupBox(self.tr("被申请人、第三人、代理人"), body)
        QVBoxLayout(others).addWidget(self.others)
        left.addWidget(others)
        left.addWidget(self.side, 1)
        matter = QGroupBox(self.tr("事项"), body)
        QVBoxLayout(matter).addWidget(self.fields)
        right = QVBoxLayout()
        right.addWidget(matter)
        right.addStretch(1)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll = scroll
        buttons = QHBoxLayout()
        buttons.addWidget(self.banner, 1)
        for b in (self.new_button, self.save_button, self.print_button):
            buttons.addWidget(b)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.missing)
        outer.addLayout(buttons)

    def _set_tab_order(self) -> None:
        a, f = self.applicant, self.fields
        chain = [
            self.lookup.edit,
            a.name,
            a.id_number,
            a.uscc,
            a.legal_rep,
            a.phone,
            a.address,
            f.category,
            f.facts,
            f.demands,
            f.action,
            f.outcome,
            f.result,
            f.reason,
            f.transfer_to,
            f.kind,
            f.channel,
            f.town,
            f.village,
            f.grid,
            f.occurred_known,
            f.occurred,
            f.people,
            f.group,
            f.risk,
            f.confidential,
            f.add_file,
            self.others.table,
            self.others.add,
            self.others.remove,
            self.save_button,
            self.print_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        a.address.returnPressed.connect(f.category.setFocus)

    # --- lookup -------------------------------------------------------------------------
    def _on_picked(self, hit: PersonHit) -> None:
        self.applicant.fill(hit)
        self.lookup.clear()
        self.fields.category.setFocus()
        run_op(
            self,
            self.ctx,
            lambda s: persons.person_cases(s, person_id=hit.id),
            on_success=self.side.show_history,
        )
        self.ask_other_centres(hit.id_number, hit.phone)
        self._repeat_timer.start()

    def ask_other_centres(self, id_number: str, phone: str) -> None:
        """Ask the district about the visitor's cases at other centres (keyed hash only)."""
        if not (id_number or phone):
            self.side.show_other_centres(OtherCentres("nothing"))
            return
        self.side.show_other_pending()

        def got(target: LookupTarget | OtherCentres) -> None:
            if isinstance(target, OtherCentres):
                self.side.show_other_centres(target)
                return
            self.net.submit(
                lambda: ask_district(target, id_number=id_number, phone=phone),
                self.side.show_other_centres,
            )

        run_op(self, self.ctx, lookup_target, on_success=got)

    # --- ID card ------------------------------------------------------------------------
    def read_card(self) -> None:
        """读卡 (F4): ask the configured reader for the card on it, off the UI thread."""
        reader: CardReader | None = self.reader_factory()
        if reader is None:
            self._card_message(
                self.tr("未设置读卡器：键盘式读卡器请在查找框中刷卡，或在“读卡器设置”中选择读卡器")
            )
            return
        self._card_message(self.tr("正在读卡…"))
        self.card_job.start(reader)

    def _reader_settings(self) -> None:
        self.reader_dialog = ReaderSettingsDialog(self)
        self.reader_dialog.open()

    def _card_message(self, text: str, *, error: bool = False) -> None:
        kind = "error" if error else "muted"
        self.card_status.setStyleSheet(f"#cardStatus {{ {message_style(kind)} }}")
        self.card_status.setText(text)
        self.card_status.setVisible(bool(text))  # no empty row in the form between reads

    def apply_card(self, card: CardData) -> None:
        """Fill the applicant from a card, check the number, and look the person up."""
        a = self.applicant
        try:
            info = check_card(card)
        except DomainError as exc:
            self._card_message(
                self.tr("读卡：{message}").format(message=service_text(exc.message)), error=True
            )
            if not a.is_masked():
                a.id_number.setText(card.id_number)
            return
        number = info.number
        self._card_message(self.tr("已读卡，正在查找来访记录…"))
        run_op(
            self,
            self.ctx,
            lambda s: persons.lookup_persons(s, text=number, limit=3),
            on_success=lambda hits: self._card_looked_up(card, number, hits),
        )

    def _card_looked_up(self, card: CardData, number: str, hits: tuple[PersonHit, ...]) -> None:
        a = self.applicant
        same = [h for h in hits if h.id_number == number]
        if len(same) == 1:
            self._on_picked(same[0])
            if card.name and card.name != a.name.text():
                a.name.setText(card.name)
            if card.address and card.address != a.address.text():
                a.address.setText(card.address)
            self._card_message(self.tr("已读卡：{name}，曾来访").format(name=a.name.text()))
            return
        a.clear()
        a.id_type.setCurrentIndex(a.id_type.findData("resident"))
        if card.name:
            a.name.setText(card.name)
        a.id_number.setText(number)
        if card.address:
            a.address.setText(card.address)
        self.lookup.clear()
        (a.phone if card.name else a.name).setFocus()
        self._card_message(self.tr("已读卡：新来访人，请补充联系电话"))

    def _reveal(self, person_id: str) -> None:
        """显示完整号码: log the view of this person's numbers, then show them."""
        if not person_id:
            return
        actor = self.ctx.actor()
        run_op(
            self,
            self.ctx,
            lambda s: audit.log_reveal(
                s, actor=actor, entity="person", entity_id=person_id, field="id_number,phone"
            ),
            on_success=lambda _r: self.applicant.reveal(),
        )

    def _on_new_visitor(self, text: str) -> None:
        a = self.applicant
        if _ID_LIKE.match(text):
            a.id_number.setText(text.upper())
        elif _PHONE_LIKE.match(text):
            a.phone.setText(text)
        elif text:
            a.name.setText(text)
        self.lookup.clear()
        for edit in (a.name, a.id_number, a.phone):
            if not edit.text():
                edit.setFocus()
                return
        a.address.setFocus()

    def _check_repeats(self) -> None:
        pid = self.applicant.person_id
        try:
            phone = normalize_phone(self.applicant.phone.text())
        except DomainError:
            phone = ""
        village, category, days = (
            self.fields.village.value(),
            self.fields.category.value(),
            self.repeat_days,
        )
        if not (pid or phone or (village and category)):
            self.side.show_repeats((), days)
            return
        run_op(
            self,
            self.ctx,
            lambda s: persons.find_repeats(
                s,
                person_ids=[pid] if pid else [],
                phones=[phone] if phone else [],
                village_id=village,
                category_id=category,
                days=days,
            ),
            on_success=lambda found: self.side.show_repeats(found, days),
        )

    # --- save ---------------------------------------------------------------------------
    def collect(self) -> IntakeInput:
        """Return the form as an intake input (unvalidated)."""
        f = self.fields
        return IntakeInput(
            kind=CaseKind(f.kind.currentData()),
            channel=Channel(f.channel.currentData()),
            parties=(self.applicant.to_input(PartyRole.APPLICANT), *self.others.parties),
            facts=f.facts.toPlainText(),
            category_id=f.category.value(),
            town_id=f.town.value(),
            village_id=f.village.value(),
            grid_id=f.grid.value(),
            occurred_at=f.occurred_at(),
            demands=f.demands.toPlainText(),
            people_count=f.people.value(),
            is_group=f.group.isChecked(),
            risk_grade=RiskGrade(f.risk.currentData()),
            confidential=f.confidential.isChecked(),
            attachments=tuple(f.files),
            action=WindowAction(f.action.currentData()),
            outcome=f.outcome.currentData() or "",
            result=f.result.text(),
            reason=f.reason.text(),
            transfer_to=f.transfer_to.text(),
            repeat_of_id=self.side.linked_id,
            window_name=self.ctx.user.window_name,
        )

    def missing_items(self) -> list[str]:
        """Return what still has to be filled in before saving (for the save button)."""
        a, f = self.applicant, self.fields
        out = []
        if not a.name.text().strip():
            out.append(self.tr("申请人姓名"))
        if not a.is_org() and not (a.phone.text().strip() or a.id_number.text().strip()):
            out.append(self.tr("联系电话或证件号码"))
        if f.category.value() is None:
            out.append(self.tr("事项类别"))
        if not f.facts.toPlainText().strip():
            out.append(self.tr("事项经过"))
        action = WindowAction(f.action.currentData())
        if action == WindowAction.QUICK_RESOLVE and not f.result.text().strip():
            out.append(self.tr("处置结果"))
        if action in (WindowAction.REJECT, WindowAction.TRANSFER_OUT) and not f.reason.text():
            out.append(self.tr("理由"))
        if action == WindowAction.TRANSFER_OUT and not f.transfer_to.text().strip():
            out.append(self.tr("接收机关"))
        return out

    def _update_missing(self) -> None:
        items = self.missing_items()
        text = self.tr("还需填写：") + self.tr("、").join(items) if items else ""
        self.missing.setText(text)
        self.save_button.setToolTip(text or self.tr("保存并生成案件编号"))

    def save(self) -> None:
        """Validate and register the case; on errors show them at the fields, keep the text."""
        if self.saved is not None:
            self._set_banner(
                "info",
                self.tr("本案已保存（{no}），按 F2 登记新案件").format(no=self.saved.case_no),
            )
            return
        data = self.collect()
        actor = self.ctx.actor()
        days = self.repeat_days
        patrol_id = self.from_patrol

        def register(s: Any) -> IntakeResult:
            result = intake.register_case(s, data=data, actor=actor, repeat_days=days)
            if patrol_id:  # in the same transaction: the case and the patrol point at each other
                grid_duty.link_patrol_case(
                    s, actor=actor, patrol_id=patrol_id, case_id=result.case_id
                )
            return result

        self.save_button.setEnabled(False)
        self.save_button.setToolTip(self.tr("正在保存，请稍候"))
        run_op(
            self,
            self.ctx,
            register,
            on_success=self._on_saved,
            on_error=self._on_save_error,
            changes=("case", "person", "grid"),
        )

    def _on_saved(self, result: IntakeResult) -> None:
        self.saved = result
        self.save_button.setEnabled(True)
        self._update_missing()
        self._show_errors({})
        repeat = (
            self.tr("（重复件，前案 {no}）").format(no=result.repeat_of_no)
            if result.is_repeat
            else ""
        )
        self._set_banner(
            "success",
            self.tr("已登记 {no}　查询码 {code}{r}　Ctrl+P 打印").format(
                no=result.case_no, code=result.query_code, r=repeat
            ),
        )
        self.sig_saved.emit(result)

    def _on_save_error(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._update_missing()
        if isinstance(exc, ValidationError):
            self._show_errors(exc.errors)
            self._set_banner("error", self.tr("未保存：请按红字提示修改（已填内容均保留）"))
            return
        show_error(self, exc)

    def _show_errors(self, errors: dict[str, str]) -> None:
        errors = {k: service_text(v) for k, v in errors.items()}
        mine = {k.split(".", 1)[1]: v for k, v in errors.items() if k.startswith("party0.")}
        if "parties" in errors:
            mine.setdefault("name", errors["parties"])
        self.applicant.set_errors(mine)
        self.others.set_errors(errors)
        self.fields.set_errors(errors)

    # --- print --------------------------------------------------------------------------
    def print_slip(self) -> None:
        """Preview the saved case's slip (receipt or notice); Enter prints it."""
        if self.saved is None:
            self._set_banner("warning", self.tr("请先保存（Ctrl+S），再打印回执"))
            return
        case_id = self.saved.case_id
        run_op(
            self,
            self.ctx,
            lambda s: slips.slip_for(s, case_id=case_id),
            on_success=self._open_preview,
        )

    def _open_preview(self, slip: slips.Slip) -> None:
        self.preview = open_slip_preview(self, self.ctx, slip)
        # Where the slip went stays on the page after the preview closes (issue #12).
        self.preview.sig_result.connect(self._set_banner)

    # --- new / clear ----------------------------------------------------------------------
    def has_unsaved_text(self) -> bool:
        """Return whether something typed would be lost by clearing."""
        typed = self.applicant.has_text() or self.fields.has_text() or self.others.parties
        return bool(typed) and self.saved is None

    def new_case(self) -> None:
        """Start a new case (asks first when unsaved text would be lost)."""
        self._clear_or_ask()

    def escape(self) -> None:
        """Esc: clear the form, asking first when something was typed."""
        self._clear_or_ask()

    def _clear_or_ask(self) -> None:
        if not self.has_unsaved_text():
            self.clear()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("清空表单"),
            self.tr("表单中有未保存的内容，确定清空吗？"),
            parent=self,
        )
        yes = box.addButton(self.tr("清空(&Y)"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("保留(&N)"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.buttonClicked.connect(lambda b: self.clear() if b is yes else None)
        self.confirm = box
        box.open()

    def start_from_patrol(self, report: PatrolReport) -> None:
        """Open the form pre-filled from a patrol record (上报为案件); saving links the two.

        Something typed and not saved is kept unless the clerk agrees to clear it.
        """
        if not self.has_unsaved_text():
            self._fill_from_patrol(report)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("上报为案件"),
            self.tr("表单中有未保存的内容，清空并改为登记这条巡查记录吗？"),
            parent=self,
        )
        yes = box.addButton(self.tr("清空并登记(&Y)"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("保留(&N)"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.buttonClicked.connect(lambda b: self._fill_from_patrol(report) if b is yes else None)
        self.confirm = box
        box.open()

    def _fill_from_patrol(self, report: PatrolReport) -> None:
        self.clear()
        self.from_patrol = report.patrol_id
        f = self.fields
        f.channel.setCurrentIndex(max(f.channel.findData(Channel.GRID.value), 0))
        f.prefill_place(report.village_id, report.grid_id)
        self.applicant.name.setText(report.worker_name)
        self.applicant.phone.setText(report.worker_phone)
        facts = self.tr("{day}网格员{name}巡查{place}时发现：{issue}").format(
            day=report.day.isoformat(),
            name=report.worker_name,
            place=report.place or self.tr("网格内"),
            issue=report.issue,
        )
        if report.action:
            facts += self.tr("。已采取措施：{action}").format(action=report.action)
        f.facts.setPlainText(facts)
        self.banner.setText(
            self.tr("由巡查记录上报（{day} {name}），保存后巡查记录与案件互相关联").format(
                day=report.day.isoformat(), name=report.worker_name
            )
        )
        self._update_missing()

    def clear(self) -> None:
        """Empty the form for the next visitor and put the cursor in the lookup."""
        self.saved = None
        self.from_patrol = None
        self.lookup.clear()
        self.applicant.clear()
        self.others.clear()
        self.fields.clear()
        self.side.clear()
        self._set_banner("success", "")
        self._card_message("")
        self._update_missing()
        self.lookup.edit.setFocus()
