"""The monthly report (月报): one month's dashboard, the month before, the warnings and a short
summary line per section, written in Chinese from the figures."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import RegionLevel
from app.domain.reports import Bucket, Dashboard, MonthlyReport, Rates, Scope, WarningBoard
from app.models import Region, SyncDevice
from app.services.reports.dashboard import dashboard, month_period, rates
from app.services.reports.warnings import rising_categories, warning_board

SECTIONS = (
    "overview",
    "quality",
    "trend",
    "category",
    "channel",
    "area",
    "departments",
    "warnings",
)
DISTRICT_CODE_LENGTH = 6  # a district desk's org code (a township's is longer)


def desk_scope(session: Session) -> Scope:
    """Return the desk's own scope: its township, or the district on a district desk."""
    org = session.scalar(select(SyncDevice.org_code).limit(1))
    if not org or len(org) <= DISTRICT_CODE_LENGTH:
        return Scope()
    return Scope(org=org)


def scope_name(session: Session, scope: Scope) -> str:
    """Return the township's (or the district's) name for the report's title."""
    if scope.org:
        name = session.scalar(select(Region.name).where(Region.code == scope.org))
        return name or scope.org
    name = session.scalar(
        select(Region.name).where(Region.level == RegionLevel.DISTRICT.value).limit(1)
    )
    return f"{name or '全区'}（全区）"


def previous_month(month: str) -> str:
    """Return the YYYY-MM before `month`."""
    first = month_period(month).start
    return (first - timedelta(days=1)).strftime("%Y-%m")


def pct(value: float | None, *, signed: bool = False) -> str:
    """Return a rate as a percentage with one decimal, '—' for None."""
    if value is None:
        return "—"
    return f"{value * 100:+.1f}%" if signed else f"{value * 100:.1f}%"


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _share(b: Bucket, total: int) -> str:
    return pct(b.received / total) if total else "—"


def _top(buckets: tuple[Bucket, ...], total: int, what: str) -> str:
    ranked = [b for b in buckets if b.received]
    if not ranked:
        return f"本月没有受理案件，无{what}分布。"
    first = ranked[0]
    text = f"受理最多的{what}是{first.label}（{first.received} 件，占 {_share(first, total)}）"
    if len(ranked) > 1:
        second = ranked[1]
        text += f"，其次是{second.label}（{second.received} 件）"
    return text + "。"


def summaries(d: Dashboard, previous: Rates, board: WarningBoard) -> dict[str, str]:
    """Return one auto-written Chinese line per report section."""
    r = d.rates
    if previous.received:
        change = f"环比 {pct(r.received / previous.received - 1, signed=True)}"
    else:
        change = "上月无受理，无法计算环比"
    out = {
        "overview": (
            f"本月受理 {r.received} 件，{change}，本月办结 {r.closed} 件，"
            f"本月受理中仍在办 {r.open} 件，其中超期 {r.overdue} 件。"
        ),
        "quality": (
            f"化解成功率 {pct(r.resolution_rate)}，按时办结率 {pct(r.on_time_rate)}，"
            f"平均办结 {_days(r.avg_days)} 天（九成在 {_days(r.p90_days)} 天内），"
            f"回访满意率 {pct(r.satisfaction_rate)}，重复件占 {pct(r.repeat_rate)}，"
            f"群体性案件 {r.group_cases} 件。"
        ),
    }
    busiest = max(d.series, key=lambda b: b.received, default=None)
    if busiest is None or not busiest.received:
        out["trend"] = "本月每日均无受理。"
    else:
        out["trend"] = (
            f"日均受理 {r.received / max(1, len(d.series)):.1f} 件，"
            f"最多的一天是 {busiest.label}（{busiest.received} 件）。"
        )
    out["category"] = _top(d.by_category, r.received, "类别")
    out["channel"] = _top(d.by_channel, r.received, "渠道")
    area = d.by_town if d.scope.org is None else d.by_village
    out["area"] = _top(area, r.received, "镇街" if d.scope.org is None else "村（社区）")
    if d.departments:
        busiest_dept = d.departments[0]
        out["departments"] = (
            f"{len(d.departments)} 个部门有办件；在办最多的是{busiest_dept.name}"
            f"（{busiest_dept.queue} 件，超期 {busiest_dept.overdue} 件），"
            f"本月共退回 {sum(x.returns for x in d.departments)} 件次（按案件计）。"
        )
    else:
        out["departments"] = "本月没有部门办件。"

    def total(key: str, shown: tuple[object, ...]) -> int:
        return board.totals.get(key, len(shown))

    rising = "、".join(
        f"{x.name}（{x.this_month} 件，"
        f"{'新增' if x.change is None else pct(x.change, signed=True)}）"
        for x in board.rising[:3]
    )
    out["warnings"] = (
        f"红色预警 {total('red', board.red)} 件，黄色预警 {total('yellow', board.yellow)} 件；"
        f"上升类别 {len(board.rising)} 个{('：' + rising) if rising else ''}；"
        f"重复来访村（社区）{len(board.villages)} 个；"
        f"{board.window_days} 日内来访 3 次以上 {len(board.persons)} 人；"
        f"在办群体性案件 {total('group', board.group_cases)} 件，"
        f"高风险案件 {total('high_risk', board.high_risk)} 件。"
    )
    return out


def monthly_report(
    session: Session,
    *,
    month: str,
    scope: Scope,
    now: datetime | None = None,
    threshold: float | None = None,
) -> MonthlyReport:
    """Return the 月报 of `month` (YYYY-MM) for `scope`; open and overdue are as of `now`."""
    now = now or datetime.now(UTC)
    period = month_period(month)
    d = dashboard(session, period=period, scope=scope, now=now)
    before = rates(session, period=month_period(previous_month(month)), scope=scope, now=now)
    board = warning_board(session, scope=scope, now=now, threshold=threshold)
    board = dataclasses.replace(
        board,
        rising=rising_categories(session, scope=scope, month=month, threshold=board.threshold),
    )
    return MonthlyReport(
        month=month,
        scope_name=scope_name(session, scope),
        dashboard=d,
        previous=before,
        warnings=board,
        summaries=summaries(d, before, board),
    )
