"""Make the demo district's places and people: villages, grids, grid workers, staff, residents."""

from __future__ import annotations

from collections.abc import Iterator
from random import Random

from app.config import DISTRICT_CODE
from app.domain.ids import reference_id
from app.services.common.text import pinyin_full, pinyin_initials
from app.services.demo.clock import DAY, IdMaker, TimeText
from app.services.demo.context import DemoContext, Town, Village
from app.services.demo.identity import (
    PERSON_NOTE,
    fake_phone,
    mix,
    org_name,
    person_name,
    resident_id,
    uscc,
)

Rows = list[tuple]
SYNC = ("id", "owner_org", "version", "created_at", "updated_at")
REGION_COLUMNS = (
    *SYNC,
    "code",
    "name",
    "short",
    "level",
    "kind",
    "parent_id",
    "pinyin_initials",
    "active",
    "note",
)
GRID_COLUMNS = (
    *SYNC,
    "code",
    "name",
    "town_id",
    "village_id",
    "households",
    "area",
    "complaint_phone",
)
WORKER_COLUMNS = (
    *SYNC,
    "name",
    "name_initials",
    "phone",
    "id_number",
    "post",
    "active",
    "joined_on",
    "note",
)
ASSIGN_COLUMNS = (*SYNC, "grid_id", "worker_id", "post", "start_date", "end_date")
USER_COLUMNS = (
    *SYNC,
    "username",
    "display_name",
    "role",
    "department_id",
    "window_name",
    "phone",
    "password_hash",
    "active",
)
PERSON_COLUMNS = (
    *SYNC,
    "name",
    "name_pinyin",
    "name_initials",
    "id_type",
    "id_number",
    "birth_date",
    "sex",
    "phone",
    "address",
    "village_id",
    "note",
)
ORG_COLUMNS = (*SYNC, "name", "name_initials", "uscc", "legal_rep", "phone", "address")

_DIRECTIONS = "东西南北前后大小上下"
_ROOTS = "王李张刘陈杨赵孙周吴徐马朱胡郭何高罗郑梁宋唐韩冯邓曹彭曾田董袁潘蒋蔡杜程魏苏吕丁任姚卢崔"
_SUFFIXES = ("庄", "家庄", "集", "屯", "营", "寨", "店", "峪", "疃", "楼", "官庄", "家洼", "河")
_COMMUNITIES = (
    "泰山",
    "汶河",
    "岱宗",
    "望岳",
    "花园",
    "幸福",
    "和平",
    "新华",
    "金桥",
    "明珠",
    "龙泉",
    "凤凰",
    "丽景",
    "阳光",
    "文化",
    "东岳",
    "长城",
    "迎春",
)
_COMMUNITY_PREFIXES = ("", "", "", "新", "东", "西")


def village_names(rng: Random, count: int, communities: int) -> list[tuple[str, bool]]:
    """Return `count` distinct plausible names; the first `communities` are 社区."""
    seen: set[str] = set()
    out: list[tuple[str, bool]] = []
    communities = min(communities, len(_COMMUNITIES) * len(_COMMUNITY_PREFIXES))
    while len(out) < count:
        community = len(out) < communities
        if community:
            name = rng.choice(_COMMUNITY_PREFIXES) + rng.choice(_COMMUNITIES) + "社区"
        else:
            prefix = rng.choice(_DIRECTIONS) if rng.random() < 0.6 else ""
            name = prefix + rng.choice(_ROOTS) + rng.choice(_SUFFIXES) + "村"
        if name not in seen:
            seen.add(name)
            out.append((name, community))
    return out


class DistrictMaker:
    """Make the fixed part of the demo district (everything except cases) as row tuples."""

    def __init__(
        self,
        ctx: DemoContext,
        *,
        seed: int,
        ids: IdMaker,
        times: TimeText,
        now: int,
        password_hash: str,
    ) -> None:
        self.ctx = ctx
        self.rng = Random(seed)
        self.salt = mix(seed)
        self.ids = ids
        self.t = times
        self.now = now
        self.now_db = times.db(now)
        self.password_hash = password_hash
        self.workers: dict[str, list[tuple[str, str, str]]] = {}  # town id -> (id, name, grid)
        self._worker_ids: set[int] = set()  # ID numbers given to workers: unique, fictitious

    def _sync(self, row_id: str, org: str) -> tuple:
        return (row_id, org, 0, self.now_db, self.now_db)

    def regions(self, town_kinds: dict[str, str]) -> Rows:
        """Make 15–30 villages/communities per town and fill `town.villages`."""
        rows: Rows = []
        for town in self.ctx.towns:
            urban = town_kinds.get(town.code) == "街道"
            count = self.rng.randint(15, 30)
            communities = count * 2 // 3 if urban else self.rng.randint(1, 3)
            n_comm = n_vil = 0
            for name, community in village_names(self.rng, count, communities):
                if community:
                    n_comm += 1
                    code = f"{town.code}{n_comm:03d}"
                else:
                    n_vil += 1
                    code = f"{town.code}{200 + n_vil:03d}"
                vid = reference_id("region", code)
                town.villages.append(Village(vid, code, name, community))
                rows.append(
                    (
                        *self._sync(vid, DISTRICT_CODE),
                        code,
                        name,
                        name[:-2] or name,
                        "village",
                        "社区" if community else "村",
                        town.id,
                        pinyin_initials(name),
                        1,
                        "示例数据",
                    )
                )
        return rows

    def grids(self) -> Rows:
        """Make one grid per village; urban communities split into 2–3 grids."""
        rows: Rows = []
        for town in self.ctx.towns:
            for v in town.villages:
                parts = self.rng.randint(2, 3) if v.community else 1
                for k in range(1, parts + 1):
                    gid = self.ids.next()
                    name = f"{v.name}第{k}网格" if parts > 1 else f"{v.name}网格"
                    households = (
                        self.rng.randint(300, 500) if v.community else self.rng.randint(150, 600)
                    )
                    v.grids.append(gid)
                    rows.append(
                        (
                            *self._sync(gid, town.code),
                            f"{v.code}-{k:02d}",
                            name,
                            town.id,
                            v.id,
                            households,
                            f"{v.name}辖区（示例）",
                            f"0538-{8000000 + self.rng.randrange(1000000)}",
                        )
                    )
        return rows

    def workers_and_assignments(self) -> tuple[Rows, Rows]:
        """Make a worker per grid, a grid head per village and an instructor per 5 grids."""
        workers: Rows = []
        assignments: Rows = []
        start = self.t.date_text(self.t.local_day(self.now) - 400)
        for town in self.ctx.towns:
            mine = self.workers.setdefault(town.id, [])
            instructor: tuple[str, str] | None = None
            for n, v in enumerate(town.villages):
                if n % 5 == 0 or instructor is None:
                    instructor = self._worker(town, "instructor", workers)  # a town cadre
                head = self._worker(town, "grid_head", workers)
                for gid in v.grids:
                    post = "full_time" if v.community else "part_time"
                    w = self._worker(town, post, workers)
                    mine.append((w[0], w[1], gid))
                    for wid, p in (
                        (w[0], post),
                        (head[0], "grid_head"),
                        (instructor[0], "instructor"),
                    ):
                        assignments.append(
                            (*self._sync(self.ids.next(), town.code), gid, wid, p, start, None)
                        )
        return workers, assignments

    def _worker(self, town: Town, post: str, rows: Rows) -> tuple[str, str]:
        h = mix(self.rng.getrandbits(63))
        name, sex = person_name(h)
        number, _birth = resident_id(h, sex, self._worker_ids)
        wid = self.ids.next()
        joined = self.t.date_text(self.t.local_day(self.now) - 400 - h % 2000)
        rows.append(
            (
                *self._sync(wid, town.code),
                name,
                pinyin_initials(name),
                fake_phone(h),
                number,
                post,
                1,
                joined,
                PERSON_NOTE,
            )
        )
        return wid, name

    def users(self, departments: list[tuple[str, str]]) -> Rows:
        """Make staff accounts: per town 2 desks, a supervisor and a handler per department."""
        rows: Rows = []

        def add(
            username: str, role: str, org: str, dept: str | None = None, window: str = ""
        ) -> tuple[str, str]:
            uid = self.ids.next()
            h = mix(self.rng.getrandbits(63))
            name = person_name(h)[0]
            rows.append(
                (
                    *self._sync(uid, org),
                    username,
                    name,
                    role,
                    dept,
                    window,
                    fake_phone(h),
                    self.password_hash,
                    1,
                )
            )
            return uid, name

        for town in self.ctx.towns:
            base = pinyin_full(town.short)
            for k in (1, 2):
                window = f"{k}号窗口"
                uid, name = add(f"{base}_desk{k}", "front_desk", town.code, window=window)
                town.desk.append((uid, name, window))
            town.supervisor = add(f"{base}_lead", "supervisor", town.code)
            for dept_id, code in departments:
                town.handlers[dept_id] = add(
                    f"{base}_{code[2:].lower()}", "handler", town.code, dept=dept_id
                )
        add("district_lead", "district_supervisor", DISTRICT_CODE)
        add("admin", "admin", DISTRICT_CODE)
        # The district organs that take 复查 / 复核 of the towns' 信访 cases (demo.petitions).
        for code, username in (("D-XFJ", "district_xfj"), ("D-ZFW", "district_zfw")):
            add(username, "handler", DISTRICT_CODE, dept=reference_id("department", code))
        return rows

    def organisations(self) -> Rows:
        """Make the organisations of every town (valid USCC, names ending in （示例）)."""
        rows: Rows = []
        for town in self.ctx.towns:
            for oidx in range(town.org_first, town.org_first + town.org_count):
                name = org_name(oidx, town.short)
                h = mix(oidx ^ self.salt ^ 0x5A5A)
                v = town.villages[h % len(town.villages)]
                rows.append(
                    (
                        *self._sync(self.ids.at(self.ctx.org_base + oidx), town.code),
                        name,
                        pinyin_initials(name),
                        uscc(oidx),
                        person_name(h)[0],
                        fake_phone(h),
                        f"{town.name}{v.name}",
                    )
                )
        return rows

    def persons(self, batch: int) -> Iterator[Rows]:
        """Yield the residents of every town in batches (ids recomputable from the index)."""
        taken: set[int] = set()
        rows: Rows = []
        for town in self.ctx.towns:
            for pidx in range(town.person_first, town.person_first + town.person_count):
                h = mix(pidx ^ self.salt)
                name, sex = person_name(h)
                number, birth = resident_id(h, sex, taken)
                v = town.villages[(h >> 24) % len(town.villages)]
                rows.append(
                    (
                        *self._sync(self.ids.at(self.ctx.person_base + pidx), town.code),
                        name,
                        pinyin_full(name),
                        pinyin_initials(name),
                        "resident",
                        number,
                        birth.isoformat(),
                        sex,
                        fake_phone(h),
                        f"{town.name}{v.name}{(h >> 32) % 200 + 1}号",
                        v.id,
                        PERSON_NOTE,
                    )
                )
                if len(rows) >= batch:
                    yield rows
                    rows = []
        if rows:
            yield rows

    def day_range(self, back: int, ahead: int) -> list[int]:
        """Return local day numbers from `back` days ago to `ahead` days on."""
        today = self.t.local_day(self.now)
        return list(range(today - back, today + ahead + 1))


__all__ = ["DAY", "DistrictMaker", "village_names"]
