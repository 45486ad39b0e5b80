"""The case search list: keyset pages, filters and Chinese full-text search.

Other features use these names from the package: `from app.services.search import find_case_id`.
"""

from app.services.search.case_list import (
    NAME_CHARS,
    NAME_SEPARATOR,
    PAGE_SIZE,
    find_case_id,
    list_cases,
    rebuild_search_index,
)

__all__ = [
    "NAME_CHARS",
    "NAME_SEPARATOR",
    "PAGE_SIZE",
    "find_case_id",
    "list_cases",
    "rebuild_search_index",
]
