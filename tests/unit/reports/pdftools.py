"""Helpers that read rendered PDFs back with poppler (pdftotext, pdfinfo, pdftoppm) and zbarimg."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext/pdftoppm) not installed: apt-get install -y poppler-utils",
)


def info(path: Path) -> dict[str, str]:
    """Return pdfinfo's fields."""
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def page_count(path: Path) -> int:
    """Return the number of pages."""
    return int(info(path)["Pages"])


def page_size(path: Path) -> tuple[float, float]:
    """Return the first page's width and height in points."""
    m = re.match(r"([\d.]+) x ([\d.]+)", info(path)["Page size"])
    assert m, info(path)
    return float(m.group(1)), float(m.group(2))


def text(path: Path, *, body_only: bool = False) -> str:
    """Return the PDF's text without any whitespace (optionally without the page footers)."""
    cmd = ["pdftotext", "-raw"]  # content-stream order: rotated watermark stays one word
    if body_only:
        # the footer sits in the bottom margin: crop it away so page breaks leave no gaps
        width, height = page_size(path)
        cmd += [
            "-r",
            "72",
            "-x",
            "0",
            "-y",
            "0",
            "-W",
            str(int(width)),
            "-H",
            str(int(height) - 30),
        ]
    out = subprocess.run([*cmd, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(out.split())


def to_png(path: Path, out_base: Path, dpi: int = 150) -> Path:
    """Render the first page to PNG and return its path."""
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(path), str(out_base)], check=True
    )
    return out_base.with_suffix(".png")


def zbar(png: Path) -> list[str]:
    """Return the symbols zbarimg decodes from `png` as TYPE:data strings."""
    res = subprocess.run(["zbarimg", "-q", str(png)], capture_output=True, text=True)
    return [line for line in res.stdout.splitlines() if line]
