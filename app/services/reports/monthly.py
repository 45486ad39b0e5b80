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
from app.services.errors import Joined, Msg
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


def _top(buckets: tuple[Bucket, ...], total: int, what: Msg) -> Msg:
    ranked = [b for b in buckets if b.received]
    if not ranked:
        return Msg("本月没有受理案件，无{what}分布。", what=what)
    first = ranked[0]
    if len(ranked) == 1:
        return Msg(
            "受理最多的{what}是{name}（{n} 件，占 {share}）。",
            what=what,
            name=first.label,
            n=first.received,
            share=_share(first, total),
        )
    second = ranked[1]
    return Msg(
        "受理最多的{what}是{name}（{n} 件，占 {share}），其次是{second}（{m} 件）。",
        what=what,
        name=first.label,
        n=first.received,
        share=_share(first, total),
        second=second.label,
        m=second.received,
    )


def summaries(d: Dashboard, previous: Rates, board: WarningBoard) -> dict[str, Msg]:
    """Return one auto-written line per report section: Chinese Msg templates (the PDF prints
    them in Chinese; a screen can show them in its language)."""
    r = d.rates
    if previous.received:
        overview = Msg(
            "本月受理 {received} 件，环比 {change}，本月办结 {closed} 件，"
            "本月受理中仍在办 {open} 件，其中超期 {overdue} 件。",
            received=r.received,
            change=pct(r.received / previous.received - 1, signed=True),
            closed=r.closed,
            open=r.open,
            overdue=r.overdue,
        )
    else:
        overview = Msg(
            "本月受理 {received} 件，上月无受理、无法计算环比，本月办结 {closed} 件，"
            "本月受理中仍在办 {open} 件，其中超期 {overdue} 件。",
            received=r.received,
            closed=r.closed,
            open=r.open,
            overdue=r.overdue,
        )
    out = {
        "overview": overview,
        "quality": Msg(
            "化解成功率 {resolution}，按时办结率 {on_time}，平均办结 {avg} 天"
            "（九成在 {p90} 天内），回访满意率 {satisfaction}，重复件占 {repeat}，"
            "群体性案件 {groups} 件。",
            resolution=pct(r.resolution_rate),
            on_time=pct(r.on_time_rate),
            avg=_days(r.avg_days),
            p90=_days(r.p90_days),
            satisfaction=pct(r.satisfaction_rate),
            repeat=pct(r.repeat_rate),
            groups=r.group_cases,
        ),
    }
    busiest = max(d.series, key=lambda b: b.received, default=None)
    if busiest is None or not busiest.received:
        out["trend"] = Msg("本月每日均无受理。")
    else:
        out["trend"] = Msg(
            "日均受理 {mean} 件，最多的一天是 {day}（{n} 件）。",
            mean=f"{r.received / max(1, len(d.series)):.1f}",
            day=busiest.label,
            n=busiest.received,
        )
    out["category"] = _top(d.by_category, r.received, Msg("类别"))
    out["channel"] = _top(d.by_channel, r.received, Msg("渠道"))
    if d.scope.org is None:
        out["area"] = _top(d.by_town, r.received, Msg("镇街"))
    else:
        out["area"] = _top(d.by_village, r.received, Msg("村（社区）"))
    if d.departments:
        first = d.departments[0]
        out["departments"] = Msg(
            "{count} 个部门有办件；在办最多的是{name}（{queue} 件，超期 {overdue} 件），"
            "本月共退回 {returns} 件次（按案件计）。",
            count=len(d.departments),
            name=first.name,
            queue=first.queue,
            overdue=first.overdue,
            returns=sum(x.returns for x in d.departments),
        )
    else:
        out["departments"] = Msg("本月没有部门办件。")

    def total(key: str, shown: tuple[object, ...]) -> int:
        return board.totals.get(key, len(shown))

    rising = Joined(
        Msg(
            "{name}（{n} 件，{change}）",
            name=x.name,
            n=x.this_month,
            change=Msg("新增") if x.change is None else pct(x.change, signed=True),
        )
        for x in board.rising[:3]
    )
    out["warnings"] = Msg(
        "红色预警 {red} 件，黄色预警 {yellow} 件；上升类别 {rising} 个{names}；"
        "重复来访村（社区）{villages} 个；{days} 日内来访 3 次以上 {persons} 人；"
        "在办群体性案件 {groups} 件，高风险案件 {risky} 件。",
        red=total("red", board.red),
        yellow=total("yellow", board.yellow),
        rising=len(board.rising),
        names=Msg("：{list}", list=rising) if rising else "",
        villages=len(board.villages),
        days=board.window_days,
        persons=len(board.persons),
        groups=total("group", board.group_cases),
        risky=total("high_risk", board.high_risk),
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
