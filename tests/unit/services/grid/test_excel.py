"""Roster workbooks: template, all-or-nothing import with a row-by-row report, export round trip."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from stdnum.cn import ric

from app.domain.enums import WorkerPost
from app.models import Grid, GridAssignment, GridWorker, SyncOutbox
from app.services.grid import excel
from app.services.grid import workers as grid_workers
from tests.actors import GRID
from tests.conftest import DEMO_ORG
from tests.unit.services.grid.conftest import GridWorld


def _id(birth: str, seq: str) -> str:
    body = f"370911{birth}{seq}"
    return body + ric.calc_check_digit(body + "0")


ID_A = _id("19800101", "123")
ID_B = _id("19850615", "234")
ID_C = _id("19900220", "345")


def _book(grids: list[list], workers: list[list], *, worker_header=excel.WORKER_HEADER) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    g = wb.create_sheet(excel.GRID_SHEET)
    g.append(list(excel.GRID_HEADER))
    for r in grids:
        g.append(r)
    w = wb.create_sheet(excel.WORKER_SHEET)
    w.append(list(worker_header))
    for r in workers:
        w.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _counts(s) -> tuple[int, ...]:
    return tuple(
        s.scalar(select(func.count()).select_from(m))
        for m in (Grid, GridWorker, GridAssignment, SyncOutbox)
    )


def test_good_workbook_imports_grids_workers_and_assignments(session_factory, world: GridWorld):
    data = _book(
        [["西苑第一网格", "西苑社区", 300, "西苑1-5号楼", "12345"]],
        [
            ["赵一", "网格长", "13812340001", ID_A, date(2020, 3, 1), "西苑第一网格", ""],
            ["钱二", "专职网格员", "138 1234 0002", ID_B, "2021/5/6",
             "西苑第一网格、东村第一网格", "夜班"],
        ],
    )  # fmt: skip
    seen: list[tuple[int, int]] = []
    with session_factory.begin() as s:
        report = excel.import_roster(
            s, data=data, org_code=DEMO_ORG, actor=GRID, progress=lambda d, t: seen.append((d, t))
        )
    assert report.imported, report.problems
    assert dict(report.counts) == {
        "新增网格": 1, "更新网格": 0, "新增网格员": 2, "更新网格员": 0, "新分配": 3,
    }  # fmt: skip
    with session_factory.begin() as s:
        qian = grid_workers.search_workers(s, org_code=DEMO_ORG, text="钱二")[0]
        assert qian.id_number == ID_B and qian.phone == "13812340002"
        assert qian.joined_on == date(2021, 5, 6) and qian.note == "夜班"
        assert set(qian.grids) == {"西苑第一网格", "东村第一网格"}
        west = s.scalars(select(Grid).where(Grid.name == "西苑第一网格")).one()
        assert (west.village_id, west.households, west.complaint_phone) == (
            world.west, 300, "12345",
        )  # fmt: skip


def test_malformed_workbook_imports_nothing_and_names_every_bad_row(
    session_factory, world: GridWorld
):
    with session_factory.begin() as s:
        grid_workers.save_worker(
            s,
            actor=GRID, org_code=DEMO_ORG, name="孙三", phone="13812340009",
            post=WorkerPost.FULL_TIME,
            id_number=ID_C,
        )  # fmt: skip
        before = _counts(s)
    data = _book(
        [
            ["北山网格", "北山村", 100, "", ""],  # row 2: unknown village
            ["东村第二网格", "东村", "很多", "", "0531-86123456"],  # row 3: households, phone
        ],
        [
            ["赵一", "网格长", "13812340001", ID_A, "2020-03-01", "东村第一网格", ""],  # good
            ["钱二", "专职网格员", "12345", ID_B, "2021-13-40", "", ""],  # row 3: phone, date
            ["孙四", "专职网格员", "13812340003", ID_A, "", "", ""],  # row 4: ID repeats row 2
            ["李四", "组长", "13812340004", "370911198001011234", "", "南湖网格", ""],  # row 5
            ["周五", "兼职网格员", "13812340005", 370911198001011234, "", "", ""],  # row 6
            ["", "兼职网格员", "13812340006", "", "", "", ""],  # row 7: no name, no ID
        ],
    )  # fmt: skip
    with session_factory.begin() as s:
        report = excel.import_roster(s, data=data, org_code=DEMO_ORG, actor=GRID)
        assert _counts(s) == before
    assert not report.imported
    by_row: dict[tuple[str, int], list[str]] = {}
    for p in report.problems:
        by_row.setdefault((p.sheet, p.row), []).append(str(p.message))
    assert set(by_row) == {
        ("网格", 2), ("网格", 3),
        ("网格员", 3), ("网格员", 4), ("网格员", 5), ("网格员", 6), ("网格员", 7),
    }  # fmt: skip
    assert by_row[("网格", 2)] == ["村/社区“北山村”不属于本镇街"]
    assert by_row[("网格", 3)] == [
        "户数应为0到100000之间的整数，而不是“很多”",
        "固定电话应为泰安本地号码（区号0538）",
    ]
    assert "入职日期“2021-13-40”不是有效日期，应写成2024-03-01" in by_row[("网格员", 3)]
    assert "联系电话只能包含数字（可带+86、空格或短横线）" in by_row[("网格员", 3)]
    assert by_row[("网格员", 4)] == ["身份证号与第2行重复"]
    assert (
        "岗位应为网格长、专职网格员、兼职网格员、网格指导员、协管力量之一，而不是“组长”"
        in (by_row[("网格员", 5)])
    )
    assert "证件号码校验位不对，请核对每一位" in by_row[("网格员", 5)]
    assert "网格“南湖网格”不存在：请先在“网格”工作表或系统中建立" in by_row[("网格员", 5)]
    assert by_row[("网格员", 6)] == [
        "身份证号被Excel存成了数字，末几位已丢失：请把该列设为文本后重新填写"
    ]
    assert by_row[("网格员", 7)] == ["请填写姓名", "请填写身份证号（导入时用它识别网格员）"]


def test_wrong_headers_are_reported_and_nothing_is_read(session_factory, world: GridWorld):
    header = ("姓名", "岗位", "电话", "身份证号", "入职日期", "所在网格", "备注")
    data = _book([], [["赵一", "网格长", "13812340001", ID_A, "", "", ""]], worker_header=header)
    with session_factory.begin() as s:
        before = _counts(s)
        report = excel.import_roster(s, data=data, org_code=DEMO_ORG, actor=GRID)
        assert _counts(s) == before
    assert [(p.sheet, p.row) for p in report.problems] == [("网格员", 1)]
    assert "现在是“姓名、岗位、电话、" in report.problems[0].message


def test_two_grid_heads_for_one_grid_are_refused(session_factory, world: GridWorld):
    data = _book(
        [],
        [
            ["赵一", "网格长", "13812340001", ID_A, "", "东村第一网格", ""],
            ["钱二", "网格长", "13812340002", ID_B, "", "东村第一网格", ""],
        ],
    )
    with session_factory.begin() as s:
        report = excel.import_roster(s, data=data, org_code=DEMO_ORG, actor=GRID)
    assert [(p.row, str(p.message)) for p in report.problems] == [
        (3, "第2行已是“东村第一网格”的网格长，一个网格只能有一名网格长")
    ]


def test_export_re_imports_as_an_update_and_the_template_is_empty(
    session_factory, world: GridWorld
):
    data = _book(
        [],
        [["赵一", "网格长", "13812340001", ID_A, "2020-03-01", "东村第一网格", "备注一"]],
    )
    with session_factory.begin() as s:
        assert excel.import_roster(s, data=data, org_code=DEMO_ORG, actor=GRID).imported
    out = io.BytesIO()
    with session_factory.begin() as s:
        assert excel.export_roster(s, org_code=DEMO_ORG, out=out) == (1, 4)
    wb = load_workbook(io.BytesIO(out.getvalue()))
    rows = list(wb[excel.WORKER_SHEET].iter_rows(values_only=True))
    zhao = next(r for r in rows if r[0] == "赵一")
    assert zhao[1:4] == ("网格长", "13812340001", ID_A) and zhao[5] == "东村第一网格"
    with session_factory.begin() as s:
        again = excel.import_roster(s, data=out.getvalue(), org_code=DEMO_ORG, actor=GRID)
    # The three fixture workers have no ID number, so they cannot be matched: named, not added.
    assert not again.imported
    assert {p.row for p in again.problems} == {
        i for i, r in enumerate(rows, start=1) if i > 1 and not r[3]
    }
    template = io.BytesIO()
    excel.write_template(template)
    wb = load_workbook(io.BytesIO(template.getvalue()))
    assert wb.sheetnames == ["网格", "网格员", "填写说明"]
    assert [c.value for c in wb["网格员"][1]] == list(excel.WORKER_HEADER)
    assert all(v is None for r in wb["网格员"].iter_rows(min_row=2, values_only=True) for v in r)


def test_new_grids_are_numbered_after_the_townships_g_codes_whatever_else_exists(
    session_factory, world: GridWorld
):
    with session_factory.begin() as s:
        s.add(Grid(owner_org=DEMO_ORG, code="370911106201-01", name="旧编码网格", town_id=_town(s)))
    data = _book([["西苑第一网格", "西苑社区", 300, "", ""]], [])
    with session_factory.begin() as s:
        assert excel.import_roster(s, data=data, org_code=DEMO_ORG, actor=GRID).imported
        codes = set(s.scalars(select(Grid.code)))
    assert codes == {f"{DEMO_ORG}-G001", f"{DEMO_ORG}-G002", "370911106201-01"}


def _town(s) -> str:
    return s.scalars(select(Grid.town_id)).first()
