"""Compact row pages for bulk transfer: one table, its column names, rows as lists.

A snapshot page or a publish chunk carries thousands of rows; sending each as a dict of
`Change` payloads costs more to build, parse and validate than to store. Here a page is
`{"entity", "columns", "rows"}` with values in SQLite's storage form, so a desk writes them
with one `executemany` and the server converts them once per column:

- datetimes: naive UTC text `YYYY-MM-DD HH:MM:SS.ffffff` (what SQLAlchemy stores in SQLite);
- dates: `YYYY-MM-DD`; booleans: true/false; JSON columns: the JSON value itself.

Bodies are orjson, gzip-compressed (level 1: a township's link is slow, a desk's CPU is not).
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

import orjson
from sqlalchemy import JSON, Boolean, Date, inspect

from app.models import SYNCED_MODELS, Base
from app.models.base import UTCDateTime

GZIP_LEVEL = 1
# Parents before children: a page applied in this order meets no dangling reference.
TABLE_RANK = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


def dumps(data: Any) -> bytes:
    """Return `data` as compact UTF-8 JSON."""
    return orjson.dumps(data)


def loads(raw: bytes | str) -> Any:
    """Parse JSON."""
    return orjson.loads(raw)


def pack(data: Any) -> bytes:
    """Return `data` as gzip-compressed JSON (a request or response body)."""
    return gzip.compress(orjson.dumps(data), compresslevel=GZIP_LEVEL)


def unpack(raw: bytes, encoding: str | None) -> Any:
    """Parse a body that may be gzip-compressed."""
    if encoding and "gzip" in encoding.lower():
        raw = gzip.decompress(raw)
    return orjson.loads(raw)


def storage_dt(value: datetime) -> str:
    """Return an aware datetime as the stored naive-UTC text."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def parse_dt(text: str) -> datetime:
    """Return the aware UTC datetime of a stored text (or any ISO form)."""
    parsed = datetime.fromisoformat(text)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _kind(column: Any) -> str:
    t = column.type
    if isinstance(t, UTCDateTime):
        return "dt"
    if isinstance(t, Date):
        return "date"
    if isinstance(t, JSON):
        return "json"
    if isinstance(t, Boolean):
        return "bool"
    return "plain"


@dataclass(frozen=True)
class TableCodec:
    """How one synced table's columns travel: names and per-column kinds."""

    entity: str
    columns: tuple[str, ...]
    kinds: tuple[str, ...]

    def index(self, name: str) -> int:
        """Return the position of a column."""
        return self.columns.index(name)


@cache
def codec(entity: str) -> TableCodec:
    """Return the codec of a synced table: every column, `id` first and `version` second."""
    model = SYNCED_MODELS[entity]
    cols = list(inspect(model).columns)
    by_name = {c.key: c for c in cols}
    names = ["id", "version", *sorted(k for k in by_name if k not in ("id", "version"))]
    return TableCodec(entity, tuple(names), tuple(_kind(by_name[n]) for n in names))


def identity(v: Any) -> Any:
    """Return `v` (a converter that leaves a value as it is)."""
    return v


_identity = identity


def _json_text(v: Any) -> Any:
    return None if v is None else orjson.dumps(v).decode()


def _json_value(v: Any) -> Any:
    return None if v is None or not isinstance(v, str) else orjson.loads(v)


def _opt(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda v: None if v is None else fn(v)


# Wire value -> SQLite parameter (a desk writing a page with the raw driver).
_TO_SQLITE: dict[str, Callable[[Any], Any]] = {
    "dt": _identity,
    "date": _identity,
    "json": _json_text,
    "bool": _opt(int),
    "plain": _identity,
}
# SQLite stored value (read with the raw driver) -> wire value (a desk publishing rows).
_FROM_SQLITE: dict[str, Callable[[Any], Any]] = {
    "dt": _identity,
    "date": _identity,
    "json": _json_value,
    "bool": _opt(bool),
    "plain": _identity,
}
# Python value (SQLAlchemy result) -> wire value (the server reading rows).
_FROM_PYTHON: dict[str, Callable[[Any], Any]] = {
    "dt": _opt(storage_dt),
    "date": _opt(lambda v: v.isoformat() if isinstance(v, date) else v),
    "json": _identity,
    "bool": _opt(bool),
    "plain": _identity,
}
# Wire value -> Python value (the server writing rows through SQLAlchemy).
_TO_PYTHON: dict[str, Callable[[Any], Any]] = {
    "dt": _opt(parse_dt),
    "date": _opt(date.fromisoformat),
    "json": _identity,
    "bool": _opt(bool),
    "plain": _identity,
}
# Change payload value (row_to_payload form) -> wire value.
_FROM_PAYLOAD: dict[str, Callable[[Any], Any]] = {
    "dt": _opt(lambda v: storage_dt(parse_dt(v))),
    "date": _identity,
    "json": _identity,
    "bool": _opt(bool),
    "plain": _identity,
}


def converters(c: TableCodec, table: dict[str, Callable[[Any], Any]]) -> list[Callable[[Any], Any]]:
    """Return one converter per column of `c` from a conversion table."""
    return [table[k] for k in c.kinds]


def convert_rows(
    rows: Sequence[Sequence[Any]], conv: list[Callable[[Any], Any]]
) -> list[tuple[Any, ...]]:
    """Return rows with each value converted by its column's converter."""
    plain = [i for i, f in enumerate(conv) if f is not _identity]
    if not plain:
        return [tuple(r) for r in rows]
    out = []
    for r in rows:
        vals = list(r)
        for i in plain:
            vals[i] = conv[i](vals[i])
        out.append(tuple(vals))
    return out


def to_sqlite(c: TableCodec) -> list[Callable[[Any], Any]]:
    """Return wire -> SQLite parameter converters."""
    return converters(c, _TO_SQLITE)


def from_sqlite(c: TableCodec) -> list[Callable[[Any], Any]]:
    """Return SQLite stored value -> wire converters."""
    return converters(c, _FROM_SQLITE)


def from_python(c: TableCodec) -> list[Callable[[Any], Any]]:
    """Return SQLAlchemy value -> wire converters."""
    return converters(c, _FROM_PYTHON)


def to_python(c: TableCodec) -> list[Callable[[Any], Any]]:
    """Return wire -> SQLAlchemy value converters."""
    return converters(c, _TO_PYTHON)


def payload_row(c: TableCodec, entity_id: str, version: int, payload: dict[str, Any]) -> list[Any]:
    """Return a wire row from a Change payload (columns it lacks become None)."""
    row: list[Any] = [entity_id, version]
    for name, kind in zip(c.columns[2:], c.kinds[2:], strict=True):
        value = payload.get(name)
        row.append(None if value is None else _FROM_PAYLOAD[kind](value))
    return row


def payload_of(c: TableCodec, row: list[Any] | tuple[Any, ...]) -> dict[str, Any]:
    """Return the Change payload form of a wire row (what row_to_payload gives)."""
    model = SYNCED_MODELS[c.entity]
    exclude = model.__sync_exclude__
    out: dict[str, Any] = {}
    for name, kind, value in zip(c.columns, c.kinds, row, strict=True):
        if name in exclude:
            continue
        if kind == "dt" and value is not None:
            value = parse_dt(value).isoformat()
        out[name] = value
    return out
