"""With the English catalogue installed, the chrome is English: table headers, fixed labels of
the domain, the conflict list, the transfer tab's dialogs and the booking picker."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from app.config import resource_path
from app.domain import enums
from app.domain import intake as intake_views
from app.domain import transfer as workflow_views
from app.domain.enums import BookingSlot, CaseStatus, LabelledEnum, Role
from app.domain.transfer import CaseRow, DepartmentChoice, Queue
from app.sync.status import ConflictView, SyncOverview
from app.views.cases.case_table_model import CaseTableModel
from app.views.context import build_test_context
from app.views.labels import enum_label
from app.views.sync.page import SyncPage
from app.views.transfer.actions import ACTIONS, PRINTABLE, action_label
from app.views.transfer.dialogs import (
    CloseDialog,
    ConsultDialog,
    DispatchDialog,
    ExtensionDialog,
    QueryCodeRevisitDialog,
    ReturnDialog,
    RevisitDialog,
    SuperviseDialog,
)
from app.views.transfer.mediation_dialog import MediationDialog
from app.views.transfer.page import TransferPage
from app.views.transfer.queue_table_model import QueueTableModel

CJK = re.compile(r"[\u4e00-\u9fff]")
SAME_FIELD = "同一字段已被其他设备修改，保留先提交的值"  # a reason the server gives
SHOTS = Path(os.environ.get("YIZHAN_SHOTS", "/tmp/yizhan-shots")) / "english"


def _chinese(texts: list[str]) -> list[str]:
    return [t for t in texts if CJK.search(t)]


def _chrome(root: QWidget) -> list[str]:
    """Return the fixed texts of `root` and its children (not the data in lists and cells)."""
    out = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        out.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractSpinBox):
            out += [w.specialValueText(), getattr(w, "suffix", str)()]
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QTableWidget):
            for i in range(w.columnCount()):
                item = w.horizontalHeaderItem(i)
                out.append(item.text() if item else "")
        if isinstance(w, QTreeWidget):
            out += [w.headerItem().text(i) for i in range(w.columnCount())]
    return [t for t in out if t]


def _translations() -> dict[tuple[str, str], str]:
    tree = ET.parse(resource_path("i18n", "yizhan_en.ts"))
    return {
        (c.findtext("name") or "", m.findtext("source") or ""): m.findtext("translation") or ""
        for c in tree.getroot().iter("context")
        for m in c.iter("message")
    }


def _labelled_enums() -> list[type[LabelledEnum]]:
    return [
        e
        for mod in (enums, workflow_views, intake_views)
        for e in vars(mod).values()
        if isinstance(e, type)
        and issubclass(e, LabelledEnum)
        and e is not LabelledEnum
        and e.__module__ == mod.__name__
    ]


def test_every_domain_label_is_in_the_catalogue_with_english():
    catalogue = _translations()
    missing = [
        (e.__name__, m.label)
        for e in _labelled_enums()
        for m in e
        if not catalogue.get((e.__name__, m.label))
    ]
    assert not missing, "list them in app/views/labels.py, then make i18n-update and fill"


def test_table_headers_and_statuses_are_english(english, session_factory):
    ctx = build_test_context(session_factory)
    cases = CaseTableModel(ctx)
    headers = [cases.headerData(i, Qt.Orientation.Horizontal) for i in range(cases.columnCount())]
    assert headers[0] == "Case no." and not _chinese(headers), headers
    queue = QueueTableModel()
    headers = [queue.headerData(i, Qt.Orientation.Horizontal) for i in range(queue.columnCount())]
    assert headers[0] == "Case no." and not _chinese(headers), headers
    now = datetime.now(UTC)
    row = CaseRow(
        "c1", "106-261127-A-0001", "邻里纠纷", "矛盾纠纷", "邻里纠纷", CaseStatus.TO_SIGN.value,
        CaseStatus.TO_SIGN.label, "司法所", now, now, "red", True, "none",
    )  # fmt: skip
    queue.set_rows([row])
    status = queue.index(0, 4).data()
    assert status.startswith(enum_label(CaseStatus.TO_SIGN)) and not CJK.search(status)
    assert queue.index(0, 6).data() == "Overdue"
    ctx.runner.shutdown()


def test_sync_page_labels_and_conflicts_are_english(english, qtbot, session_factory):
    ctx = build_test_context(session_factory, role=Role.ADMIN.value)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.overview is not None, timeout=5000)
    now = datetime.now(UTC)
    conflict = ConflictView(
        id="c1", kind="field", entity="case_party", entity_id="p1", field="name",
        mine="张三", theirs="张叁", kept="theirs", reason=SAME_FIELD,
        created_at=now, resolved=False, can_keep_mine=True,
    )  # fmt: skip
    overview = SyncOverview(
        registered=True, server_url="http://x", org_code="370911106", device_code="A",
        interval_s=300, last_sync_at=now, last_result="", pending=0, open_conflicts=1,
        clock_skew_s=0.0, runs=(), conflicts=(conflict,),
    )  # fmt: skip
    page._show(overview)
    cells = [page.conflicts.item(0, c).text() for c in range(page.conflicts.columnCount())]
    assert cells[:3] == ["Same field edited", "Party", "Party name"], cells
    assert not _chinese([cells[5], cells[6]]), cells  # kept, reason; mine/theirs are data
    assert not _chinese(_chrome(page))
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.resize(1100, 700)
    page.grab().save(str(SHOTS / "sync_page.png"))
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    ctx.runner.shutdown()


def test_transfer_tab_and_its_dialogs_are_english(english, qtbot, session_factory):
    assert not _chinese([action_label(label) for _k, label in ACTIONS + PRINTABLE])
    ctx = build_test_context(session_factory, role=Role.SUPERVISOR.value)
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    assert page.queues.item(0).text().startswith(enum_label(Queue.TO_DISPATCH))
    assert not _chinese(_chrome(page)), _chinese(_chrome(page))
    depts = [DepartmentChoice("d1", "T-SFS", "Justice office", "镇街")]
    dialogs = [
        DispatchDialog(depts, lead="d1", assists=(), due=date(2026, 12, 1), hint="-", parent=page),
        ReturnDialog(page),
        ExtensionDialog(page),
        CloseDialog(page),
        RevisitDialog(page),
        SuperviseDialog(page),
        ConsultDialog(depts, page),
        QueryCodeRevisitDialog(page),
        MediationDialog(page),
        page.open_duty_list(),
        page.open_evaluation(),
    ]
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    for d in dialogs:
        d.show()
        d.grab().save(str(SHOTS / f"{type(d).__name__}.png"))
        assert not _chinese(_chrome(d)), (type(d).__name__, _chinese(_chrome(d)))
        d.close()
    ctx.runner.shutdown()


def test_booking_picker_and_dialog_are_english(english, qtbot, session_factory):
    from app.views.bookings.dialogs import BookingDialog
    from app.views.bookings.page import BookingsPage

    ctx = build_test_context(session_factory, role=Role.BOOKING_CLERK.value)
    page = BookingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: page.week is not None, timeout=5000)
    picker = page.picker
    assert picker.level_combo.itemText(0) == "All levels"
    assert not _chinese([picker.level_combo.itemText(i) for i in range(picker.level_combo.count())])
    assert picker.site_combo.currentText().endswith("rooms)")  # 满庄镇党校 (8 rooms)
    assert picker.room_list.item(0).text().endswith("people)")
    assert not CJK.search(picker.site_info.text().split("　")[0])  # the level, then data
    headers = [page.calendar.horizontalHeaderItem(i).text() for i in range(7)]
    assert not _chinese(headers), headers
    dialog = BookingDialog(
        ctx, picker.rooms[0], "Site", date(2030, 1, 8), BookingSlot.MORNING.value, page,
        other_rooms=picker.rooms[1:2],
    )  # fmt: skip
    dialog.show()
    texts = [t for t in _chrome(dialog) if t != dialog.place.text()]  # the place is data
    assert not _chinese(texts), _chinese(texts)
    assert dialog.audience() == "全体党员"  # the stored value stays Chinese for the slip
    SHOTS.mkdir(parents=True, exist_ok=True)
    picker.grab().save(str(SHOTS / "site_picker.png"))
    dialog.grab().save(str(SHOTS / "booking_dialog.png"))
    dialog.close()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=5000)
    ctx.runner.shutdown()


def test_chinese_stays_the_default(session_factory):
    ctx = build_test_context(session_factory)
    model = CaseTableModel(ctx)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "受理编号"
    assert enum_label(CaseStatus.TO_SIGN) == "待签收"
    assert QCoreApplication.translate("SyncLabels", "当事人") == "当事人"
    ctx.runner.shutdown()


def test_every_synced_column_and_table_has_a_label():
    from app.models import SYNCED_MODELS
    from app.models.serialize import column_names
    from app.views.sync import labels

    catalogue = _translations()
    missing = []
    for entity, model in SYNCED_MODELS.items():
        texts = [labels.ENTITIES.get(entity)]
        for field in column_names(model):
            if field not in model.__sync_exclude__:
                texts.append(
                    labels.FIELDS_BY_ENTITY.get((entity, field)) or labels.FIELDS.get(field)
                )
        missing += [(entity, t) for t in texts if not t or not catalogue.get((labels.CONTEXT, t))]
    assert not missing


def test_service_tables_shown_in_dialogs_are_in_the_catalogue():
    from app.services.transfer import duty_list, evaluation

    catalogue = _translations()
    for title, header in duty_list.SHEETS.values():
        assert all(catalogue.get(("DutyListDialog", t)) for t in (title, *header))
    assert all(catalogue.get(("EvaluationDialog", t)) for t in evaluation.METRICS.values())
