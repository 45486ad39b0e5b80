"""What the 同步 tab and the status bar show, and the reviewer's answers to conflicts.

Functions take a Session (run on the database worker) and return frozen dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.masking import mask_field
from app.domain.permissions import Action
from app.models import SYNCED_MODELS
from app.models.base import utcnow
from app.models.serialize import payload_to_values
from app.models.sync_state import SyncConflict, SyncRun
from app.services.permissions import ActorLike, require
from app.sync import local, token_store
from app.sync.engine import SKEW_WARN_S

MIN_INTERVAL_S = 60
MAX_INTERVAL_S = 24 * 3600


class SyncSettingsError(ValueError):
    """A sync setting a user typed is not acceptable; `message` is Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class RunView:
    """One past sync cycle."""

    started_at: datetime
    ok: bool
    pushed: int
    pulled: int
    conflicts: int
    rejected: int
    message: str


@dataclass(frozen=True)
class ConflictView:
    """One conflict waiting for (or after) review: mine / theirs / kept."""

    id: str
    kind: str
    entity: str
    entity_id: str
    field: str
    mine: Any
    theirs: Any
    kept: str
    reason: str
    created_at: datetime
    resolved: bool
    can_keep_mine: bool


@dataclass(frozen=True)
class SyncOverview:
    """This device's registration, schedule and sync state."""

    registered: bool
    server_url: str
    org_code: str
    device_code: str
    interval_s: int
    last_sync_at: datetime | None
    last_result: str
    pending: int
    open_conflicts: int
    clock_skew_s: float
    runs: tuple[RunView, ...]
    conflicts: tuple[ConflictView, ...]
    # Where the device token is kept (keyring, or a 0600 file where there is none), to show.
    token_storage: str = ""

    @property
    def skew_warning(self) -> bool:
        """Return whether the last cycle saw this clock off by more than five minutes."""
        return abs(self.clock_skew_s) > SKEW_WARN_S


def _conflict_view(c: SyncConflict) -> ConflictView:
    return ConflictView(
        id=c.id,
        kind=c.kind,
        entity=c.entity,
        entity_id=c.entity_id,
        field=c.field,
        mine=mask_field(c.field, c.mine),  # the review page never shows numbers or hashes
        theirs=mask_field(c.field, c.theirs),
        kept=c.resolution or c.kept,
        reason=c.reason,
        created_at=c.created_at,
        resolved=c.resolved_at is not None,
        can_keep_mine=c.kind in ("field", "deleted") and c.entity in SYNCED_MODELS,
    )


def sync_overview(session: Session, *, history: int = 50) -> SyncOverview:
    """Return what the 同步 tab shows."""
    device = local.get_device(session)
    runs = session.scalars(select(SyncRun).order_by(SyncRun.id.desc()).limit(history)).all()
    conflicts = session.scalars(
        select(SyncConflict).order_by(
            SyncConflict.resolved_at.is_not(None), SyncConflict.created_at.desc()
        )
    ).all()
    return SyncOverview(
        registered=bool(device and device.registered_at and device.token),
        server_url=device.server_url if device else "",
        org_code=device.org_code if device else "",
        device_code=device.device_code if device else "",
        interval_s=device.sync_interval_s if device else 300,
        last_sync_at=device.last_sync_at if device else None,
        last_result=device.last_sync_result if device else "",
        pending=local.pending_count(session),
        open_conflicts=local.open_conflicts(session),
        clock_skew_s=runs[0].clock_skew_s if runs else 0.0,
        runs=tuple(
            RunView(r.started_at, r.ok, r.pushed, r.pulled, r.conflicts, r.rejected, r.message)
            for r in runs
        ),
        conflicts=tuple(_conflict_view(c) for c in conflicts),
        token_storage=token_store.storage_label(device.token) if device else "",
    )


def set_interval(session: Session, *, seconds: int) -> int:
    """Set this device's sync interval; return it."""
    if not MIN_INTERVAL_S <= seconds <= MAX_INTERVAL_S:
        raise SyncSettingsError("同步间隔须在 1 分钟到 24 小时之间")
    device = local.get_device(session)
    if device is None:
        raise SyncSettingsError("本机尚未设置，请先注册")
    device.sync_interval_s = seconds
    return seconds


def resolve_conflict(
    session: Session, *, conflict_id: str, keep: str, actor: ActorLike
) -> ConflictView:
    """Accept either side of a conflict; keeping mine writes it again as a new local edit."""
    require(actor, Action.RESOLVE_CONFLICT)
    c = session.get(SyncConflict, conflict_id)
    if c is None:
        raise SyncSettingsError("冲突记录不存在")
    if keep not in ("mine", "theirs"):
        raise SyncSettingsError("只能选择本机的值或服务器的值")
    view = _conflict_view(c)
    if keep == "mine":
        if not view.can_keep_mine:
            raise SyncSettingsError("这类冲突只能确认服务器的结果")
        model = SYNCED_MODELS[c.entity]
        row = session.get(model, c.entity_id)
        if row is None:
            raise SyncSettingsError("记录在本机不存在")
        if c.kind == "deleted":
            row.deleted_at = None
        if c.field:
            for name, value in payload_to_values(model, {c.field: c.mine}).items():
                setattr(row, name, value)
    c.resolution = keep
    c.resolved_at = utcnow()
    return _conflict_view(c)
