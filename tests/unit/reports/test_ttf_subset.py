"""The fast subsetter writes byte for byte the font reportlab's own subsetter writes."""

from __future__ import annotations

import random

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFace

from app.reports import fonts
from app.reports.ttf_subset import FastSubsetter


def test_subsets_are_identical_to_reportlab() -> None:
    face = pdfmetrics.getFont(fonts.font_set().main).face
    fast = face.makeSubset
    assert isinstance(fast, FastSubsetter)  # installed at registration
    codes = sorted(face.charToGlyph)
    composite = [c for c in codes if fast.glyph(face.charToGlyph[c]).parts]
    assert composite  # wqy-microhei builds most CJK glyphs from components
    rng = random.Random(11)
    subsets = [
        [0, *range(32, 128)],
        [0, 32, *(ord(ch) for ch in "受理回执编号查询码岱岳区满庄镇（盖章）")],
        [0, *rng.sample(codes, 255)],
        [0, *rng.sample(composite, 255)],
        [0, 0x10FFFF, 0x4E00],  # a code the font lacks maps to the missing glyph
    ]
    for subset in subsets:
        assert fast(subset) == TTFontFace.makeSubset(face, subset)
