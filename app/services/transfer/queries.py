"""Read side of the transfer tab: queues, counts, the overdue list and a case's timeline."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app.domain.enums import CaseKind, CaseStatus, EventType, Role, WarningLevel
from app.domain.intake import CaseFilter
from app.domain.masking import mask_name
from app.domain.transfer import (
    AssignmentLine,
    CaseDetail,
    CaseRow,
    DepartmentChoice,
    OverdueLine,
    Queue,
    QueueCounts,
    QueuePage,
    TimelineEntry,
)
from app.models import (
    Case,
    CaseAssignment,
    CaseEvent,
    CaseParty,
    Category,
    Department,
    GridWorker,
    PatrolLog,
)
from app.models.base import utcnow
from app.services.errors import Msg, NotFound
from app.services.search import list_cases
from app.services.transfer.petition import progress as petition_progress
from app.services.transfer.texts import event_text, return_reason
from app.services.transfer.workflow import Actor, current_state

S = CaseStatus
QUEUE_STATUSES: dict[Queue, tuple[CaseStatus, ...]] = {
    Queue.TO_DISPATCH: (S.ACCEPTED, S.TO_DISPATCH),
    Queue.TO_SIGN: (S.TO_SIGN,),
    Queue.IN_PROGRESS: (S.IN_PROGRESS,),
    Queue.EXTENDED: (S.EXTENDED,),
    Queue.TO_REVISIT: (S.TO_REVISIT,),
    Queue.CLOSED: (S.CLOSED, S.EVALUATED, S.ARCHIVED),
    Queue.OVERDUE: (S.TO_SIGN, S.IN_PROGRESS, S.EXTENDED, S.TO_REVISIT),
    Queue.ESCALATED: (S.TO_SIGN, S.IN_PROGRESS, S.EXTENDED),
}
# Which assignment-cache states a department's queue reads: the index then holds only the
# department's live cases, not the tens of thousands it finished. A department's 待签收 is what
# it has not signed yet, also as an assisting department.
_LIVE = ("to_sign", "signed", "reported")
_ASSIGNMENT_STATES: dict[Queue, tuple[str, ...]] = {
    Queue.TO_SIGN: ("to_sign",),
    Queue.IN_PROGRESS: _LIVE,
    Queue.EXTENDED: _LIVE,
    Queue.OVERDUE: _LIVE,
    Queue.ESCALATED: _LIVE,
    Queue.TO_REVISIT: ("done",),
    Queue.CLOSED: ("done",),
}
_COLUMNS = (
    Case.id,
    Case.case_no,
    Case.summary,
    Case.kind,
    Case.status,
    Case.received_at,
    Case.deadline_at,
    Case.warn_at,
    Case.escalated,
    Case.risk_grade,
    Category.name.label("category"),
    Department.name.label("lead"),
)


def departments(session: Session) -> list[DepartmentChoice]:
    """Return the active departments, township ones first."""
    rows = session.scalars(
        select(Department)
        .where(Department.active.is_(True), Department.deleted_at.is_(None))
        .order_by(Department.level.desc(), Department.code)
    )
    return [DepartmentChoice(d.id, d.code, d.name, d.level) for d in rows]


def warning_of(deadline_at: datetime | None, warn_at: datetime | None, now: datetime) -> str:
    """Return the warning level of a cached deadline: red when passed, yellow from warn_at."""
    if deadline_at is None:
        return WarningLevel.NONE.value
    if now > deadline_at:
        return WarningLevel.RED.value
    if warn_at is not None and now >= warn_at:
        return WarningLevel.YELLOW.value
    return WarningLevel.NONE.value


def _row(r: Any, now: datetime) -> CaseRow:
    status = CaseStatus(r.status)
    return CaseRow(
        id=r.id,
        case_no=r.case_no,
        summary=r.summary,
        kind=CaseKind(r.kind).label if r.kind in CaseKind._value2member_map_ else r.kind,
        category=r.category or "",
        status=status.value,
        status_label=status.label,
        lead_department=r.lead or "",
        received_at=r.received_at,
        deadline_at=r.deadline_at,
        warning=warning_of(r.deadline_at, r.warn_at, now),
        escalated=bool(r.escalated),
        risk_grade=r.risk_grade,
    )


def _scoped(
    q: Select[*tuple[Any, ...]],
    *,
    department_id: str | None,
    mine: Actor | None,
    org: str | None,
    states: tuple[str, ...] = (),
) -> Select[Any]:
    if org is not None:
        q = q.where(Case.owner_org == org)
    if department_id is not None:
        # The assignment cache holds lead and assisting departments (one row per case and
        # department, so the join never repeats a case); SQLite drives from its index.
        on = and_(CaseAssignment.case_id == Case.id, CaseAssignment.department_id == department_id)
        if states:
            on = and_(on, CaseAssignment.state.in_(states))
        q = q.join(CaseAssignment, on)
    if mine is not None and mine.user_id is not None:
        acted = select(CaseEvent.case_id).where(CaseEvent.actor_id == mine.user_id)
        q = q.where(or_(Case.clerk_id == mine.user_id, Case.id.in_(acted)))
    return q


def _filtered(
    q: Select[*tuple[Any, ...]],
    queue: Queue,
    *,
    department_id: str | None,
    mine: Actor | None,
    org: str | None,
    now: datetime,
) -> Select[Any]:
    statuses = QUEUE_STATUSES[queue]
    if queue == Queue.TO_SIGN and department_id is not None:
        # A department's 待签收 is its unsigned assignment, whatever the case status: an
        # assisting department may not have signed a case the lead already runs (as counted).
        statuses = (S.TO_SIGN, S.IN_PROGRESS, S.EXTENDED)
    q = q.where(Case.status.in_([s.value for s in statuses]), Case.deleted_at.is_(None))
    if queue == Queue.OVERDUE:
        q = q.where(or_(Case.warn_at <= now, Case.deadline_at < now))
    elif queue == Queue.ESCALATED:
        q = q.where(Case.escalated.is_(True))
    states = _ASSIGNMENT_STATES.get(queue, ())
    return _scoped(q, department_id=department_id, mine=mine, org=org, states=states)


def queue(
    session: Session,
    *,
    queue: str,
    department_id: str | None = None,
    mine: Actor | None = None,
    org: str | None = None,
    offset: int = 0,
    limit: int = 200,
    now: datetime | None = None,
    with_total: bool = True,
) -> QueuePage:
    """Return one page of a queue, most urgent first; total -1 unless `with_total`."""
    at = now or utcnow()
    which = Queue(queue)
    base = (
        select(*_COLUMNS)
        .select_from(Case)
        .outerjoin(Category, Category.id == Case.category_id)
        .outerjoin(Department, Department.id == Case.lead_department_id)
    )
    if which == Queue.CLOSED:
        q = _filtered(base, which, department_id=department_id, mine=mine, org=org, now=at)
        q = q.order_by(Case.closed_at.desc(), Case.id.desc())
        rows = session.execute(q.offset(offset).limit(limit)).all()
    elif department_id is not None:
        rows = _department_page(session, base, which, department_id, mine, org, at, offset + limit)
        rows = rows[offset : offset + limit]
    else:
        q = _filtered(base, which, department_id=None, mine=mine, org=org, now=at)
        q = q.order_by(Case.deadline_at, Case.id)  # NULL deadlines (none running) come first
        rows = session.execute(q.offset(offset).limit(limit)).all()
    if which == Queue.CLOSED:
        # History grows without end: list the latest, never count all of it.
        return QueuePage(tuple(_row(r, at) for r in rows), offset + len(rows))
    if not with_total:
        return QueuePage(tuple(_row(r, at) for r in rows), -1)
    count_q = _filtered(
        select(func.count()).select_from(Case),
        which,
        department_id=department_id,
        mine=mine,
        org=org,
        now=at,
    )
    total = session.scalar(count_q) or 0
    return QueuePage(tuple(_row(r, at) for r in rows), int(total))


def _department_page(
    session: Session,
    base: Select[*tuple[Any, ...]],
    which: Queue,
    department_id: str,
    mine: Actor | None,
    org: str | None,
    at: datetime,
    n: int,
) -> list[Any]:
    """Return the first `n` rows of a department's queue, most urgent first.

    The cases it leads come straight off the (lead, status, deadline) index, so only the rows
    shown are read; the few it assists come through the assignment cache; both are merged.
    """
    lead = _filtered(base, which, department_id=None, mine=mine, org=org, now=at).where(
        Case.lead_department_id == department_id
    )
    if which == Queue.TO_SIGN:
        # The lead's part of 待签收 is every to_sign case it leads (it has not signed them).
        lead = lead.where(Case.status == S.TO_SIGN.value)
    # The assisted cases are picked from indexes alone, then only the rows shown are read.
    assisted = (
        _filtered(
            select(Case.id).select_from(Case),
            which,
            department_id=department_id,
            mine=mine,
            org=org,
            now=at,
        )
        .where(CaseAssignment.is_lead.is_(False))
        .order_by(Case.deadline_at, Case.id)
        .limit(n)
    )
    assist = base.where(Case.id.in_(assisted))
    rows: list[Any] = []
    for q in (lead, assist):
        rows.extend(session.execute(q.order_by(Case.deadline_at, Case.id).limit(n)).all())
    # SQLite sorts NULL first; keep that order when merging the two parts.
    rows.sort(key=lambda r: (r.deadline_at is not None, r.deadline_at or at, r.id))
    return rows[:n]


def queue_counts(
    session: Session,
    *,
    department_id: str | None = None,
    org: str | None = None,
    now: datetime | None = None,
) -> QueueCounts:
    """Return how many cases each open queue holds and how many are yellow or red, in one pass.

    The one source of the live figures: the 案件流转 queues and the home page's 在办 / 黄色预警 /
    红色预警 cards both read them (app.services.reports.stats.today_counts), so they agree.
    """
    at = now or utcnow()
    due_soon = or_(Case.warn_at <= at, Case.deadline_at < at)
    handling = (S.TO_SIGN.value, S.IN_PROGRESS.value, S.EXTENDED.value)
    running = [s.value for s in QUEUE_STATUSES[Queue.OVERDUE]]
    queues = [
        (Queue.TO_DISPATCH, Case.status.in_((S.ACCEPTED.value, S.TO_DISPATCH.value))),
        (Queue.TO_SIGN, Case.status == S.TO_SIGN.value),
        (Queue.IN_PROGRESS, Case.status == S.IN_PROGRESS.value),
        (Queue.EXTENDED, Case.status == S.EXTENDED.value),
        (Queue.TO_REVISIT, Case.status == S.TO_REVISIT.value),
        (Queue.OVERDUE, and_(Case.status.in_(running), due_soon)),
        (Queue.ESCALATED, and_(Case.status.in_(handling), Case.escalated.is_(True))),
    ]
    if department_id is not None:
        return _department_counts(session, queues, department_id, org, at)
    columns = _count_columns(queues, running, at)
    statuses = [*running, S.ACCEPTED.value, S.TO_DISPATCH.value]
    q = _scoped(
        select(*columns)
        .select_from(Case)
        .where(Case.status.in_(statuses), Case.deleted_at.is_(None)),
        department_id=None,
        mine=None,
        org=org,
    )
    *values, n_red, n_yellow = session.execute(q).one()
    counts = tuple(
        (which.value, int(v or 0)) for (which, _c), v in zip(queues, values, strict=True)
    )
    return QueueCounts(counts, yellow=int(n_yellow or 0), red=int(n_red or 0))


def _count_columns(queues: list[tuple[Queue, Any]], running: list[str], at: datetime) -> list[Any]:
    red = Case.deadline_at < at
    columns = [func.count().filter(cond) for _q, cond in queues]
    columns += [
        func.count().filter(and_(Case.status.in_(running), red)),
        func.count().filter(and_(Case.status.in_(running), ~red, Case.warn_at <= at)),
    ]
    return columns


def _department_counts(
    session: Session,
    queues: list[tuple[Queue, Any]],
    department_id: str,
    org: str | None,
    at: datetime,
) -> QueueCounts:
    """Count a department's queues: its lead cases from the lead index alone, plus assists."""
    # A department neither dispatches nor revisits.
    queues = [(q, c) for q, c in queues if q not in (Queue.TO_DISPATCH, Queue.TO_REVISIT)]
    handling = [S.TO_SIGN.value, S.IN_PROGRESS.value, S.EXTENDED.value]
    lead = select(*_count_columns(queues, handling, at)).where(
        Case.lead_department_id == department_id,
        Case.status.in_(handling),
        Case.deleted_at.is_(None),
    )
    # An assisting department's 待签收 is what it has not signed yet, whatever the status.
    assist_queues = [
        (q, CaseAssignment.state == "to_sign" if q == Queue.TO_SIGN else c) for q, c in queues
    ]
    assist = _scoped(
        select(*_count_columns(assist_queues, handling, at))
        .select_from(Case)
        .where(Case.status.in_(handling), Case.deleted_at.is_(None)),
        department_id=department_id,
        mine=None,
        org=org,
        states=_LIVE,
    ).where(CaseAssignment.is_lead.is_(False))
    if org is not None:
        lead = lead.where(Case.owner_org == org)
    totals = [
        int(a or 0) + int(b or 0)
        for a, b in zip(session.execute(lead).one(), session.execute(assist).one(), strict=True)
    ]
    *values, n_red, n_yellow = totals
    counts = tuple((which.value, v) for (which, _c), v in zip(queues, values, strict=True))
    return QueueCounts(counts, yellow=n_yellow, red=n_red)


_LIMIT_NAMES = {S.TO_SIGN: "签收", S.TO_REVISIT: "回访"}


def overdue_list(
    session: Session,
    *,
    department_id: str | None = None,
    org: str | None = None,
    now: datetime | None = None,
) -> list[OverdueLine]:
    """Return red cases with the limit that ran out and the reasons on record (returns, delays)."""
    at = now or utcnow()
    page = queue(
        session, queue=Queue.OVERDUE, department_id=department_id, org=org, now=at, limit=1000
    )
    out = []
    for row in page.rows:
        if row.warning != WarningLevel.RED or row.deadline_at is None:
            continue
        reasons = []
        for ev_type, payload in session.execute(
            select(CaseEvent.type, CaseEvent.payload)
            .where(
                CaseEvent.case_id == row.id,
                CaseEvent.type.in_(
                    (
                        EventType.RETURN,
                        EventType.EXTEND_REQUEST,
                        EventType.EXTEND_DENY,
                        EventType.REOPEN,
                        EventType.PROGRESS,
                    )
                ),
            )
            .order_by(CaseEvent.id)
        ):
            p = payload or {}
            text = return_reason(p) or p.get("reason") or p.get("note") or ""
            reasons.append(Msg("{event}：{text}", event=EventType(ev_type), text=text))
        if not reasons:
            reasons.append(Msg("无延期申请或说明"))
        hours = (at - row.deadline_at).total_seconds() / 3600
        limit = _LIMIT_NAMES.get(CaseStatus(row.status), "办理")
        out.append(OverdueLine(row, limit, round(hours, 1), tuple(reasons[-3:])))
    return out


def case_detail(session: Session, *, case_id: str, now: datetime | None = None) -> CaseDetail:
    """Return a case with its departments' parts and the full timeline of its events."""
    at = now or utcnow()
    r = session.execute(
        select(*_COLUMNS)
        .select_from(Case)
        .outerjoin(Category, Category.id == Case.category_id)
        .outerjoin(Department, Department.id == Case.lead_department_id)
        .where(Case.id == case_id)
    ).first()
    case = session.get(Case, case_id)
    if r is None or case is None:
        raise NotFound("案件不存在")
    names = {i: n for i, n in session.execute(select(Department.id, Department.name))}
    state = current_state(session, case_id)
    lines = []
    for dept in (state.lead_department_id, *state.assist_department_ids):
        if dept is None:
            continue
        lines.append(
            AssignmentLine(
                department_id=dept,
                department=names.get(dept, dept),
                is_lead=dept == state.lead_department_id,
                signed=dept in state.signed,
                reported=dept in state.reported,
                returns=state.return_count(dept),
            )
        )
    events = (
        session.execute(
            select(CaseEvent)
            .where(CaseEvent.case_id == case_id)
            .order_by(CaseEvent.server_seq.is_(None), CaseEvent.server_seq, CaseEvent.id)
        )
        .scalars()
        .all()
    )
    if any(e.type == EventType.CORRECT for e in events):
        # A correction's text names the categories it moved the case between.
        names.update((i, n) for i, n in session.execute(select(Category.id, Category.name)))
    timeline = tuple(
        TimelineEntry(
            at=e.at,
            type=e.type,
            label=EventType(e.type).label,
            actor=e.actor_name,
            department=names.get(e.department_id or "", ""),
            text=event_text(e.type, e.payload or {}, names),
            no_effect=e.no_effect,
        )
        for e in events
    )
    parties = session.scalars(
        select(CaseParty.name).where(CaseParty.case_id == case_id, CaseParty.deleted_at.is_(None))
    ).all()
    return CaseDetail(
        row=_row(r, at),
        query_code=case.query_code,
        facts=case.facts,
        demands=case.demands,
        parties=tuple(mask_name(p) if case.confidential else p for p in parties),
        assignments=tuple(lines),
        pending_extension=state.pending_extension,
        satisfaction=state.satisfaction,
        reopens=state.reopens,
        timeline=timeline,
        petition=petition_progress(session, case_id=case_id),
        patrols=_patrol_lines(session, case_id),
    )


def _patrol_lines(session: Session, case_id: str) -> tuple[Msg, ...]:
    """Return the patrol records the case was reported from, as timeline-style lines.

    Read from the grid tables directly: the grid feature records on-site checks through this
    package's workflow, so importing it back here would tie the two packages in a cycle.
    """
    rows = session.execute(
        select(PatrolLog.date, GridWorker.name, PatrolLog.place, PatrolLog.issue)
        .outerjoin(GridWorker, GridWorker.id == PatrolLog.worker_id)
        .where(PatrolLog.case_id == case_id, PatrolLog.deleted_at.is_(None))
        .order_by(PatrolLog.date)
    ).all()
    return tuple(
        Msg("{day} {worker}巡查{place}：{issue}", day=d.isoformat(), worker=w, place=p, issue=i)
        for d, w, p, i in rows
    )


def search(
    session: Session, *, text: str, limit: int = 200, now: datetime | None = None
) -> QueuePage:
    """Return the cases the search box finds (as 案件查询 does), as queue rows, newest first."""
    at = now or utcnow()
    found = list_cases(session, filt=CaseFilter(text=text), limit=limit, now=at)
    ids = [r.id for r in found.rows]
    if not ids:
        return QueuePage((), 0)
    rows = session.execute(
        select(*_COLUMNS)
        .select_from(Case)
        .outerjoin(Category, Category.id == Case.category_id)
        .outerjoin(Department, Department.id == Case.lead_department_id)
        .where(Case.id.in_(ids))
    ).all()
    by_id = {r.id: _row(r, at) for r in rows}
    ordered = tuple(by_id[i] for i in ids if i in by_id)
    return QueuePage(ordered, len(ordered))


def default_queue_for(role: str) -> Queue:
    """Return the queue a user of `role` sees first."""
    if role == Role.HANDLER:
        return Queue.TO_SIGN
    if role == Role.DISTRICT_SUPERVISOR:
        return Queue.ESCALATED
    if role == Role.SUPERVISOR:
        return Queue.OVERDUE
    return Queue.TO_DISPATCH
