"""The case detail panel of the transfer tab: header, departments and the full timeline."""

from __future__ import annotations

import html
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.domain.enums import CaseStatus, EventType, PetitionStage, Satisfaction, TimeUnit
from app.domain.transfer import CaseDetail
from app.views.labels import enum_label, enum_text
from app.views.service_messages import service_text

CHINA = ZoneInfo("Asia/Shanghai")
_WARN = {
    "red": ("#cf222e", QT_TRANSLATE_NOOP("CaseDetailPanel", "已超期")),
    "yellow": ("#bf8700", QT_TRANSLATE_NOOP("CaseDetailPanel", "临近期限")),
    "none": ("#1a7f37", ""),
}


# The statutory clocks of a 信访 case, as app.services.transfer.petition names them.
_CLOCKS = (
    QT_TRANSLATE_NOOP("PetitionClock", "转送交办"),
    QT_TRANSLATE_NOOP("PetitionClock", "决定是否受理"),
    QT_TRANSLATE_NOOP("PetitionClock", "办理并出具处理意见"),
    QT_TRANSLATE_NOOP("PetitionClock", "办理（延期后）"),
    QT_TRANSLATE_NOOP("PetitionClock", "信访人申请复查"),
    QT_TRANSLATE_NOOP("PetitionClock", "信访人申请复核"),
    QT_TRANSLATE_NOOP("PetitionClock", "受理复查申请"),
    QT_TRANSLATE_NOOP("PetitionClock", "受理复核申请"),
    QT_TRANSLATE_NOOP("PetitionClock", "出具复查意见"),
    QT_TRANSLATE_NOOP("PetitionClock", "出具复核意见"),
)


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
        # A 信访 case's statutory clocks (hidden for other cases).
        self.clocks = QLabel(self)
        self.clocks.setObjectName("petitionClocks")
        self.clocks.setWordWrap(True)
        self.clocks.hide()
        layout.addWidget(self.clocks)
        self.timeline = QTreeWidget(self)
        self.timeline.setHeaderLabels(
            [self.tr("时间"), self.tr("事件"), self.tr("经办"), self.tr("内容")]
        )
        self.timeline.setRootIsDecorated(False)
        # 内容 wraps (long texts keep their middle on hover too) instead of ending in "…".
        self.timeline.setWordWrap(True)
        self.timeline.setUniformRowHeights(False)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.timeline.header().setStretchLastSection(True)
        self.timeline.header().sectionResized.connect(lambda *_a: self.timeline.doItemsLayout())
        self.timeline.setColumnWidth(0, 95)
        self.timeline.setColumnWidth(1, 80)
        self.timeline.setColumnWidth(2, 100)
        layout.addWidget(self.timeline, 1)
        self.detail: CaseDetail | None = None

    def clear(self) -> None:
        """Show nothing selected."""
        self.detail = None
        self.header.setText(self.tr("请选择左侧列表中的案件"))
        self.departments.clear()
        self.clocks.hide()
        self.timeline.clear()

    def _petition_line(self, d: CaseDetail) -> str:
        """The 信访 stage, its due date and the organs of 复查/复核 (终结 in red)."""
        p = d.petition
        assert p is not None
        stage = enum_text(PetitionStage, p.stage, p.stage_label)
        if p.final:
            return (
                "<b style='color:#cf222e'>"
                + self.tr("信访终结：复核意见已出具，同一事实和理由不再受理")
                + "</b>"
            )
        due = p.due_at.astimezone(CHINA).strftime("%Y-%m-%d") if p.due_at else "—"
        text = self.tr("信访阶段：<b>{stage}</b>　本阶段期限：{due}").format(stage=stage, due=due)
        if p.stage in (PetitionStage.OPINION, PetitionStage.REVIEW_OPINION):
            what = self.tr("复查") if p.stage == PetitionStage.OPINION else self.tr("复核")
            text = self.tr("信访阶段：<b>{stage}</b>　信访人可于{due}前申请{what}").format(
                stage=stage, due=due, what=what
            )
        if p.review_organ:
            text += "　" + self.tr("复查机关：{0}").format(p.review_organ)
        if p.recheck_organ:
            text += "　" + self.tr("复核机关：{0}").format(p.recheck_organ)
        return text

    def _fit_clocks(self) -> None:
        """Give the word-wrapped clock lines the height their text needs at this width."""
        width = max(self.contentsRect().width(), 200)  # the label spans the panel
        needed = self.clocks.heightForWidth(width) + 4
        if needed != self.clocks.minimumHeight():
            self.clocks.setMinimumHeight(needed)
            # Set during a layout pass (a resize), the new minimum would wait for the next one.
            QTimer.singleShot(0, self._relayout)

    def _relayout(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-fit the clock lines to the new width."""
        super().resizeEvent(event)
        if self.clocks.isVisible():
            self._fit_clocks()

    def _clock_lines(self, d: CaseDetail) -> str:
        """Each statutory clock: limit, due day, and whether it was met (red when missed)."""
        assert d.petition is not None
        days, workdays = enum_label(TimeUnit.DAYS), enum_label(TimeUnit.WORKING_DAYS)
        if days.isascii():  # "15 days" in English, "15日" in Chinese
            days, workdays = f" {days}", f" {workdays}"
        parts = []
        for c in d.petition.clocks:
            label = QCoreApplication.translate("PetitionClock", c.label)
            limit = c.limit.replace("工作日", "\0").replace("日", days).replace("\0", workdays)
            due = c.due_at.astimezone(CHINA).strftime("%Y-%m-%d") if c.due_at else "—"
            if c.on_time is None:
                mark, colour = self.tr("进行中"), "#57606a"
            elif c.on_time:
                mark, colour = self.tr("按期"), "#1a7f37"
            else:
                mark, colour = self.tr("超期"), "#cf222e"
            parts.append(
                f"<span style='color:{colour}'>"
                + self.tr("{label}（{limit}）至{due}·{mark}").format(
                    label=label, limit=limit, due=due, mark=mark
                )
                + "</span>"
            )
        return self.tr("；").join(parts)

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
        if d.petition is not None:
            extra.insert(0, self._petition_line(d))
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
        self.clocks.setVisible(d.petition is not None)
        if d.petition is not None:
            self.clocks.setText(self._clock_lines(d))
            self._fit_clocks()
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
