"""Choose a site and room: level → township → site → room, optionally by headcount."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from app.domain.bookings import RoomView, SiteView, TownOption
from app.domain.enums import SiteLevel
from app.domain.ids import reference_id
from app.services.bookings import booking as bookings
from app.views.bookings.ops import guarded_op
from app.views.context import AppContext
from app.views.labels import enum_choices, enum_text


class SitePicker(QWidget):
    """The left column of the bookings tab; announces when the site or the room changes."""

    sig_site_changed = Signal()
    sig_room_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sites: tuple[SiteView, ...] = ()
        self.rooms: tuple[RoomView, ...] = ()
        self.setFixedWidth(310)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 8, 0)
        self.level_combo = QComboBox()
        self.level_combo.addItem(self.tr("全部层级"), None)
        for value, label in enum_choices(SiteLevel):
            self.level_combo.addItem(label, value)
        self.town_combo = QComboBox()
        self.town_combo.addItem(self.tr("全部镇街"), None)
        self.capacity_spin = QSpinBox(minimum=0, maximum=999)
        self.capacity_spin.setSuffix(self.tr(" 人以上"))
        self.capacity_spin.setSpecialValueText(self.tr("不限人数"))
        self.capacity_spin.setToolTip(self.tr("只列出能容纳这么多人的阵地和房间，回车生效"))
        self.site_combo = QComboBox()
        self.site_combo.setMinimumContentsLength(12)
        self.room_list = QListWidget()
        self.room_list.setObjectName("roomList")
        self.site_info = QLabel(wordWrap=True, styleSheet="color: #57606a;")
        form.addRow(self.tr("层级"), self.level_combo)
        form.addRow(self.tr("镇街"), self.town_combo)
        form.addRow(self.tr("人数"), self.capacity_spin)
        form.addRow(self.tr("阵地"), self.site_combo)
        form.addRow(self.site_info)
        form.addRow(QLabel(self.tr("房间（容纳人数）")))
        form.addRow(self.room_list)
        self.level_combo.currentIndexChanged.connect(self.load)
        self.town_combo.currentIndexChanged.connect(self.load)
        self.capacity_spin.editingFinished.connect(self.load)
        self.site_combo.currentIndexChanged.connect(self._site_changed)
        self.room_list.currentRowChanged.connect(lambda _row: self.sig_room_changed.emit())

    def current_site(self) -> SiteView | None:
        """Return the selected site."""
        sid = self.site_combo.currentData()
        return next((s for s in self.sites if s.id == sid), None)

    def current_room(self) -> RoomView | None:
        """Return the selected room."""
        row = self.room_list.currentRow()
        return self.rooms[row] if 0 <= row < len(self.rooms) else None

    def load(self) -> None:
        """Reload the townships and the sites matching level, township and headcount."""
        level = self.level_combo.currentData()
        town = self.town_combo.currentData()
        cap = self.capacity_spin.value()
        guarded_op(
            self,
            self.ctx,
            lambda s: (
                bookings.list_towns(s),
                bookings.list_sites(s, level=level, town_id=town, min_capacity=cap),
            ),
            on_success=self._show_sites,
        )

    def _show_sites(self, result: tuple[tuple[TownOption, ...], tuple[SiteView, ...]]) -> None:
        towns, sites = result
        if self.town_combo.count() == 1:
            self.town_combo.blockSignals(True)
            for t in towns:
                self.town_combo.addItem(t.name, t.id)
            self.town_combo.blockSignals(False)
        keep = self.site_combo.currentData()
        if keep not in {x.id for x in sites}:
            # a township clerk starts at (and falls back to) the township's own sites
            home = reference_id("region", self.ctx.user.org_code)
            keep = next((x.id for x in sites if x.town_id == home), None)
        self.sites = sites
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        for site in sites:
            text = self.tr("{name}（{n}间）").format(name=site.name, n=site.room_count)
            self.site_combo.addItem(text, site.id)
        index = max(0, self.site_combo.findData(keep))
        self.site_combo.setCurrentIndex(index if sites else -1)
        self.site_combo.blockSignals(False)
        self._site_changed()

    def _site_changed(self) -> None:
        site = self.current_site()
        self.sig_site_changed.emit()
        if site is None:
            self._show_rooms(())
            self.site_info.setText(self.tr("没有符合条件的阵地"))
            return
        self.site_info.setText(
            "　".join(
                x
                for x in (
                    enum_text(SiteLevel, site.level, site.level_label),
                    site.town_name,
                    site.address,
                )
                if x
            )
        )
        self.site_combo.setToolTip(site.name)
        cap = self.capacity_spin.value()
        guarded_op(
            self,
            self.ctx,
            lambda s: bookings.list_rooms(s, site_id=site.id, min_capacity=cap),
            on_success=self._show_rooms,
        )

    def _show_rooms(self, rooms: tuple[RoomView, ...]) -> None:
        keep = self.current_room()
        self.rooms = rooms
        self.room_list.blockSignals(True)
        self.room_list.clear()
        for r in rooms:
            text = self.tr("{name}（{n}人）").format(name=r.name, n=r.capacity)
            self.room_list.addItem(QListWidgetItem(text))
        ids = [r.id for r in rooms]
        row = ids.index(keep.id) if keep and keep.id in ids else 0
        self.room_list.setCurrentRow(row if rooms else -1)
        self.room_list.blockSignals(False)
        self.sig_room_changed.emit()
