"""The per-op outcome the merge rules fill in (shared by merge and booking arbitration)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.sync.protocol import OpStatus


@dataclass
class Outcome:
    """What applying one op came to: status, reason code and detail for the device."""

    status: OpStatus = "applied"
    reason: str = ""
    detail: dict[str, Any] = field(default_factory=dict)
