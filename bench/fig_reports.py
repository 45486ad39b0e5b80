"""Bench: render time of the A5 受理回执 (QR + Code128) against a bare reportlab A5 page."""

from __future__ import annotations

import dataclasses
import io
import time
from collections.abc import Callable

from bench.core import BenchContext, Figure

TARGET_P95_MS = 30.0


def _percentile(samples: list[float], q: float) -> float:
    """Return the q-quantile (0..1) of `samples` by nearest rank."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def _timed(fn: Callable[[], None]) -> float:
    """Return how long one call of `fn` takes, in milliseconds."""
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def figures(ctx: BenchContext) -> list[Figure]:
    """Measure slip renders and, interleaved in the same loop, the bare-page floor."""
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen.canvas import Canvas

    from app.domain.printables import Paper
    from app.reports import samples
    from app.reports.fonts import font_set
    from app.reports.receipt import render_receipt

    font = font_set().main  # registering the TTF (~100 ms) is once per process, not per slip
    base = samples.receipt()

    def bare_page() -> None:
        canvas = Canvas(io.BytesIO(), pagesize=A5)
        canvas.setFont(font, 12)
        canvas.drawString(40, 500, "岱岳区满庄镇社会治理综合服务中心受理回执")
        canvas.showPage()
        canvas.save()

    runs = 60 if ctx.quick else 200
    # every slip gets its own number and 查询码, as at the window: no QR cache hit
    views = [
        dataclasses.replace(
            base, case_no=f"106-261127-A-{i:04d}", query_code=f"{(i * 7919) % 10**6:06d}"
        )
        for i in range(runs + 3)
    ]
    for view in views[:3]:  # warm-up: imports, styles, glyph metrics
        render_receipt(view, io.BytesIO(), paper=Paper.A5)
        bare_page()
    slip: list[float] = []
    floor: list[float] = []
    for view in views[3:]:
        start = time.perf_counter()
        render_receipt(view, io.BytesIO(), paper=Paper.A5)
        slip.append((time.perf_counter() - start) * 1000)
        floor.append(_timed(bare_page))
    note = (
        f"{runs} renders; target p95 ≤ {TARGET_P95_MS:.0f} ms; floor = bare A5 page, one CJK line"
    )
    return [
        Figure("slip_render_p95_ms", _percentile(slip, 0.95), "ms", _percentile(floor, 0.95), note),
        Figure("slip_render_p50_ms", _percentile(slip, 0.50), "ms", _percentile(floor, 0.50), note),
    ]
