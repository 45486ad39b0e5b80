"""The side panel of the intake tab: the visitor's earlier cases and the repeat-visit warning."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CaseStatus
from app.domain.intake import CaseBrief
from app.services.intake.case_numbers import SHANGHAI
from app.views.labels import enum_text
from app.views.service_messages import service_text


def _line(c: CaseBrief) -> str:
    day = c.received_at.astimezone(SHANGHAI).strftime("%Y-%m-%d")
    status = enum_text(CaseStatus, c.status, c.status_label)
    return f"{day}　{c.case_no}　{status}\n{c.category_name}　{c.summary[:40]}"


class IntakeSidePanel(QWidget):
    """Earlier cases of the picked person; a warning with a link when this may be a repeat."""

    sig_link_repeat = Signal(str)  # case id the clerk linked this visit to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repeats: tuple[CaseBrief, ...] = ()
        self.linked_id: str | None = None
        self.warning = QLabel(self)
        self.warning.setObjectName("repeatWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.RichText)
        self.warning.setStyleSheet(
            "#repeatWarning { background: #fff8c5; border: 1px solid #d4a72c;"
            " border-radius: 6px; padding: 8px; }"
        )
        self.warning.linkActivated.connect(self._on_link)
        self.warning.hide()
        self.heading = QLabel(self.tr("来访人既往案件"), self)
        self.heading.setStyleSheet("font-weight: bold;")
        self.history = QListWidget(self)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty = QLabel(self.tr("（选中来访人后显示其既往案件，含已同步的其他中心案件）"), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #57606a;")
        self.history.setMinimumHeight(48)
        # Whatever height is left in the column: never what makes the form scroll.
        self.history.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.history, 1)

    def show_history(self, cases: tuple[CaseBrief, ...]) -> None:
        """List the person's earlier cases."""
        self.history.clear()
        for c in cases:
            item = QListWidgetItem(_line(c))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.history.addItem(item)
        self.empty.setVisible(not cases)
        if not cases:
            self.empty.setText(self.tr("无既往案件"))

    def show_repeats(self, cases: tuple[CaseBrief, ...], days: int) -> None:
        """Warn about possible repeats within `days`; each links to the earlier case."""
        self.repeats = cases
        if self.linked_id not in {c.id for c in cases}:
            self.linked_id = None
        if not cases:
            self.warning.hide()
            return
        links = "<br>".join(
            f'<a href="{html.escape(c.id)}">{html.escape(c.case_no)}</a>　'
            f"{html.escape(service_text(c.reason))}　{html.escape(c.summary[:30])}"
            for c in cases[:5]
        )
        linked_no = next((c.case_no for c in cases if c.id == self.linked_id), "")
        linked = (
            self.tr("（已关联前案 {no}，保存时标记为重复件）").format(no=linked_no)
            if self.linked_id
            else ""
        )
        self.warning.setText(
            self.tr("⚠ {n}日内可能重复来访：").format(n=days)
            + linked
            + "<br>"
            + links
            + "<br>"
            + (
                self.tr("点击编号改选前案；不是重复来访则不必理会。")
                if self.linked_id
                else self.tr(
                    "是重复来访：点击编号（或 Alt+L 关联第一条）；保存时才标记为“重复件”。"
                )
            )
        )
        self.warning.show()

    def link_first(self) -> None:
        """Alt+L: the clerk links this visit to the newest listed earlier case."""
        if self.repeats:
            self._on_link(self.repeats[0].id)

    def _on_link(self, case_id: str) -> None:
        self.linked_id = case_id
        self.show_repeats(self.repeats, self._days)
        self.sig_link_repeat.emit(case_id)

    _days = 30

    def set_days(self, days: int) -> None:
        """Set the window of the repeat check (for the warning text)."""
        self._days = days

    def clear(self) -> None:
        """Forget the person shown."""
        self.linked_id = None
        self.repeats = ()
        self.warning.hide()
        self.history.clear()
        self.empty.setText(self.tr("（选中来访人后显示其既往案件，含已同步的其他中心案件）"))
        self.empty.show()
