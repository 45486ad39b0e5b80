"""Grids and grid workers from and to Excel: a template, an all-or-nothing import, an export.

An import reads both sheets (网格, 网格员), checks every row first and writes nothing when any
row is wrong; the report names each bad row in Chinese. A worker is matched by ID number: a
known number updates that worker, a new one adds a worker. A worker is put on each grid named in
所在网格 from the day of the import unless they already serve it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, BinaryIO

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import WorkerPost
from app.domain.ids import uuid7
from app.domain.permissions import Action
from app.domain.transfer import ImportProblem, ImportReport
from app.models import Grid, GridAssignment, GridWorker
from app.services import audit
from app.services.common.identity import validate_id
from app.services.common.text import pinyin_initials
from app.services.errors import DomainError, Joined, Msg
from app.services.grid.grids import (
    MAX_GRID_NAME,
    MAX_HOUSEHOLDS,
    active_on_clause,
    check_phone,
    list_villages,
    today,
    town_of,
)
from app.services.grid.workers import _NAME, MAX_WORKER_NAME
from app.services.permissions import ActorLike, require

GRID_SHEET = "网格"
WORKER_SHEET = "网格员"
GRID_HEADER = ("网格名称", "村/社区", "户数", "网格范围", "投诉电话")
WORKER_HEADER = ("姓名", "岗位", "联系电话", "身份证号", "入职日期", "所在网格", "备注")
_SERVICE_LINE = re.compile(r"^1\d{4}$")
_LIST_SEP = re.compile(r"[、,，;；\s]+")
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日")
_POSTS = {p.label: p for p in WorkerPost}
ProgressFn = Callable[[int, int], None]

Row = tuple[int, tuple[Any, ...]]


@dataclass
class _GridRow:
    row: int
    name: str
    village_id: str | None
    households: int
    area: str
    phone: str


@dataclass
class _WorkerRow:
    row: int
    name: str
    post: WorkerPost
    phone: str
    id_number: str
    joined_on: date | None
    grids: list[str]
    note: str


# ------------------------------------------------------------------------------ cell reading


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _date(value: Any) -> date | None:
    """Return the cell as a date (None when empty); raise ValueError when it is not one."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def _read(data: bytes, progress: ProgressFn | None) -> dict[str, list[Row] | None]:
    """Return the body rows of each sheet ({title: [(row number, cells)]}, None: sheet absent)."""
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise DomainError("无法读取Excel文件：{error}", error=str(exc)) from None
    out: dict[str, list[Row] | None] = {}
    try:
        for title in (GRID_SHEET, WORKER_SHEET):
            out[title] = list(_rows(wb[title], progress)) if title in wb.sheetnames else None
    finally:
        wb.close()
    return out


def _rows(ws: Any, progress: ProgressFn | None) -> list[Row]:
    total = ws.max_row or 0
    rows: list[Row] = []
    for n, cells in enumerate(ws.iter_rows(values_only=True), start=1):
        if n == 1 or any(c not in (None, "") for c in cells):
            rows.append((n, tuple(cells)))
        if progress is not None and n % 500 == 0:
            progress(n, total)
    return rows


def _header(title: str, rows: list[Row], header: tuple[str, ...]) -> ImportProblem | None:
    got = tuple(_text(c) for c in rows[0][1]) if rows else ()
    got = got[: len(header)]
    if got != header:
        return ImportProblem(
            title,
            1,
            Msg(
                "表头应为“{expected}”，现在是“{actual}”：请用导出的模板填写",
                expected=Joined(header),
                actual=Joined(got),
            ),
        )
    return None


# ---------------------------------------------------------------------------------- checking


def _check_grids(
    session: Session, org_code: str, rows: list[Row], problems: list[ImportProblem]
) -> list[_GridRow]:
    villages = {v.name: v.id for v in list_villages(session, org_code=org_code)}
    seen: dict[str, int] = {}
    out: list[_GridRow] = []
    for n, raw in rows:
        cells = [_text(c) for c in raw[: len(GRID_HEADER)]]
        cells += [""] * (len(GRID_HEADER) - len(cells))
        name, village, households_text, area, phone_text = cells
        bad: list[str] = []
        if not name:
            bad.append(Msg("请填写网格名称"))
        elif len(name) > MAX_GRID_NAME:
            bad.append(Msg("网格名称不能超过{most}个字", most=MAX_GRID_NAME))
        elif name in seen:
            bad.append(Msg("网格名称“{name}”与第{row}行重复", name=name, row=seen[name]))
        village_id = None
        if village:
            village_id = villages.get(village)
            if village_id is None:
                bad.append(Msg("村/社区“{name}”不属于本镇街", name=village))
        households = 0
        if households_text:
            if households_text.isdigit() and int(households_text) <= MAX_HOUSEHOLDS:
                households = int(households_text)
            else:
                bad.append(
                    Msg(
                        "户数应为0到{most}之间的整数，而不是“{value}”",
                        most=MAX_HOUSEHOLDS,
                        value=households_text,
                    )
                )
        phone = phone_text
        if phone_text and not _SERVICE_LINE.match(phone_text):
            errors: dict[str, str] = {}
            phone = check_phone(phone_text, "phone", errors, required=False)
            bad += errors.values()
        problems += [ImportProblem(GRID_SHEET, n, m) for m in bad]
        seen.setdefault(name, n)
        if not bad:
            out.append(_GridRow(n, name, village_id, households, area, phone))
    return out


_MOBILE = re.compile(r"1[3-9]\d{9}")


@lru_cache(maxsize=4096)
def _mobile_segment_ok(segment: str) -> bool:
    """Return whether mobiles of this 7-digit segment (号段) are valid numbers.

    The validity of a Chinese mobile depends on its segment only, so a 5,000-row roster
    parses each segment once instead of every number (phonenumbers takes ~0.5 ms a number).
    """
    errors: dict[str, str] = {}
    return check_phone(segment + "0000", "phone", errors, required=True) == segment + "0000"


def _check_workers(
    rows: list[Row], grid_names: set[str], problems: list[ImportProblem], progress: Any
) -> list[_WorkerRow]:
    seen_ids: dict[str, int] = {}
    out: list[_WorkerRow] = []
    posts = Joined(tuple(_POSTS))
    day = today()
    for i, (n, raw) in enumerate(rows):
        cells = list(raw[: len(WORKER_HEADER)]) + [None] * (len(WORKER_HEADER) - len(raw))
        name = " ".join(_text(cells[0]).split())
        bad: list[str] = []
        if not name:
            bad.append(Msg("请填写姓名"))
        elif len(name) > MAX_WORKER_NAME:
            bad.append(Msg("姓名不能超过{most}个字", most=MAX_WORKER_NAME))
        elif not _NAME.match(name):
            bad.append(Msg("姓名只能包含汉字、字母或间隔号"))
        post_text = _text(cells[1])
        post = _POSTS.get(post_text)
        if post is None:
            bad.append(
                Msg("岗位应为{choices}之一，而不是“{value}”", choices=posts, value=post_text)
            )
        errors: dict[str, str] = {}
        phone_text = _text(cells[2]).strip()
        if _MOBILE.fullmatch(phone_text) and _mobile_segment_ok(phone_text[:7]):
            phone = phone_text  # a plain mobile of a valid segment: what check_phone returns
        else:
            phone = check_phone(phone_text, "phone", errors, required=True)
        bad += errors.values()
        number = ""
        if isinstance(cells[3], int | float):
            bad.append(Msg("身份证号被Excel存成了数字，末几位已丢失：请把该列设为文本后重新填写"))
        elif not _text(cells[3]):
            bad.append(Msg("请填写身份证号（导入时用它识别网格员）"))
        else:
            try:
                number = validate_id("resident", _text(cells[3])).number
            except DomainError as exc:
                bad.append(exc.message)
            else:
                if number in seen_ids:
                    bad.append(Msg("身份证号与第{row}行重复", row=seen_ids[number]))
                else:
                    seen_ids[number] = n
        joined: date | None = None
        try:
            joined = _date(cells[4])
        except ValueError as exc:
            bad.append(Msg("入职日期“{value}”不是有效日期，应写成2024-03-01", value=str(exc)))
        if joined is not None and joined > day:
            bad.append(Msg("入职日期不能晚于今天"))
        grids = [g for g in _LIST_SEP.split(_text(cells[5])) if g]
        for g in grids:
            if g not in grid_names:
                bad.append(Msg("网格“{name}”不存在：请先在“网格”工作表或系统中建立", name=g))
        problems += [ImportProblem(WORKER_SHEET, n, m) for m in bad]
        if not bad and post is not None:
            out.append(_WorkerRow(n, name, post, phone, number, joined, grids, _text(cells[6])))
        if progress is not None and i % 500 == 499:
            progress(i + 1, len(rows))
    return out


def _check_heads(
    session: Session,
    org_code: str,
    workers: list[_WorkerRow],
    grid_rows: dict[str, Grid],
    known: dict[str, GridWorker],
    problems: list[ImportProblem],
) -> None:
    """One 网格长 per grid: two in the file, or a new one beside a serving head, is an error."""
    serving: dict[str, tuple[str, str]] = {}  # grid name -> (worker id, worker name)
    ids = [g.id for g in grid_rows.values()]
    if ids:
        name_of = {g.id: name for name, g in grid_rows.items()}
        for grid_id, worker_id, worker_name in session.execute(
            select(GridAssignment.grid_id, GridWorker.id, GridWorker.name)
            .join(GridWorker, GridWorker.id == GridAssignment.worker_id)
            .where(GridAssignment.grid_id.in_(ids))
            .where(GridAssignment.post == WorkerPost.GRID_HEAD.value, *active_on_clause(today()))
        ):
            serving[name_of[grid_id]] = (worker_id, worker_name)
    in_file: dict[str, int] = {}
    for w in workers:
        if w.post is not WorkerPost.GRID_HEAD:
            continue
        me = known.get(w.id_number)
        for g in w.grids:
            if g in in_file:
                problems.append(
                    ImportProblem(
                        WORKER_SHEET,
                        w.row,
                        Msg("第{row}行已是“{grid}”的网格长，一个网格只能有一名网格长",
                            row=in_file[g], grid=g),
                    )
                )  # fmt: skip
                continue
            in_file[g] = w.row
            head = serving.get(g)
            if head is not None and (me is None or head[0] != me.id):
                problems.append(
                    ImportProblem(
                        WORKER_SHEET,
                        w.row,
                        Msg("“{grid}”已有网格长“{name}”，请先在系统中解除其分配",
                            grid=g, name=head[1]),
                    )
                )  # fmt: skip


# ---------------------------------------------------------------------------------- the import


def import_roster(
    session: Session,
    *,
    data: bytes,
    org_code: str,
    actor: ActorLike,
    progress: ProgressFn | None = None,
) -> ImportReport:
    """Check every row of the workbook; import all of it, or nothing with a row-by-row report.

    `progress(done, total)` is called now and then from the calling thread (never a widget).
    """
    require(actor, Action.EDIT_GRID, org_code=org_code)
    require(actor, Action.EDIT_WORKER, org_code=org_code)
    town_of(session, org_code)  # grids belong to a township
    sheets = _read(data, progress)
    problems: list[ImportProblem] = []
    if sheets[GRID_SHEET] is None and sheets[WORKER_SHEET] is None:
        raise DomainError(
            "工作簿中没有“{grids}”或“{workers}”工作表：请用导出的模板填写",
            grids=GRID_SHEET,
            workers=WORKER_SHEET,
        )
    grid_body: list[Row] = []
    worker_body: list[Row] = []
    for title, header, body in (
        (GRID_SHEET, GRID_HEADER, grid_body),
        (WORKER_SHEET, WORKER_HEADER, worker_body),
    ):
        rows = sheets[title]
        if rows is None:
            continue
        wrong = _header(title, rows, header)
        if wrong is not None:
            problems.append(wrong)
        else:
            body += rows[1:]
    if problems:  # a wrong header makes every row's meaning unsure: say only that
        return ImportReport(False, tuple(problems))
    grid_rows = {
        g.name: g
        for g in session.scalars(
            select(Grid).where(Grid.owner_org == org_code, Grid.deleted_at.is_(None))
        )
    }
    new_grids = _check_grids(session, org_code, grid_body, problems)
    names = set(grid_rows) | {g.name for g in new_grids}
    workers = _check_workers(worker_body, names, problems, progress)
    known = {
        w.id_number: w
        for w in session.scalars(
            select(GridWorker).where(
                GridWorker.owner_org == org_code,
                GridWorker.deleted_at.is_(None),
                GridWorker.id_number.is_not(None),
            )
        )
        if w.id_number
    }
    _check_heads(session, org_code, workers, grid_rows, known, problems)
    if problems:
        problems.sort(key=lambda p: (p.sheet != GRID_SHEET, p.row))
        return ImportReport(False, tuple(problems))
    return ImportReport(True, (), _apply(session, org_code, new_grids, workers, grid_rows, known))


def _apply(
    session: Session,
    org_code: str,
    grid_sheet: list[_GridRow],
    workers: list[_WorkerRow],
    grids: dict[str, Grid],
    known: dict[str, GridWorker],
) -> tuple[tuple[str, int], ...]:
    town = town_of(session, org_code)
    counts = {"新增网格": 0, "更新网格": 0, "新增网格员": 0, "更新网格员": 0, "新分配": 0}
    prefix = f"{org_code}-G"  # deleted grids keep their codes: count them too
    codes = session.scalars(select(Grid.code).where(Grid.code.like(f"{prefix}%"))).all()
    tails = (c[len(prefix) :] for c in codes)
    next_code = max((int(t) for t in tails if t.isdigit()), default=0)
    for g in grid_sheet:
        row = grids.get(g.name)
        values: dict[str, Any] = {
            "village_id": g.village_id,
            "households": g.households,
            "area": g.area,
            "complaint_phone": g.phone,
        }
        if row is None:
            next_code += 1
            row = Grid(
                id=uuid7(),
                owner_org=org_code,
                code=f"{org_code}-G{next_code:03d}",
                town_id=town.id,
                name=g.name,
                **values,
            )
            session.add(row)
            grids[g.name] = row
            counts["新增网格"] += 1
        elif any(getattr(row, k) != v for k, v in values.items()):
            for k, v in values.items():
                if getattr(row, k) != v:
                    setattr(row, k, v)
            counts["更新网格"] += 1
    day = today()
    serving: set[tuple[str, str]] = set()
    if known:
        serving = {
            (gid, wid)
            for gid, wid in session.execute(
                select(GridAssignment.grid_id, GridAssignment.worker_id).where(
                    GridAssignment.owner_org == org_code, *active_on_clause(day)
                )
            )
        }
    initials = lru_cache(maxsize=None)(pinyin_initials)  # names repeat in a large roster
    new_workers: list[GridWorker] = []
    new_spells: list[GridAssignment] = []
    for w in workers:
        values = {
            "name": w.name,
            "name_initials": initials(w.name),
            "phone": w.phone,
            "post": w.post.value,
            "joined_on": w.joined_on,
            "note": w.note,
        }
        worker = known.get(w.id_number)
        if worker is None:
            worker = GridWorker(
                id=uuid7(), owner_org=org_code, active=True, id_number=w.id_number, **values
            )
            new_workers.append(worker)
            counts["新增网格员"] += 1
        else:
            changed = [k for k, v in values.items() if getattr(worker, k) != v]
            for k in changed:
                setattr(worker, k, values[k])
            if not worker.active:
                worker.active = True
                changed.append("active")
            counts["更新网格员"] += bool(changed)
        for name in w.grids:
            grid = grids[name]
            if (grid.id, worker.id) in serving:
                continue
            serving.add((grid.id, worker.id))
            new_spells.append(
                GridAssignment(
                    id=uuid7(),
                    owner_org=org_code,
                    grid_id=grid.id,
                    worker_id=worker.id,
                    post=w.post.value,
                    start_date=day,
                )
            )
            counts["新分配"] += 1
    # No relationships tell the unit of work the order: grids and workers go in first.
    session.add_all(new_workers)
    session.flush()
    session.add_all(new_spells)
    session.flush()
    return tuple(counts.items())


# ----------------------------------------------------------------------- template and export


def _sheet(wb: Workbook, title: str, header: tuple[str, ...], widths: tuple[int, ...]) -> Any:
    ws = wb.create_sheet(title)
    ws.append(list(header))
    fill = PatternFill("solid", fgColor="DDEBF7")
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = fill
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "A2"
    return ws


def _workbook() -> tuple[Workbook, Any, Any]:
    wb = Workbook()
    wb.remove(wb.active)
    grids = _sheet(wb, GRID_SHEET, GRID_HEADER, (24, 16, 8, 40, 16))
    workers = _sheet(wb, WORKER_SHEET, WORKER_HEADER, (10, 14, 16, 22, 12, 30, 20))
    posts = DataValidation(type="list", formula1='"' + ",".join(_POSTS) + '"', allow_blank=False)
    posts.add("B2:B20000")
    workers.add_data_validation(posts)
    return wb, grids, workers


def write_template(out: BinaryIO) -> None:
    """Write an empty roster workbook: the two sheets with their headers, and how to fill them."""
    wb, _grids, workers = _workbook()
    for col in ("C", "D"):  # phone and ID as text, so Excel never rounds an 18-digit number
        for r in range(2, 1002):
            workers[f"{col}{r}"].number_format = "@"
    notes = wb.create_sheet("填写说明")
    for line in (
        ("网格", "网格名称必填且不重复；村/社区须为本镇街的村或社区；户数为整数；"
                 "投诉电话可为0538座机、手机或12345等服务热线。已有同名网格时更新该网格。"),
        ("网格员", "姓名、岗位、联系电话、身份证号必填；岗位从下拉中选；"
                   "身份证号按文本填写；入职日期写成2024-03-01。"),
        ("所在网格", "填网格名称，多个用顿号分隔；"
                     "导入之日起分配到这些网格（已在岗的不重复分配）。"),
        ("全部或不导入", "任何一行有错时一行也不导入，并逐行列出错误；改正后重新导入即可。"),
        ("岗位", "、".join(_POSTS)),
    ):  # fmt: skip
        notes.append(list(line))
    notes.column_dimensions["A"].width = 14
    notes.column_dimensions["B"].width = 100
    wb.save(out)


def export_roster(
    session: Session, *, org_code: str, out: BinaryIO, actor: ActorLike | None = None
) -> tuple[int, int]:
    """Write the township's grids and active workers (with the grids they serve today).

    Return (grids, workers) written. The file re-imports as it is. It holds full ID numbers
    and phones, so the export is audited (who, how many rows).
    """
    wb, grid_ws, worker_ws = _workbook()
    day = today()
    villages = {v.id: v.name for v in list_villages(session, org_code=org_code)}
    grids = session.scalars(
        select(Grid)
        .where(Grid.owner_org == org_code, Grid.deleted_at.is_(None))
        .order_by(Grid.code)
    ).all()
    for g in grids:
        grid_ws.append(
            [g.name, villages.get(g.village_id or "", ""), g.households, g.area, g.complaint_phone]
        )
    grid_name = {g.id: g.name for g in grids}
    served: dict[str, list[str]] = {}
    for worker_id, grid_id in session.execute(
        select(GridAssignment.worker_id, GridAssignment.grid_id)
        .where(GridAssignment.owner_org == org_code, *active_on_clause(day))
        .order_by(GridAssignment.start_date)
    ):
        if grid_id in grid_name:
            served.setdefault(worker_id, []).append(grid_name[grid_id])
    workers = session.scalars(
        select(GridWorker)
        .where(
            GridWorker.owner_org == org_code,
            GridWorker.deleted_at.is_(None),
            GridWorker.active.is_(True),
        )
        .order_by(GridWorker.name_initials, GridWorker.name)
    ).all()
    for r, w in enumerate(workers, start=2):
        worker_ws.append(
            [
                w.name,
                WorkerPost(w.post).label,
                w.phone,
                w.id_number or "",
                w.joined_on,
                "、".join(served.get(w.id, [])),
                w.note,
            ]
        )
        worker_ws[f"C{r}"].number_format = worker_ws[f"D{r}"].number_format = "@"
        worker_ws[f"E{r}"].number_format = "yyyy-mm-dd"
    wb.save(out)
    audit.log(
        session,
        action="export",
        entity="grid",
        actor=actor,
        org_code=org_code,
        detail={"document": "grid_roster", "grids": len(grids), "workers": len(workers)},
    )
    return len(grids), len(workers)
