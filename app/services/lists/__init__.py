"""Lists out: every list as Excel (filters on top) or as an A4 landscape table to print.

One generic `ListTable` (app.domain.lists) is fed by per-list row sources (`sources`), written by
one Excel writer (app.reports.list_xlsx) and one table renderer (app.reports.list_table);
`export` audits every export and print.
"""

from app.services.lists.export import export_xlsx, is_demo_db, render_pdf
from app.services.lists.sources import (
    WHAT,
    build_table,
    case_search_table,
    local,
    org_label,
)

__all__ = [
    "WHAT",
    "build_table",
    "case_search_table",
    "export_xlsx",
    "is_demo_db",
    "local",
    "org_label",
    "render_pdf",
]
