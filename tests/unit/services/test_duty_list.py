"""Duty list Excel export and all-or-nothing import with a row-by-row report."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.ids import reference_id
from app.models import Department, DutyItem, RoutingRule
from app.services.errors import DomainError, Forbidden
from app.services.transfer import duty_list

ADMIN = "admin"


def _export(s: Session) -> bytes:
    buf = io.BytesIO()
    duty_list.export_xlsx(s, buf)
    return buf.getvalue()


def _edit(data: bytes, sheet: str, rows: list[list[object]]) -> bytes:
    wb = load_workbook(io.BytesIO(data))
    for row in rows:
        wb[sheet].append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_export_holds_the_shipped_duty_list(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as s:
        wb = load_workbook(io.BytesIO(_export(s)))
    assert wb.sheetnames == ["部门", "职责清单", "分流规则"]
    routing = {r[0]: r for r in wb["分流规则"].iter_rows(min_row=2, values_only=True)}
    assert routing["LL"][1:3] == ("T-SFS", "T-ZZB")
    assert next(wb["部门"].iter_rows(min_row=1, max_row=1, values_only=True))[0] == "编码"


def test_round_trip_import_adds_and_updates(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        data = _export(s)
        data = _edit(data, "部门", [["T-TJ", "调解中心", "镇街", "常驻", "0538-1234567", "是"]])
        data = _edit(data, "职责清单", [["TJ-01", "T-TJ", "LL", "邻里纠纷调解", "人民调解法"]])
        wb = load_workbook(io.BytesIO(data))
        for row in wb["分流规则"].iter_rows(min_row=2):
            if row[0].value == "LL":
                row[1].value, row[2].value = "T-TJ", "T-SFS;T-ZZB"
        out = io.BytesIO()
        wb.save(out)
        report = duty_list.import_xlsx(s, data=out.getvalue(), org_code="370911", role=ADMIN)
        assert report.imported and dict(report.counts)["职责清单"] >= 20
        rule = s.get(RoutingRule, reference_id("routing_rule", "LL"))
        tj = reference_id("department", "T-TJ")
        assert rule.lead_department_id == tj
        assert rule.assist_department_ids == [
            reference_id("department", c) for c in ("T-SFS", "T-ZZB")
        ]
        assert s.scalars(select(DutyItem).where(DutyItem.code == "TJ-01")).one().department_id == tj


def test_any_wrong_row_imports_nothing(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        before = s.scalar(select(func.count()).select_from(Department))
        data = _export(s)
        data = _edit(data, "部门", [["T-NEW", "新部门", "镇街", "", "", "是"],
                                   ["T-BAD", "", "乡", "", "", "也许"]])  # fmt: skip
        data = _edit(data, "分流规则", [["NOPE", "T-XX", "T-SFS", "高"]])
        report = duty_list.import_xlsx(s, data=data, org_code="370911", role=ADMIN)
        after = s.scalar(select(func.count()).select_from(Department))
    assert not report.imported and before == after
    found = {(p.sheet, p.row, p.message) for p in report.problems}
    # Rows are numbered as Excel shows them: header, the shipped departments, T-NEW, then T-BAD.
    assert {p.row for p in report.problems if p.sheet == "部门"} == {before + 3}
    assert any("层级应为" in m for _s, _r, m in found)
    assert any("启用应填" in m for _s, _r, m in found)
    assert any("类别编码“NOPE”不存在" in m for _s, _r, m in found)
    assert any("主办部门编码“T-XX”不存在" in m for _s, _r, m in found)
    assert any("优先级应为整数" in m for _s, _r, m in found)


def test_only_admin_imports_and_garbage_is_refused(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        with pytest.raises(Forbidden):
            duty_list.import_xlsx(s, data=_export(s), org_code="370911", role="front_desk")
        with pytest.raises(DomainError, match="无法读取"):
            duty_list.import_xlsx(s, data=b"not a workbook", org_code="370911", role=ADMIN)
