"""QR code and Code128 barcode flowables, drawn cheaply enough for a slip per visitor."""

from __future__ import annotations

import functools
import re
from typing import Any, cast

import zxingcpp
from reportlab.graphics.barcode.code128 import Code128
from reportlab.platypus import Flowable

QUIET_MODULES = 2  # white border in modules; the surrounding white margin of the slip adds more


@functools.lru_cache(maxsize=64)  # print preview and then print encode the same slip twice
def qr_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """Encode `payload` once; return the module count and dark runs as (row, first col, length).

    zxing-cpp encodes in C++ (0.5 ms, mask chosen by the standard's penalty rules); the pure
    Python `qrcode` package took 3.6 ms even at a fixed mask, an eighth of a slip's render.
    """
    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = code.to_image(scale=1, add_quiet_zones=False)
    n = image.shape[0]
    # one byte per module, row by row; 0 is dark (the stubs do not declare the buffer protocol)
    cells = bytes(memoryview(cast(Any, image)))
    runs: list[tuple[int, int, int]] = []
    for r in range(n):
        row = r * n
        runs.extend(
            (r, m.start() - row, m.end() - m.start()) for m in _DARK.finditer(cells, row, row + n)
        )
    return n, tuple(runs)


_DARK = re.compile(rb"\x00+")


class QrFlowable(Flowable):
    """A square QR code: every dark run is one rectangle of a single filled path."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        self.modules, self.runs = qr_runs(payload)
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Return the fixed size of the code."""
        return self.size, self.size

    def draw(self) -> None:
        """Draw all dark modules as one filled path in module units (integers: cheap to write)."""
        c = self.canv
        unit = self.size / (self.modules + 2 * QUIET_MODULES)
        c.saveState()
        c.setFillColorRGB(0, 0, 0)
        c.transform(unit, 0, 0, unit, QUIET_MODULES * unit, QUIET_MODULES * unit)
        c.addLiteral(self._ops)
        c.restoreState()

    @property
    def _ops(self) -> str:
        """Return the PDF path operators of the dark runs (row 0 at the top) and the fill."""
        last = self.modules - 1
        rects = [f"{col} {last - r} {length} 1 re" for r, col, length in self.runs]
        return "\n".join(rects) + "\nf"


class BarcodeFlowable(Flowable):
    """A Code128 barcode scaled down to fit the width it is given."""

    def __init__(self, value: str, *, width: float, bar_height: float, max_bar: float = 1.0):
        super().__init__()
        self.value = value
        probe = Code128(value, barWidth=1.0, barHeight=bar_height, humanReadable=False, quiet=0)
        bar = min(max_bar, width / probe.width)
        self.code = Code128(value, barWidth=bar, barHeight=bar_height, humanReadable=False, quiet=0)
        self.width = self.code.width
        self.height = bar_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Return the barcode's size."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw the bars."""
        self.code.drawOn(self.canv, 0, 0)
