"""The duty list (职责清单): departments, tasks and category routing; Excel import and export.

An import checks every row of every sheet first and writes nothing when any row is wrong, so a
half-applied workbook never routes cases to a department that was not loaded.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any, BinaryIO

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.ids import reference_id
from app.domain.permissions import Action
from app.domain.transfer import (
    DutyDepartment,
    DutyList,
    DutyTask,
    ImportProblem,
    ImportReport,
    Routing,
)
from app.models import Category, Department, DutyItem, RoutingRule
from app.services import audit
from app.services.common.text import pinyin_initials
from app.services.errors import DomainError, Msg
from app.services.permissions import ActorLike, require

SHEETS = {
    "departments": ("部门", ("编码", "名称", "层级", "驻点方式", "电话", "启用")),
    "tasks": ("职责清单", ("编码", "部门编码", "类别编码", "职责事项", "依据")),
    "routing": ("分流规则", ("类别编码", "主办部门编码", "协办部门编码", "优先级")),
}
LEVELS = ("镇街", "区")
YES = {"是", "启用", "1", "Y", "y", "TRUE", "True", "true"}
NO = {"否", "停用", "0", "N", "n", "FALSE", "False", "false"}


def load_duty_list(session: Session) -> DutyList:
    """Return the duty list as it stands in the database."""
    depts = session.scalars(
        select(Department).where(Department.deleted_at.is_(None)).order_by(Department.code)
    ).all()
    code_of = {d.id: d.code for d in depts}
    cats = {c.id: c for c in session.scalars(select(Category))}
    items = session.scalars(
        select(DutyItem).where(DutyItem.deleted_at.is_(None)).order_by(DutyItem.code)
    ).all()
    rules = session.scalars(
        select(RoutingRule).where(RoutingRule.deleted_at.is_(None)).order_by(RoutingRule.priority)
    ).all()
    return DutyList(
        departments=tuple(
            DutyDepartment(d.code, d.name, d.level, d.stationing, d.phone, d.active) for d in depts
        ),
        tasks=tuple(
            DutyTask(
                i.code,
                code_of.get(i.department_id, ""),
                cats[i.category_id].code if i.category_id in cats else "",
                i.title,
                i.basis,
            )
            for i in items
        ),
        routing=tuple(
            sorted(
                (
                    Routing(
                        cats[r.category_id].code,
                        cats[r.category_id].name,
                        code_of.get(r.lead_department_id, ""),
                        tuple(code_of.get(a, a) for a in r.assist_department_ids or ()),
                        r.priority,
                    )
                    for r in rules
                    if r.category_id in cats
                ),
                key=lambda r: r.category_code,
            )
        ),
    )


def export_xlsx(session: Session, out: BinaryIO, *, actor: ActorLike | None = None) -> None:
    """Write the duty list as a workbook with one sheet per part (the export is audited)."""
    duty = load_duty_list(session)
    wb = Workbook()
    wb.remove(wb.active)
    rows: dict[str, Iterable[tuple[Any, ...]]] = {
        "departments": (
            (d.code, d.name, d.level, d.stationing, d.phone, "是" if d.active else "否")
            for d in duty.departments
        ),
        "tasks": (
            (t.code, t.department_code, t.category_code, t.title, t.basis) for t in duty.tasks
        ),
        "routing": (
            (r.category_code, r.lead_code, ";".join(r.assist_codes), r.priority)
            for r in duty.routing
        ),
    }
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for key, (title, header) in SHEETS.items():
        ws = wb.create_sheet(title)
        ws.append(header)
        for cell in ws[1]:
            cell.font, cell.fill = bold, fill
        for row in rows[key]:
            ws.append(list(row))
        for col, width in zip("ABCDEF", (14, 36, 12, 36, 24, 8), strict=False):
            ws.column_dimensions[col].width = width
    wb.save(out)
    if actor is not None:
        audit.log(
            session,
            action="export",
            entity="department",
            actor=actor,
            detail={"document": "duty_list", "departments": len(duty.departments)},
        )


def _cell(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _read(data: bytes) -> dict[str, list[tuple[int, list[str]]]]:
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise DomainError("无法读取Excel文件：{error}", error=str(exc)) from None
    out: dict[str, list[tuple[int, list[str]]]] = {}
    for key, (title, header) in SHEETS.items():
        if title not in wb.sheetnames:
            out[key] = []
            continue
        rows = list(wb[title].iter_rows(values_only=True))
        body = []
        for n, row in enumerate(rows[1:], start=2):
            cells = [_cell(v) for v in (row or ())][: len(header)]
            cells += [""] * (len(header) - len(cells))
            if any(cells):
                body.append((n, cells))
        out[key] = body
    return out


def import_xlsx(session: Session, *, data: bytes, actor: ActorLike) -> ImportReport:
    """Check every row of the workbook; import all of it, or nothing with a row-by-row report."""
    require(actor, Action.EDIT_DUTY_LIST)
    sheets = _read(data)
    if not any(sheets.values()):
        raise DomainError(
            "工作簿中没有“{departments}”“{tasks}”“{routing}”任一工作表的数据",
            **{key: title for key, (title, _header) in SHEETS.items()},
        )
    return save_rows(session, rows=sheets, actor=actor)


def save_rows(
    session: Session, *, rows: dict[str, list[tuple[int, list[str]]]], actor: ActorLike
) -> ImportReport:
    """Save edited rows ({sheet key: [(row number, cells)]}) with the same checks as an import."""
    require(actor, Action.EDIT_DUTY_LIST)
    org_code = actor.org_code
    sheets = {key: [(n, [c.strip() for c in cells]) for n, cells in rows.get(key, [])]
              for key in SHEETS}  # fmt: skip
    problems: list[ImportProblem] = []
    known_depts = {d.code: d for d in session.scalars(select(Department))}
    cats = {c.code: c for c in session.scalars(select(Category))}
    sheet_depts: set[str] = set()
    title = SHEETS["departments"][0]
    for n, (code, name, level, _st, _ph, active) in sheets["departments"]:
        if not code or not name:
            problems.append(ImportProblem(title, n, "编码和名称不能为空"))
        if level not in LEVELS:
            problems.append(
                ImportProblem(
                    title,
                    n,
                    Msg(
                        "层级应为“{town}”或“{district}”，而不是“{value}”",
                        town=LEVELS[0],
                        district=LEVELS[1],
                        value=level,
                    ),
                )
            )
        if active and active not in YES | NO:
            problems.append(
                ImportProblem(
                    title,
                    n,
                    Msg(
                        "启用应填“{yes}”或“{no}”，而不是“{value}”", yes="是", no="否", value=active
                    ),
                )
            )
        if code in sheet_depts:
            problems.append(ImportProblem(title, n, Msg("部门编码{code}重复", code=code)))
        sheet_depts.add(code)
    all_depts = sheet_depts | set(known_depts)
    title = SHEETS["tasks"][0]
    seen: set[str] = set()
    for n, (code, dept, cat, text, _basis) in sheets["tasks"]:
        if not code or not text:
            problems.append(ImportProblem(title, n, "编码和职责事项不能为空"))
        if dept not in all_depts:
            problems.append(ImportProblem(title, n, Msg("部门编码“{code}”不存在", code=dept)))
        if cat and cat not in cats:
            problems.append(ImportProblem(title, n, Msg("类别编码“{code}”不存在", code=cat)))
        if code in seen:
            problems.append(ImportProblem(title, n, Msg("职责编码{code}重复", code=code)))
        seen.add(code)
    title = SHEETS["routing"][0]
    seen = set()
    for n, (cat, lead, assists, priority) in sheets["routing"]:
        if cat not in cats:
            problems.append(ImportProblem(title, n, Msg("类别编码“{code}”不存在", code=cat)))
        if lead not in all_depts:
            problems.append(ImportProblem(title, n, Msg("主办部门编码“{code}”不存在", code=lead)))
        for a in _codes(assists):
            if a not in all_depts:
                problems.append(ImportProblem(title, n, Msg("协办部门编码“{code}”不存在", code=a)))
            if a == lead:
                problems.append(ImportProblem(title, n, "协办部门不能与主办部门相同"))
        if priority and not priority.lstrip("-").isdigit():
            problems.append(
                ImportProblem(title, n, Msg("优先级应为整数，而不是“{value}”", value=priority))
            )
        if cat in seen:
            problems.append(ImportProblem(title, n, Msg("类别{code}的分流规则重复", code=cat)))
        seen.add(cat)
    if problems:
        return ImportReport(False, tuple(problems))
    counts = _apply(session, sheets, known_depts, cats, org_code)
    return ImportReport(True, (), tuple(counts.items()))


def _codes(text: str) -> list[str]:
    return [c.strip() for c in text.replace("；", ";").replace(",", ";").split(";") if c.strip()]


def _apply(
    session: Session,
    sheets: dict[str, list[tuple[int, list[str]]]],
    depts: dict[str, Department],
    cats: dict[str, Category],
    org: str,
) -> dict[str, int]:
    counts = {"部门": 0, "职责清单": 0, "分流规则": 0}
    for _n, (code, name, level, stationing, phone, active) in sheets["departments"]:
        row = depts.get(code)
        if row is None:
            row = Department(id=reference_id("department", code), code=code, owner_org=org)
            session.add(row)
            depts[code] = row
        row.name, row.level, row.stationing, row.phone = name, level, stationing, phone
        row.active = active not in NO
        row.pinyin_initials = pinyin_initials(name)
        counts["部门"] += 1
    session.flush()
    items = {i.code: i for i in session.scalars(select(DutyItem))}
    for _n, (code, dept, cat, text, basis) in sheets["tasks"]:
        item = items.get(code)
        if item is None:
            item = DutyItem(id=reference_id("duty_item", code), code=code, owner_org=org)
            session.add(item)
        item.department_id = depts[dept].id
        item.category_id = cats[cat].id if cat else None
        item.title, item.basis = text, basis
        counts["职责清单"] += 1
    rules = {r.category_id: r for r in session.scalars(select(RoutingRule))}
    for _n, (cat, lead, assists, priority) in sheets["routing"]:
        category = cats[cat]
        rule = rules.get(category.id)
        if rule is None:
            rule = RoutingRule(
                id=reference_id("routing_rule", cat), category_id=category.id, owner_org=org
            )
            session.add(rule)
        rule.lead_department_id = depts[lead].id
        rule.assist_department_ids = [depts[a].id for a in _codes(assists)]
        rule.priority = int(priority or 0)
        counts["分流规则"] += 1
    session.flush()
    return counts
