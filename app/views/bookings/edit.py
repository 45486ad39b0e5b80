"""Edit a booking (or every date of its series), and the bookings the district server refused."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.bookings import Alternative, BookingEdit, BookingView, RefusedBooking
from app.domain.enums import BookingSlot
from app.services.bookings import editing, refusals
from app.services.errors import DomainError, ValidationError
from app.views.context import AppContext
from app.views.labels import enum_text
from app.views.operations import error_text, run_op, show_error

ERROR_STYLE = "border: 2px solid #cf222e;"


def alt_text(widget: QWidget, alt: Alternative) -> str:
    """Return 12月8日 下午 · 研讨室 for a free choice, in the UI language."""
    slot = enum_text(BookingSlot, alt.slot).split(" ")[0]
    return widget.tr("{m}月{d}日 {slot} · {room}").format(
        m=alt.day.month, d=alt.day.day, slot=slot, room=alt.room_name
    )


class EditBookingDialog(QDialog):
    """Change the form of one booking, or of every date of its series not yet begun."""

    sig_saved = Signal(object)  # BookingView, or SeriesEditResult for a series

    def __init__(
        self, ctx: AppContext, booking: BookingView, *, series: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.booking = booking
        self.series = series
        self.result_value: object | None = None
        self.setObjectName("editBookingDialog")
        self.setWindowTitle(self.tr("修改整个重复预约") if series else self.tr("修改预约"))
        self.setStyleSheet("QWidget { font-size: 12pt; }")
        self.setMinimumWidth(520)
        form = QFormLayout()
        slot = enum_text(BookingSlot, booking.slot, booking.slot_label).split(" ")[0]
        where = self.tr("{site} · {rooms}　{day} {slot}").format(
            site=booking.site_name, rooms=booking.rooms_label, day=f"{booking.day:%Y-%m-%d}",
            slot=slot,
        )  # fmt: skip
        if series:
            where = self.tr("{where}（及该系列以后各次）").format(where=where)
        place = QLabel(where)
        place.setWordWrap(True)
        form.addRow(self.tr("预约"), place)
        self.org_edit = QLineEdit(booking.org_name)
        self.contact_edit = QLineEdit(booking.contact_name)
        self.phone_edit = QLineEdit(placeholderText=booking.phone_masked)
        self.phone_edit.setToolTip(self.tr("留空则保留原号码"))
        self.headcount_spin = QSpinBox(minimum=0, maximum=9999, value=booking.headcount)
        self.headcount_spin.setSuffix(self.tr(" 人"))
        self.audience_edit = QLineEdit(booking.audience)
        self.topic_edit = QLineEdit(booking.topic)
        self.guide_check = QCheckBox(self.tr("需要讲解员"))
        self.guide_check.setChecked(booking.guide_needed)
        self.note_edit = QPlainTextEdit(booking.note)
        self.note_edit.setFixedHeight(60)
        self.note_edit.setTabChangesFocus(True)
        self.fields: dict[str, QWidget] = {
            "org_name": self.org_edit,
            "contact_name": self.contact_edit,
            "contact_phone": self.phone_edit,
            "headcount": self.headcount_spin,
            "audience": self.audience_edit,
            "topic": self.topic_edit,
        }
        form.addRow(self.tr("预约单位*"), self.org_edit)
        form.addRow(self.tr("联系人*"), self.contact_edit)
        form.addRow(self.tr("手机号码"), self.phone_edit)
        form.addRow(self.tr("参加人数*"), self.headcount_spin)
        form.addRow(self.tr("参加对象"), self.audience_edit)
        form.addRow(self.tr("活动主题"), self.topic_edit)
        form.addRow("", self.guide_check)
        form.addRow(self.tr("备注"), self.note_edit)
        hint = QLabel(self.tr("更改日期、时段或房间：请取消后重新预约（需重新审核）。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #57606a;")
        self.error_label = QLabel(objectName="editError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #cf222e;")
        self.error_label.hide()
        buttons = QDialogButtonBox()
        self.save_btn = buttons.addButton(
            self.tr("保存修改"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_btn.setDefault(True)
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def edit(self) -> BookingEdit:
        """Return what the form holds (read on the GUI thread)."""
        return BookingEdit(
            org_name=self.org_edit.text(),
            contact_name=self.contact_edit.text(),
            contact_phone=self.phone_edit.text(),
            headcount=self.headcount_spin.value(),
            audience=self.audience_edit.text(),
            topic=self.topic_edit.text(),
            guide_needed=self.guide_check.isChecked(),
            note=self.note_edit.toPlainText(),
        )

    def save(self) -> None:
        """Send the changes; the dialog closes only once they are stored."""
        edit, actor, b = self.edit(), self.ctx.actor(), self.booking
        self.save_btn.setEnabled(False)
        if self.series and b.series_id:
            series_id = b.series_id

            def fn(s):  # type: ignore[no-untyped-def]
                return editing.edit_series(s, series_id=series_id, edit=edit, actor=actor)
        else:

            def fn(s):  # type: ignore[no-untyped-def]
                return editing.edit_booking(s, booking_id=b.id, edit=edit, actor=actor)

        run_op(
            self, self.ctx, fn, on_success=self._saved, on_error=self._failed, changes={"booking"}
        )

    def _saved(self, value: object) -> None:
        self.result_value = value
        self.sig_saved.emit(value)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_btn.setEnabled(True)
        if not isinstance(exc, DomainError):
            show_error(self, exc)
            return
        errors = exc.errors if isinstance(exc, ValidationError) else {exc.field or "": exc.message}
        for name, w in self.fields.items():
            w.setStyleSheet(ERROR_STYLE if name in errors else "")
        self.error_label.setText(error_text(exc))
        self.error_label.show()


class RefusedDialog(QDialog):
    """The bookings the district server refused for a clash: why, and the nearest free slots."""

    sig_rebooked = Signal(object)  # the new BookingView

    def __init__(
        self, ctx: AppContext, refused: tuple[RefusedBooking, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("refusedDialog")
        self.setWindowTitle(self.tr("被区级服务器退回的预约"))
        self.setStyleSheet("QWidget { font-size: 12pt; }")
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "以下预约是在本机离线时提交的，同步时发现同一时段已被其他单位先预约，"
                "区级服务器保留了先到的预约。可直接改约到最近的空闲时段（改约后需重新审核）："
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choice_buttons: list[QPushButton] = []
        for r in refused:
            b = r.booking
            slot = enum_text(BookingSlot, b.slot, b.slot_label).split(" ")[0]
            head = QLabel(
                self.tr("{org}　{day} {slot} · {rooms}\n退回原因：{reason}").format(
                    org=b.org_name,
                    day=f"{b.day:%Y-%m-%d}",
                    slot=slot,
                    rooms=b.rooms_label,
                    reason=r.reason,
                )
            )
            head.setWordWrap(True)
            head.setStyleSheet("font-weight: bold; margin-top: 8px;")
            layout.addWidget(head)
            grid = QGridLayout()
            if not r.nearest:
                grid.addWidget(QLabel(self.tr("前后两周内本阵地没有空闲时段，请另选阵地")), 0, 0)
            for i, alt in enumerate(r.nearest):
                button = QPushButton(self.tr("改约：{label}").format(label=alt_text(self, alt)))
                button.clicked.connect(lambda _=False, bid=b.id, a=alt: self.rebook(bid, a))
                grid.addWidget(button, i // 2, i % 2)
                self.choice_buttons.append(button)
            layout.addLayout(grid)
        self.error_label = QLabel(objectName="refusedError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #cf222e;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rebook(self, booking_id: str, choice: Alternative) -> None:
        """Book the refused booking again at `choice`."""
        actor = self.ctx.actor()
        run_op(
            self,
            self.ctx,
            lambda s: refusals.rebook_refused(s, booking_id=booking_id, choice=choice, actor=actor),
            on_success=self._rebooked,
            on_error=self._failed,
            changes={"booking"},
        )

    def _rebooked(self, view: BookingView) -> None:
        self.sig_rebooked.emit(view)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            show_error(self, exc)
            return
        self.error_label.setText(error_text(exc))
        self.error_label.show()
