"""网格管理 tab: grids by village on the left; roster, duty sheet and patrol log on the right."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.grid import GridNoticeView, GridView, RosterSheetView, VillageRef
from app.domain.permissions import Action
from app.services import audit
from app.services.grid import assign as grid_assign
from app.services.grid import grids as grid_service
from app.views.context import AppContext
from app.views.grid.dialogs import GridDialog, op
from app.views.grid.duty_tab import DutyTab
from app.views.grid.patrol_tab import PatrolTab
from app.views.grid.preview import PdfPreviewDialog
from app.views.grid.roster_tab import RosterTab
from app.views.icons import icon
from app.views.labels import enum_label
from app.views.permission_ui import hide_unless

_ROLE = Qt.ItemDataRole.UserRole


class GridPage(QWidget):
    """Grid management for the township of the signed-in user."""

    icon_name = "grid"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.grids: tuple[GridView, ...] = ()
        self.villages: tuple[VillageRef, ...] = ()
        self.selected_grid_id: str | None = None
        self.preview: PdfPreviewDialog | None = None
        self.setStyleSheet("QWidget { font-size: 12pt; } QTabBar::tab { padding: 6px 18px; }")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("gridTree")
        self.tree.setHeaderLabels([self.tr("网格"), self.tr("户数")])
        self.tree.setColumnWidth(0, 220)
        self.tree.currentItemChanged.connect(self._on_tree_selection)
        self.new_grid_button = QPushButton(icon("new"), self.tr("新建网格"), self)
        self.edit_grid_button = QPushButton(self.tr("编辑网格"), self)
        self.delete_grid_button = QPushButton(self.tr("删除网格"), self)
        hide_unless(
            ctx,
            Action.EDIT_GRID,
            self.new_grid_button,
            self.edit_grid_button,
            self.delete_grid_button,
        )
        self.new_grid_button.clicked.connect(self.new_grid)
        self.edit_grid_button.clicked.connect(self.edit_grid)
        self.delete_grid_button.clicked.connect(self.delete_grid)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        grid_buttons = QHBoxLayout()
        for b in (self.new_grid_button, self.edit_grid_button, self.delete_grid_button):
            grid_buttons.addWidget(b)
        left_layout.addLayout(grid_buttons)
        self.info = QLabel(self)
        self.info.setObjectName("gridInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setStyleSheet("font-size: 13pt; padding: 4px;")
        self.print_roster_button = QPushButton(icon("print"), self.tr("打印花名册"), self)
        self.print_notice_button = QPushButton(icon("print"), self.tr("打印网格公示牌"), self)
        self.print_roster_button.clicked.connect(self.print_roster)
        self.print_notice_button.clicked.connect(self.print_notices)
        self.tabs = QTabWidget(self)
        self.roster = RosterTab(ctx, self, self)
        self.duty = DutyTab(ctx, self, self)
        self.patrol = PatrolTab(ctx, self, self)
        self.tabs.addTab(self.roster, self.tr("花名册"))
        self.tabs.addTab(self.duty, self.tr("排班表"))
        self.tabs.addTab(self.patrol, self.tr("巡查日志"))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.info, 1)
        head.addWidget(self.print_roster_button)
        head.addWidget(self.print_notice_button)
        right_layout.addLayout(head)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_roster)
        ctx.bus.sig_data_changed.connect(self._on_data_changed)
        self.refresh()

    def title(self) -> str:
        """Return the tab title."""
        return self.tr("网格管理")

    # ------------------------------------------------------------------------------- loading

    def refresh(self) -> None:
        """Reload grids and villages, then the sub-tabs."""
        org = self.ctx.user.org_code

        def load(s: Any) -> tuple[tuple[GridView, ...], tuple[VillageRef, ...]]:
            return grid_service.list_grids(s, org_code=org), grid_service.list_villages(
                s, org_code=org
            )

        op(self, self.ctx, load, on_success=self._show)
        # Loaded side by side with the grids (not chained from _show), so no call is queued
        # from a result callback; _show reloads them only when the selected grid vanished.
        self._refresh_tabs()

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if "grid" in kinds:
            self.refresh()

    def _show(self, loaded: tuple[tuple[GridView, ...], tuple[VillageRef, ...]]) -> None:
        self.grids, self.villages = loaded
        keep = self.selected_grid_id
        self.tree.blockSignals(True)
        self.tree.clear()
        root = QTreeWidgetItem(
            [
                self.tr("全部网格（{n}）").format(n=len(self.grids)),
                str(sum(g.households for g in self.grids)),
            ]
        )
        root.setData(0, _ROLE, None)
        self.tree.addTopLevelItem(root)
        by_village: dict[str, QTreeWidgetItem] = {}
        current = root
        for g in self.grids:
            vname = g.village_name or self.tr("（未指定村/社区）")
            parent = by_village.get(vname)
            if parent is None:
                parent = QTreeWidgetItem(root, [vname, ""])
                parent.setData(0, _ROLE, None)
                by_village[vname] = parent
            heads = [a.worker_name for a in g.workers]
            item = QTreeWidgetItem(parent, [g.name, str(g.households)])
            item.setData(0, _ROLE, g.id)
            item.setToolTip(0, self.tr("、").join(heads) or self.tr("暂无网格员"))
            if g.id == keep:
                current = item
        self.tree.expandAll()
        self.tree.setCurrentItem(current)
        self.tree.blockSignals(False)
        self.selected_grid_id = current.data(0, _ROLE)
        self._show_info()
        if self.selected_grid_id != keep:
            self._refresh_tabs()

    def _on_tree_selection(self, item: QTreeWidgetItem | None, _prev: Any) -> None:
        self.selected_grid_id = item.data(0, _ROLE) if item is not None else None
        self._show_info()
        self._refresh_tabs()

    def _refresh_tabs(self) -> None:
        self.roster.refresh()
        self.duty.refresh()
        self.patrol.refresh()

    def selected_grid(self) -> GridView | None:
        """Return the grid selected in the tree, if any."""
        return next((g for g in self.grids if g.id == self.selected_grid_id), None)

    def _show_info(self) -> None:
        g = self.selected_grid()
        self.edit_grid_button.setEnabled(g is not None)
        self.delete_grid_button.setEnabled(g is not None)
        why = "" if g is not None else self.tr("先在左侧选择一个网格")
        self.edit_grid_button.setToolTip(why)
        self.delete_grid_button.setToolTip(why)
        if g is None:
            workers = sum(len(x.workers) for x in self.grids)
            self.info.setText(
                self.tr("本镇街共 {n} 个网格，{w} 人次在岗。选择左侧网格查看详情。").format(
                    n=len(self.grids), w=workers
                )
            )
            return
        people = self.tr("、").join(
            self.tr("{name}（{post} {phone}）").format(
                name=a.worker_name,
                post=enum_label(a.post),
                phone=grid_service.display_phone(a.worker_phone),
            )
            for a in g.workers
        )
        self.info.setText(
            self.tr(
                "{name}｜{village}｜{households} 户｜投诉电话 {phone}\n范围：{area}\n在岗：{people}"
            ).format(
                name=g.name,
                village=g.village_name or "—",
                households=g.households,
                phone=grid_service.display_phone(g.complaint_phone) or "—",
                area=g.area or "—",
                people=people or self.tr("暂无网格员"),
            )
        )

    # --------------------------------------------------------------------------------- grids

    def new_grid(self) -> GridDialog:
        """Open the new-grid form."""
        dialog = GridDialog(self.ctx, self.villages, parent=self)
        dialog.open()
        return dialog

    def edit_grid(self) -> None:
        """Open the selected grid's form."""
        g = self.selected_grid()
        if g is not None:
            GridDialog(self.ctx, self.villages, g, parent=self).open()

    def delete_grid(self) -> None:
        """Delete the selected grid (only when nobody serves it any more)."""
        g = self.selected_grid()
        if g is None:
            return
        answer = QMessageBox.question(
            self, self.tr("删除网格"), self.tr("删除网格“{name}”？").format(name=g.name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            actor = self.ctx.actor()
            op(
                self,
                self.ctx,
                lambda s: grid_service.delete_grid(s, actor=actor, grid_id=g.id),
                changes={"grid"},
            )

    # ------------------------------------------------------------------------------ printing

    def _print_path(self, stem: str) -> Path:
        folder = self.ctx.settings.data_dir / "print"
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{stem}-{datetime.now():%Y%m%d-%H%M%S}.pdf"

    def print_roster(self) -> None:
        """Render the roster sheet (A4 landscape) and open its preview."""
        org, actor = self.ctx.user.org_code, self.ctx.actor()

        def load(s: Any) -> RosterSheetView:
            audit.log_print(s, actor=actor, document="grid_roster", entity="grid")
            return grid_assign.roster_sheet(s, org_code=org, is_demo=grid_assign.demo_database(s))

        op(self, self.ctx, load, on_success=self._preview_roster)

    def _preview_roster(self, view: RosterSheetView) -> None:
        from app.reports.grid_sheets import render_roster_sheet  # reportlab on first print

        path = self._print_path("roster")
        with path.open("wb") as out:
            render_roster_sheet(view, out)
        self._open_preview(path, self.tr("网格员花名册"))

    def print_notices(self) -> None:
        """Render the public notice of the selected grid (or of every grid shown) and preview it."""
        g = self.selected_grid()
        ids = [g.id] if g is not None else [x.id for x in self.grids]
        if not ids:
            QMessageBox.information(self, self.tr("提示"), self.tr("还没有网格可以公示"))
            return

        actor = self.ctx.actor()

        def load(s: Any) -> list[GridNoticeView]:
            audit.log_print(s, actor=actor, document="grid_notice", entity="grid")
            demo = grid_assign.demo_database(s)
            return [grid_assign.grid_notice(s, grid_id=i, is_demo=demo) for i in ids]

        op(self, self.ctx, load, on_success=self._preview_notices)

    def _preview_notices(self, views: list[GridNoticeView]) -> None:
        from app.reports.grid_sheets import render_grid_notices  # reportlab on first print

        path = self._print_path("grid-notice")
        with path.open("wb") as out:
            render_grid_notices(views, out)
        self._open_preview(path, self.tr("网格公示牌"))

    def _open_preview(self, path: Path, title: str) -> None:
        self.preview = PdfPreviewDialog(path, title, self)
        self.preview.open()
