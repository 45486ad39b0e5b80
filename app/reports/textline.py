"""A one-line text drawn straight onto the canvas, where a Paragraph would spend ~10x as long.

Parsing markup, breaking lines and laying out fragments is most of a slip's paragraph cost, and
most of its paragraphs (names, numbers, signature labels, dates) are one short plain line. A
`TextLine` draws such a line where the Paragraph would; given less width than the text needs,
it turns into that Paragraph, so wrapping stays exactly reportlab's. `Title` is the documents'
heading, drawn the same direct way.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from app.reports.fonts import font_set, plain

_ALIGNED = (TA_LEFT, TA_CENTER, TA_RIGHT)
_FIT_MARGIN = 0.01  # a line this close to the width goes to the Paragraph (its own rounding)


def plain_line_style(style: ParagraphStyle) -> bool:
    """Return whether a one-line Paragraph in `style` is only font, size, colour and alignment."""
    return (
        style.alignment in _ALIGNED
        and not (style.leftIndent or style.rightIndent or style.firstLineIndent)
        and style.backColor is None
        and not style.borderWidth
        and not getattr(style, "underline", False)
        and not getattr(style, "strike", False)
    )


class TextLine(Flowable):
    """`text` (no markup, no line break, no doubled spaces) set as a Paragraph in `style` would.

    `markup` is the same text as Paragraph markup, used if the line has to wrap after all.
    """

    def __init__(self, text: str, markup: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.markup = markup
        self.style = style
        self.text_width = stringWidth(text, style.fontName, style.fontSize)
        self._para: Paragraph | None = None

    def _paragraph(self) -> Paragraph:
        if self._para is None:
            self._para = Paragraph(self.markup, self.style)
        return self._para

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Return the one line's size, or the Paragraph's if the text is wider than the frame."""
        if self.text_width > avail_width - _FIT_MARGIN:
            self.width, self.height = self._paragraph().wrap(avail_width, avail_height)
            return self.width, self.height
        self._para = None
        self.width, self.height = avail_width, self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        """Split like the Paragraph (a single line cannot split)."""
        if self.text_width > avail_width - _FIT_MARGIN:
            return self._paragraph().split(avail_width, avail_height)
        return []

    def minWidth(self) -> float:
        """Return the width of the text (what a table column needs to avoid wrapping it)."""
        return self.text_width

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        """Draw the line, or let the Paragraph draw itself if the text wrapped."""
        if self._para is not None:
            self._para.drawOn(canvas, x, y, _sW)
        else:
            super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        """Draw the text on the Paragraph's first baseline, aligned as the Paragraph aligns it."""
        st = self.style
        c = self.canv
        c.saveState()
        c.setFillColor(st.textColor)
        c.setFont(st.fontName, st.fontSize)
        y = self.height - st.fontSize
        if st.alignment == TA_CENTER:
            c.drawCentredString(self.width / 2, y, self.text)
        elif st.alignment == TA_RIGHT:
            c.drawRightString(self.width, y, self.text)
        else:
            c.drawString(0, y, self.text)
        c.restoreState()


class Title(Flowable):
    """A centred document title in heavy type with a rule beneath it."""

    def __init__(self, text: str, size: float, *, rule: bool = True, spacing: float = 0.0) -> None:
        super().__init__()
        self.text = plain(text)
        self.size = size
        self.rule = rule
        self.spacing = spacing  # extra space between characters, as on printed forms

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Return the space the title takes."""
        self.width = avail_width
        self.height = self.size * 1.5 + (self.size * 0.5 if self.rule else 0)
        return self.width, self.height

    def draw(self) -> None:
        """Draw the title (fill + stroke gives a bold look: the font has no bold face)."""
        c = self.canv
        y = self.height - self.size * 1.1
        c.saveState()
        c.setFont(font_set().main, self.size)
        c.setLineWidth(self.size * 0.03)
        text_obj = c.beginText()
        text_obj.setTextRenderMode(2)
        text_obj.setCharSpace(self.spacing)
        tw = c.stringWidth(self.text, font_set().main, self.size)
        tw += self.spacing * max(0, len(self.text) - 1)
        text_obj.setTextOrigin((self.width - tw) / 2, y)
        text_obj.textOut(self.text)
        c.drawText(text_obj)
        if self.rule:
            c.setLineWidth(1.2)
            c.line(0, 2.5, self.width, 2.5)
            c.setLineWidth(0.4)
            c.line(0, 0.5, self.width, 0.5)
        c.restoreState()
