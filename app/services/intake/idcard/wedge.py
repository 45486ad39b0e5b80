"""Keyboard-wedge readers: the reader types the ID number and Enter faster than a person can.

A person types at best ~10 keys a second with uneven gaps; a wedge reader sends the whole
number within a few hundred milliseconds, keys a few milliseconds apart. The lookup box records
when each character arrived and asks `looks_like_wedge` when Enter comes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

ID_LIKE = re.compile(r"^\d{17}[\dXx]$|^\d{15}$")
MAX_GAP_MS = 35.0  # the slowest gap between two characters of one burst
MIN_CHARS = 15


def looks_like_wedge(text: str, times_ms: Sequence[float], enter_ms: float) -> bool:
    """Return whether `text` (its characters typed at `times_ms`, Enter at `enter_ms`) came
    from a reader: an ID-shaped number whose every key followed the last within MAX_GAP_MS."""
    value = text.strip()
    if len(value) < MIN_CHARS or not ID_LIKE.match(value) or len(times_ms) < len(value):
        return False
    burst = [*times_ms[-len(value) :], enter_ms]
    return all(0 <= b - a <= MAX_GAP_MS for a, b in itertools.pairwise(burst))
