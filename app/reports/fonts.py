"""The embedded CJK font of every printable, with per-character fallback for rare characters.

wqy-microhei lacks a few rare name characters (䶮 㛃 𠮷) and reportlab never falls back between
fonts on its own, so a name would lose a character without a word. Each text is split into runs:
characters the main font lacks go to the first shipped fallback font that has them, and if none
does they print as the visible 缺字 mark 〓 and a warning is logged.
"""

from __future__ import annotations

import functools
import logging
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.config import resource_path
from app.reports import ttf_subset

log = logging.getLogger(__name__)

MAIN_FONT = "WQY"
MAIN_FONT_FILE = "wqy-microhei.ttc"
# Optional second fonts looked up in resources/fonts/, first match wins (wqy-zenhei carries the
# rare CJK Extension A/B name characters microhei lacks; GPL-2 with the font-embedding exception).
FALLBACK_FONT_FILES: tuple[str, ...] = ("wqy-zenhei.ttc",)
MISSING_MARK = (
    "〓"  # the typesetters' 缺字 mark: visible, so the clerk writes the character in by hand
)

_lock = threading.Lock()


@dataclass(frozen=True)
class FontSet:
    """The registered main font and the code points it can draw."""

    main: str
    main_cmap: frozenset[int]


def fallback_candidates() -> list[Path]:
    """Return the fallback font files to try, in order (only those that exist)."""
    return [p for p in (resource_path("fonts", f) for f in FALLBACK_FONT_FILES) if p.is_file()]


def _register(name: str, path: Path) -> frozenset[int]:
    """Register one TrueType font with reportlab and return its character coverage."""
    font = ttf_subset.install(TTFont(name, str(path), subfontIndex=0, asciiReadable=False))
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


@functools.cache
def font_set() -> FontSet:
    """Register the main font once per process (~100 ms) and return it."""
    with _lock:
        return FontSet(MAIN_FONT, _register(MAIN_FONT, resource_path("fonts", MAIN_FONT_FILE)))


@functools.cache
def fallback_fonts() -> tuple[tuple[str, frozenset[int]], ...]:
    """Register the shipped fallback fonts, only when a text first needs one (~270 ms each)."""
    with _lock:
        fallbacks = []
        for i, path in enumerate(fallback_candidates()):
            name = f"{MAIN_FONT}FB{i}"
            try:
                fallbacks.append((name, _register(name, path)))
            except Exception:  # a broken optional font must not stop printing
                log.exception("fallback font %s could not be loaded", path)
        return tuple(fallbacks)


def reset_cache() -> None:
    """Forget registered font sets (tests that swap the fallback candidates)."""
    font_set.cache_clear()
    fallback_fonts.cache_clear()


def _clean(text: str) -> Iterable[str]:
    """Yield the printable characters of `text` (tabs become spaces, format codes vanish)."""
    if text.isprintable():  # the common case: nothing to drop or expand
        yield from text
        return
    for ch in text:
        if ch == "\t":
            yield from "    "
        elif ch == "\n":
            yield ch
        elif unicodedata.category(ch) in ("Cc", "Cf"):
            continue  # zero-width joiners, BOMs, control codes: nothing to draw
        else:
            yield ch


def _substitute(ch: str) -> tuple[str | None, str]:
    """Return (fallback font or None, character) for a character the main font lacks."""
    for name, cmap in fallback_fonts():
        if ord(ch) in cmap:
            return name, ch
    log.warning("打印字体缺少字符 %r (U+%04X)，已用%s代替", ch, ord(ch), MISSING_MARK)
    return None, MISSING_MARK


def runs(text: str) -> list[tuple[str, str]]:
    """Split `text` into (font name, text) runs; undrawable characters become 〓."""
    fs = font_set()
    cmap = fs.main_cmap
    chars = list(_clean(text))
    if all(ord(ch) in cmap or ch == "\n" for ch in chars):
        return [(fs.main, "".join(chars))] if chars else []
    out: list[tuple[str, str]] = []
    for ch in chars:
        font = fs.main
        if ch != "\n" and ord(ch) not in cmap:
            fallback, ch = _substitute(ch)
            font = fallback or fs.main
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def markup(text: str) -> str:
    """Return `text` as Paragraph markup: printed literally, line breaks kept, fonts switched."""
    fs = font_set()
    parts = []
    for font, chunk in runs(text):
        body = escape(chunk).replace("\n", "<br/>")
        parts.append(body if font == fs.main else f'<font face="{font}">{body}</font>')
    return "".join(parts)


def plain(text: str) -> str:
    """Return `text` reduced to what the main font draws (for canvas.drawString labels)."""
    fs = font_set()
    return "".join(
        ch if ord(ch) in fs.main_cmap else MISSING_MARK for ch in _clean(text) if ch != "\n"
    )
