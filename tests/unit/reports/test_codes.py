"""The receipt's QR code and Code128 barcode decode to what a scanner at the window expects."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import zxingcpp

from app.domain.printables import Paper, parse_receipt_qr, receipt_qr_payload
from app.reports import samples
from app.reports.codes import qr_runs
from app.reports.receipt import render_receipt
from tests.unit.reports import pdftools
from tests.unit.reports.pdftools import needs_poppler

needs_zbar = pytest.mark.skipif(
    shutil.which("zbarimg") is None,
    reason="zbarimg not installed (apt-get install -y zbar-tools): cannot decode the QR/barcode",
)


def test_qr_payload_round_trips() -> None:
    payload = receipt_qr_payload("106-261127-A-0007", "482913")
    assert parse_receipt_qr(payload) == ("106-261127-A-0007", "482913")
    assert parse_receipt_qr("https://example.org/") is None
    assert parse_receipt_qr("YZ||123") is None


def test_qr_runs_cover_only_dark_modules() -> None:
    n, runs = qr_runs("YZ|106-261127-A-0007|482913")
    assert n >= 21 and (n - 17) % 4 == 0  # a valid QR version size
    cells = {(r, c) for r, c0, length in runs for c in range(c0, c0 + length)}
    assert len(cells) == sum(length for _, _, length in runs)  # runs never overlap
    # the three finder patterns: dark 7x7 outlines in three corners
    for r0, c0 in ((0, 0), (0, n - 7), (n - 7, 0)):
        assert all((r0, c) in cells for c in range(c0, c0 + 7))
        assert (r0 + 1, c0 + 1) not in cells


def _raster(n: int, runs: tuple[tuple[int, int, int], ...], scale: int = 4) -> memoryview:
    """Return the code as a greyscale image (scale px per module, 4-module quiet zone)."""
    quiet = 4
    size = (n + 2 * quiet) * scale
    pixels = bytearray(b"\xff" * size * size)
    for r, c0, length in runs:
        left = (c0 + quiet) * scale
        for y in range((r + quiet) * scale, (r + quiet + 1) * scale):
            pixels[y * size + left : y * size + left + length * scale] = b"\0" * (length * scale)
    return memoryview(bytes(pixels)).cast("B", (size, size))


@pytest.mark.parametrize("case_no", ["106-261127-A-0007", "101-261231-Z9-12345"])
def test_qr_runs_decode_to_the_payload(case_no: str) -> None:
    payload = receipt_qr_payload(case_no, "482913")
    found = zxingcpp.read_barcodes(_raster(*qr_runs(payload)))
    assert [b.text for b in found] == [payload]


@needs_poppler
@needs_zbar
@pytest.mark.parametrize("paper", list(Paper))
def test_receipt_codes_decode(paper: Paper, tmp_path: Path) -> None:
    view = samples.receipt()
    pdf = tmp_path / f"receipt-{paper}.pdf"
    with pdf.open("wb") as out:
        render_receipt(view, out, paper=paper)
    symbols = pdftools.zbar(pdftools.to_png(pdf, tmp_path / f"receipt-{paper}", dpi=200))
    qr = [s.removeprefix("QR-Code:") for s in symbols if s.startswith("QR-Code:")]
    assert [parse_receipt_qr(q) for q in qr] == [(view.case_no, view.query_code)]
    assert f"CODE-128:{view.case_no}" in symbols
