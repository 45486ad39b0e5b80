"""The case workflow: a pure fold over events plus the transition rules (shared with the server)."""

from app.services.transfer.workflow.fold import (
    CaseState,
    EventRecord,
    TransitionError,
    apply,
    fold,
    running_limit,
)
from app.services.transfer.workflow.record import (
    CACHED_CASE_COLUMNS,
    Actor,
    current_state,
    load_events,
    record,
    refresh_cache,
)
from app.services.transfer.workflow.rules import (
    SYSTEM_ROLE,
    check_allowed,
    check_correction,
    correction_refusal,
    may,
)

__all__ = [
    "CACHED_CASE_COLUMNS",
    "SYSTEM_ROLE",
    "Actor",
    "CaseState",
    "EventRecord",
    "TransitionError",
    "apply",
    "check_allowed",
    "check_correction",
    "correction_refusal",
    "current_state",
    "fold",
    "load_events",
    "may",
    "record",
    "refresh_cache",
    "running_limit",
]
