"""窗口受理 (window intake) tab."""
