"""The embedded font is registered once; characters it lacks never vanish silently."""

from __future__ import annotations

import dataclasses
import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from app.domain.printables import Paper, PartyView
from app.reports import fonts, samples
from app.reports.receipt import render_receipt
from tests.unit.reports import pdftools
from tests.unit.reports.pdftools import needs_poppler

RARE = "䶮"  # CJK Extension A, in 刘䶮's name; wqy-microhei lacks it
# Fonts that have 䶮 but not 𠮷, to stand in for a shipped fallback (wqy-zenhei is the one to ship).
SYSTEM_FALLBACKS = [
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
]
FALLBACK = next((p for p in SYSTEM_FALLBACKS if p.is_file()), None)


@pytest.fixture
def fresh_fonts() -> Iterator[None]:
    """Forget the cached font set before and after the test."""
    fonts.reset_cache()
    yield
    fonts.reset_cache()


def _receipt_for(name: str, tmp_path: Path) -> Path:
    party = PartyView(role="申请人", name=name, id_masked="3709**********1231")
    view = dataclasses.replace(samples.receipt(), parties=(party,), is_demo=False)
    path = tmp_path / "receipt.pdf"
    with path.open("wb") as out:
        render_receipt(view, out, paper=Paper.A5)
    return path


def test_font_is_registered_once() -> None:
    first = fonts.font_set()
    assert fonts.font_set() is first
    assert pdfmetrics.getFont(fonts.MAIN_FONT).fontName == fonts.MAIN_FONT
    for ch in "张三丰0123456789ABCxyz（）：；，。〓":
        assert ord(ch) in first.main_cmap, ch


def test_missing_character_becomes_visible_mark(
    fresh_fonts: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(fonts, "fallback_candidates", list)
    with caplog.at_level(logging.WARNING, logger="app.reports.fonts"):
        assert fonts.runs(f"刘{RARE}") == [(fonts.MAIN_FONT, f"刘{fonts.MISSING_MARK}")]
    assert "U+4DAE" in caplog.text
    assert fonts.plain(f"刘{RARE}") == f"刘{fonts.MISSING_MARK}"
    assert fonts.markup("a<b>&\n") == "a&lt;b&gt;&amp;<br/>"


def test_format_characters_are_dropped_not_marked(fresh_fonts: None) -> None:
    assert fonts.runs("张\u200b三\ufeff\t丰") == [(fonts.MAIN_FONT, "张三    丰")]


@needs_poppler
def test_missing_character_is_printed_as_mark(
    fresh_fonts: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fonts, "fallback_candidates", list)
    text = pdftools.text(_receipt_for(f"刘{RARE}", tmp_path))
    assert f"刘{fonts.MISSING_MARK}" in text


@needs_poppler
@pytest.mark.skipif(FALLBACK is None, reason="no wqy-zenhei/Droid font to act as a fallback font")
def test_fallback_font_draws_what_the_main_font_lacks(
    fresh_fonts: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fonts, "fallback_candidates", lambda: [FALLBACK])
    fallback = f"{fonts.MAIN_FONT}FB0"
    assert fonts.runs(f"刘{RARE}𠮷") == [
        (fonts.MAIN_FONT, "刘"),
        (fallback, RARE),
        (fonts.MAIN_FONT, fonts.MISSING_MARK),  # in neither font: still visible
    ]
    text = pdftools.text(_receipt_for(f"刘{RARE}", tmp_path))
    assert f"刘{RARE}" in text


def test_fallback_fonts_load_only_when_needed(
    fresh_fonts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(fonts, "fallback_candidates", lambda: calls.append(1) or [])
    render_receipt(samples.receipt(), io.BytesIO(), paper=Paper.A5)
    assert calls == []  # an ordinary slip never pays for loading a second font
    fonts.runs(RARE)
    fonts.runs(RARE)
    assert calls == [1]  # looked up once, then cached
