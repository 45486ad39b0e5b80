"""监测预警: red and yellow cases, rising categories, villages with repeated visits, persons with
3+ cases in 90 days, group and high-risk cases. A case row opens the case; a category or village
row opens the case list filtered to exactly the cases it counts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.intake import CaseFilter
from app.domain.reports import Scope, WarningBoard, WarningCase
from app.services.reports import warnings as board_service
from app.services.reports.dashboard import month_period
from app.views.case_detail import CaseViewDialog, open_case_view
from app.views.context import AppContext
from app.views.operations import run_op
from app.views.widgets.list_out import Job, ListOutButtons

CHINA = ZoneInfo("Asia/Shanghai")
DISTRICT_CODE_LENGTH = 6


class WarningsPage(QWidget):
    """The 监测预警 board of this township (or the district on a district desk)."""

    icon_name = "warning"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: WarningBoard | None = None
        self.dialog: CaseViewDialog | None = None
        org = ctx.user.org_code
        self.scope = Scope(org=None if len(org) <= DISTRICT_CODE_LENGTH else org)
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(0, 1000)
        self.threshold.setDecimals(0)
        self.threshold.setSuffix("%")
        self.threshold.setSingleStep(10)
        self.threshold.setToolTip(
            self.tr(
                "本月受理超过前六个月月均多少即标为上升；默认值由区里设定，此处调整只影响本次查看"
            )
        )
        self.threshold_set = False
        self.summary = QLabel(self)
        self.summary.setStyleSheet("color: #57606a;")
        refresh = QPushButton(self.tr("刷新"), self)
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        heading = QLabel(self.tr("监测预警"), self)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("类别上升阈值"), self))
        top.addWidget(self.threshold)
        top.addWidget(self.summary, 1)
        self.list_out = ListOutButtons(
            ctx,
            self.overdue_job,
            file_stem=self.tr("超期案件清单"),
            label=self.tr("超期清单："),
            parent=self,
        )
        top.addWidget(self.list_out)
        top.addWidget(refresh)
        case_cols = [
            self.tr("案件编号"),
            self.tr("受理日期"),
            self.tr("类别"),
            self.tr("镇街"),
            self.tr("事项"),
        ]
        self.red = self._table([*case_cols, self.tr("时限")])
        # (the summary column is narrowed below so the limit or risk stays in view)
        self.yellow = self._table([*case_cols, self.tr("时限")])
        self.groups = self._table([*case_cols, self.tr("风险")])
        self.risky = self._table([*case_cols, self.tr("风险")])
        self.rising = self._table(
            [self.tr("类别"), self.tr("本月"), self.tr("前六月月均"), self.tr("变化")]
        )
        self.villages = self._table([self.tr("村（社区）"), self.tr("镇街"), self.tr("重复件")])
        self.persons = self._table([self.tr("姓名"), self.tr("件数"), self.tr("最近案件")])
        self.boxes: dict[str, QGroupBox] = {}
        grid = QGridLayout()
        for i, (key, table) in enumerate(
            (
                ("red", self.red),
                ("yellow", self.yellow),
                ("rising", self.rising),
                ("villages", self.villages),
                ("persons", self.persons),
                ("groups", self.groups),
                ("risky", self.risky),
            )
        ):
            box = QGroupBox(self)
            QVBoxLayout(box).addWidget(table)
            self.boxes[key] = box
            grid.addWidget(box, i // 2, i % 2)
        for table in (self.red, self.yellow, self.groups, self.risky):
            table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(4, 220)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        for table in (self.red, self.yellow, self.groups, self.risky):
            table.cellActivated.connect(
                lambda row, _c, t=table: self.open_case(
                    t.item(row, 0).data(Qt.ItemDataRole.UserRole)
                )
            )
        self.persons.cellActivated.connect(
            lambda row, _c: self.open_case(self.persons.item(row, 2).data(Qt.ItemDataRole.UserRole))
        )
        self.rising.cellActivated.connect(self._rising_clicked)
        self.villages.cellActivated.connect(self._village_clicked)
        self.threshold.editingFinished.connect(self.refresh)
        ctx.bus.sig_data_changed.connect(self._on_data_changed)
        self._set_titles()
        self.refresh()

    def title(self) -> str:
        """Return the tab title."""
        return self.tr("监测预警")

    def overdue_job(self) -> Job:
        """Return the export of every overdue case of the board's scope (not only those shown)."""
        org = self.scope.org

        def job(session: Any, progress: Any) -> Any:
            from app.services.lists import build_table

            return build_table(session, "overdue", org=org, progress=progress)

        return job

    def _table(self, headers: Sequence[str]) -> QTableWidget:
        t = QTableWidget(0, len(headers), self)
        t.setHorizontalHeaderLabels(list(headers))
        t.verticalHeader().setVisible(False)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setToolTip(self.tr("双击或按回车键打开"))
        header = t.horizontalHeader()
        for c in range(len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        t.verticalHeader().setDefaultSectionSize(24)
        return t

    def _set_titles(self) -> None:
        b = self.board

        def n(items: Sequence[object] | None, total: str = "") -> str:
            if b is None or items is None:
                return ""
            count = b.totals.get(total, len(items)) if total else len(items)
            return self.tr("（{count}）").format(count=count)

        titles = {
            "red": self.tr("红色预警：已超期{n}").format(n=n(b and b.red, "red")),
            "yellow": self.tr("黄色预警：临近期限{n}").format(n=n(b and b.yellow, "yellow")),
            "rising": self.tr("上升类别（本月对比前六月月均）{n}").format(n=n(b and b.rising)),
            "villages": self.tr("重复来访村（社区）{n}").format(n=n(b and b.villages)),
            "persons": self.tr("90日内来访3次以上人员{n}").format(n=n(b and b.persons)),
            "groups": self.tr("在办群体性案件{n}").format(n=n(b and b.group_cases, "group")),
            "risky": self.tr("在办高风险案件（橙、红）{n}").format(
                n=n(b and b.high_risk, "high_risk")
            ),
        }
        for key, box in self.boxes.items():
            box.setTitle(titles[key])

    def refresh(self) -> None:
        """Reload the board."""
        scope = self.scope
        threshold = self.threshold.value() / 100 if self.threshold_set else None
        run_op(
            self,
            self.ctx,
            lambda s: board_service.warning_board(s, scope=scope, threshold=threshold),
            on_success=self._show,
        )

    def _on_data_changed(self, kinds: object) -> None:
        if isinstance(kinds, frozenset) and "case" in kinds:
            self.refresh()

    def _show(self, board: WarningBoard) -> None:
        self.board = board
        if not self.threshold_set:
            self.threshold.blockSignals(True)
            self.threshold.setValue(board.threshold * 100)
            self.threshold.blockSignals(False)
            self.threshold_set = True
        self._fill_cases(self.red, board.red, deadline=True)
        self._fill_cases(self.yellow, board.yellow, deadline=True)
        self._fill_cases(self.groups, board.group_cases, deadline=False)
        self._fill_cases(self.risky, board.high_risk, deadline=False)
        self._fill(
            self.rising,
            [
                (
                    x.category_id,
                    [
                        x.name,
                        str(x.this_month),
                        f"{x.mean_before:.1f}",
                        self.tr("新增") if x.change is None else f"{x.change * 100:+.0f}%",
                    ],
                )
                for x in board.rising
            ],
        )
        self._fill(
            self.villages,
            [(v.village_id, [v.name, v.town_name, str(v.repeats)]) for v in board.villages],
        )
        self._fill(
            self.persons,
            [(p.person_id, [p.name, str(p.cases), p.latest_case_no]) for p in board.persons],
        )
        for row, p in enumerate(board.persons):
            self.persons.item(row, 2).setData(Qt.ItemDataRole.UserRole, p.latest_case_id)
        self._set_titles()
        self.summary.setText(
            self.tr("更新于 {time}").format(time=datetime.now(CHINA).strftime("%H:%M"))
        )

    def _fill(self, table: QTableWidget, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        table.setRowCount(len(rows))
        for r, (key, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, key)
                table.setItem(r, c, item)

    def _fill_cases(
        self, table: QTableWidget, cases: Sequence[WarningCase], *, deadline: bool
    ) -> None:
        risk = {
            "red": self.tr("红"),
            "orange": self.tr("橙"),
            "yellow": self.tr("黄"),
            "none": self.tr("一般"),
        }
        rows = []
        for c in cases:
            last = (
                c.deadline_at.astimezone(CHINA).strftime("%m-%d %H:%M")
                if deadline and c.deadline_at
                else risk.get(c.level, c.level)
            )
            rows.append(
                (
                    c.id,
                    [
                        c.case_no,
                        c.received_at.astimezone(CHINA).strftime("%Y-%m-%d"),
                        c.category_name,
                        c.town_name,
                        c.summary,
                        last,
                    ],
                )
            )
        self._fill(table, rows)
        colour = {"red": "#cf222e", "orange": "#bc4c00"}
        for r, c in enumerate(cases):
            if c.level in colour:
                table.item(r, 5).setForeground(QBrush(QColor(colour[c.level])))

    def open_case(self, case_id: str | None) -> None:
        """Open one case's detail."""
        if case_id:
            self.dialog = open_case_view(self, self.ctx, case_id)

    def _show_cases(self, filt: CaseFilter) -> None:
        self.ctx.bus.sig_show_cases.emit(filt)

    def _rising_clicked(self, row: int, _col: int) -> None:
        if self.board is None:
            return
        x = self.board.rising[row]
        month = month_period(datetime.now(CHINA).strftime("%Y-%m"))
        self._show_cases(
            CaseFilter(
                owner_org=self.scope.org,
                category_id=x.category_id,
                date_from=month.start,
                date_to=month.end,
                label=self.tr("本月受理 · {name}").format(name=x.name),
            )
        )

    def _village_clicked(self, row: int, _col: int) -> None:
        if self.board is None:
            return
        v = self.board.villages[row]
        since = board_service.window_start(datetime.now(CHINA), self.board.window_days)
        self._show_cases(
            CaseFilter(
                owner_org=self.scope.org,
                village_id=v.village_id,
                repeat_only=True,
                date_from=since,
                label=self.tr("重复件 · {name}").format(name=v.name),
            )
        )
