"""Convert column values to and from JSON-safe form for outbox payloads and the wire."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, inspect
from sqlalchemy.orm import Mapper

from app.models.base import SyncMixin, UTCDateTime


def to_json_value(value: Any) -> Any:
    """Return `value` as something json.dumps accepts, losslessly for our column types."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def from_json_value(model: type[SyncMixin], field: str, value: Any) -> Any:
    """Return the Python value of `field` of `model` from its JSON form."""
    if value is None:
        return None
    column = inspect(model).columns[field]
    if isinstance(column.type, UTCDateTime):
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    return value


def column_names(model: type[Any]) -> list[str]:
    """Return the mapped column attribute names of `model`."""
    mapper: Mapper[Any] = inspect(model)
    return [attr.key for attr in mapper.column_attrs]


def row_to_payload(obj: SyncMixin, fields: list[str] | None = None) -> dict[str, Any]:
    """Return the JSON form of `obj` (all synced columns, or only `fields`)."""
    names = fields if fields is not None else column_names(type(obj))
    exclude = type(obj).__sync_exclude__
    return {n: to_json_value(getattr(obj, n)) for n in names if n not in exclude}


def payload_to_values(model: type[SyncMixin], payload: dict[str, Any]) -> dict[str, Any]:
    """Return Python column values of `model` from a JSON payload, ignoring unknown fields."""
    known = set(column_names(model))
    return {k: from_json_value(model, k, v) for k, v in payload.items() if k in known}
