"""The case workflow: a pure fold over events plus the transition rules (shared with the server)."""

from app.services.workflow.fold import CaseState, EventRecord, fold
from app.services.workflow.record import Actor, record

__all__ = ["Actor", "CaseState", "EventRecord", "fold", "record"]
