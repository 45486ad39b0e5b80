"""Strict per-entity schemas of pushed payloads, derived from the synced models' columns.

Every field of an op's payload must be a column of its entity, of the column's JSON type
(str / int / float / bool / ISO date or datetime / object), within the column's length, and
not None where the column is NOT NULL. A few coded columns must hold one of their enum
values. The check runs before merge, so a bad op becomes a rejection with a reason instead of
a database error (PostgreSQL) or a stored 1,000,000-character name (SQLite).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

import orjson
from sqlalchemy import JSON, Boolean, Date, Float, Integer, String, Text, inspect

from app.domain.enums import (
    CaseKind,
    Channel,
    EventType,
    IdType,
    PartyRole,
    PartyType,
    RiskGrade,
    Role,
    Sex,
)
from app.models import SYNCED_MODELS, SyncMixin
from app.models.base import UTCDateTime

# Long free text (facts, demands, notes): more than any window clerk types, far less than a DoS.
MAX_TEXT = 20_000
# A JSON column (an event's payload, a routing rule's list) serialised.
MAX_JSON_BYTES = 32_768
MAX_ID = 36  # UUIDs and reference ids
INT_MIN, INT_MAX = -(2**31), 2**31 - 1

# Coded columns whose value must be one of the enum's codes.
ENUM_COLUMNS: dict[tuple[str, str], type[StrEnum]] = {
    ("case", "kind"): CaseKind,
    ("case", "channel"): Channel,
    ("case", "risk_grade"): RiskGrade,
    ("case_party", "role"): PartyRole,
    ("case_party", "party_type"): PartyType,
    ("case_event", "type"): EventType,
    ("person", "id_type"): IdType,
    ("person", "sex"): Sex,
    ("user", "role"): Role,
}
# JSON columns that must hold an object (the others may hold a list).
OBJECT_COLUMNS = frozenset({("case_event", "payload")})


@dataclass(frozen=True)
class SchemaError:
    """Why a payload was refused: the field and a Chinese message."""

    field: str
    message: str


@dataclass(frozen=True)
class _Col:
    kind: str  # str / text / int / float / bool / datetime / date / json
    nullable: bool
    required: bool  # NOT NULL without a default: an insert must carry it
    length: int | None = None


@cache
def _columns(entity: str) -> dict[str, _Col]:
    model = SYNCED_MODELS[entity]
    out: dict[str, _Col] = {}
    for col in inspect(model).columns:
        t = col.type
        length = None
        if isinstance(t, UTCDateTime):
            kind = "datetime"
        elif isinstance(t, Date):
            kind = "date"
        elif isinstance(t, Boolean):
            kind = "bool"
        elif isinstance(t, Integer):
            kind = "int"
        elif isinstance(t, Float):
            kind = "float"
        elif isinstance(t, JSON):
            kind = "json"
        elif isinstance(t, Text):
            kind, length = "text", MAX_TEXT
        elif isinstance(t, String):
            kind, length = "str", t.length or MAX_TEXT
        else:  # pragma: no cover - a new column type must be added here
            raise TypeError(f"{entity}.{col.key}: {t!r}")
        required = not col.nullable and col.default is None and col.server_default is None
        out[col.key] = _Col(kind, bool(col.nullable), required and not col.primary_key, length)
    return out


def _check_value(entity: str, name: str, col: _Col, value: Any) -> str | None:
    """Return a Chinese message template ({field}, {length}) when `value` does not fit."""
    if value is None:
        return None if col.nullable else "字段 {field} 不能为空"
    if col.kind in ("str", "text"):
        if not isinstance(value, str):
            return "字段 {field} 应为文字"
        if col.length is not None and len(value) > col.length:
            return "字段 {field} 超过 {length} 个字符"
        if "\x00" in value:
            return "字段 {field} 含有非法字符"
        enum = ENUM_COLUMNS.get((entity, name))
        if enum is not None and value not in enum._value2member_map_:
            return "字段 {field} 取值无效"
        return None
    if col.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            return "字段 {field} 应为整数"
        return None if INT_MIN <= value <= INT_MAX else "字段 {field} 数值超出范围"
    if col.kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "字段 {field} 应为数字"
        return None if math.isfinite(value) and abs(value) < 1e12 else "字段 {field} 数值超出范围"
    if col.kind == "bool":
        return None if isinstance(value, bool) else "字段 {field} 应为是/否"
    if col.kind in ("datetime", "date"):
        if not isinstance(value, str) or len(value) > 40:
            return "字段 {field} 应为日期"
        try:
            if col.kind == "datetime":
                datetime.fromisoformat(value)
            else:
                date.fromisoformat(value)
        except ValueError:
            return "字段 {field} 日期格式无效"
        return None
    # JSON
    if (entity, name) in OBJECT_COLUMNS and not isinstance(value, dict):
        return "字段 {field} 应为对象"
    if not isinstance(value, dict | list):
        return "字段 {field} 应为对象或列表"
    try:
        size = len(json.dumps(value, ensure_ascii=False, allow_nan=False).encode())
    except (TypeError, ValueError):
        return "字段 {field} 无法保存"
    return None if size <= MAX_JSON_BYTES else "字段 {field} 内容过长"


def check_payload(
    entity: str, entity_id: str, op: str, payload: dict[str, Any]
) -> SchemaError | None:
    """Return the first reason `payload` does not fit `entity`'s schema, or None if it fits."""
    if entity not in SYNCED_MODELS:
        return SchemaError("", "未知的数据类型")
    if not entity_id or len(entity_id) > MAX_ID:
        return SchemaError("id", "记录编号无效")
    cols = _columns(entity)
    for name, value in payload.items():
        col = cols.get(name)
        if col is None:
            return SchemaError(name[:48], f"未知字段 {name[:48]}")
        problem = _check_value(entity, name, col, value)
        if problem is not None:
            return SchemaError(name, problem.format(field=name, length=col.length))
    if op == "insert":
        for name, col in cols.items():
            if col.required and name not in payload and name not in _SERVER_FILLED:
                return SchemaError(name, f"缺少字段 {name}")
    return None


def check_rows(
    entity: str, columns: tuple[str, ...], rows: list[list[Any]], skip: frozenset[str]
) -> tuple[int, SchemaError] | None:
    """Return the first row of an insert chunk that `check_payload` refuses, and why; or None.

    A publish chunk holds thousands of rows of one table: each column is checked for all rows
    at once, and only a chunk some column may fail is checked row by row (the same answer as
    `check_payload` on each row's payload without the `skip` columns).
    """
    cols = _columns(entity) if entity in SYNCED_MODELS else {}
    fast = bool(cols) and "id" in columns and all(n in cols for n in columns)
    if fast:
        for name, col in cols.items():
            if col.required and name not in columns and name not in _SERVER_FILLED:
                fast = False
        ids = [r[0] for r in rows]
        fast = fast and all(type(i) is str and 0 < len(i) <= MAX_ID for i in ids)
    for i, name in enumerate(columns):
        if not fast:
            break
        if name not in skip:
            fast = _column_fits(entity, name, cols[name], [r[i] for r in rows])
    if fast:
        return None
    for n, row in enumerate(rows):
        payload = {k: v for k, v in zip(columns, row, strict=True) if k not in skip}
        bad = check_payload(entity, str(payload.get("id") or ""), "insert", payload)
        if bad is not None:
            return n, bad
    return None


def _column_fits(entity: str, name: str, col: _Col, values: list[Any]) -> bool:
    """Return True only when every value surely passes `_check_value` (False: look closer)."""
    present = [v for v in values if v is not None]
    if len(present) != len(values) and not col.nullable:
        return False
    if not present:
        return True
    kind = col.kind
    if kind in ("str", "text"):
        if not all(type(v) is str for v in present):
            return False
        if col.length is not None and max(map(len, present)) > col.length:
            return False
        if any("\x00" in v for v in present):
            return False
        enum = ENUM_COLUMNS.get((entity, name))
        return enum is None or set(present) <= enum._value2member_map_.keys()
    if kind == "int":
        return (
            all(type(v) is int for v in present)
            and INT_MIN <= min(present) <= max(present) <= INT_MAX
        )
    if kind == "float":
        return all(type(v) in (int, float) and math.isfinite(v) and abs(v) < 1e12 for v in present)
    if kind == "bool":
        return all(type(v) is bool for v in present)
    if kind in ("datetime", "date"):
        if not all(type(v) is str and len(v) <= 40 for v in present):
            return False
        parse = datetime.fromisoformat if kind == "datetime" else date.fromisoformat
        try:
            for v in present:
                parse(v)
        except ValueError:
            return False
        return True
    shape: type | tuple[type, ...] = dict if (entity, name) in OBJECT_COLUMNS else (dict, list)
    if not all(isinstance(v, shape) for v in present):
        return False
    try:
        # Compact JSON: `_check_value`'s spaced form is at most about twice as long.
        return all(len(orjson.dumps(v)) * 2 <= MAX_JSON_BYTES for v in present)
    except (TypeError, orjson.JSONEncodeError):
        return False


# Filled by the server (or by the model's Python default) when an insert leaves them out.
_SERVER_FILLED = frozenset({"id", "version", "updated_at", "created_at", "server_seq"})


def model_of(entity: str) -> type[SyncMixin] | None:
    """Return the synced model of `entity` (None when unknown)."""
    return SYNCED_MODELS.get(entity)
