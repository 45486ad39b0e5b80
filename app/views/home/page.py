"""The home page: today's figures for this township, refreshed whenever cases change."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.domain.reports import TodayCounts
from app.services.reports.stats import today_counts
from app.views.context import AppContext
from app.views.operations import run_op

CHINA = ZoneInfo("Asia/Shanghai")


class _Card(QFrame):
    """One big figure with its caption."""

    def __init__(self, caption: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(
            f"#card {{ border: 1px solid #d0d7de; border-radius: 8px; background: white; }}"
            f" QLabel#value {{ color: {colour}; font-size: 36pt; font-weight: bold; }}"
            " QLabel#caption { color: #57606a; font-size: 13pt; }"
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


class HomePage(QWidget):
    """Today's cases received, open, overdue, due soon and closed."""

    icon_name = "home"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counts: TodayCounts | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        outer.addWidget(self.heading)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.cards = {
            "received_today": _Card(self.tr("今日受理"), "#0969da"),
            "open": _Card(self.tr("在办案件"), "#1a7f37"),
            "due_soon": _Card(self.tr("三日内到期"), "#bf8700"),
            "overdue": _Card(self.tr("已超期"), "#cf222e"),
            "closed_today": _Card(self.tr("今日办结"), "#6e7781"),
        }
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 3, i % 3)
        outer.addLayout(grid)
        self.footer = QLabel(self)
        self.footer.setStyleSheet("color: #57606a;")
        outer.addWidget(self.footer)
        outer.addStretch(1)
        ctx.bus.sig_data_changed.connect(self._on_data_changed)
        self.refresh()

    def title(self) -> str:
        """Return the tab title."""
        return self.tr("首页")

    def refresh(self) -> None:
        """Reload today's figures from the database."""
        org = self.ctx.user.org_code if len(self.ctx.user.org_code) > 6 else None
        now = datetime.now(CHINA)
        run_op(self, self.ctx, lambda s: today_counts(s, org=org, now=now), on_success=self._show)

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if "case" in kinds:
            self.refresh()

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
            self.tr("当前用户：{name}（{window}）　镇街代码：{org}　设备：{device}").format(
                name=u.display_name,
                window=u.window_name or "—",
                org=u.org_code,
                device=self.ctx.device.device_code,
            )
        )
