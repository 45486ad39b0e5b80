"""Fictitious people and organisations: placeholder names, valid-format ID numbers and USCCs.

Every value here passes the national check-digit rules (python-stdnum validates them), yet is
obviously made up: given names come from the classic placeholder pool (张三, 李四, ...), phones
use the 1380000xxxx family and organisation names end in （示例）.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

SURNAMES = [
    "张",
    "王",
    "李",
    "赵",
    "刘",
    "陈",
    "杨",
    "黄",
    "周",
    "吴",
    "徐",
    "孙",
    "马",
    "朱",
    "胡",
    "郭",
    "何",
    "林",
    "高",
    "罗",
    "郑",
    "梁",
    "谢",
    "宋",
    "唐",
    "许",
    "韩",
    "冯",
    "邓",
    "曹",
    "彭",
    "曾",
    "肖",
    "田",
    "董",
    "袁",
    "潘",
    "蒋",
    "蔡",
    "余",
    "杜",
    "叶",
    "程",
    "魏",
    "苏",
    "吕",
    "丁",
    "任",
    "沈",
    "姚",
    "卢",
    "姜",
    "崔",
    "钟",
    "谭",
    "陆",
    "汪",
    "范",
    "金",
    "石",
]
# Classic placeholder given names (张三, 李四, 王五 ...): nobody mistakes them for real people.
GIVEN_ANY = ("三", "四", "五", "六", "七", "八", "九", "十", "某某", "某")
GIVEN_MALE = ("小明", "小刚", "小强", "大伟")
GIVEN_FEMALE = ("小红", "小芳", "小丽", "小梅")
PERSON_NOTE = "（示例）"
ORG_SUFFIX = "（示例）"

# Area codes for people born from 1985 (泰安市 counties; mostly 岱岳区) and the codes of the
# former 泰安地区 for people born before it existed, so stdnum's birth-place check passes.
AREA_CODES_1985 = ("370911",) * 6 + ("370902", "370921", "370923", "370982", "370983")
AREA_CODES_EARLY = ("372621", "372624", "372625", "372626")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_EPOCH = date(1940, 1, 1)
_BIRTH_SPAN_DAYS = (date(2006, 12, 31) - _EPOCH).days


def mix(value: int) -> int:
    """Return a well-spread 64-bit hash of `value` (splitmix64 finaliser)."""
    z = (value + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return z ^ (z >> 31)


def ric_check(body17: str) -> str:
    """Return the ISO 7064 MOD 11-2 check character of a 17-digit resident ID body."""
    total = sum(map(int.__mul__, map(int, body17), _WEIGHTS))
    return "10X98765432"[total % 11]


@cache
def area_codes(year: int) -> tuple[str, ...]:
    """Return the area codes valid for someone born in `year` (stdnum checks the code's years)."""
    if year >= 1992:
        return AREA_CODES_1985
    if year >= 1985:
        return tuple(c for c in AREA_CODES_1985 if c not in ("370982", "370983"))
    if year >= 1983:
        return AREA_CODES_EARLY[1:]
    return AREA_CODES_EARLY


def person_name(h: int) -> tuple[str, str]:
    """Return (name, sex code) of the fictitious person with hash `h`."""
    surname = SURNAMES[h % len(SURNAMES)]
    pick = (h >> 8) % 16
    if pick < 10:
        return surname + GIVEN_ANY[pick], "M" if (h >> 16) & 1 else "F"
    if pick < 13:
        return surname + GIVEN_MALE[(h >> 12) % len(GIVEN_MALE)], "M"
    return surname + GIVEN_FEMALE[(h >> 12) % len(GIVEN_FEMALE)], "F"


@cache
def _birth_days() -> list[tuple[date, str, tuple[str, ...]]]:
    days = []
    for n in range(_BIRTH_SPAN_DAYS - 18 * 366):
        d = _EPOCH + timedelta(days=n)
        days.append((d, f"{d:%Y%m%d}", area_codes(d.year)))
    return days


def resident_id(h: int, sex: str, taken: set[int]) -> tuple[str, date]:
    """Return (ID number, birth date) of an adult; `taken` keeps numbers unique across calls."""
    days = _birth_days()
    birth, ymd, codes = days[(h >> 20) % len(days)]
    prefix = codes[(h >> 40) % len(codes)] + ymd
    seq = (h >> 48) % 500 * 2 + (1 if sex == "M" else 0)
    body = f"{prefix}{seq:03d}"
    while int(body) in taken:
        # Same place, day and sex already used: next sequence number of the same parity.
        seq = (seq + 2) % 1000
        body = f"{prefix}{seq:03d}"
    taken.add(int(body))
    return body + ric_check(body), birth


def fake_phone(h: int) -> str:
    """Return an obviously fictitious mobile number (1380000xxxx family)."""
    return f"13{(h >> 3) % 3 + 7}0000{(h >> 9) % 10000:04d}"


def uscc(index: int, region_code: str = "370911") -> str:
    """Return a valid unified social credit code for fictitious organisation `index`."""
    org_body = f"MA{index % 1_000_000:06d}"[:8]
    org_body = "".join(c if c in _USCC_ALPHABET else "0" for c in org_body)
    org_total = sum(
        _USCC_ALPHABET.index(c) * w for c, w in zip(org_body, _ORG_CODE_WEIGHTS, strict=True)
    )
    check = 11 - org_total % 11
    org_check = {10: "X", 11: "0"}.get(check, str(check))
    org_code = org_body + org_check
    head = f"91{region_code}{org_code}"
    total = sum(_USCC_ALPHABET.index(c) * w for c, w in zip(head, _USCC_WEIGHTS, strict=True))
    return head + _USCC_ALPHABET[(31 - total) % 31]


ORG_TRADE_NAMES = (
    "甲子",
    "乙丑",
    "丙寅",
    "丁卯",
    "戊辰",
    "己巳",
    "庚午",
    "辛未",
    "壬申",
    "癸酉",
    "示范",
    "样板",
    "演示",
    "范例",
)
ORG_INDUSTRIES = (
    "建材有限公司",
    "商贸有限公司",
    "物业服务有限公司",
    "建筑劳务有限公司",
    "农业专业合作社",
    "食品加工厂",
    "机械制造有限公司",
    "运输有限公司",
    "餐饮管理有限公司",
    "房地产开发有限公司",
    "纺织有限公司",
    "超市",
)


def org_name(index: int, town_short: str) -> str:
    """Return the name of fictitious organisation `index` registered in a township."""
    trade = ORG_TRADE_NAMES[index % len(ORG_TRADE_NAMES)]
    industry = ORG_INDUSTRIES[(index // len(ORG_TRADE_NAMES)) % len(ORG_INDUSTRIES)]
    return f"泰安市{town_short}{trade}{industry}{ORG_SUFFIX}"
