"""Lists out: every list as Excel (filters on top) or as an A4 landscape table to print.

One generic `ListTable` (app.domain.lists) is fed by per-list row sources (`sources`), written by
one Excel writer (app.reports.list_xlsx) and one table renderer (app.reports.list_table);
`log_list_out` audits every export and print.
"""

from app.services.lists.export import desk_org, is_demo_db, log_list_out
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
    "desk_org",
    "is_demo_db",
    "local",
    "log_list_out",
    "org_label",
]
