"""Row sources of the exportable lists: each returns a `ListTable` of every live row it selects.

`build_table(session, what, org=..., status=...)` serves the headless `export` command and the
screens whose list is a query of its own (案件查询's whole result, not just the loaded page).
Times are China time; deleted rows are never listed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from app.domain.enums import (
    Activity,
    BookingSlot,
    BookingStatus,
    CaseStatus,
    LabelledEnum,
    RegionLevel,
)
from app.domain.intake import CaseFilter
from app.domain.lists import Cell, Column, ListTable
from app.domain.masking import mask_phone
from app.models import (
    Booking,
    Case,
    CaseParty,
    Category,
    Department,
    EduRoom,
    EduSite,
    Grid,
    GridWorker,
    PatrolLog,
    Region,
)
from app.models.base import utcnow
from app.services.common.deadlines import TZ
from app.services.errors import DomainError
from app.services.search import PAGE_SIZE, list_cases

WHAT: dict[str, str] = {
    "cases": "案件清单",
    "overdue": "超期案件清单",
    "patrols": "巡查记录",
    "bookings": "阵地预约清单",
}
OPEN_STATUSES = (
    CaseStatus.REGISTERED,
    CaseStatus.ACCEPTED,
    CaseStatus.TO_DISPATCH,
    CaseStatus.TO_SIGN,
    CaseStatus.IN_PROGRESS,
    CaseStatus.EXTENDED,
)
BATCH = 2000  # rows fetched per round trip (progress is reported per batch)
ProgressFn = Callable[[int, int], None]

CASE_COLUMNS = (
    Column("案件编号", 1.6),
    Column("受理时间", 1.3),
    Column("状态", 0.8),
    Column("类别", 1.1),
    Column("镇街", 1.0),
    Column("申请人", 0.9),
    Column("事项摘要", 3.0),
    Column("牵头部门", 1.2),
    Column("办理时限", 1.3),
    Column("超期", 0.5),
    Column("重复件", 0.6),
)
OVERDUE_COLUMNS = (
    Column("案件编号", 1.6),
    Column("受理时间", 1.3),
    Column("状态", 0.8),
    Column("类别", 1.1),
    Column("镇街", 1.0),
    Column("申请人", 0.9),
    Column("事项摘要", 2.8),
    Column("牵头部门", 1.2),
    Column("办理时限", 1.3),
    Column("超期天数", 0.7),
)
PATROL_COLUMNS = (
    Column("日期", 1.0),
    Column("网格员", 0.9),
    Column("网格", 1.3),
    Column("地点", 1.4),
    Column("发现问题", 2.4),
    Column("处置措施", 2.0),
    Column("处置结果", 1.4),
    Column("案件编号", 1.6),
    Column("镇街代码", 1.0),
)
BOOKING_COLUMNS = (
    Column("日期", 1.0),
    Column("时段", 1.3),
    Column("阵地", 1.6),
    Column("活动室", 1.1),
    Column("预约单位", 1.6),
    Column("联系人", 0.8),
    Column("联系电话", 1.1),
    Column("人数", 0.5),
    Column("活动", 0.9),
    Column("主题", 1.8),
    Column("状态", 0.8),
    Column("镇街代码", 1.0),
)


def local(value: datetime | None) -> datetime | None:
    """Return a stored (naive UTC) time as naive China time, as a spreadsheet wants it."""
    if value is None:
        return None
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone(TZ).replace(tzinfo=None, microsecond=0)


def _label(enum: type[LabelledEnum], value: str | None) -> str:
    if value is None:
        return ""
    return enum(value).label if value in enum._value2member_map_ else value


def parse_status(enum: type[LabelledEnum], text: str) -> str:
    """Return the stored code of a status given as its code or its Chinese label."""
    wanted = text.strip()
    for member in enum:
        if wanted in (member.value, member.label):
            return member.value
    raise DomainError(
        "未知的状态：{status}（可用：{choices}）",
        field="status",
        status=text,
        choices="、".join(f"{m.value}（{m.label}）" for m in enum),
    )


def check_org(session: Session, org: str) -> str:
    """Return `org` if it is a township code this database knows; else a clear error."""
    code = org.strip()
    known = session.scalar(
        select(Region.code).where(
            Region.code == code,
            Region.level.in_((RegionLevel.TOWN.value, RegionLevel.DISTRICT.value)),
            Region.deleted_at.is_(None),
        )
    )
    if known is None and not session.scalar(
        select(func.count()).select_from(Case).where(Case.owner_org == code)
    ):
        raise DomainError("未知的镇街代码：{org}", field="org", org=org)
    return code


def org_label(session: Session, org: str | None) -> str:
    """Return "粥店街道（370911001）", or 全部 without an org."""
    if not org:
        return "全部"
    name = session.scalar(select(Region.name).where(Region.code == org))
    return f"{name}（{org}）" if name else org


def _batched(
    session: Session, query: Select[Any] | Any, total: int, progress: ProgressFn | None
) -> Iterator[Any]:
    done = 0
    result = session.execute(query.execution_options(yield_per=BATCH))
    for part in result.partitions(BATCH):
        yield from part
        done += len(part)
        if progress is not None:
            progress(done, total)


def _count(session: Session, query: Select[Any] | Any) -> int:
    return int(
        session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    )


def _case_query(
    org: str | None, statuses: tuple[str, ...] | None, due: Any = Case.due_at
) -> Select[Any]:
    town = aliased(Region)
    applicant = (
        select(CaseParty.name)
        .where(
            CaseParty.case_id == Case.id,
            CaseParty.role == "applicant",
            CaseParty.deleted_at.is_(None),
        )
        .limit(1)
        .scalar_subquery()
    )
    q = (
        select(
            Case.case_no,
            Case.received_at,
            Case.status,
            Category.name,
            town.name,
            applicant,
            Case.summary,
            Department.name,
            due,
            Case.is_repeat,
        )
        .outerjoin(Category, Category.id == Case.category_id)
        .outerjoin(town, town.id == Case.town_id)
        .outerjoin(Department, Department.id == Case.lead_department_id)
        .where(Case.deleted_at.is_(None))
        .order_by(Case.received_at.desc(), Case.id.desc())
    )
    if org:
        q = q.where(Case.owner_org == org)
    if statuses is not None:
        q = q.where(Case.status.in_(statuses))
    return q


def case_table(
    session: Session,
    *,
    org: str | None = None,
    status: str | None = None,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
) -> ListTable:
    """Every live case (of `org`, in `status`), newest first, one row per case."""
    now = now or utcnow()
    code = parse_status(CaseStatus, status) if status else None
    org = check_org(session, org) if org else None
    q = _case_query(org, (code,) if code else None)
    total = _count(session, q)
    opens = {s.value for s in OPEN_STATUSES}
    naive_now = _naive(now)
    rows: list[tuple[Cell, ...]] = []
    for no, received, st, cat, town, applicant, summary, dept, due, repeat in _batched(
        session, q, total, progress
    ):
        late = due is not None and st in opens and _naive(due) < naive_now
        rows.append(
            (
                no,
                local(received),
                _label(CaseStatus, st),
                cat or "",
                town or "",
                applicant or "",
                summary or "",
                dept or "",
                local(due),
                "是" if late else "",
                "是" if repeat else "",
            )
        )
    filters = (
        ("镇街", org_label(session, org)),
        ("状态", CaseStatus(code).label if code else "全部"),
    )
    return _table("cases", CASE_COLUMNS, rows, filters, now)


def _naive(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def overdue_table(
    session: Session,
    *,
    org: str | None = None,
    status: str | None = None,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
) -> ListTable:
    """Every live case past its running time limit (the 监测预警 board's red list and the
    案件流转 red count: `deadline_at`, also while the revisit runs), most overdue first."""
    now = now or utcnow()
    open_values = tuple(s.value for s in (*OPEN_STATUSES, CaseStatus.TO_REVISIT))
    code = parse_status(CaseStatus, status) if status else None
    if code is not None and code not in open_values:
        raise DomainError(
            "超期清单只含在办案件，状态应为：{choices}",
            field="status",
            choices="、".join(
                f"{s.value}（{s.label}）" for s in (*OPEN_STATUSES, CaseStatus.TO_REVISIT)
            ),
        )
    org = check_org(session, org) if org else None
    naive_now = _naive(now)
    q = (
        _case_query(org, (code,) if code else open_values, due=Case.deadline_at)
        .where(Case.deadline_at.is_not(None), Case.deadline_at < now)
        .order_by(None)
        .order_by(Case.deadline_at, Case.id)
    )
    total = _count(session, q)
    rows: list[tuple[Cell, ...]] = []
    for no, received, st, cat, town, applicant, summary, dept, due, _repeat in _batched(
        session, q, total, progress
    ):
        late_days = (naive_now - _naive(due)).total_seconds() / 86400
        rows.append(
            (
                no,
                local(received),
                _label(CaseStatus, st),
                cat or "",
                town or "",
                applicant or "",
                summary or "",
                dept or "",
                local(due),
                int(late_days) + (1 if late_days % 1 else 0),
            )
        )
    filters = (
        ("镇街", org_label(session, org)),
        ("状态", CaseStatus(code).label if code else "全部在办"),
        ("截至", f"{local(now):%Y-%m-%d %H:%M}"),
    )
    return _table("overdue", OVERDUE_COLUMNS, rows, filters, now)


def patrol_table(
    session: Session,
    *,
    org: str | None = None,
    status: str | None = None,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
) -> ListTable:
    """Every live patrol record, newest first, with the number of the case it produced."""
    if status:
        raise DomainError(
            "巡查记录没有状态，不能按状态筛选：{status}", field="status", status=status
        )
    org = check_org(session, org) if org else None
    q = (
        select(
            PatrolLog.date,
            GridWorker.name,
            Grid.name,
            PatrolLog.place,
            PatrolLog.issue,
            PatrolLog.action,
            PatrolLog.result,
            Case.case_no,
            PatrolLog.owner_org,
        )
        .outerjoin(GridWorker, GridWorker.id == PatrolLog.worker_id)
        .outerjoin(Grid, Grid.id == PatrolLog.grid_id)
        .outerjoin(Case, Case.id == PatrolLog.case_id)
        .where(PatrolLog.deleted_at.is_(None))
        .order_by(PatrolLog.date.desc(), PatrolLog.id.desc())
    )
    if org:
        q = q.where(PatrolLog.owner_org == org)
    total = _count(session, q)
    rows = [
        (day, worker or "", grid or "", place, issue, action, result, no or "", owner)
        for day, worker, grid, place, issue, action, result, no, owner in _batched(
            session, q, total, progress
        )
    ]
    return _table("patrols", PATROL_COLUMNS, rows, (("镇街", org_label(session, org)),), now)


def booking_table(
    session: Session,
    *,
    org: str | None = None,
    status: str | None = None,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
) -> ListTable:
    """Every live booking, by date; phones masked (the list goes on paper)."""
    code = parse_status(BookingStatus, status) if status else None
    org = check_org(session, org) if org else None
    q = (
        select(
            Booking.date,
            Booking.slot,
            EduSite.name,
            EduRoom.name,
            Booking.org_name,
            Booking.contact_name,
            Booking.contact_phone,
            Booking.headcount,
            Booking.activity,
            Booking.topic,
            Booking.status,
            Booking.owner_org,
        )
        .outerjoin(EduRoom, EduRoom.id == Booking.room_id)
        .outerjoin(EduSite, EduSite.id == EduRoom.site_id)
        .where(Booking.deleted_at.is_(None))
        .order_by(Booking.date.desc(), Booking.starts_at.desc(), Booking.id)
    )
    if org:
        q = q.where(Booking.owner_org == org)
    if code:
        q = q.where(Booking.status == code)
    total = _count(session, q)
    rows = [
        (
            day,
            _label(BookingSlot, slot),
            site or "",
            room or "",
            unit,
            contact,
            mask_phone(phone or ""),
            headcount,
            _label(Activity, activity),
            topic,
            _label(BookingStatus, st),
            owner,
        )
        for day, slot, site, room, unit, contact, phone, headcount, activity, topic, st, owner in (
            _batched(session, q, total, progress)
        )
    ]
    filters = (
        ("镇街", org_label(session, org)),
        ("状态", BookingStatus(code).label if code else "全部"),
    )
    return _table("bookings", BOOKING_COLUMNS, rows, filters, now)


def _table(
    kind: str,
    columns: tuple[Column, ...],
    rows: Sequence[tuple[Cell, ...]],
    filters: tuple[tuple[str, str], ...],
    now: datetime | None,
) -> ListTable:
    return ListTable(
        title=WHAT[kind],
        columns=columns,
        rows=tuple(rows),
        filters=filters,
        generated_at=local(now or utcnow()),
        kind=kind,
    )


BUILDERS: dict[str, Callable[..., ListTable]] = {
    "cases": case_table,
    "overdue": overdue_table,
    "patrols": patrol_table,
    "bookings": booking_table,
}


def build_table(
    session: Session,
    what: str,
    *,
    org: str | None = None,
    status: str | None = None,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
) -> ListTable:
    """Return the list `what` (cases / overdue / patrols / bookings) with its filters."""
    builder = BUILDERS.get(what)
    if builder is None:
        raise DomainError(
            "不能导出“{what}”：可导出的清单为 {choices}",
            field="what",
            what=what,
            choices="、".join(f"{k}（{v}）" for k, v in WHAT.items()),
        )
    return builder(session, org=org, status=status, now=now, progress=progress)


def case_search_table(
    session: Session,
    filt: CaseFilter,
    *,
    filters: tuple[tuple[str, str], ...] = (),
    now: datetime | None = None,
    progress: ProgressFn | None = None,
    limit: int = 200_000,
) -> ListTable:
    """Every case the 案件查询 filter finds (all pages, not just those loaded on screen)."""
    now = now or utcnow()
    rows: list[tuple[Cell, ...]] = []
    after = None
    while True:
        page = list_cases(session, filt=filt, after=after, limit=PAGE_SIZE * 5, now=now)
        for r in page.rows:
            rows.append(
                (
                    r.case_no,
                    local(r.received_at),
                    r.status_label,
                    r.category_name,
                    r.town_name,
                    r.applicant,
                    r.summary,
                    "",
                    local(r.due_at),
                    "是" if r.overdue else "",
                    "是" if r.is_repeat else "",
                )
            )
        if progress is not None:
            progress(len(rows), 0)
        after = page.next_key
        if after is None or len(rows) >= limit:
            break
    columns = tuple(c for c in CASE_COLUMNS if c.title != "牵头部门")
    drop = [c.title for c in CASE_COLUMNS].index("牵头部门")
    trimmed = [r[:drop] + r[drop + 1 :] for r in rows]
    table = _table("cases", columns, trimmed, filters, now)
    return table
