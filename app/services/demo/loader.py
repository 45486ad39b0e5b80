"""Fill a database with a realistic fictitious district and N demo cases, fast.

This is a bulk loader, not a service of the usual kind: it takes the engine and commits batch by
batch on its own connection, so a million cases never sit in one transaction (the WAL stays
small) and a crash leaves whole batches. One thread makes row tuples while the caller's thread
writes them: sqlite3 releases the GIL while SQLite works, so the two overlap on two cores.
"""

from __future__ import annotations

import gc
import time as clock
from bisect import bisect_right
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from random import Random

from sqlalchemy import Connection, Engine, func, insert, select

from app.domain.demo import DemoSummary
from app.domain.enums import CaseStatus, RegionLevel
from app.domain.ids import reference_id
from app.models import Case, Category, Department, LocalMeta, Region, RoutingRule
from app.services.demo import cases as cm
from app.services.demo import district as dm
from app.services.demo import edu, petitions, roster
from app.services.demo.clock import (
    CHINA_OFFSET,
    DAY,
    IdMaker,
    TimeText,
    WorkDays,
    epoch,
    local_midnight,
)
from app.services.demo.context import CategoryInfo, DemoContext, Town
from app.services.demo.writer import SEARCH_TABLES, Batch, write_all, write_in_child
from app.services.errors import DomainError

Progress = Callable[[str, int, int], None]
DEMO_PASSWORD = "demo1234"
DEMO_PASSWORD_KEY = "demo_password"  # local_meta key (app.services.accounts.DEMO_KEY)
CASE_BATCH = 5_000
PARALLEL_FROM = 20_000  # below this a writer process costs more than it saves


def _hash_password() -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(DEMO_PASSWORD)  # once: argon2 is slow on purpose


def _read_context(conn: Connection, org: str | None) -> tuple[DemoContext, dict[str, str]]:
    towns_q = select(Region.id, Region.code, Region.name, Region.short, Region.kind).where(
        Region.level == RegionLevel.TOWN.value, Region.deleted_at.is_(None)
    )
    towns_q = towns_q.where(Region.code == org) if org else towns_q.where(Region.active.is_(True))
    towns = [
        Town(id=r.id, code=r.code, name=r.name, short=r.short or r.name)
        for r in conn.execute(towns_q.order_by(Region.code))
    ]
    if not towns:
        raise DomainError(f"没有找到镇街 {org}" if org else "没有启用的镇街，请先载入基础数据")
    kinds = {r.code: r.kind for r in conn.execute(towns_q)}
    depts = {r.id: r.name for r in conn.execute(select(Department.id, Department.name))}
    town_depts = [
        (r.id, r.code)
        for r in conn.execute(
            select(Department.id, Department.code)
            .where(Department.code.like("T-%"), Department.active.is_(True))
            .order_by(Department.code)
        )
    ]
    rules = {
        r.category_id: (r.lead_department_id, tuple(r.assist_department_ids or ()))
        for r in conn.execute(select(RoutingRule))
    }
    cats = []
    for r in conn.execute(
        select(Category).where(Category.active.is_(True)).order_by(Category.code)
    ):
        lead, assists = rules.get(r.id, (town_depts[0][0], ()))
        cats.append(
            CategoryInfo(
                r.id, r.code, r.name, int(r.limit_value), r.limit_unit == "工作日", lead, assists
            )
        )
    ctx = DemoContext(towns=towns, categories=cats, departments=depts, town_departments=town_depts)
    return ctx, kinds


def _receipt_times(n: int, now: int, wd: WorkDays, rng: Random) -> Iterator[int]:
    """Yield `n` ascending receipt times over the last year, in office hours, fewer at weekends."""
    today = (now + CHINA_OFFSET) // DAY
    spans: list[tuple[int, int]] = []
    cum: list[float] = []
    total = 0.0
    for day in range(today - 365, today + 1):
        start = day * DAY - CHINA_OFFSET + 8 * 3600
        end = min(start + 10 * 3600, now - 900)
        if end <= start:
            continue
        total += (1.0 if wd.is_workday(day) else 0.25) * (end - start) / 36000
        spans.append((start, end))
        cum.append(total)
    for i in range(n):
        u = (i + rng.random()) / n * total
        k = min(bisect_right(cum, u), len(cum) - 1)
        lo = cum[k - 1] if k else 0.0
        start, end = spans[k]
        yield start + int((u - lo) / (cum[k] - lo) * (end - start))


def generate_demo(
    engine: Engine,
    *,
    cases: int,
    org: str | None = None,
    seed: int = 1,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Write the demo district and `cases` demo cases; same seed and day give the same data."""
    if cases < 0:
        raise DomainError("案件数量不能为负数")
    now_dt = (now or datetime.now(UTC)).astimezone(UTC)
    now_s = epoch(now_dt)
    today = now_dt.astimezone(UTC).date()
    # Ids count up from this morning's midnight: repeatable per seed and day, older than any
    # id the app makes later today, and time-ordered for fast inserts.
    base_ms = local_midnight((now_dt + timedelta(hours=8)).date()) * 1000
    ids = IdMaker(base_ms, seed)
    t = TimeText()
    wd = WorkDays(today - timedelta(days=420), today + timedelta(days=420))
    report = progress or (lambda _p, _d, _t: None)
    with engine.connect() as conn:
        ctx, kinds = _read_context(conn, org)
        existing = conn.scalar(select(func.count()).select_from(Case).where(Case.is_demo))
        if existing:
            raise DomainError(f"数据库中已有 {existing} 件示例案件，请换一个新的数据库文件")
        # Case rowids are given, not left to SQLite: the search rows made beside each case
        # are keyed by them.
        first_rowid = 1
        if engine.dialect.name == "sqlite":
            first_rowid = int(
                conn.exec_driver_sql('SELECT coalesce(max(rowid), 0) + 1 FROM "case"').scalar() or 1
            )
        conn.rollback()
    towns = ctx.towns
    n_persons = max(60, cases * 4 // 5)
    n_orgs = max(20, cases // 200)
    for k, town in enumerate(towns):
        town.person_first = n_persons * k // len(towns)
        town.person_count = n_persons * (k + 1) // len(towns) - town.person_first
        town.org_first = n_orgs * k // len(towns)
        town.org_count = n_orgs * (k + 1) // len(towns) - town.org_first
    ctx.person_base = ids.reserve(n_persons)
    ctx.org_base = ids.reserve(n_orgs)
    rng = Random(seed)
    dmk = dm.DistrictMaker(
        ctx, seed=seed, ids=ids, times=t, now=now_s, password_hash=_hash_password()
    )
    maker = cm.CaseMaker(
        ctx, seed=seed, now=now_s, ids=ids, times=t, workdays=wd, first_rowid=first_rowid
    )
    started = clock.perf_counter()
    batches = _produce(ctx, kinds, dmk, maker, rng, t, wd, now_s, cases, report)
    # Millions of short-lived row tuples only trigger useless collections (about 13 % of the
    # run); the generator makes no reference cycles.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        counts = _write(engine, batches, cases)
    finally:
        if gc_was_enabled:
            gc.enable()
    if engine.dialect.name == "sqlite":  # the desk's demo: 信访 cases at every stage
        petitions.add_petition_showcase(engine, ids=ids, now=now_dt)
    _mark_demo(engine)
    return DemoSummary(
        cases=cases,
        towns=tuple(tw.code for tw in towns),
        rows={k: n for k, n in counts.items() if k not in SEARCH_TABLES},
        seconds=clock.perf_counter() - started,
        search_indexed=any(counts.get(k) for k in SEARCH_TABLES),
    )


def _mark_demo(engine: Engine) -> None:
    """Note in the desk database that its accounts share DEMO_PASSWORD (the login shows it)."""
    if engine.dialect.name != "sqlite":
        return  # the district server's database has no login screen
    with engine.begin() as conn:
        conn.execute(
            insert(LocalMeta)
            .prefix_with("OR REPLACE")
            .values(key=DEMO_PASSWORD_KEY, value=DEMO_PASSWORD)
        )


def _write(engine: Engine, batches: Iterator[Batch], cases: int) -> dict[str, int]:
    """Write the batches; a big load writes from a child process so both cores work."""
    db_file = engine.url.database
    if (
        cases >= PARALLEL_FROM
        and engine.dialect.name == "sqlite"
        and db_file not in (None, "", ":memory:")
    ):
        engine.dispose()  # the child process opens its own connection
        return write_in_child(engine.url.render_as_string(hide_password=False), batches)
    with engine.connect() as conn:
        return write_all(conn, batches)


def _produce(
    ctx: DemoContext,
    kinds: dict[str, str],
    dmk: dm.DistrictMaker,
    maker: cm.CaseMaker,
    rng: Random,
    t: TimeText,
    wd: WorkDays,
    now_s: int,
    n_cases: int,
    report: Progress,
) -> Iterator[Batch]:
    """Yield (table, columns, rows) batches in foreign-key order."""
    yield ("region", dm.REGION_COLUMNS, dmk.regions(kinds))
    yield ("user", dm.USER_COLUMNS, dmk.users(ctx.town_departments))
    yield ("organisation", dm.ORG_COLUMNS, dmk.organisations())
    done = 0
    total_p = sum(tw.person_count for tw in ctx.towns)
    for rows in dmk.persons(20_000):
        yield ("person", dm.PERSON_COLUMNS, rows)
        done += len(rows)
        report("persons", done, total_p)
    yield ("grid", dm.GRID_COLUMNS, dmk.grids())
    workers, assignments = dmk.workers_and_assignments()
    yield ("grid_worker", dm.WORKER_COLUMNS, workers)
    yield ("grid_assignment", dm.ASSIGN_COLUMNS, assignments)
    yield (
        "duty_shift",
        roster.DUTY_COLUMNS,
        roster.duty_shifts(
            ctx.towns,
            dmk.workers,
            rng=rng,
            ids=maker.ids,
            t=t,
            now=now_s,
            days=dmk.day_range(20, 9),
        ),
    )
    sites, rooms, by_town = edu.teaching_sites(ctx.towns, rng=rng, t=t, now=now_s)
    yield ("edu_site", edu.SITE_COLUMNS, sites)
    yield ("edu_room", edu.ROOM_COLUMNS, rooms)
    week = [d for d in dmk.day_range(7, 7) if wd.is_workday(d)]
    yield (
        "booking",
        edu.BOOKING_COLUMNS,
        edu.bookings(ctx.towns, by_town, rng=rng, ids=maker.ids, t=t, now=now_s, workdays=week),
    )

    # Every status and category shows up even in a small demo: a few cases are pinned.
    statuses = list(CaseStatus)
    step = max(1, n_cases // 200)
    pinned = {
        n_cases - 1 - k * step: s for k, s in enumerate(statuses) if n_cases - 1 - k * step >= 0
    }
    cats = ctx.categories
    town_cw = []
    acc = 0
    for tw in ctx.towns:
        acc += len(tw.villages)
        town_cw.append(acc)
    for i, received in enumerate(_receipt_times(n_cases, now_s, wd, rng)):
        town = ctx.towns[bisect_right(town_cw, rng.randrange(acc))]
        maker.make(i, town, received, pinned.get(i), cats[i] if i < len(cats) else None)
        if (i + 1) % CASE_BATCH == 0 or i + 1 == n_cases:
            yield from maker.take()
            report("cases", i + 1, n_cases)
    past = dmk.day_range(30, 0)
    yield (
        "patrol_log",
        roster.PATROL_COLUMNS,
        roster.patrol_logs(
            ctx.towns,
            dmk.workers,
            maker.grid_cases,
            rng=rng,
            ids=maker.ids,
            t=t,
            now=now_s,
            days=past,
        ),
    )


__all__ = ["DEMO_PASSWORD", "generate_demo", "reference_id"]
