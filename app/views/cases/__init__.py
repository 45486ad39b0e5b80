"""案件查询 (case search list) tab."""
