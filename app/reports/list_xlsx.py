"""Any list (`ListTable`) as an Excel sheet: the title and the filters on top, then the table.

Layout: row 1 the title; one row per filter (筛选条件), the export time and the row count; a
blank row; the bold header row (frozen, with auto-filter); one row per listed item.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.lists import ListTable

HEADER_FILL = PatternFill("solid", fgColor="EEEEEE")
MAX_WIDTH = 60


def header_row(table: ListTable) -> int:
    """Return the sheet row (1-based) holding the column headers."""
    return 1 + len(table.filters) + 2 + 1 + 1


def write_list_xlsx(table: ListTable, out: Path | BinaryIO) -> None:
    """Write `table` to `out` (a path or a binary file)."""
    wb = Workbook(write_only=False)
    ws: Worksheet = wb.active
    ws.title = table.title[:31]
    ws.append([table.title])
    ws["A1"].font = Font(bold=True, size=14)
    for label, value in table.filters:
        ws.append([f"{label}：", value])
    when = table.generated_at
    ws.append(["导出时间：", when.strftime("%Y-%m-%d %H:%M") if when else ""])
    ws.append(["共计：", f"{len(table.rows)} 条"])
    ws.append([])
    head = header_row(table)
    ws.append(table.headers)
    for cell in ws[head]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")
    widths = [max(8, len(c.title) * 2 + 2) for c in table.columns]
    for row in table.rows:
        ws.append(list(row))
    for r, row in enumerate(table.rows, start=head + 1):
        for c, item in enumerate(row, start=1):
            if isinstance(item, datetime):
                ws.cell(r, c).number_format = "yyyy-mm-dd hh:mm"
                widths[c - 1] = max(widths[c - 1], 17)
            elif isinstance(item, date):
                ws.cell(r, c).number_format = "yyyy-mm-dd"
                widths[c - 1] = max(widths[c - 1], 11)
            elif isinstance(item, str) and item:
                widths[c - 1] = max(widths[c - 1], min(MAX_WIDTH, _display_width(item) + 2))
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.column_dimensions["A"].width = max(widths[0] if widths else 10, 12)
    ws.freeze_panes = ws.cell(head + 1, 1)
    if table.columns:
        last = get_column_letter(len(table.columns))
        ws.auto_filter.ref = f"A{head}:{last}{head + len(table.rows)}"
    ws.print_title_rows = f"{head}:{head}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    wb.save(out)


def _display_width(text: str) -> int:
    """Return the width of `text` in Latin character cells (CJK counts double)."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
