"""What the demo-data generator reports back."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DemoSummary:
    """Rows written per table, the wall time of the bulk load and its throughput."""

    cases: int
    towns: tuple[str, ...]
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    search_indexed: bool = False  # the load filled the full-text tables (no rebuild needed)

    @property
    def total_rows(self) -> int:
        """Return the number of rows written over all tables."""
        return sum(self.rows.values())

    @property
    def rows_per_s(self) -> float:
        """Return rows written per second of the bulk load."""
        return self.total_rows / self.seconds if self.seconds > 0 else 0.0
