"""The dashboard page: figures shown, and every kind of click lists exactly the counted cases."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, Qt

from app.models import CaseEvent
from app.views.cases.page import CasesPage
from app.views.context import build_test_context
from app.views.home.page import HomePage
from app.views.home.warnings import WarningsPage
from tests.unit.services.reports.conftest import Known
from tests.unit.services.reports.conftest import known as known


def _november(page: HomePage) -> None:
    page.period.setCurrentIndex(page.period.findData("custom"))
    page.date_from.setDate(QDate(2026, 11, 1))
    page.date_to.setDate(QDate(2026, 11, 30))


def _listed(qtbot, cases: CasesPage) -> int:
    qtbot.waitUntil(
        lambda: not cases.model.canFetchMore() and cases.count.text().startswith("已显示"),
        timeout=5000,
    )
    return cases.model.rowCount()


def test_clicks_list_exactly_the_counted_cases(
    qtbot, session_factory, known: Known, tmp_path
) -> None:
    ctx = build_test_context(session_factory, role="supervisor", org_code=known.org_a)
    home = HomePage(ctx)
    cases = CasesPage(ctx)
    qtbot.addWidget(home)
    qtbot.addWidget(cases)
    home.resize(1400, 1500)
    home.show()
    _november(home)
    qtbot.waitUntil(
        lambda: home.data is not None and home.data.period.start.month == 11, timeout=5000
    )
    assert home.tiles["received"].text().startswith("5\n")
    assert home.by_category.points[0].value == 3
    home.grab().save(str(tmp_path / "home.png"))
    shown: list[object] = []
    ctx.bus.sig_show_cases.connect(shown.append)

    # a bar: category 1, 3 received
    bar = home.by_category.bar_rect(0).center().toPoint()
    qtbot.mouseClick(home.by_category, Qt.MouseButton.LeftButton, pos=bar)
    assert shown and shown[-1].category_id == known.c1
    assert _listed(qtbot, cases) == 3
    # a line point: closed on 11-12 (1 case)
    series = [s.name for s in home.line.series].index("closed")
    day = [p.key for p in home.line.series[series].points].index("2026-11-12")
    point = home.line.point_pos(series, day).toPoint()
    qtbot.mouseClick(home.line, Qt.MouseButton.LeftButton, pos=point)
    assert shown[-1].date_field == "closed"
    assert _listed(qtbot, cases) == 1
    # a heat-table cell: village 2, open (2)
    table = home.places
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "西村")
    rect = table.visualItemRect(table.item(row, 3))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown[-1].village_id == known.v2
    assert _listed(qtbot, cases) == int(table.item(row, 3).text()) == 2
    # a tile: received
    qtbot.mouseClick(home.tiles["received"], Qt.MouseButton.LeftButton)
    assert _listed(qtbot, cases) == 5
    assert "按首页统计筛选" in cases.drill_label.text()
    cases.clear_drill()
    assert cases.drill is None
    ctx.runner.shutdown()


def test_district_desk_shows_townships(qtbot, session_factory, known: Known) -> None:
    ctx = build_test_context(session_factory, role="district_supervisor", org_code="370911")
    home = HomePage(ctx)
    qtbot.addWidget(home)
    _november(home)
    qtbot.waitUntil(
        lambda: home.data is not None and home.data.period.start.month == 11, timeout=5000
    )
    assert home.data.scope.org is None
    names = {home.places.item(r, 0).text() for r in range(home.places.rowCount())}
    assert "满庄镇" in names and len(names) == 2
    assert home.tiles["received"].text().startswith("6\n")
    ctx.runner.shutdown()


def test_warning_board_opens_cases(qtbot, session_factory, known: Known) -> None:
    with session_factory.begin() as s:  # the detail folds events: the case needs its 登记
        s.info["capture_outbox"] = False
        s.add(
            CaseEvent(
                owner_org=known.org_a,
                case_id=known.cases[3],
                type="register",
                at=datetime(2026, 11, 2, tzinfo=UTC),
            )
        )
    ctx = build_test_context(session_factory, role="supervisor", org_code=known.org_a)
    page = WarningsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    qtbot.waitUntil(lambda: page.board is not None, timeout=5000)
    # the real clock: case 3's limit (2026-11-10) has passed, whatever today is
    assert known.cases[3] in {
        page.red.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(page.red.rowCount())
    }
    row = next(
        r
        for r in range(page.red.rowCount())
        if page.red.item(r, 0).data(Qt.ItemDataRole.UserRole) == known.cases[3]
    )
    page.red.setFocus()
    page.red.setCurrentCell(row, 0)
    qtbot.keyClick(page.red, Qt.Key.Key_Return)  # (a double click activates it too)
    assert page.dialog is not None
    qtbot.waitUntil(lambda: page.dialog.panel.view is not None, timeout=5000)
    assert page.dialog.panel.view.detail.row.id == known.cases[3]
    assert page.threshold.value() == 50
    page.dialog.close()
    ctx.runner.shutdown()


def test_the_window_clerk_sees_todays_counts_first(qtbot, session_factory) -> None:
    ctx = build_test_context(session_factory, role="front_desk")
    home = HomePage(ctx)
    qtbot.addWidget(home)
    first = home.body.itemAt(0).widget()
    assert first.isAncestorOf(home.cards["received_today"])
    ctx.runner.shutdown()
    ctx = build_test_context(session_factory, role="supervisor")
    boss = HomePage(ctx)
    qtbot.addWidget(boss)
    assert boss.body.itemAt(0).widget().isAncestorOf(boss.tiles["received"])
    ctx.runner.shutdown()


def test_department_rates_sort_by_number(qtbot, session_factory, known: Known) -> None:
    ctx = build_test_context(session_factory, role="supervisor", org_code=known.org_a)
    home = HomePage(ctx)
    qtbot.addWidget(home)
    _november(home)
    qtbot.waitUntil(
        lambda: home.data is not None and home.data.period.start.month == 11, timeout=5000
    )
    t = home.departments
    t.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    rates = [t.item(r, 4).text() for r in range(t.rowCount())]
    assert rates == ["50.0%", "100.0%"]
    ctx.runner.shutdown()


def test_a_click_brings_the_case_list_forward(qtbot, session_factory) -> None:
    from app.domain.intake import CaseFilter
    from app.views.main_window import MainWindow

    ctx = build_test_context(session_factory, role="supervisor")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    ctx.bus.sig_show_cases.emit(CaseFilter(label="首页：测试"))
    page = window.page(window.tabs.currentIndex())
    assert isinstance(page, CasesPage)
    assert page.drill is not None and page.drill.label == "首页：测试"
    ctx.runner.shutdown()


def test_monthly_report_is_built_in_the_background(
    qtbot, session_factory, known: Known, tmp_path
) -> None:
    ctx = build_test_context(session_factory, role="supervisor", org_code=known.org_a)
    home = HomePage(ctx)
    qtbot.addWidget(home)
    notes: list[tuple[str, str]] = []
    ctx.bus.sig_notify.connect(lambda title, text: notes.append((title, text)))
    pdf = tmp_path / "月报.pdf"
    home.build_report(pdf, "2026-11")
    qtbot.waitUntil(lambda: bool(notes), timeout=20000)
    assert pdf.stat().st_size > 10_000 and pdf.with_suffix(".xlsx").is_file()
    assert str(pdf) in notes[0][1]
    ctx.runner.shutdown()
