"""The case detail panel of the transfer tab: header, departments and the full timeline."""

from __future__ import annotations

import html
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.domain.enums import CaseStatus, EventType, Satisfaction
from app.domain.transfer import CaseDetail
from app.views.labels import enum_text
from app.views.service_messages import service_text

CHINA = ZoneInfo("Asia/Shanghai")
_WARN = {
    "red": ("#cf222e", QT_TRANSLATE_NOOP("CaseDetailPanel", "已超期")),
    "yellow": ("#bf8700", QT_TRANSLATE_NOOP("CaseDetailPanel", "临近期限")),
    "none": ("#1a7f37", ""),
}


class CaseDetailPanel(QWidget):
    """Shows one case: number, status, running deadline, departments, and every event."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(self.tr("请选择左侧列表中的案件"), self)
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-size: 13pt;")
        # A word-wrapped label in a layout is given one line's height unless told otherwise.
        self.header.setMinimumHeight(84)
        layout.addWidget(self.header)
        self.departments = QLabel(self)
        self.departments.setWordWrap(True)
        self.departments.setMinimumHeight(48)
        layout.addWidget(self.departments)
        self.timeline = QTreeWidget(self)
        self.timeline.setHeaderLabels(
            [self.tr("时间"), self.tr("事件"), self.tr("经办"), self.tr("内容")]
        )
        self.timeline.setRootIsDecorated(False)
        self.timeline.setColumnWidth(0, 130)
        self.timeline.setColumnWidth(1, 80)
        self.timeline.setColumnWidth(2, 150)
        layout.addWidget(self.timeline, 1)
        self.detail: CaseDetail | None = None

    def clear(self) -> None:
        """Show nothing selected."""
        self.detail = None
        self.header.setText(self.tr("请选择左侧列表中的案件"))
        self.departments.clear()
        self.timeline.clear()

    def show_detail(self, d: CaseDetail) -> None:
        """Fill the panel from `d`."""
        self.detail = d
        row = d.row
        colour, warn = _WARN.get(row.warning, _WARN["none"])
        deadline = (
            row.deadline_at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M") if row.deadline_at else "—"
        )
        extra = []
        if d.pending_extension:
            days, reason = d.pending_extension
            extra.append(self.tr("待审批延期{0}日：{1}").format(days, reason))
        if d.satisfaction:
            extra.append(self.tr("评价：") + enum_text(Satisfaction, d.satisfaction))
        if d.reopens:
            extra.append(self.tr("重办{0}次").format(d.reopens))
        for patrol in d.patrols:
            extra.append(self.tr("来源巡查：") + html.escape(service_text(patrol)))
        status = enum_text(CaseStatus, row.status, row.status_label)
        warn_text = self.tr(warn) if warn else ""
        self.header.setText(
            f"<b>{row.case_no}</b>　{row.summary}<br>"
            + self.tr("状态：<b>{status}</b>　期限：{deadline}").format(
                status=status, deadline=deadline
            )
            + f"　<span style='color:{colour}'>{warn_text}</span>"
            + ("<br>" + self.tr("；").join(extra) if extra else "")
        )
        lines = []
        for a in d.assignments:
            role = self.tr("主办") if a.is_lead else self.tr("协办")
            marks = [self.tr("已签收") if a.signed else self.tr("未签收")]
            if not a.is_lead:
                marks.append(self.tr("已反馈") if a.reported else self.tr("未反馈"))
            if a.returns:
                marks.append(self.tr("退回{0}次").format(a.returns))
            lines.append(
                self.tr("{role}：{department}（{marks}）").format(
                    role=role, department=a.department, marks=self.tr("，").join(marks)
                )
            )
        self.departments.setText("<br>".join(lines) or self.tr("尚未交办"))
        self.timeline.clear()
        for e in d.timeline:
            text = service_text(e.text)
            item = QTreeWidgetItem(
                [
                    e.at.astimezone(CHINA).strftime("%m-%d %H:%M"),
                    enum_text(EventType, e.type, e.label),
                    "·".join(x for x in (service_text(e.actor), e.department) if x),
                    text + (self.tr("（未生效）") if e.no_effect else ""),
                ]
            )
            item.setToolTip(3, text)
            if e.no_effect:
                for col in range(4):
                    item.setForeground(col, QBrush(QColor("#8c959f")))
            self.timeline.addTopLevelItem(item)
        # Event names are longer in English than the column's 80 px.
        self.timeline.setColumnWidth(1, max(80, self.timeline.sizeHintForColumn(1) + 12))
        self.timeline.scrollToBottom()
