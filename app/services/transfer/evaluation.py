"""履职评价: each department's monthly on-time signing and closing, returns, reopens, satisfaction.

Computed in SQL: assignments and returns from the month's events, signatures, closings and
revisits from the facts the assignment cache keeps (the latest of each per case and department,
with whether it met the limit in force then), so a million cases take well under a second.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.domain.ids import reference_id
from app.domain.printables import PerformanceReportView, PerformanceRow
from app.models import Department, EvaluationWeight
from app.models.base import utcnow
from app.services.common.deadlines import TZ
from app.services.errors import ValidationError
from app.services.reference import centre_of

METRICS = {
    "signed_on_time": "按时签收率",
    "closed_on_time": "按时办结率",
    "not_returned": "未退回率",
    "not_reopened": "未重办率",
    "satisfaction": "满意度",
}
DEFAULT_WEIGHTS = {
    "signed_on_time": 0.15,
    "closed_on_time": 0.35,
    "not_returned": 0.10,
    "not_reopened": 0.10,
    "satisfaction": 0.30,
}
SATISFACTION_SCORE = {"satisfied": 1.0, "basic": 0.8, "unsatisfied": 0.0}


@dataclass(frozen=True)
class DepartmentScore:
    """One department's figures for a month; rates are 0..1, None when nothing to rate."""

    department_id: str
    department: str
    received: int
    signed: int
    signed_on_time: float | None
    closed: int
    closed_on_time: float | None
    overdue: int
    returned: int
    return_rate: float | None
    reopened: int
    reopen_rate: float | None
    satisfaction: float | None
    score: float
    rank: int = 0


def month_range(year: int, month: int) -> tuple[datetime, datetime]:
    """Return the UTC instants where a calendar month in Asia/Shanghai starts and ends."""
    start = datetime(year, month, 1, tzinfo=TZ)
    end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=TZ)
    return start.astimezone(UTC), end.astimezone(UTC)


def weights(session: Session) -> dict[str, float]:
    """Return the district's metric weights (defaults for metrics it has not set)."""
    out = dict(DEFAULT_WEIGHTS)
    for metric, weight in session.execute(
        select(EvaluationWeight.metric, EvaluationWeight.weight).where(
            EvaluationWeight.deleted_at.is_(None)
        )
    ):
        if metric in out:
            out[metric] = float(weight)
    return out


def set_weights(session: Session, *, values: dict[str, float], org_code: str) -> dict[str, float]:
    """Store the district's weights; they must be non-negative and not all zero."""
    errors = {
        m: "权重须为0到1之间的数" for m, w in values.items() if m in METRICS and not 0 <= w <= 1
    }
    errors.update({m: "未知的评价指标" for m in values if m not in METRICS})
    if not errors and sum(values.values()) <= 0:
        errors["weights"] = "权重不能全部为零"
    if errors:
        raise ValidationError(errors)
    for metric, weight in values.items():
        row_id = reference_id("evaluation_weight", metric)
        row = session.get(EvaluationWeight, row_id)
        if row is None:
            session.add(
                EvaluationWeight(id=row_id, metric=metric, weight=weight, owner_org=org_code)
            )
        else:
            row.weight = weight
    return weights(session)


# Signatures, closings and revisits are read from the assignment cache's facts (kept by
# app.services.transfer.workflow.facts from the fold), each one covering-index range: no payload
# parsed.
_QUERIES = {
    "received": """SELECT json_extract(e.payload, '$.lead_department_id') AS dept, count(*), 0
        FROM case_event e WHERE e.type IN ('dispatch', 'rule_reassign') AND e.at >= :a
        AND e.at < :b AND e.no_effect = 0 GROUP BY dept""",
    "signed": """SELECT department_id, count(*), sum(sign_on_time) FROM case_assignment
        WHERE signed_at >= :a AND signed_at < :b GROUP BY department_id""",
    "closed": """SELECT department_id, count(*), sum(close_on_time) FROM case_assignment
        WHERE closed_at >= :a AND closed_at < :b GROUP BY department_id""",
    "returned": """SELECT coalesce(e.department_id, c.lead_department_id) AS dept, count(*), 0
        FROM case_event e JOIN "case" c ON c.id = e.case_id
        WHERE e.type = 'return' AND e.at >= :a AND e.at < :b AND e.no_effect = 0 GROUP BY dept""",
    "reopened": """SELECT c.lead_department_id AS dept, count(*), 0
        FROM case_event e JOIN "case" c ON c.id = e.case_id
        WHERE e.type = 'reopen' AND e.at >= :a AND e.at < :b AND e.no_effect = 0 GROUP BY dept""",
    "revisits": """SELECT department_id, count(*),
        sum(CASE satisfaction WHEN 'satisfied' THEN 1.0 WHEN 'basic' THEN 0.8 ELSE 0.0 END)
        FROM case_assignment WHERE revisited_at >= :a AND revisited_at < :b
        GROUP BY department_id""",
    "open_overdue": """SELECT c.lead_department_id AS dept, count(*), 0 FROM "case" c
        WHERE c.status IN ('to_sign','in_progress','extended') AND c.deadline_at < :b
        AND c.deleted_at IS NULL AND c.lead_department_id IS NOT NULL GROUP BY dept""",
}


def _naive(at: datetime) -> str:
    # Event times are stored as naive UTC text; compare like with like.
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _rate(part: float, whole: int) -> float | None:
    return None if whole == 0 else min(part / whole, 1.0)


def evaluate_month(session: Session, *, year: int, month: int) -> list[DepartmentScore]:
    """Return every department with activity in the month, ranked by weighted score."""
    a, b = month_range(year, month)
    # A month of a district's events is read once: let SQLite map the file rather than copy
    # pages through its small default cache.
    session.execute(text("PRAGMA mmap_size=2147483648"))
    params = {"a": _naive(a), "b": _naive(b)}
    figures: dict[str, dict[str, tuple[int, float]]] = defaultdict(dict)
    for name, sql in _QUERIES.items():
        for dept, n, part in session.execute(text(sql), params):
            if dept is not None:
                figures[dept][name] = (int(n), float(part or 0))
    names = dict(session.execute(select(Department.id, Department.name)).all())
    w = weights(session)
    out = []
    for dept, f in figures.items():
        received = f.get("received", (0, 0))[0]
        signed, signed_ok = f.get("signed", (0, 0))
        closed, closed_ok = f.get("closed", (0, 0))
        returned = f.get("returned", (0, 0))[0]
        reopened = f.get("reopened", (0, 0))[0]
        revisits, sat_sum = f.get("revisits", (0, 0))
        return_rate = _rate(returned, received)
        reopen_rate = _rate(reopened, closed)
        metrics: dict[str, float | None] = {
            "signed_on_time": _rate(signed_ok, signed),
            "closed_on_time": _rate(closed_ok, closed),
            "not_returned": None if return_rate is None else 1 - return_rate,
            "not_reopened": None if reopen_rate is None else 1 - reopen_rate,
            "satisfaction": _rate(sat_sum, revisits),
        }
        score = _score(metrics, w)
        out.append(
            DepartmentScore(
                department_id=dept,
                department=names.get(dept, dept),
                received=received,
                signed=signed,
                signed_on_time=metrics["signed_on_time"],
                closed=closed,
                closed_on_time=metrics["closed_on_time"],
                overdue=int(closed - closed_ok) + f.get("open_overdue", (0, 0))[0],
                returned=returned,
                return_rate=return_rate,
                reopened=reopened,
                reopen_rate=reopen_rate,
                satisfaction=metrics["satisfaction"],
                score=score,
            )
        )
    out.sort(key=lambda d: (-d.score, -d.received, d.department))
    return [_ranked(d, i) for i, d in enumerate(out, start=1)]


def _ranked(d: DepartmentScore, rank: int) -> DepartmentScore:
    return replace(d, rank=rank)


def _score(metrics: dict[str, float | None], w: dict[str, float]) -> float:
    """Weighted mean of the metrics that could be rated, on a 0–100 scale."""
    used = [(w[m], v) for m, v in metrics.items() if v is not None and w.get(m, 0) > 0]
    total = sum(weight for weight, _ in used)
    if total == 0:
        return 0.0
    return round(100 * sum(weight * v for weight, v in used) / total, 1)


def performance_report(
    session: Session, *, year: int, month: int, org_code: str, is_demo: bool = False
) -> PerformanceReportView:
    """Return the printable ranking of the month (履职评价表)."""
    rows = evaluate_month(session, year=year, month=month)
    w = weights(session)
    note = (
        "综合得分＝" + "＋".join(f"{METRICS[m]}×{w[m]:g}" for m in METRICS) + "（按权重折算百分制）"
    )
    return PerformanceReportView(
        centre=centre_of(session, org_code),
        period=f"{year}年{month}月",
        generated_at=utcnow(),
        rows=tuple(
            PerformanceRow(
                rank=r.rank,
                department=r.department,
                received=r.received,
                signed_on_time=r.signed_on_time,
                closed=r.closed,
                closed_on_time=r.closed_on_time,
                overdue=r.overdue,
                returned=r.returned,
                satisfaction=r.satisfaction,
                score=r.score,
            )
            for r in rows
        ),
        scoring_note=note,
        is_demo=is_demo,
    )


def as_dict(score: DepartmentScore) -> dict[str, Any]:
    """Return a department's figures as plain values (for export)."""
    return asdict(score)
