"""Chart axes: every gridline label is a distinct whole number, small peaks included (a peak of
1 used to read 0, 0, 0, 0, 1 up the axis)."""

from __future__ import annotations

import pytest

from app.views.widgets.charts import divisions, nice_max


@pytest.mark.parametrize("top", [0, 1, 2, 3, 4, 7, 12, 38, 99, 640, 12_345])
def test_axis_labels_are_distinct_whole_numbers(top: int) -> None:
    peak = nice_max(top)
    steps = divisions(peak)
    labels = [peak * k / steps for k in range(steps + 1)]
    assert all(v == int(v) for v in labels)
    assert len(set(labels)) == len(labels) and labels[-1] == peak >= top
