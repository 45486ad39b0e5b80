"""花名册 ↔ Excel on the page: template, import with a progress bar and a report, export."""

from __future__ import annotations

import io

from openpyxl import Workbook, load_workbook
from stdnum.cn import ric

from app.services.grid import excel
from app.services.grid import workers as grid_workers
from tests.conftest import DEMO_ORG
from tests.gui.grid import test_grid_page as base

page = base.page  # the page fixture of the grid tests
shot = base.shot


def _id(birth: str, seq: str) -> str:
    body = f"370911{birth}{seq}"
    return body + ric.calc_check_digit(body + "0")


def _workbook(path, workers: list[list]) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    wb.create_sheet(excel.GRID_SHEET).append(list(excel.GRID_HEADER))
    ws = wb.create_sheet(excel.WORKER_SHEET)
    ws.append(list(excel.WORKER_HEADER))
    for r in workers:
        ws.append(r)
    wb.save(path)


def _report(qtbot, page):
    qtbot.waitUntil(lambda: page.roster.property("importReport") is not None, timeout=10000)
    return page.roster.property("importReport")


def test_bad_workbook_shows_every_row_and_imports_nothing(qtbot, page, tmp_path, session_factory):
    path = tmp_path / "bad.xlsx"
    _workbook(
        path,
        [
            ["赵一", "网格长", "13812340001", _id("19800101", "123"), "2020-03-01",
             "东村第一网格", ""],
            ["钱二", "组长", "12345", _id("19800101", "123"), "2021-13-40", "南湖网格", ""],
            ["孙三", "兼职网格员", "13812340003", "370911198001011234", "", "", ""],
        ],
    )  # fmt: skip
    from app.views.grid import excel_io

    excel_io.import_roster(page.roster, page.ctx, path)
    dialog = _report(qtbot, page)
    problems = dialog.table
    rows = [
        (problems.item(r, 0).text(), problems.item(r, 1).text()) for r in range(problems.rowCount())
    ]
    assert set(rows) == {("网格员", "3"), ("网格员", "4")}
    assert "未导入任何数据" in dialog.summary.text()
    shot(dialog, "roster_import_errors")
    with session_factory.begin() as s:
        assert [w.name for w in grid_workers.search_workers(s, org_code=DEMO_ORG)] == ["李娜"]


def test_good_workbook_imports_and_the_roster_shows_it(qtbot, page, tmp_path):
    path = tmp_path / "good.xlsx"
    _workbook(
        path,
        [
            [
                "赵一",
                "网格长",
                "13812340001",
                _id("19800101", "123"),
                "2020-03-01",
                "东村第一网格",
                "",
            ]
        ],
    )
    from app.views.grid import excel_io

    excel_io.import_roster(page.roster, page.ctx, path)
    dialog = _report(qtbot, page)
    assert "已全部导入" in dialog.summary.text() and "新增网格员 1" in dialog.summary.text()
    qtbot.waitUntil(lambda: page.roster.table.rowCount() == 2)
    shot(page, "roster_after_import")


def test_export_and_template_write_workbooks(qtbot, page, tmp_path):
    from app.views.grid import excel_io

    template = excel_io.save_template(page.roster, tmp_path / "t.xlsx")
    assert load_workbook(template).sheetnames == ["网格", "网格员", "填写说明"]
    out = tmp_path / "roster.xlsx"
    excel_io.export_roster(page.roster, page.ctx, out)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=10000)
    qtbot.waitUntil(lambda: page.ctx.runner.pending == 0)
    wb = load_workbook(io.BytesIO(out.read_bytes()))
    assert [r[0] for r in wb["网格"].iter_rows(min_row=2, values_only=True)] == [
        "东村第一网格",
        "西苑网格",
    ]
    assert [r[0] for r in wb["网格员"].iter_rows(min_row=2, values_only=True)] == ["李娜"]
