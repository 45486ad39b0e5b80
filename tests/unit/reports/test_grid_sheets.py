"""Roster sheet and grid notice PDFs: the text is really there, pages have the right shape."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest

from app.domain.grid import GridNoticeView, NoticeWorker, RosterRow, RosterSheetView
from app.reports.grid_sheets import render_grid_notices, render_roster_sheet

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
DAY = date(2026, 11, 27)


def _text(pdf: bytes, tmp_path: Path, *args: str) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _page_size(pdf: bytes, tmp_path: Path) -> tuple[float, float]:
    path = tmp_path / "size.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Page size:"))
    parts = line.split()
    return float(parts[2]), float(parts[4])


def notice(name: str = "东村第一网格", workers: int = 2) -> GridNoticeView:
    """Return a notice view with `workers` workers."""
    people = (
        NoticeWorker("张三丰", "网格长", "138 1234 5678"),
        NoticeWorker("李娜", "专职网格员", "0538-8123456"),
    )
    return GridNoticeView(
        town_name="满庄镇",
        grid_name=name,
        village_name="东村",
        area="东村一组至三组，东至京沪铁路",
        households=420,
        complaint_phone="0538-8561234",
        workers=people[:workers],
        as_of=DAY,
    )


def roster(n: int) -> RosterSheetView:
    """Return a roster of `n` rows across a few grids."""
    rows = tuple(
        RosterRow(
            grid_name=f"第{i // 3 + 1}网格",
            village_name="西苑社区",
            worker_name=f"网格员{i}",
            post="专职网格员",
            phone="139 0538 0001",
            start_date=date(2025, 3, 1),
        )
        for i in range(n)
    )
    return RosterSheetView("满庄镇", DAY, rows, is_demo=True)


def test_notice_carries_name_phones_and_complaint_line(tmp_path):
    out = BytesIO()
    render_grid_notices([notice()], out)
    text = _text(out.getvalue(), tmp_path)
    for expected in (
        "网格公示牌",
        "东村第一网格",
        "张三丰",
        "138 1234 5678",
        "0538-8561234",
        "420户",
    ):
        assert expected in text
    assert _page_size(out.getvalue(), tmp_path) == pytest.approx((595.28, 841.89), abs=0.5)


def test_one_page_per_grid_and_empty_grid_says_so(tmp_path):
    out = BytesIO()
    render_grid_notices([notice("甲网格"), notice("乙网格", workers=0)], out)
    pages = _text(out.getvalue(), tmp_path).split("\f")
    assert "甲网格" in pages[0] and "乙网格" in pages[1]
    assert "网格员待配备" in pages[1]
    with pytest.raises(ValueError):
        render_grid_notices([], BytesIO())


def test_roster_is_landscape_and_long_rosters_continue(tmp_path):
    out = BytesIO()
    render_roster_sheet(roster(60), out)
    pdf = out.getvalue()
    width, height = _page_size(pdf, tmp_path)
    assert width > height
    pages = _text(pdf, tmp_path).split("\f")
    assert len([p for p in pages if p.strip()]) >= 2
    assert "满庄镇网格员花名册" in pages[0] and "网格员0" in pages[0]
    assert "网格员59" in pages[-1] or "网格员59" in pages[-2]
    assert "姓名" in pages[1]  # the header row repeats
    # the rotated 示例数据 watermark comes out of pdftotext one character per line
    assert "示" in pages[0] and "例" in pages[0]


def test_real_roster_has_no_watermark(tmp_path):
    out = BytesIO()
    view = roster(3)
    render_roster_sheet(RosterSheetView(view.town_name, DAY, view.rows), out)
    assert "示" not in _text(out.getvalue(), tmp_path)


def duty_view(start: date, days: int) -> object:
    """Return a duty sheet with a double booking, a leave finding and an uncovered post."""
    from datetime import timedelta

    from app.domain.enums import DutyPost, Shift
    from app.domain.grid import DutyProblem, DutyRange, DutySheetView, DutyShiftView
    from app.services.errors import Msg

    def line(i: int, day: date, shift: Shift, post: DutyPost, name: str) -> DutyShiftView:
        return DutyShiftView(
            f"s{i}", day, shift, post, f"w-{name}", name, "", None, None, None, "", ""
        )

    shifts = []
    for d in range(days):
        day = start + timedelta(days=d)
        shifts += [
            line(4 * d, day, Shift.MORNING, DutyPost.WINDOW, "王芳"),
            line(4 * d + 1, day, Shift.FULL_DAY, DutyPost.PATROL, ("李娜", "赵东", "钱西")[d % 3]),
            line(4 * d + 2, day, Shift.NIGHT, DutyPost.EMERGENCY, "孙强"),
        ]
    shifts.append(line(999, start, Shift.AFTERNOON, DutyPost.RECEPTION, "李娜"))
    problems = (
        DutyProblem(
            start,
            Shift.AFTERNOON,
            "double",
            Msg(
                "{name}同时排在{a_shift}{a_post}和{b_shift}{b_post}",
                name="李娜",
                a_shift="下午",
                a_post="接访",
                b_shift="全天",
                b_post="网格巡查",
            ),
            ("s999", "s1"),
            DutyPost.RECEPTION,
        ),
        DutyProblem(
            start, Shift.AFTERNOON, "uncovered", Msg("下午没有安排矛调窗口"), (), DutyPost.WINDOW
        ),
    )
    kinds = tuple(
        "holiday" if d < 3 else ("makeup" if d == 5 else ("weekend" if d % 7 == 6 else "workday"))
        for d in range(days)
    )
    return DutySheetView(
        town_name="演示镇",
        scope="东村第一网格",
        sheet=DutyRange(start, start + timedelta(days=days - 1), tuple(shifts), kinds),
        problems=problems,
        as_of=DAY,
    )


@pytest.mark.parametrize(("days", "title"), [(7, "演示镇值班表"), (31, "演示镇2026年10月值班表")])
def test_duty_sheets_week_and_month_from_the_same_lines(tmp_path, days, title):
    from app.reports.grid_sheets import render_duty_sheet

    out = BytesIO()
    render_duty_sheet(duty_view(date(2026, 10, 5) if days == 7 else date(2026, 10, 1), days), out)
    shots = Path(__import__("os").environ.get("GRID_SHOTS", ""))
    if shots.name:
        (shots / f"duty_sheet_{days}.pdf").write_bytes(out.getvalue())
    width, height = _page_size(out.getvalue(), tmp_path)
    text = _text(out.getvalue(), tmp_path)
    assert _text(out.getvalue(), tmp_path).count("\f") == 1  # one page
    assert (width > height) == (days == 7)  # a week landscape, a month portrait
    assert title in text and "东村第一网格" in text
    assert "矛调窗口" in text and "应急值守" in text
    assert "李娜同时排在下午接访和全天网格巡查" in text  # the findings are listed under the table
    assert "※" in text and "（休）" in text
