"""A publish chunk is checked column by column: the same answer as checking each row's payload."""

from __future__ import annotations

from typing import Any

import pytest

from app.server.schemas import MAX_JSON_BYTES, check_payload, check_rows
from app.sync.wire import codec

SKIP = frozenset({"version"})


def _row(entity: str, **values: Any) -> list[Any]:
    c = codec(entity)
    base: dict[str, Any] = {
        "case_event": {
            "id": "e1",
            "version": 0,
            "case_id": "c1",
            "owner_org": "370911106",
            "type": "note",
            "at": "2026-12-05 08:00:00.000000",
            "payload": {"text": "跟进"},
            "no_effect": False,
            "actor_name": "窗口",
            "base_case_version": 1,
            "created_at": "2026-12-05 08:00:00.000000",
            "updated_at": "2026-12-05 08:00:00.000000",
        },
    }[entity]
    base = base | values
    return [base.get(n) for n in c.columns]


def _per_row(entity: str, rows: list[list[Any]]) -> tuple[int, Any] | None:
    columns = codec(entity).columns
    for n, row in enumerate(rows):
        payload = {k: v for k, v in zip(columns, row, strict=True) if k not in SKIP}
        bad = check_payload(entity, str(payload.get("id") or ""), "insert", payload)
        if bad is not None:
            return n, bad
    return None


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {"type": "no_such_type"},
        {"owner_org": "x" * 500},
        {"owner_org": "37\x00"},
        {"at": "not a date"},
        {"at": 20261205},
        {"payload": ["a list"]},
        {"payload": {"text": "长" * MAX_JSON_BYTES}},
        {"no_effect": 1},
        {"case_id": None},
        {"id": ""},
        {"id": "x" * 40},
    ],
)
def test_column_check_matches_row_check(bad: dict[str, Any]) -> None:
    rows = [_row("case_event", id=f"e{i}") for i in range(50)]
    rows.insert(17, _row("case_event", **({"id": "bad"} | bad)))
    columns = codec("case_event").columns
    assert check_rows("case_event", columns, rows, SKIP) == _per_row("case_event", rows)
    found = check_rows("case_event", columns, rows, SKIP)
    assert (found is None) == (not bad)
    if found is not None:
        assert found[0] == 17
