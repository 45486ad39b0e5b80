"""The audit trail: write an entry, read it with filters, export it, check its hash chain.

Writes to synced rows are recorded automatically (app/models/audit_log.py). Services call
`log()` for what is not a row write: sign-ins and failures, locks, user switches, an unmasked
view of an ID number or phone, exports, prints and administrators' actions.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.accounts import UserView
from app.domain.permissions import Action, is_district
from app.models import AuditEntry, User
from app.models.audit_log import append_entries, row_hash
from app.models.base import utcnow
from app.services.errors import Forbidden, Msg
from app.services.permissions import ActorLike, require

# Actions a person reads in the viewer (stored codes → Chinese).
ACTIONS: dict[str, str] = {
    "insert": "新增",
    "update": "修改",
    "delete": "删除",
    "login": "登录",
    "login_failed": "登录失败",
    "logout": "退出登录",
    "lock": "锁屏",
    "unlock": "解锁",
    "switch_user": "切换用户",
    "first_password": "设置初始密码",
    "password_change": "修改密码",
    "password_reset": "重置密码",
    "reveal": "显示完整号码",
    "export": "导出",
    "print": "打印",
}
# Objects by table name (the viewer's 对象 column).
ENTITIES: dict[str, str] = {
    "case": "案件",
    "case_event": "案件事件",
    "case_party": "当事人",
    "attachment": "附件",
    "person": "人员",
    "organisation": "单位",
    "user": "用户",
    "booking": "预约",
    "grid": "网格",
    "grid_worker": "网格员",
    "grid_assignment": "网格分配",
    "duty_shift": "排班",
    "patrol_log": "巡查记录",
    "evaluation_weight": "考核权重",
    "department": "部门",
    "audit_entry": "审计日志",
}
MAX_ROWS = 2000


@dataclass(frozen=True)
class AuditRow:
    """One entry as the viewer shows it."""

    seq: int
    at: datetime
    owner_org: str
    user_id: str | None
    user_name: str
    action: str
    entity: str
    entity_id: str | None
    detail: dict[str, Any]


@dataclass(frozen=True)
class ChainCheck:
    """The outcome of walking the hash chain."""

    entries: int
    ok: bool
    first_bad_seq: int | None


def log(
    session: Session,
    *,
    action: str,
    entity: str,
    entity_id: str | None = None,
    actor: ActorLike | None = None,
    user: UserView | None = None,
    org_code: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append one chained entry (who: `actor`, or `user` at sign-in; neither: nobody known)."""
    user_id = actor.user_id if actor else user.user_id if user else None
    org = org_code or (actor.org_code if actor else user.org_code if user else "")
    append_entries(
        session.connection(),
        [
            {
                "at": utcnow(),
                "owner_org": org,
                "user_id": user_id,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "detail": detail or {},
            }
        ],
    )


def log_reveal(
    session: Session, *, actor: ActorLike, entity: str, entity_id: str, field: str
) -> None:
    """Refuse a role that may not see full numbers; otherwise audit that `field` was shown."""
    require(actor, Action.REVEAL_PERSONAL)
    log(
        session,
        action="reveal",
        entity=entity,
        entity_id=entity_id,
        actor=actor,
        detail={"field": field},
    )


def log_print(
    session: Session,
    *,
    actor: ActorLike,
    document: str,
    entity: str,
    entity_id: str | None = None,
) -> None:
    """Audit that a document with personal data was rendered for printing or saving."""
    log(
        session,
        action="print",
        entity=entity,
        entity_id=entity_id,
        actor=actor,
        detail={"document": document},
    )


def list_entries(
    session: Session,
    *,
    actor: ActorLike,
    since: datetime | None = None,
    until: datetime | None = None,
    action: str | None = None,
    user_id: str | None = None,
    entity: str | None = None,
    text: str = "",
    limit: int = MAX_ROWS,
) -> list[AuditRow]:
    """Return entries newest first, filtered; a township's head sees their township's only."""
    require(actor, Action.VIEW_AUDIT)
    q = select(AuditEntry).order_by(AuditEntry.seq.desc())
    if not is_district(actor.org_code):
        q = q.where(AuditEntry.owner_org == actor.org_code)
    if since is not None:
        q = q.where(AuditEntry.at >= since)
    if until is not None:
        q = q.where(AuditEntry.at < until)
    if action:
        q = q.where(AuditEntry.action == action)
    if user_id:
        q = q.where(AuditEntry.user_id == user_id)
    if entity:
        q = q.where(AuditEntry.entity == entity)
    if text.strip():
        q = q.where(AuditEntry.entity_id.like(f"{text.strip()}%"))
    rows = list(session.scalars(q.limit(limit)))
    ids = {r.user_id for r in rows if r.user_id}
    names = (
        dict(session.execute(select(User.id, User.display_name).where(User.id.in_(ids))).all())
        if ids
        else {}
    )
    return [
        AuditRow(
            seq=r.seq or 0,
            at=r.at,
            owner_org=r.owner_org,
            user_id=r.user_id,
            user_name=names.get(r.user_id, "") if r.user_id else "",
            action=r.action,
            entity=r.entity,
            entity_id=r.entity_id,
            detail=dict(r.detail or {}),
        )
        for r in rows
    ]


def audit_users(session: Session, *, actor: ActorLike) -> list[tuple[str, str]]:
    """Return (user id, name) of everyone who appears in the trail the actor may read."""
    require(actor, Action.VIEW_AUDIT)
    q = select(AuditEntry.user_id).where(AuditEntry.user_id.is_not(None)).distinct()
    if not is_district(actor.org_code):
        q = q.where(AuditEntry.owner_org == actor.org_code)
    ids = [i for i in session.scalars(q) if i]
    if not ids:
        return []
    rows = session.execute(
        select(User.id, User.display_name).where(User.id.in_(ids)).order_by(User.display_name)
    ).all()
    return [(r[0], r[1]) for r in rows]


def describe(detail: dict[str, Any]) -> str:
    """Return an entry's detail as one readable line (changed fields before → after)."""
    before = detail.get("before")
    after = detail.get("after")
    if isinstance(after, dict):
        parts = []
        for key, value in after.items():
            if isinstance(before, dict) and key in before:
                parts.append(f"{key}: {before[key]!s} → {value!s}")
            else:
                parts.append(f"{key}={value!s}")
        return "；".join(parts)
    return "；".join(f"{k}={v!s}" for k, v in detail.items())


def export_csv(session: Session, *, actor: ActorLike, rows: list[AuditRow]) -> bytes:
    """Return `rows` as UTF-8 CSV (with BOM, so spreadsheet programs read the Chinese)."""
    require(actor, Action.EXPORT_AUDIT)
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["序号", "时间(UTC)", "镇街", "用户", "操作", "对象", "对象编号", "内容"])
    for r in rows:
        w.writerow(
            [
                r.seq,
                r.at.isoformat(timespec="seconds"),
                r.owner_org,
                r.user_name or (r.user_id or ""),
                ACTIONS.get(r.action, r.action),
                r.entity,
                r.entity_id or "",
                describe(r.detail),
            ]
        )
    log(
        session,
        action="export",
        entity="audit_entry",
        actor=actor,
        detail={"rows": len(rows)},
    )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def verify_chain(session: Session) -> ChainCheck:
    """Walk every entry in order; report the first whose hash or link does not match."""
    prev = ""
    n = 0
    q = select(AuditEntry).where(AuditEntry.seq.is_not(None)).order_by(AuditEntry.seq)
    for r in session.scalars(q.execution_options(yield_per=1000)):
        n += 1
        if r.prev_hash != prev or r.hash != row_hash(r, prev):
            return ChainCheck(entries=n, ok=False, first_bad_seq=r.seq)
        prev = r.hash
    return ChainCheck(entries=n, ok=True, first_bad_seq=None)


def chain_message(check: ChainCheck) -> Msg:
    """Return the viewer's line about the chain."""
    if check.ok:
        return Msg("审计链完整：共{n}条记录，逐条校验通过", n=check.entries)
    return Msg("审计链在第{seq}条处断开：该条或之前的记录被改动或删除", seq=check.first_bad_seq)


def district_rows(
    session: Session, *, actor: ActorLike, entries: list[dict[str, Any]]
) -> list[AuditRow]:
    """Return the townships' entries the district server sent as viewer rows (district only).

    The 镇街 column reads `org-device` (the desk that wrote the entry); names come from the
    district desk's users (users are reference data there).
    """
    require(actor, Action.VIEW_AUDIT)
    if not is_district(actor.org_code):
        raise Forbidden("只有区级用户可以查看各镇街的审计日志")
    ids = {e["user_id"] for e in entries if e.get("user_id")}
    names = (
        dict(session.execute(select(User.id, User.display_name).where(User.id.in_(ids))).all())
        if ids
        else {}
    )
    rows = []
    for e in entries:
        at = e["at"] if isinstance(e["at"], datetime) else datetime.fromisoformat(str(e["at"]))
        device = e.get("device_code") or ""
        rows.append(
            AuditRow(
                seq=int(e["seq"]),
                at=at,
                owner_org=f"{e['owner_org']}-{device}" if device else e["owner_org"],
                user_id=e.get("user_id"),
                user_name=names.get(e["user_id"], "") if e.get("user_id") else "",
                action=e["action"],
                entity=e["entity"],
                entity_id=e.get("entity_id"),
                detail=dict(e.get("detail") or {}),
            )
        )
    return rows


def district_chain_message(chains: list[dict[str, Any]]) -> Msg:
    """Return the viewer's line about the desks' chains as the server checked them."""
    bad = [c for c in chains if not c.get("ok")]
    if not bad:
        return Msg("各镇街设备的审计链完整：共{n}台设备，逐条校验通过", n=len(chains))
    first = bad[0]
    return Msg(
        "设备{device}的审计链在第{seq}条处断开（共{n}台设备有问题）",
        device=f"{first['org_code']}-{first['device_code']}",
        seq=first.get("first_bad_seq"),
        n=len(bad),
    )
