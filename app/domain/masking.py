"""Masking of personal data for screens, slips and public lists (stdlib only)."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s\-()（）]")


def _keep(n: int, most: int) -> int:
    """Return how many characters may stay visible at one end so at least one is masked."""
    return max(0, min(most, (n - 1) // 2))


def mask_id(value: str) -> str:
    """Return an ID number with all but the first 4 and last 4 characters starred."""
    text = "".join(value.split())
    n = len(text)
    if n == 0:
        return ""
    keep = _keep(n, 4)
    return text[:keep] + "*" * (n - 2 * keep) + text[n - keep :] if keep else "*" * n


def normalize_phone(value: str) -> str:
    """Return the digits of a phone number without separators or a +86 prefix on a mobile."""
    text = _SEPARATORS.sub("", value)
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("86") and len(text) == 13:
        text = text[2:]
    return text


def mask_phone(value: str) -> str:
    """Return a phone number as 138****1234: first 3 and last 4 digits visible."""
    text = normalize_phone(value)
    n = len(text)
    if n == 0:
        return ""
    tail = _keep(n, 4)
    head = max(0, min(3, n - tail - 4))
    return text[:head] + "*" * (n - head - tail) + (text[n - tail :] if tail else "")


def mask_name(value: str) -> str:
    """Return a person's name for public lists: the first character, the rest starred."""
    text = value.strip()
    if not text:
        return ""
    if len(text) == 1:
        return "*"
    return text[0] + "*" * (len(text) - 1)


_FULL_ID = re.compile(r"\d{15}|\d{17}[\dXx]|[A-Za-z]\d{6,}")
_FULL_MOBILE = re.compile(r"1[3-9]\d{9}")


def looks_unmasked_id(value: str) -> bool:
    """Return True when `value` holds a run that looks like a complete ID number."""
    return bool(_FULL_ID.search(value.replace(" ", "")))


def looks_unmasked_mobile(value: str) -> bool:
    """Return True when `value` holds a complete mobile number."""
    return bool(_FULL_MOBILE.search(normalize_phone(value)))


# Fields holding personal numbers or secrets, as stored rows name them.
ID_FIELDS = frozenset({"id_number"})
PHONE_FIELDS = frozenset({"phone", "contact_phone", "complaint_phone"})
SECRET_FIELDS = frozenset({"password_hash", "token"})
SECRET_SHOWN = "******"


def mask_field(field: str, value: object) -> object:
    """Return a stored value as a screen may show it: numbers masked, secrets hidden.

    Dicts (a whole row, an event payload) and lists are masked field by field.
    """
    if isinstance(value, dict):
        return {k: mask_field(str(k), v) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_field(field, v) for v in value]
    if value is None or value == "":
        return value
    if field in SECRET_FIELDS:
        return SECRET_SHOWN
    if isinstance(value, str):
        if field in ID_FIELDS:
            return mask_id(value)
        if field in PHONE_FIELDS:
            return mask_phone(value)
    return value


# Column names holding personal data in any synced table: what history (the desk's acknowledged
# outbox, the server's superseded change-log entries) loses past its horizon.
PERSONAL_FIELDS = frozenset(
    {
        "id_number",
        "phone",
        "contact_phone",
        "complaint_phone",
        "address",
        "birth_date",
        "password_hash",
    }
)
