"""The case search tab: lazy chunks while scrolling, filters, search, reprint logged."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from app.domain.intake import WindowAction
from app.models import CaseEvent
from app.services.intake import register as svc
from app.views.cases.page import CasesPage
from app.views.context import build_test_context
from app.views.fonts import install_app_font
from tests.unit.services.intake.conftest import ACTOR, HY, applicant, intake


def seed(factory, n: int) -> list:
    out = []
    with factory.begin() as s:
        for i in range(n):
            name = "欧阳娜娜" if i == 3 else f"王{'一二三四五六七八九十'[i % 10]}"
            extra = {"action": WindowAction.REJECT, "reason": "不属受理范围"} if i == 5 else {}
            out.append(
                svc.register_case(
                    s,
                    data=intake(
                        parties=(applicant(name=name, id_number="", phone=f"1390000{i:04d}"),),
                        facts=f"第{i}号：邻居排水沟堵塞" if i % 2 else f"第{i}号：宅基地界址争议",
                        **({"category_id": HY} if i == 7 else {}),
                        **extra,
                    ),
                    actor=ACTOR,
                )
            )
    return out


def finish(ctx, page) -> None:
    for timer in page.findChildren(QTimer):
        timer.stop()
    page.model._more = False  # the view may still ask for rows while it is torn down
    ctx.bus.sig_data_changed.disconnect()
    ctx.runner.shutdown()  # waits for queued work; nothing new is submitted after this
    page.setParent(None)
    page.deleteLater()


def test_list_loads_in_chunks_filters_and_reprints(qtbot, qapp, session_factory, tmp_path):
    install_app_font(qapp)
    cases = seed(session_factory, 35)
    ctx = build_test_context(session_factory)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 700)
    page.model.chunk = 10
    page.model.reload()
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 10, timeout=5000)
    assert page.model.rowCount() < 35  # never everything at once
    assert page.model.rows[0].case_no == cases[-1].case_no  # newest first
    for _ in range(10):
        page.table.scrollToBottom()
        qtbot.wait(50)
    qtbot.waitUntil(lambda: page.model.rowCount() == 35, timeout=5000)
    assert not page.model.canFetchMore()
    page.grab().save(str(tmp_path / "cases_all.png"))

    page.search.setText("娜娜")
    page.apply_filters()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.rows[0].applicant == "欧阳娜娜"
    page.search.setText("排水沟")
    page.apply_filters()
    qtbot.waitUntil(lambda: page.model.rowCount() == 17, timeout=5000)
    page.search.clear()
    page.status.setCurrentIndex(page.status.findData("rejected"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.rows[0].case_no == cases[5].case_no
    page.status.setCurrentIndex(0)
    page.category.set_value(HY)
    page.apply_filters()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.grab().save(str(tmp_path / "cases_filtered.png"))

    page.table.selectRow(0)
    page.reprint_selected()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=5000)
    out = tmp_path / "reprint.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    page.preview.printer_factory = pdf_printer
    page.preview.grab().save(str(tmp_path / "preview.png"))
    page.preview.print_now()
    case_id = cases[7].case_id

    def printed() -> bool:
        with session_factory() as s:
            return bool(
                s.scalars(
                    select(CaseEvent).where(CaseEvent.case_id == case_id, CaseEvent.type == "print")
                ).all()
            )

    qtbot.waitUntil(printed, timeout=5000)
    assert out.exists()
    finish(ctx, page)
