"""The benchmark harness: figures, the context every figure module gets, discovery and output."""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

QUICK_CASES = 20_000
FULL_CASES = 1_000_000


@dataclass
class Figure:
    """One measured value and the bare floor of the same kind measured in the same run."""

    name: str
    value: float
    unit: str
    floor: float | None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """Return value / floor, or None without a usable floor."""
        if self.floor is None or self.floor == 0:
            return None
        return self.value / self.floor


@dataclass
class BenchContext:
    """What a figure module gets: run size, the generated demo database and a scratch folder."""

    quick: bool
    db_path: Path
    tmp: Path
    extra: dict[str, object] = field(default_factory=dict)


def discover(package: str = "bench") -> list[str]:
    """Return the names of the figure modules (fig_*.py) of `package`, sorted."""
    pkg = importlib.import_module(package)
    return sorted(
        f"{package}.{m.name}"
        for m in pkgutil.iter_modules(pkg.__path__)
        if m.name.startswith("fig_")
    )


def collect(ctx: BenchContext, modules: Sequence[str]) -> list[Figure]:
    """Run every module's figures(ctx); a failing module becomes one error row."""
    out: list[Figure] = []
    for name in modules:
        try:
            module = importlib.import_module(name)
            out.extend(module.figures(ctx))
        except Exception as exc:  # one broken module must not hide the others' figures
            traceback.print_exc(file=sys.stderr)
            short = name.rsplit(".", 1)[-1]
            out.append(
                Figure(f"{short}_error", float("nan"), "", None, f"{type(exc).__name__}: {exc}")
            )
    return out


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    if value != value:  # NaN
        return "error"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def print_table(figures: Sequence[Figure], out: TextIO = sys.stdout) -> None:
    """Print one table: figure, value, unit, floor, ratio, note."""
    head = ("figure", "value", "unit", "floor", "ratio", "note")
    rows = [(f.name, _fmt(f.value), f.unit, _fmt(f.floor), _fmt(f.ratio), f.note) for f in figures]
    widths = [max(len(str(r[i])) for r in (head, *rows)) for i in range(5)]
    for r in (head, *rows):
        cells = [
            str(c).ljust(w) if i in (0, 2) else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(r[:5], widths, strict=True))
        ]
        out.write("  ".join(cells) + ("  " + r[5] if r[5] else "") + "\n")


def to_json(figures: Sequence[Figure]) -> dict[str, dict[str, object]]:
    """Return {name: {value, unit, floor, ratio, note}} (NaN becomes null)."""

    def clean(v: float | None) -> float | None:
        return None if v is None or v != v else v

    return {
        f.name: {
            "value": clean(f.value),
            "unit": f.unit,
            "floor": clean(f.floor),
            "ratio": clean(f.ratio),
            "note": f.note,
        }
        for f in figures
    }


def make_demo_db(path: Path, cases: int) -> float:
    """Generate the demo database at `path` in this process; return the seconds it took."""
    from app.cli.common import open_db
    from app.services.demo import generate_demo
    from app.services.reference.loader import load_reference

    started = time.perf_counter()
    engine, factory = open_db(path)
    with factory.begin() as session:
        session.info["capture_outbox"] = False
        load_reference(session)
    summary = generate_demo(engine, cases=cases, seed=1)
    engine.dispose()
    _last_demo.update(rows=summary.total_rows, seconds=summary.seconds)
    return time.perf_counter() - started


# Rows and seconds of the demo generated in this run (fig_foundation reports them).
_last_demo: dict[str, float] = {}


def last_demo() -> dict[str, float]:
    """Return rows and seconds of the demo database generated in this process, if any."""
    return dict(_last_demo)


def run(
    argv: Sequence[str] | None = None,
    *,
    modules: Sequence[str] | None = None,
    make_db: Callable[[Path, int], float] = make_demo_db,
    out: TextIO = sys.stdout,
) -> int:
    """Parse arguments, build the demo database once, run every figure module, print a table."""
    import argparse

    p = argparse.ArgumentParser(prog="python -m bench", description="一站 benchmarks")
    p.add_argument("--quick", action="store_true", help=f"{QUICK_CASES:,} cases instead of 1M")
    p.add_argument("--json", type=Path, default=None, help="also write figures as JSON")
    p.add_argument("--db", type=Path, default=None, help="reuse this demo database")
    args = p.parse_args(argv)
    # The bench drives the app as the tests do: through the documented test-only sign-in.
    os.environ.setdefault("YIZHAN_TEST_SIGN_IN", "1")
    cases = QUICK_CASES if args.quick else FULL_CASES
    with tempfile.TemporaryDirectory(prefix="yizhan-bench-") as tmp_name:
        tmp = Path(tmp_name)
        db = args.db or tmp / f"demo-{cases}.sqlite3"
        if args.db is None:
            sys.stderr.write(f"generating demo database ({cases:,} cases)...\n")
            make_db(db, cases)
        ctx = BenchContext(quick=args.quick, db_path=db, tmp=tmp)
        figures = collect(ctx, modules if modules is not None else discover())
    print_table(figures, out)
    if args.json:
        args.json.write_text(json.dumps(to_json(figures), ensure_ascii=False, indent=2) + "\n")
    return 0
