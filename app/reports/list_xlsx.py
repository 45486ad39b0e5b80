"""Any list (`ListTable`) as an Excel sheet: the title and the filters on top, then the table.

Layout: row 1 the title; one row per filter (label, value), the export time and the row count;
a blank row; the bold header row (frozen, with auto-filter, repeated on printed pages); one row
per listed item. Written in openpyxl's write-only mode: a list of a million cases streams out
instead of building a million cell objects.
"""

from __future__ import annotations

from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.lists import Cell, ListTable

HEADER_FILL = PatternFill("solid", fgColor="EEEEEE")
MAX_WIDTH = 60
SAMPLE = 2000  # rows measured for the column widths
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"


def header_row(table: ListTable) -> int:
    """Return the sheet row (1-based) holding the column headers."""
    return 1 + len(table.filters) + 2 + 1 + 1


def _display_width(text: str) -> int:
    """Return the width of `text` in Latin character cells (CJK counts double)."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _widths(table: ListTable) -> list[int]:
    widths = [max(8, _display_width(c.title) + 2) for c in table.columns]
    for row in islice(table.rows, SAMPLE):
        for i, item in enumerate(row[: len(widths)]):
            if isinstance(item, datetime):
                widths[i] = max(widths[i], 17)
            elif isinstance(item, date):
                widths[i] = max(widths[i], 11)
            elif isinstance(item, str) and item:
                widths[i] = max(widths[i], min(MAX_WIDTH, _display_width(item) + 2))
    return widths


def write_list_xlsx(table: ListTable, out: Path | BinaryIO) -> None:
    """Write `table` to `out` (a path or a binary file)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(table.title[:31])
    head = header_row(table)
    for i, width in enumerate(_widths(table), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width or 0, 12)
    ws.freeze_panes = f"A{head + 1}"
    if table.columns:
        last = get_column_letter(len(table.columns))
        ws.auto_filter.ref = f"A{head}:{last}{head + len(table.rows)}"
    ws.print_title_rows = f"{head}:{head}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    title = WriteOnlyCell(ws, value=table.title)
    title.font = Font(bold=True, size=14)
    ws.append([title])
    for label, value in table.filters:
        ws.append([f"{label}：", value])
    when = table.generated_at
    ws.append(["导出时间：", when.strftime("%Y-%m-%d %H:%M") if when else ""])
    ws.append(["共计：", f"{len(table.rows)} 条"])
    ws.append([])
    bold = Font(bold=True)
    centre = Alignment(horizontal="center", vertical="center")
    header = []
    for name in table.headers:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = bold
        cell.fill = HEADER_FILL
        cell.alignment = centre
        header.append(cell)
    ws.append(header)
    for row in table.rows:
        ws.append([_cell(ws, item) for item in row])
    wb.save(out)


def _cell(ws: object, item: Cell) -> object:
    """Return a plain value, or a cell carrying the date format for dates and times."""
    if isinstance(item, datetime):
        cell = WriteOnlyCell(ws, value=item)
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(item, date):
        cell = WriteOnlyCell(ws, value=item)
        cell.number_format = DATE_FORMAT
        return cell
    return item
