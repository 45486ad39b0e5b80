"""Make the 110 village teaching sites, their rooms, and bookings around this week."""

from __future__ import annotations

from random import Random

from app.config import DISTRICT_CODE
from app.domain.ids import reference_id
from app.services.demo.clock import CHINA_OFFSET, DAY, IdMaker, TimeText
from app.services.demo.context import Town
from app.services.demo.identity import fake_phone, mix, person_name

SITE_COLUMNS = (
    "id",
    "owner_org",
    "version",
    "created_at",
    "updated_at",
    "code",
    "name",
    "level",
    "town_id",
    "village_id",
    "address",
    "guide_available",
    "description",
)
ROOM_COLUMNS = (
    "id",
    "owner_org",
    "version",
    "created_at",
    "updated_at",
    "site_id",
    "code",
    "name",
    "kind",
    "capacity",
    "active",
)
BOOKING_COLUMNS = (
    "id",
    "owner_org",
    "version",
    "created_at",
    "updated_at",
    "room_id",
    "org_name",
    "contact_name",
    "contact_phone",
    "headcount",
    "audience",
    "date",
    "slot",
    "starts_at",
    "ends_at",
    "activity",
    "topic",
    "guide_needed",
    "status",
    "confirmed",
    "attended",
    "rating",
    "reason",
)
SITES_PER_TOWN = 10
_THEMES = (
    ("红色文化", "抗战时期地下交通站旧址，陈列革命文物和老党员口述史料。"),
    ("乡村振兴", "村集体合作社和特色种植基地，展示党建引领产业发展的做法。"),
    ("先进模范", "全国劳动模范事迹展室，讲述扎根基层的奋斗故事。"),
    ("廉政文化", "村级廉政文化长廊和家风家训馆。"),
    ("生态文明", "荒山治理和植树造林示范点，展示绿水青山的实践。"),
)
_ACTIVITIES = ("field_teaching", "party_lecture", "theme_day", "oath", "training")
_ACTIVITY_WEIGHTS = (25, 15, 40, 10, 10)
_TOPICS = (
    "学习贯彻党的创新理论",
    "重温入党誓词 坚定理想信念",
    "传承红色基因 赓续奋斗精神",
    "乡村振兴中的党员先锋作用",
    "廉洁自律 从我做起",
    "基层治理与为民服务",
)
_ORGS = ("党支部", "党总支", "机关党支部", "第一党支部")


def teaching_sites(
    towns: list[Town], *, rng: Random, t: TimeText, now: int
) -> tuple[list[tuple], list[tuple], dict[str, list[tuple[str, int]]]]:
    """Make 10 teaching sites per town with 1–2 rooms each; return rooms by town id too."""
    sites: list[tuple] = []
    rooms: list[tuple] = []
    by_town: dict[str, list[tuple[str, int]]] = {}
    now_db = t.db(now)
    for town in towns:
        mine = by_town.setdefault(town.id, [])
        # The town party school's rooms come with the reference data.
        for k in range(1, 9):
            mine.append((reference_id("edu_room", f"EDU-{town.code}-{k:02d}"), 60))
        picks = rng.sample(town.villages, min(SITES_PER_TOWN, len(town.villages)))
        for n, village in enumerate(picks, start=1):
            code = f"EDU-{town.code}-T{n:02d}"
            site_id = reference_id("edu_site", code)
            theme, desc = _THEMES[rng.randrange(len(_THEMES))]
            sites.append(
                (
                    site_id,
                    DISTRICT_CODE,
                    0,
                    now_db,
                    now_db,
                    code,
                    f"{village.name}{theme}教学现场",
                    "teaching_site",
                    town.id,
                    village.id,
                    f"{town.name}{village.name}",
                    int(rng.random() < 0.7),
                    desc + "（示例）",
                )
            )
            room_names = [("展室", "basic", 40)]
            if rng.random() < 0.5:
                room_names.append(("户外现场", "outdoor", 80))
            for k, (name, kind, cap) in enumerate(room_names, start=1):
                room_code = f"{code}-{k:02d}"
                room_id = reference_id("edu_room", room_code)
                rooms.append(
                    (
                        room_id,
                        DISTRICT_CODE,
                        0,
                        now_db,
                        now_db,
                        site_id,
                        room_code,
                        name,
                        kind,
                        cap,
                        1,
                    )
                )
                mine.append((room_id, cap))
    return sites, rooms, by_town


def bookings(
    towns: list[Town],
    rooms: dict[str, list[tuple[str, int]]],
    *,
    rng: Random,
    ids: IdMaker,
    t: TimeText,
    now: int,
    workdays: list[int],
) -> list[tuple]:
    """Make bookings on the working days of last week and next week; no double-booked slot."""
    rows: list[tuple] = []
    taken: set[tuple[str, int, str]] = set()
    today = t.local_day(now)
    now_db = t.db(now)
    for town in towns:
        mine = rooms.get(town.id) or []
        for day in workdays:
            for _ in range(rng.randrange(0, 4)):
                room_id, cap = mine[rng.randrange(len(mine))]
                slot = "am" if rng.random() < 0.6 else "pm"
                if (room_id, day, slot) in taken:
                    continue
                taken.add((room_id, day, slot))
                start_s = 9 * 3600 if slot == "am" else 14 * 3600 + 1800
                starts = day * DAY - CHINA_OFFSET + start_s
                past = day < today
                r = rng.random()
                if past:
                    status = (
                        "completed"
                        if r < 0.7
                        else "no_show"
                        if r < 0.78
                        else "cancelled"
                        if r < 0.88
                        else "rejected"
                    )
                else:
                    status = (
                        "pending"
                        if r < 0.4
                        else "approved"
                        if r < 0.85
                        else "rejected"
                        if r < 0.92
                        else "cancelled"
                    )
                if status in ("rejected", "cancelled"):
                    taken.discard((room_id, day, slot))
                head = rng.randint(10, max(12, cap))
                village = town.villages[rng.randrange(len(town.villages))]
                h = mix(rng.getrandbits(63))
                activity = rng.choices(_ACTIVITIES, weights=_ACTIVITY_WEIGHTS)[0]
                reason = {
                    "rejected": "该时段场地已安排其他活动，建议改约。",
                    "cancelled": "因工作安排调整，申请取消。",
                }.get(status, "")
                rows.append(
                    (
                        ids.next(),
                        town.code,
                        0,
                        now_db,
                        now_db,
                        room_id,
                        f"{village.name}{_ORGS[h % len(_ORGS)]}",
                        person_name(h)[0],
                        fake_phone(h),
                        head,
                        "党员",
                        t.date_text(day),
                        slot,
                        t.db(starts),
                        t.db(starts + 9000),
                        activity,
                        _TOPICS[(h >> 8) % len(_TOPICS)],
                        int(rng.random() < 0.5),
                        status,
                        int(status in ("approved", "completed", "no_show")),
                        head - rng.randrange(0, 4) if status == "completed" else None,
                        rng.randint(3, 5) if status == "completed" else None,
                        reason,
                    )
                )
    return rows
