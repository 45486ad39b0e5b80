"""One palette of message colours: every page shows success, errors and warnings alike.

An error is never in the success colour (issue #12: the intake banner "未保存…" was bold green).
Pages call `message_style(kind)` for a label's style sheet, or `set_message(label, kind, text)`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

SUCCESS = "#1a7f37"
ERROR = "#cf222e"
WARNING = "#9a6700"
INFO = "#0969da"
MUTED = "#57606a"
# Kinds a message can be; the colour of each.
COLOURS = {"success": SUCCESS, "error": ERROR, "warning": WARNING, "info": INFO, "muted": MUTED}


def message_style(kind: str, *, bold: bool = False, size_pt: int | None = None) -> str:
    """Return a style sheet body for a message of `kind` (success, error, warning, info, muted)."""
    style = f"color: {COLOURS[kind]};"
    if bold:
        style += " font-weight: bold;"
    if size_pt:
        style += f" font-size: {size_pt}pt;"
    return style


def set_message(label: QLabel, kind: str, text: str, *, bold: bool = False) -> None:
    """Show `text` on `label` in the colour of `kind`, keeping the label's font size."""
    label.setProperty("messageKind", kind)
    label.setStyleSheet(message_style(kind, bold=bold))
    label.setText(text)
