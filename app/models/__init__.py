"""SQLAlchemy ORM models, one aggregate per module. No Qt here."""

from app.models.base import Base, ReferenceMixin, SyncMixin
from app.models.cases import (
    Attachment,
    Case,
    CaseAssignment,
    CaseEvent,
    CaseParty,
    EvaluationWeight,
)
from app.models.edu import Booking, EduRoom, EduSite
from app.models.grid import (
    DutyRotation,
    DutyShift,
    Grid,
    GridAssignment,
    GridWorker,
    PatrolLog,
    WorkerLeave,
)
from app.models.people import Organisation, Person
from app.models.reference import (
    Category,
    Department,
    DutyItem,
    Region,
    RoutingRule,
    TimeLimitRule,
)
from app.models.sync_state import CaseNumberSeq, SyncBucket, SyncConflict, SyncDevice, SyncOutbox
from app.models.users import AuditEntry, LocalMeta, LoginState, User

# Every synced (SyncMixin) model by table name: the sync engine and `stats` iterate this.
SYNCED_MODELS: dict[str, type[SyncMixin]] = {
    m.__tablename__: m
    for m in (
        Region,
        Department,
        Category,
        DutyItem,
        RoutingRule,
        TimeLimitRule,
        Person,
        Organisation,
        Case,
        CaseParty,
        CaseEvent,
        Attachment,
        EvaluationWeight,
        Grid,
        GridWorker,
        GridAssignment,
        DutyShift,
        PatrolLog,
        WorkerLeave,
        DutyRotation,
        EduSite,
        EduRoom,
        Booking,
        User,
    )
}

__all__ = [
    "SYNCED_MODELS",
    "Attachment",
    "AuditEntry",
    "Base",
    "Booking",
    "Case",
    "CaseAssignment",
    "CaseEvent",
    "CaseNumberSeq",
    "CaseParty",
    "Category",
    "Department",
    "DutyItem",
    "DutyRotation",
    "DutyShift",
    "EduRoom",
    "EduSite",
    "EvaluationWeight",
    "Grid",
    "GridAssignment",
    "GridWorker",
    "LocalMeta",
    "LoginState",
    "Organisation",
    "PatrolLog",
    "Person",
    "ReferenceMixin",
    "Region",
    "RoutingRule",
    "SyncBucket",
    "SyncConflict",
    "SyncDevice",
    "SyncMixin",
    "SyncOutbox",
    "TimeLimitRule",
    "User",
    "WorkerLeave",
]
