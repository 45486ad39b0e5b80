"""The monthly report (月报) as an Excel workbook: the same figures as the PDF, one sheet each."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.reports import Bucket, MonthlyReport

HEADER_FILL = PatternFill("solid", fgColor="EEEEEE")
SECTION_TITLES = {
    "overview": "总体情况",
    "quality": "办理质量",
    "trend": "受理与办结趋势",
    "category": "类别分布",
    "channel": "来源渠道",
    "area": "区域分布",
    "departments": "部门履职",
    "warnings": "监测预警",
}


def _sheet(wb: Workbook, title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    ws: Worksheet = wb.create_sheet(title)
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for row in rows:
        ws.append(list(row))
    for i, name in enumerate(header, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = max(10, len(name) * 2 + 4)
    ws.freeze_panes = "A2"


def _buckets(buckets: Sequence[Bucket]) -> list[list[Any]]:
    return [[b.label, b.received, b.closed, b.open, b.overdue] for b in buckets]


def write_monthly_xlsx(view: MonthlyReport, path: Path) -> None:
    """Write the workbook of `view` to `path`."""
    d = view.dashboard
    r = d.rates
    wb = Workbook()
    summary: Worksheet = wb.active
    summary.title = "概况"
    summary.append([f"{view.scope_name} {view.month} 月报"])
    summary["A1"].font = Font(bold=True, size=14)
    for key, title in SECTION_TITLES.items():
        summary.append([title, view.summaries.get(key, "")])
    summary.append([])
    figures = [
        ("受理", r.received),
        ("办结", r.closed),
        ("在办", r.open),
        ("超期", r.overdue),
        ("化解成功率", r.resolution_rate),
        ("按时办结率", r.on_time_rate),
        ("平均办结天数", r.avg_days),
        ("九成办结天数", r.p90_days),
        ("回访满意率", r.satisfaction_rate),
        ("重复件占比", r.repeat_rate),
        ("重复件", r.repeats),
        ("群体性案件", r.group_cases),
        ("上月受理", view.previous.received),
    ]
    for name, value in figures:
        summary.append([name, value])
        if isinstance(value, float) and ("率" in name or "占比" in name):
            summary.cell(summary.max_row, 2).number_format = "0.0%"
    summary.column_dimensions["A"].width = 16
    summary.column_dimensions["B"].width = 110
    head = ["", "受理", "办结", "在办", "超期"]
    _sheet(wb, "趋势", ["日期" if not d.by_month else "月份", *head[1:]], _buckets(d.series))
    _sheet(wb, "类别", ["类别", *head[1:]], _buckets(d.by_category))
    _sheet(wb, "渠道", ["渠道", *head[1:]], _buckets(d.by_channel))
    _sheet(wb, "镇街", ["镇街", *head[1:]], _buckets(d.by_town))
    _sheet(wb, "村社区", ["村（社区）", *head[1:]], _buckets(d.by_village))
    _sheet(
        wb,
        "部门",
        ["部门", "在办", "超期", "本月办结", "按时办结", "按时办结率", "退回"],
        [
            [x.name, x.queue, x.overdue, x.closed, x.on_time, x.on_time_rate, x.returns]
            for x in d.departments
        ],
    )
    b = view.warnings
    _sheet(
        wb,
        "预警案件",
        ["预警", "案件编号", "受理时间", "类别", "镇街", "事项", "时限"],
        [
            [
                kind,
                c.case_no,
                c.received_at.replace(tzinfo=None),
                c.category_name,
                c.town_name,
                c.summary,
                c.deadline_at.replace(tzinfo=None) if c.deadline_at else None,
            ]
            for kind, cases in (
                ("红色", b.red),
                ("黄色", b.yellow),
                ("群体性", b.group_cases),
                ("高风险", b.high_risk),
            )
            for c in cases
        ],
    )
    _sheet(
        wb,
        "上升类别",
        ["类别", "本月", "前六月月均", "变化"],
        [[x.name, x.this_month, round(x.mean_before, 2), x.change] for x in b.rising],
    )
    _sheet(
        wb,
        "重复来访",
        ["村（社区）", "镇街", "重复件"],
        [[v.name, v.town_name, v.repeats] for v in b.villages],
    )
    _sheet(
        wb,
        "多次来访人员",
        ["姓名", f"{b.window_days}日内件数", "最近案件"],
        [[p.name, p.cases, p.latest_case_no] for p in b.persons],
    )
    wb.save(path)
