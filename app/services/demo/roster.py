"""Make a month of duty sheets and patrol logs for the demo towns."""

from __future__ import annotations

from random import Random

from app.services.demo.clock import CHINA_OFFSET, DAY, IdMaker, TimeText
from app.services.demo.context import Town

DUTY_COLUMNS = (
    "id",
    "owner_org",
    "version",
    "created_at",
    "updated_at",
    "date",
    "shift",
    "post",
    "worker_id",
    "person_name",
    "place",
    "signed_in_at",
    "signed_out_at",
    "substitute_id",
    "note",
)
PATROL_COLUMNS = (
    "id",
    "owner_org",
    "version",
    "created_at",
    "updated_at",
    "date",
    "worker_id",
    "grid_id",
    "place",
    "issue",
    "action",
    "result",
    "case_id",
)
# (shift, post, local start hour, local end hour)
_SHEET = (
    ("morning", "window", 8.5, 12),
    ("afternoon", "window", 13.5, 17.5),
    ("full_day", "reception", 8.5, 17.5),
    ("full_day", "patrol", 8.5, 17.5),
    ("night", "emergency", 18, 32),
    ("full_day", "leader", 8.5, 17.5),
)
_PLACES = {
    "window": "矛调中心一楼窗口",
    "reception": "接访室",
    "patrol": "辖区网格",
    "emergency": "镇街值班室",
    "leader": "矛调中心",
}
_ISSUES = (
    ("巡查发现两户村民因院墙排水问题发生口角", "现场劝解，约定次日由村调委会调解", "已化解"),
    ("发现主街路灯三盏不亮", "拍照上报镇街综合执法队", "已转办"),
    ("独居老人家中煤气罐放置不当", "协助更换并讲解用气安全", "已整改"),
    ("沿街商户占道经营", "劝导商户将货物移回店内", "已整改"),
    ("村民反映拖欠工资问题", "登记诉求并上报矛调中心", "已上报"),
    ("未发现异常情况", "例行巡查，走访重点户5户", "无"),
)


def duty_shifts(
    towns: list[Town],
    workers: dict[str, list[tuple[str, str, str]]],
    *,
    rng: Random,
    ids: IdMaker,
    t: TimeText,
    now: int,
    days: list[int],
) -> list[tuple]:
    """Make six duty lines a day per town over `days`; past ones carry sign-in/out times."""
    rows: list[tuple] = []
    now_db = t.db(now)
    for town in towns:
        staff = workers.get(town.id) or []
        people = [(uid, name) for uid, name, _ in town.desk] + [town.supervisor]
        for day in days:
            for shift, post, start_h, end_h in _SHEET:
                if post in ("patrol", "emergency") and staff:
                    wid, name, _ = staff[rng.randrange(len(staff))]
                else:
                    wid, name = None, people[rng.randrange(len(people))][1]
                start = day * DAY - CHINA_OFFSET + int(start_h * 3600)
                end = day * DAY - CHINA_OFFSET + int(end_h * 3600)
                signed_in = t.db(start - rng.randrange(0, 900)) if end < now else None
                signed_out = t.db(end + rng.randrange(0, 900)) if end < now else None
                rows.append(
                    (
                        ids.next(),
                        town.code,
                        0,
                        now_db,
                        now_db,
                        t.date_text(day),
                        shift,
                        post,
                        wid,
                        name,
                        _PLACES[post],
                        signed_in,
                        signed_out,
                        None,
                        "",
                    )
                )
    return rows


def patrol_logs(
    towns: list[Town],
    workers: dict[str, list[tuple[str, str, str]]],
    grid_cases: dict[str, list[str]],
    *,
    rng: Random,
    ids: IdMaker,
    t: TimeText,
    now: int,
    days: list[int],
) -> list[tuple]:
    """Make about one patrol every three days per grid worker; some link to a grid case."""
    rows: list[tuple] = []
    now_db = t.db(now)
    grid_village = {g: v for town in towns for v in town.villages for g in v.grids}
    for town in towns:
        for wid, _name, gid in workers.get(town.id, []):
            for day in days:
                if rng.random() > 0.33:
                    continue
                village = grid_village[gid]
                issue, action, result = _ISSUES[rng.randrange(len(_ISSUES))]
                linked = grid_cases.get(village.id) or []
                case_id = linked.pop() if linked and result == "已上报" else None
                rows.append(
                    (
                        ids.next(),
                        town.code,
                        0,
                        now_db,
                        now_db,
                        t.date_text(day),
                        wid,
                        gid,
                        f"{village.name}主街及周边",
                        issue,
                        action,
                        result,
                        case_id,
                    )
                )
    return rows
