"""Identifiers: UUIDv7 for rows made on a device, UUIDv5 for shared reference rows."""

from __future__ import annotations

import os
import threading
import time
import uuid

# Namespace for deterministic reference-row ids: every device that loads the same reference
# data holds the same primary keys, so the district can sync edits to them.
REFERENCE_NAMESPACE = uuid.UUID("6f1c2a4e-7d35-4a7b-9b1e-3c0d5e8f9a21")

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> str:
    """Return a new time-ordered UUIDv7 string (RFC 9562), monotonic within this process."""
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            # Same millisecond (or clock stepped back): bump the 12-bit counter so ids keep order.
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:
                ms += 1
                _counter = 0
        else:
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
        _last_ms = ms
        counter = _counter
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand
    return str(uuid.UUID(int=value))


def reference_id(kind: str, code: str) -> str:
    """Return the deterministic id of a reference row of `kind` with natural `code`."""
    return str(uuid.uuid5(REFERENCE_NAMESPACE, f"{kind}:{code}"))
