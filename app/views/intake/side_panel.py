"""The side panel of the intake tab: the visitor's earlier cases and the repeat-visit warning."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
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
from app.sync.lookup import OtherCentres
from app.views.labels import enum_text
from app.views.service_messages import service_text


def _line(c: CaseBrief, final: str) -> str:
    day = c.received_at.astimezone(SHANGHAI).strftime("%Y-%m-%d")
    status = final if c.petition_final else enum_text(CaseStatus, c.status, c.status_label)
    return f"{day}　{c.case_no}　{status}\n{c.category_name}　{c.summary[:40]}"


class IntakeSidePanel(QWidget):
    """Earlier cases of the picked person; a warning with a link when this may be a repeat."""

    sig_link_repeat = Signal(str)  # case id the clerk linked this visit to
    sig_open_case = Signal(str)  # case id of an earlier case to show in the case view

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
        # 其他中心: the district's answer (counts, townships, dates), or why there is none.
        self.other = QLabel(self)
        self.other.setObjectName("otherCentres")
        self.other.setWordWrap(True)
        self.other.hide()
        # 信访终结: said plainly when the same person comes back about a concluded matter.
        self.final = QLabel(self)
        self.final.setObjectName("petitionFinal")
        self.final.setWordWrap(True)
        self.final.setTextFormat(Qt.TextFormat.RichText)
        self.final.setStyleSheet(
            "#petitionFinal { background: #ffebe9; border: 1px solid #cf222e;"
            " border-radius: 6px; padding: 8px; color: #82071e; }"
        )
        self.final.hide()
        self.heading = QLabel(self.tr("来访人既往案件"), self)
        self.heading.setStyleSheet("font-weight: bold;")
        self.history = QListWidget(self)
        # Out of the form's Tab chain; a click (then Enter) or a double-click opens the case.
        self.history.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.history.itemActivated.connect(
            lambda item: self.sig_open_case.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.empty = QLabel(self.tr("（选中来访人后显示其既往案件，含已同步的其他中心案件）"), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #57606a;")
        self.history.setMinimumHeight(48)
        # Whatever height is left in the column: never what makes the form scroll.
        self.history.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.final)
        layout.addWidget(self.warning)
        layout.addWidget(self.other)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.history, 1)

    def show_history(self, cases: tuple[CaseBrief, ...]) -> None:
        """List the person's earlier cases."""
        self.history.clear()
        final_word = self.tr("【信访终结】")
        for c in cases:
            item = QListWidgetItem(_line(c, final_word))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            if c.petition_final:
                item.setForeground(QBrush(QColor("#cf222e")))
            self.history.addItem(item)
        self._show_final([c for c in cases if c.petition_final])
        self.empty.setVisible(not cases)
        if not cases:
            self.empty.setText(self.tr("无既往案件"))

    def show_other_pending(self) -> None:
        """Say that the district is being asked."""
        self.other.setStyleSheet("color: #57606a;")
        self.other.setText(self.tr("其他中心：正在查询…"))
        self.other.show()

    def show_other_centres(self, answer: OtherCentres) -> None:
        """Show the visitor's cases at other centres, or plainly why they are not known."""
        if answer.state == "nothing":
            self.other.hide()
            return
        self.other.show()
        if answer.state != "found":
            self.other.setStyleSheet("color: #57606a;")
            self.other.setText(service_text(answer.message))
            return
        if not answer.total:
            self.other.setStyleSheet("color: #57606a;")
            self.other.setText(self.tr("其他中心：无记录"))
            return
        places = self.tr("；").join(
            f"{t.name} "
            + " ".join(d.isoformat() for d in t.dates)
            + (self.tr("（共{n}件）").format(n=t.count) if t.count > len(t.dates) else "")
            for t in answer.townships
        )
        self.other.setStyleSheet("color: #9a6700; font-weight: bold;")
        self.other.setText(
            self.tr("其他中心：{n} 件，{places}").format(n=answer.total, places=places)
        )

    def _show_final(self, finals: list[CaseBrief]) -> None:
        if not finals:
            self.final.hide()
            return
        matters = "<br>".join(
            f"<b>{html.escape(c.case_no)}</b>　{html.escape(c.summary[:30])}" for c in finals[:5]
        )
        self.final.setText(
            self.tr("⚠ 信访终结：该来访人的下列信访事项已经处理、复查、复核，复核意见已出具。")
            + "<br>"
            + matters
            + "<br>"
            + self.tr(
                "以同一事实和理由再次提出的，不再受理（《信访工作条例》第三十六条）；"
                "请做好解释，引导其通过诉讼等法定途径解决。"
            )
        )
        self.final.show()

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
        self.other.hide()
        self.final.hide()
        self.history.clear()
        self.empty.setText(self.tr("（选中来访人后显示其既往案件，含已同步的其他中心案件）"))
        self.empty.show()
