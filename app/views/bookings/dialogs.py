"""Dialogs of the bookings tab: new booking, a reason (reject/cancel), completion."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
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

from app.domain.bookings import Alternative, BookingDraft, BookingView, RoomView
from app.domain.enums import Activity, BookingSlot
from app.services.bookings.booking import BookingConflict, create_booking
from app.services.errors import DomainError, ValidationError
from app.views.context import AppContext
from app.views.labels import enum_choices, enum_text
from app.views.operations import error_text, run_op, show_error
from app.views.service_messages import service_text

# Stored (and printed on the Chinese confirmation slip) as the Chinese words; shown translated.
AUDIENCES = (
    QT_TRANSLATE_NOOP("BookingDialog", "全体党员"),
    QT_TRANSLATE_NOOP("BookingDialog", "支部委员"),
    QT_TRANSLATE_NOOP("BookingDialog", "入党积极分子"),
    QT_TRANSLATE_NOOP("BookingDialog", "发展对象"),
    QT_TRANSLATE_NOOP("BookingDialog", "预备党员"),
    QT_TRANSLATE_NOOP("BookingDialog", "党员干部"),
)
ERROR_STYLE = "border: 2px solid #cf222e;"


class BookingDialog(QDialog):
    """Take a booking for a room's half-day slot; errors show inline and nothing typed is lost."""

    sig_saved = Signal(object)  # BookingView

    def __init__(
        self,
        ctx: AppContext,
        room: RoomView,
        site_name: str,
        day: date,
        slot: str,
        parent: QWidget | None = None,
        *,
        other_rooms: tuple[RoomView, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.room_id = room.id
        self.saved: BookingView | None = None
        self.setWindowTitle(self.tr("新建阵地预约"))
        self.setObjectName("bookingDialog")
        self.setStyleSheet("QWidget { font-size: 12pt; }")
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.place = QLabel(
            self.tr("{site} · {room}（可容纳{cap}人）").format(
                site=site_name, room=room.name, cap=room.capacity
            )
        )
        self.place.setWordWrap(True)
        form.addRow(self.tr("阵地房间"), self.place)
        self.day_edit = QDateEdit(QDate(day.year, day.month, day.day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.slot_combo = QComboBox()
        for value, label in enum_choices(BookingSlot):
            self.slot_combo.addItem(label, value)
        self.slot_combo.setCurrentIndex(self.slot_combo.findData(slot))
        when = QHBoxLayout()
        when.addWidget(self.day_edit)
        when.addWidget(self.slot_combo, 1)
        form.addRow(self.tr("日期时段"), when)
        self.org_edit = QLineEdit(placeholderText=self.tr("如：满庄镇北淳于村党支部"))
        self.contact_edit = QLineEdit()
        self.phone_edit = QLineEdit(placeholderText=self.tr("11位手机号码"))
        self.headcount_spin = QSpinBox(minimum=0, maximum=9999, value=min(20, room.capacity))
        self.headcount_spin.setSuffix(self.tr(" 人"))
        self.audience_combo = QComboBox(editable=True)
        for audience in AUDIENCES:
            self.audience_combo.addItem(self.tr(audience), audience)
        self.activity_combo = QComboBox()
        for value, label in enum_choices(Activity):
            self.activity_combo.addItem(label, value)
        self.activity_combo.setCurrentIndex(self.activity_combo.findData(Activity.THEME_DAY.value))
        self.topic_edit = QLineEdit(placeholderText=self.tr("如：学习贯彻党的二十届四中全会精神"))
        self.guide_check = QCheckBox(self.tr("需要讲解员"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(64)
        self.note_edit.setTabChangesFocus(True)
        self.fields: dict[str, QWidget] = {
            "org_name": self.org_edit,
            "contact_name": self.contact_edit,
            "contact_phone": self.phone_edit,
            "headcount": self.headcount_spin,
            "day": self.day_edit,
            "slot": self.slot_combo,
            "activity": self.activity_combo,
            "audience": self.audience_combo,
            "topic": self.topic_edit,
        }
        form.addRow(self.tr("预约单位*"), self.org_edit)
        form.addRow(self.tr("联系人*"), self.contact_edit)
        form.addRow(self.tr("手机号码*"), self.phone_edit)
        form.addRow(self.tr("参加人数*"), self.headcount_spin)
        form.addRow(self.tr("参加对象"), self.audience_combo)
        form.addRow(self.tr("活动类型*"), self.activity_combo)
        form.addRow(self.tr("活动主题"), self.topic_edit)
        self.extra_list = QListWidget()
        self.extra_list.setObjectName("extraRooms")
        self.extra_list.setFixedHeight(84)
        for r in other_rooms:
            item = QListWidgetItem(self.tr("{name}（{cap}人）").format(name=r.name, cap=r.capacity))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.extra_list.addItem(item)
        self.fields["room_id"] = self.extra_list
        if other_rooms:
            form.addRow(self.tr("加选房间"), self.extra_list)
        else:
            self.extra_list.hide()
        form.addRow("", self.guide_check)
        form.addRow(self.tr("备注"), self.note_edit)
        self.error_label = QLabel(objectName="bookingError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #cf222e;")
        self.error_label.hide()
        self.alt_box = QGridLayout()
        self.alt_buttons: list[QPushButton] = []
        buttons = QDialogButtonBox()
        self.submit_btn = buttons.addButton(
            self.tr("提交预约"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.submit_btn.setDefault(True)
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(self.alt_box)
        layout.addWidget(buttons)
        self.org_edit.setFocus()

    def draft(self) -> BookingDraft:
        """Return what the form holds."""
        d = self.day_edit.date()
        return BookingDraft(
            room_id=self.room_id,
            org_name=self.org_edit.text(),
            contact_name=self.contact_edit.text(),
            contact_phone=self.phone_edit.text(),
            headcount=self.headcount_spin.value(),
            day=date(d.year(), d.month(), d.day()),
            slot=self.slot_combo.currentData(),
            activity=self.activity_combo.currentData(),
            audience=self.audience(),
            topic=self.topic_edit.text(),
            guide_needed=self.guide_check.isChecked(),
            note=self.note_edit.toPlainText(),
            extra_room_ids=self.extra_room_ids(),
        )

    def audience(self) -> str:
        """Return the audience: a listed one in Chinese, or whatever the clerk typed."""
        text = self.audience_combo.currentText()
        i = self.audience_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.audience_combo.itemData(i) if i >= 0 else text

    def extra_room_ids(self) -> tuple[str, ...]:
        """Return the ids of the ticked extra rooms."""
        items = (self.extra_list.item(i) for i in range(self.extra_list.count()))
        return tuple(
            it.data(Qt.ItemDataRole.UserRole)
            for it in items
            if it.checkState() == Qt.CheckState.Checked
        )

    def submit(self) -> None:
        """Send the form to the service; the dialog closes only when the booking is stored."""
        draft, org = self.draft(), self.ctx.user.org_code
        self.submit_btn.setEnabled(False)
        run_op(
            self,
            self.ctx,
            lambda s: create_booking(s, draft=draft, org=org),
            on_success=self._saved,
            on_error=self._failed,
            changes={"booking"},
        )

    def _saved(self, view: BookingView) -> None:
        self.saved = view
        self.sig_saved.emit(view)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.submit_btn.setEnabled(True)
        if not isinstance(exc, DomainError):
            show_error(self, exc)
            return
        for w in self.fields.values():
            w.setStyleSheet("")
        errors = exc.errors if isinstance(exc, ValidationError) else {exc.field or "": exc.message}
        for name in errors:
            if name in self.fields:
                self.fields[name].setStyleSheet(ERROR_STYLE)
        first = next((self.fields[n] for n in errors if n in self.fields), None)
        if first is not None:
            first.setFocus()
        text = error_text(exc)
        if isinstance(exc, BookingConflict) and exc.alternatives:
            # the free choices become buttons below; the message keeps only who holds the slot
            text = self.tr("{taken}。可改约以下空闲时段或房间：").format(
                taken=service_text(exc.taken)
            )
        self.error_label.setText(text)
        self.error_label.show()
        self.error_label.setMinimumHeight(self.error_label.heightForWidth(self.width() - 24))
        self._show_alternatives(exc.alternatives if isinstance(exc, BookingConflict) else ())

    def _show_alternatives(self, alts: tuple[Alternative, ...]) -> None:
        for b in self.alt_buttons:
            b.deleteLater()
        self.alt_buttons = []
        for i, alt in enumerate(alts):
            button = QPushButton(self.tr("改约：{label}").format(label=self._alt_text(alt)))
            button.clicked.connect(lambda _=False, a=alt: self.use_alternative(a))
            self.alt_box.addWidget(button, i // 2, i % 2)
            self.alt_buttons.append(button)
        self.adjustSize()

    def _alt_text(self, alt: Alternative) -> str:
        slot = enum_text(BookingSlot, alt.slot).split(" ")[0]  # 上午 of "上午 09:00–11:30"
        return self.tr("{m}月{d}日 {slot} · {room}").format(
            m=alt.day.month, d=alt.day.day, slot=slot, room=alt.room_name
        )

    def use_alternative(self, alt: Alternative) -> None:
        """Move the form to a suggested free slot or room, keeping everything typed."""
        self.room_id = alt.room_id
        self.place.setText(self.tr("改约至：{label}").format(label=self._alt_text(alt)))
        self.day_edit.setDate(QDate(alt.day.year, alt.day.month, alt.day.day))
        self.slot_combo.setCurrentIndex(self.slot_combo.findData(alt.slot))
        self._show_alternatives(())
        self.error_label.hide()


class ReasonDialog(QDialog):
    """Ask for a reason (驳回 needs one; 取消 may give one)."""

    def __init__(self, title: str, prompt: str, *, required: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet("QWidget { font-size: 12pt; }")
        self.required = required
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(90)
        self.hint = QLabel(styleSheet="color: #cf222e;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_btn = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_btn.setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("返回"))
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)

    def reason(self) -> str:
        """Return the reason typed."""
        return self.edit.toPlainText().strip()

    def _ok(self) -> None:
        if self.required and not self.reason():
            self.hint.setText(self.tr("请填写理由"))
            self.edit.setFocus()
            return
        self.accept()


class CompleteDialog(QDialog):
    """Record the attended headcount and a 1–5 rating after the activity."""

    def __init__(self, booking: BookingView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("活动完成登记"))
        self.setStyleSheet("QWidget { font-size: 12pt; }")
        form = QFormLayout(self)
        form.addRow(
            QLabel(self.tr("{org}，预约{n}人").format(org=booking.org_name, n=booking.headcount))
        )
        self.attended_spin = QSpinBox(minimum=0, maximum=9999, value=booking.headcount)
        self.attended_spin.setSuffix(self.tr(" 人"))
        self.rating_combo = QComboBox()
        for stars in range(5, 0, -1):
            self.rating_combo.addItem("★" * stars + "☆" * (5 - stars), stars)
        form.addRow(self.tr("实到人数"), self.attended_spin)
        form.addRow(self.tr("活动评价"), self.rating_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("返回"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.attended_spin.setFocus()
        self.attended_spin.selectAll()

    def values(self) -> tuple[int, int]:
        """Return (attended, rating)."""
        return self.attended_spin.value(), int(self.rating_combo.currentData())
