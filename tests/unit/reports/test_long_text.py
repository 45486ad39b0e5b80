"""A 10,000-character text paginates on sheets and lengthens the roll without losing a word."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from app.domain.printables import Paper
from app.reports import RENDERERS, samples
from app.reports.layout import ROLL_WIDTH
from tests.unit.reports import pdftools
from tests.unit.reports.pdftools import needs_poppler

SENTENCES = [f"第{i:04d}段：村民反映<情况>属实&已核查。" for i in range(1, 700)]
LONG = "".join(SENTENCES)[:10_000]
MARKERS = [s.split("：")[0] for s in SENTENCES if s.split("：")[0] in LONG]

CASES: list[tuple[str, Any, Paper]] = [
    ("receipt", samples.receipt(summary=LONG), Paper.A4),
    ("receipt", samples.receipt(summary=LONG), Paper.A5),
    ("receipt", samples.receipt(summary=LONG), Paper.ROLL80),
    ("mediation_agreement", samples.mediation(facts=LONG), Paper.A4),
    ("assignment", dataclasses.replace(samples.assignment(), facts=LONG), Paper.A4),
    ("notice", dataclasses.replace(samples.notice(), reason=LONG), Paper.A5),
    ("notice", dataclasses.replace(samples.notice(), reason=LONG), Paper.ROLL80),
    ("revisit", dataclasses.replace(samples.revisit(), comment=LONG), Paper.A4),
]


@needs_poppler
@pytest.mark.parametrize(("kind", "view", "paper"), CASES, ids=lambda v: getattr(v, "value", ""))
def test_long_text_is_printed_in_full(kind: str, view: Any, paper: Paper, tmp_path: Path) -> None:
    assert len(LONG) == 10_000
    view = dataclasses.replace(view, is_demo=False)  # no watermark words between the lines
    path = tmp_path / f"{kind}-{paper}.pdf"
    with path.open("wb") as out:
        RENDERERS[kind](view, out, paper=paper)
    text = pdftools.text(path, body_only=paper is not Paper.ROLL80)
    missing = [m for m in MARKERS if m not in text]
    assert not missing, f"{len(missing)} sentences lost, first {missing[:3]}"
    assert "".join(LONG.split())[-200:] in text  # the tail, literally (markup characters too)
    width, height = pdftools.page_size(path)
    if paper is Paper.ROLL80:
        assert width == pytest.approx(ROLL_WIDTH, abs=0.5)
        assert height > 1500  # the roll grew with the text instead of cutting it
    else:
        assert pdftools.page_count(path) > 1
