"""The home page: today's figures, and the supervisor's dashboard (统计研判) for any period.

Role-aware: the window clerk sees today's counts first; supervisors see the dashboard first. Every
figure clicks through to the case list filtered to exactly its cases (app.services.reports.
dashboard.case_filter); the monthly report (月报) is built in the background.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Channel, Role
from app.domain.intake import NONE_KEY, CaseFilter, Choice
from app.domain.reports import Bucket, Dashboard, Period, Scope, TodayCounts
from app.services.reports import dashboard as dash
from app.services.reports.stats import today_counts
from app.views.context import AppContext
from app.views.labels import enum_label
from app.views.operations import Progress, run_long_op, run_op
from app.views.widgets.charts import BarChart, LineChart, Point, Series
from app.views.widgets.searchable_combo import SearchableCombo

CHINA = ZoneInfo("Asia/Shanghai")
DISTRICT_CODE_LENGTH = 6
LINES = (
    ("received", "#0969da"),
    ("closed", "#1a7f37"),
    ("open", "#bf8700"),
    ("overdue", "#cf222e"),
)


class _Card(QFrame):
    """One big figure with its caption."""

    def __init__(self, caption: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(
            f"#card {{ border: 1px solid #d0d7de; border-radius: 8px; background: white; }}"
            f" QLabel#value {{ color: {colour}; font-size: 30pt; font-weight: bold; }}"
            " QLabel#caption { color: #57606a; font-size: 12pt; }"
        )
        layout = QVBoxLayout(self)
        self.value = QLabel("—", self)
        self.value.setObjectName("value")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption_label = QLabel(caption, self)
        caption_label.setObjectName("caption")
        caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.value)
        layout.addWidget(caption_label)


class _Tile(QPushButton):
    """A clickable figure of the dashboard: the value over its caption."""

    def __init__(self, caption: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(64)
        self.setStyleSheet(
            "QPushButton { border: 1px solid #d0d7de; border-radius: 6px; background: white;"
            f" color: {colour}; font-size: 12pt; text-align: center; padding: 4px; }}"
            " QPushButton:hover { background: #f6f8fa; border-color: #0969da; }"
        )
        self.set_value("—")

    def set_value(self, value: str) -> None:
        """Show `value` above the caption."""
        self.setText(f"{value}\n{self.caption}")


class _SortItem(QTableWidgetItem):
    """A cell shown as text (a rate) that sorts by its number."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        role = Qt.ItemDataRole.UserRole + 1
        mine, theirs = self.data(role), other.data(role)
        if mine is None or theirs is None:  # plain cells: their displayed value
            mine = self.data(Qt.ItemDataRole.DisplayRole)
            theirs = other.data(Qt.ItemDataRole.DisplayRole)
        try:
            return bool(mine < theirs)
        except TypeError:
            return str(mine) < str(theirs)


class HomePage(QWidget):
    """Today's counts and the dashboard: trend, categories, channels, places, departments."""

    icon_name = "home"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counts: TodayCounts | None = None
        self.data: Dashboard | None = None
        self.report_dialog: Any = None
        self.district_desk = len(ctx.user.org_code) <= DISTRICT_CODE_LENGTH
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(20, 16, 20, 16)
        self.body.setSpacing(12)

        today = QWidget(body)
        tl = QVBoxLayout(today)
        tl.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(today)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        tl.addWidget(self.heading)
        cards = QGridLayout()
        cards.setSpacing(12)
        self.cards = {
            "received_today": _Card(self.tr("今日受理"), "#0969da"),
            "open": _Card(self.tr("在办案件"), "#1a7f37"),
            "due_soon": _Card(self.tr("黄色预警"), "#bf8700"),
            "overdue": _Card(self.tr("红色预警（已超期）"), "#cf222e"),
            "closed_today": _Card(self.tr("今日办结"), "#6e7781"),
        }
        live = self.tr("当前数字，与“案件流转”各队列一致（同一统计范围）")
        for key in ("open", "due_soon", "overdue"):
            self.cards[key].setToolTip(live)
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, i)
        tl.addLayout(cards)
        self.footer = QLabel(today)
        self.footer.setStyleSheet("color: #57606a;")
        tl.addWidget(self.footer)

        board = self._build_dashboard(body)
        # The window clerk works from today's counts; supervisors from the dashboard.
        if ctx.user.role in (Role.FRONT_DESK.value, Role.HANDLER.value):
            self.body.addWidget(today)
            self.body.addWidget(board)
        else:
            self.body.addWidget(board)
            self.body.addWidget(today)
        self.body.addStretch(1)
        ctx.bus.sig_data_changed.connect(self._on_data_changed)
        run_op(self, ctx, dash.scope_choices, on_success=self._set_choices)
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _build_dashboard(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("统计研判"), box)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        controls = QHBoxLayout()
        controls.addWidget(title)
        controls.addSpacing(12)
        self.period = QComboBox(box)
        for key, text in (
            ("month", self.tr("本月")),
            ("last_month", self.tr("上月")),
            ("days30", self.tr("近30天")),
            ("year", self.tr("本年")),
            ("custom", self.tr("自定义")),
        ):
            self.period.addItem(text, key)
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), today.month(), 1), box)
        self.date_to = QDateEdit(today, box)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
        self.scope = QComboBox(box)
        if self.district_desk:
            self.scope.addItem(self.tr("全区"), None)
        else:
            self.scope.addItem(self.tr("本镇街"), self.ctx.user.org_code)
        self.category = SearchableCombo(box, placeholder=self.tr("全部类别"))
        self.department = SearchableCombo(box, placeholder=self.tr("全部部门"))
        for combo in (self.category, self.department):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.report = QPushButton(self.tr("生成月报…"), box)
        for w in (
            self.period,
            self.date_from,
            QLabel("—", box),
            self.date_to,
            self.scope,
            self.category,
            self.department,
        ):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(self.report)
        layout.addLayout(controls)

        tiles = QGridLayout()
        tiles.setSpacing(8)
        self.tiles = {
            "received": _Tile(self.tr("受理"), "#0969da"),
            "closed": _Tile(self.tr("办结"), "#1a7f37"),
            "open": _Tile(self.tr("在办（本期受理）"), "#bf8700"),
            "overdue": _Tile(self.tr("超期（本期受理）"), "#cf222e"),
            "repeat": _Tile(self.tr("重复件"), "#8250df"),
            "group": _Tile(self.tr("群体性"), "#bc4c00"),
        }
        for i, (measure, tile) in enumerate(self.tiles.items()):
            tile.clicked.connect(lambda _=False, m=measure: self._drill(m))
            tiles.addWidget(tile, 0, i)
        self.rate_labels = {
            "resolution_rate": QLabel(box),
            "on_time_rate": QLabel(box),
            "avg_days": QLabel(box),
            "p90_days": QLabel(box),
            "satisfaction_rate": QLabel(box),
            "repeat_rate": QLabel(box),
        }
        for i, label in enumerate(self.rate_labels.values()):
            label.setStyleSheet("font-size: 11pt; color: #24292f;")
            tiles.addWidget(label, 1, i)
        layout.addLayout(tiles)

        self.line = LineChart(box)
        self.line.setMinimumHeight(230)
        self.line.sig_clicked.connect(self._line_clicked)
        trend = QGroupBox(self.tr("受理、办结、在办、超期走势"), box)
        QVBoxLayout(trend).addWidget(self.line)
        layout.addWidget(trend)

        bars = QHBoxLayout()
        self.by_category = BarChart("#0969da", box)
        self.by_category.sig_clicked.connect(lambda k: self._drill("received", "category", k))
        self.by_channel = BarChart("#8250df", box)
        self.by_channel.sig_clicked.connect(lambda k: self._drill("received", "channel", k))
        for title_text, chart in (
            (self.tr("按类别（受理）"), self.by_category),
            (self.tr("按渠道（受理）"), self.by_channel),
        ):
            group = QGroupBox(title_text, box)
            QVBoxLayout(group).addWidget(chart)
            chart.setMinimumHeight(260)
            bars.addWidget(group)
        layout.addLayout(bars)

        tables = QHBoxLayout()
        self.places_box = QGroupBox(box)
        self.places = self._table(
            [self.tr("地区"), self.tr("受理"), self.tr("办结"), self.tr("在办"), self.tr("超期")]
        )
        self.places.cellClicked.connect(self._place_clicked)
        QVBoxLayout(self.places_box).addWidget(self.places)
        depts = QGroupBox(self.tr("部门履职（在办、超期为当前；办结、退回为本期）"), box)
        self.departments = self._table(
            [
                self.tr("部门"),
                self.tr("在办"),
                self.tr("超期"),
                self.tr("办结"),
                self.tr("按时办结率"),
                self.tr("退回"),
            ]
        )
        self.departments.cellClicked.connect(self._department_clicked)
        QVBoxLayout(depts).addWidget(self.departments)
        tables.addWidget(self.places_box, 2)
        tables.addWidget(depts, 3)
        layout.addLayout(tables)

        self.period.currentIndexChanged.connect(self._on_period)
        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(lambda _d: self.refresh_dashboard())
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh_dashboard())
        self.category.sig_value_changed.connect(lambda _v: self.refresh_dashboard())
        self.department.sig_value_changed.connect(lambda _v: self.refresh_dashboard())
        self.report.clicked.connect(self._ask_report)
        return box

    def _table(self, headers: list[str]) -> QTableWidget:
        t = QTableWidget(0, len(headers), self)
        t.setHorizontalHeaderLabels(headers)
        t.verticalHeader().setVisible(False)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        t.setSortingEnabled(True)
        t.setMinimumHeight(300)
        header = t.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        return t

    def title(self) -> str:
        """Return the tab title."""
        return self.tr("首页")

    def _set_choices(self, choices: tuple[tuple[Choice, ...], tuple[Choice, ...]]) -> None:
        self.category.set_choices(choices[0], blank="")
        self.department.set_choices(choices[1], blank="")

    # -- state ----------------------------------------------------------------------------

    def current_period(self) -> Period:
        """Return the period the controls choose."""
        today = datetime.now(CHINA).date()
        key = self.period.currentData()
        if key == "last_month":
            end = today.replace(day=1) - timedelta(days=1)
            return Period(end.replace(day=1), end)
        if key == "days30":
            return Period(today - timedelta(days=29), today)
        if key == "year":
            return Period(date(today.year, 1, 1), today)
        if key == "custom":
            start: date = self.date_from.date().toPython()  # type: ignore[assignment]
            end_: date = self.date_to.date().toPython()  # type: ignore[assignment]
            return Period(min(start, end_), max(start, end_))
        return dash.month_period(today.strftime("%Y-%m"))

    def current_scope(self) -> Scope:
        """Return the scope the controls choose."""
        return Scope(
            org=self.scope.currentData(),
            category_id=self.category.value(),
            department_id=self.department.value(),
        )

    def _on_period(self, _i: int) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        if not custom:  # the date boxes show what the choice means
            p = self.current_period()
            for box, day in ((self.date_from, p.start), (self.date_to, p.end)):
                box.blockSignals(True)
                box.setDate(QDate(day.year, day.month, day.day))
                box.blockSignals(False)
        self.refresh_dashboard()

    def refresh(self) -> None:
        """Reload today's figures and the dashboard."""
        org = self.ctx.user.org_code if not self.district_desk else None
        now = datetime.now(CHINA)
        run_op(self, self.ctx, lambda s: today_counts(s, org=org, now=now), on_success=self._show)
        self.refresh_dashboard()

    def refresh_dashboard(self) -> None:
        """Reload the dashboard for the chosen period and scope."""
        period, scope = self.current_period(), self.current_scope()
        run_op(
            self,
            self.ctx,
            lambda s: dash.dashboard(s, period=period, scope=scope),
            on_success=self._show_dashboard,
        )

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if "case" in kinds:
            self.refresh()

    # -- showing --------------------------------------------------------------------------

    def _show(self, counts: TodayCounts) -> None:
        self.counts = counts
        today = datetime.now(CHINA)
        self.heading.setText(
            self.tr("{date} 工作概况").format(date=today.strftime(self.tr("%Y年%m月%d日")))
        )
        for key, card in self.cards.items():
            card.value.setText(f"{getattr(counts, key):,}")
        u = self.ctx.user
        self.footer.setText(
            self.tr("当前用户：{name}（{window}）　统计范围：{scope}　设备：{device}").format(
                name=u.display_name,
                window=u.window_name or "—",
                scope=self.tr("全区")
                if self.district_desk
                else self.tr("本镇街 {org}").format(org=u.org_code),
                device=self.ctx.device.device_code,
            )
        )

    def _show_dashboard(self, d: Dashboard) -> None:
        if d.period != self.current_period() or d.scope != self.current_scope():
            return  # an older request answered after the controls changed
        self.data = d
        r = d.rates
        for measure, value in (
            ("received", r.received),
            ("closed", r.closed),
            ("open", r.open),
            ("overdue", r.overdue),
            ("repeat", r.repeats),
            ("group", r.group_cases),
        ):
            self.tiles[measure].set_value(f"{value:,}")

        def pct(v: float | None) -> str:
            return "—" if v is None else f"{v * 100:.1f}%"

        def days(v: float | None) -> str:
            return "—" if v is None else self.tr("{n} 天").format(n=f"{v:.1f}")

        texts = {
            "resolution_rate": self.tr("化解成功率 {v}").format(v=pct(r.resolution_rate)),
            "on_time_rate": self.tr("按时办结率 {v}").format(v=pct(r.on_time_rate)),
            "avg_days": self.tr("平均办结 {v}").format(v=days(r.avg_days)),
            "p90_days": self.tr("九成办结 {v}").format(v=days(r.p90_days)),
            "satisfaction_rate": self.tr("回访满意率 {v}").format(v=pct(r.satisfaction_rate)),
            "repeat_rate": self.tr("重复件占比 {v}").format(v=pct(r.repeat_rate)),
        }
        for key, label in self.rate_labels.items():
            label.setText(texts[key])
        titles = {
            "received": self.tr("受理"),
            "closed": self.tr("办结"),
            "open": self.tr("在办"),
            "overdue": self.tr("超期"),
        }
        self.line.set_series(
            [
                Series(
                    name,
                    titles[name],
                    colour,
                    tuple(Point(b.key, b.label, getattr(b, name)) for b in d.series),
                )
                for name, colour in LINES
            ]
        )
        self.by_category.set_points(self._points(d.by_category))
        self.by_channel.set_points(
            [Point(b.key, self._channel_label(b), b.received) for b in d.by_channel if b.received]
        )
        district = d.scope.org is None
        self.places_box.setTitle(
            self.tr("按镇街（点击数字查看案件）")
            if district
            else self.tr("按村（社区）（点击数字查看案件）")
        )
        self._fill_places(d.by_town if district else d.by_village)
        self._fill_departments(d)

    def _channel_label(self, b: Bucket) -> str:
        try:
            return enum_label(Channel(b.key))
        except ValueError:
            return b.label

    def _label(self, b: Bucket) -> str:
        """Return a bucket's label in the UI language (the services' blanks are Chinese)."""
        if b.key != NONE_KEY:
            return b.label
        blanks = {
            "未分类": self.tr("未分类"),
            "未填": self.tr("未填"),
            "未填镇街": self.tr("未填镇街"),
            "未填村居": self.tr("未填村居"),
        }
        return blanks.get(b.label, b.label)

    def _points(self, buckets: tuple[Bucket, ...]) -> list[Point]:
        return [Point(b.key, self._label(b), b.received) for b in buckets if b.received]

    @staticmethod
    def _number(value: int | float | None, text: str | None = None) -> QTableWidgetItem:
        item = _SortItem()
        item.setData(Qt.ItemDataRole.DisplayRole, value if text is None else text)
        if text is not None:
            item.setData(Qt.ItemDataRole.UserRole + 1, value)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return item

    def _fill_places(self, buckets: tuple[Bucket, ...]) -> None:
        t = self.places
        t.setSortingEnabled(False)
        t.setRowCount(len(buckets))
        peaks = [max([getattr(b, m) for b in buckets] + [1]) for m in LINES_KEYS]
        for row, b in enumerate(buckets):
            name = QTableWidgetItem(self._label(b))
            name.setData(Qt.ItemDataRole.UserRole, b.key)
            t.setItem(row, 0, name)
            for col, measure in enumerate(LINES_KEYS, start=1):
                value = getattr(b, measure)
                item = self._number(value)
                heat = value / peaks[col - 1]
                base = QColor(LINES[col - 1][1])
                base.setAlphaF(0.08 + 0.55 * heat if value else 0.0)
                item.setBackground(QBrush(base))
                t.setItem(row, col, item)
        t.setSortingEnabled(True)
        t.sortByColumn(1, Qt.SortOrder.DescendingOrder)

    def _fill_departments(self, d: Dashboard) -> None:
        t = self.departments
        t.setSortingEnabled(False)
        t.setRowCount(len(d.departments))
        for row, x in enumerate(d.departments):
            name = QTableWidgetItem(x.name)
            name.setData(Qt.ItemDataRole.UserRole, x.department_id)
            t.setItem(row, 0, name)
            rate = x.on_time_rate
            cells = (
                self._number(x.queue),
                self._number(x.overdue),
                self._number(x.closed),
                self._number(
                    rate if rate is not None else -1.0,
                    "—" if rate is None else f"{rate * 100:.1f}%",
                ),
                self._number(x.returns),
            )
            for col, item in enumerate(cells, start=1):
                t.setItem(row, col, item)
            if x.overdue:
                t.item(row, 2).setForeground(QBrush(QColor("#cf222e")))
        t.setSortingEnabled(True)
        t.sortByColumn(1, Qt.SortOrder.DescendingOrder)

    # -- click-through --------------------------------------------------------------------

    def drill_filter(
        self, measure: str, dimension: str | None = None, key: str | None = None, what: str = ""
    ) -> CaseFilter:
        """Return the case-list filter of one figure of the dashboard now shown."""
        d = self.data
        period = d.period if d else self.current_period()
        scope = d.scope if d else self.current_scope()
        names = {
            "received": self.tr("受理"),
            "closed": self.tr("办结"),
            "open": self.tr("在办"),
            "overdue": self.tr("超期"),
            "repeat": self.tr("重复件"),
            "group": self.tr("群体性"),
            "queue": self.tr("在办"),
            "queue_overdue": self.tr("超期"),
            "returns": self.tr("退回"),
        }
        label = f"{period.start:%Y-%m-%d}—{period.end:%Y-%m-%d} · {names.get(measure, measure)}"
        if what:
            label += f" · {what}"
        return dash.case_filter(
            period=period, scope=scope, measure=measure, dimension=dimension, key=key, label=label
        )

    def _drill(
        self, measure: str, dimension: str | None = None, key: str | None = None, what: str = ""
    ) -> None:
        if not what and dimension in ("category", "channel") and self.data and key is not None:
            buckets = self.data.by_category if dimension == "category" else self.data.by_channel
            what = next((self._label(b) for b in buckets if b.key == key), "")
            if dimension == "channel":
                what = next((self._channel_label(b) for b in buckets if b.key == key), what)
        self.ctx.bus.sig_show_cases.emit(self.drill_filter(measure, dimension, key, what))

    def _line_clicked(self, series: str, key: str) -> None:
        dimension = "month" if self.data and self.data.by_month else "day"
        self._drill(series, dimension, key, key)

    def _place_clicked(self, row: int, col: int) -> None:
        if col == 0 or self.data is None:
            return
        item = self.places.item(row, 0)
        dimension = "town" if self.data.scope.org is None else "village"
        self._drill(
            LINES_KEYS[col - 1], dimension, item.data(Qt.ItemDataRole.UserRole), item.text()
        )

    def _department_clicked(self, row: int, col: int) -> None:
        measure = {1: "queue", 2: "queue_overdue", 3: "closed", 4: "closed", 5: "returns"}.get(col)
        if measure is None:
            return
        item = self.departments.item(row, 0)
        self._drill(measure, "department", item.data(Qt.ItemDataRole.UserRole), item.text())

    # -- monthly report -------------------------------------------------------------------

    def _ask_report(self) -> None:
        month = self.current_period().start.strftime("%Y-%m")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存月报"),
            str(Path.home() / f"月报-{month}.pdf"),
            self.tr("PDF 文件 (*.pdf)"),
        )
        if path:
            self.build_report(Path(path), month)

    def build_report(self, path: Path, month: str) -> None:
        """Build the 月报 of `month` for the current township/district scope in the background:
        the PDF at `path` and the workbook beside it (.xlsx)."""
        scope = Scope(org=self.scope.currentData())

        def job(session: Any, progress: Progress) -> Path:
            from app.reports.monthly import render_monthly_report
            from app.reports.monthly_xlsx import write_monthly_xlsx
            from app.services.reports.monthly import monthly_report

            progress(5, 100, self.tr("正在统计…"))
            view = monthly_report(session, month=month, scope=scope)
            progress(30, 100, self.tr("正在绘制图表…"))
            with path.open("wb") as fh:
                render_monthly_report(view, fh, progress=lambda p: progress(30 + p * 6 // 10, 100))
            progress(92, 100, self.tr("正在写入 Excel…"))
            write_monthly_xlsx(view, path.with_suffix(".xlsx"))
            progress(100, 100)
            return path

        self.report_dialog = run_long_op(
            self, self.ctx, self.tr("正在生成月报"), job, on_success=self._report_done
        )

    def _report_done(self, path: Path) -> None:
        self.ctx.bus.sig_notify.emit(
            self.tr("月报已生成"), self.tr("已保存：{path}").format(path=str(path))
        )


LINES_KEYS = tuple(name for name, _ in LINES)
