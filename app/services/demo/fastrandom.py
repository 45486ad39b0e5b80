"""A `random.Random` with cheap draws for the bulk loader's hot loop.

`Random.randrange` and `Random.choices` validate their arguments and draw through
`_randbelow` on every call: about 1 µs and 2 µs, several times per generated row. Here a
one-argument `randrange` is `int(random() * n)` and a weighted pick is one bisect. Draws stay
repeatable per seed (the loader promises the same data for the same seed and day); the tiny
bias of `int(random() * n)` for n far below 2**53 does not matter for demo data.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from random import Random
from typing import TypeVar

T = TypeVar("T")


class DemoRandom(Random):
    """Random with fast `randrange(n)` and `pick` (weighted choice by cumulative weights)."""

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        """Return a random int in range(start) or range(start, stop); see `random.randrange`."""
        if stop is None:
            if start <= 0:
                raise ValueError("empty range for randrange()")
            return int(self.random() * start)
        if step == 1 and stop > start:
            return start + int(self.random() * (stop - start))
        return super().randrange(start, stop, step)

    def pick(self, population: Sequence[T], cum_weights: Sequence[float]) -> T:
        """Return one item of `population` drawn by its cumulative weights."""
        return population[bisect_right(cum_weights, self.random() * cum_weights[-1])]
