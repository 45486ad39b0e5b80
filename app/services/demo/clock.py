"""Fast, deterministic building blocks of the bulk loader: ids, time strings, working days.

Times are plain integers (UTC epoch seconds) inside the generator and become the exact strings
SQLAlchemy stores for DateTime/Date columns on SQLite, so no per-row type processing is needed.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import chinese_calendar

from app.services.demo.identity import mix

TZ = ZoneInfo("Asia/Shanghai")
DAY = 86400
CHINA_OFFSET = 8 * 3600  # Asia/Shanghai has had no DST since 1991
_MASK62 = (1 << 62) - 1
_VARIANT = 1 << 63


class IdMaker:
    """Make UUIDv7-shaped ids that are time-ordered in making order and repeatable per seed.

    The 48-bit millisecond field starts at `base_ms` and the 12-bit counter field counts up, so
    ids sort in the order they were made (fast B-tree appends); the random bits are a hash of the
    sequence number and the seed, so the same seed gives the same ids.
    """

    def __init__(self, base_ms: int, seed: int) -> None:
        self.base_ms = base_ms
        self.salt = mix(seed) & 0xFFFFFFFF
        self.seq = 0
        self._block = -1
        self._head = ""

    def at(self, seq: int) -> str:
        """Return the id of sequence number `seq`."""
        # The first 14 characters (48-bit milliseconds) change only every 4096 ids: cached.
        block = seq >> 12
        if block != self._block:
            ms = self.base_ms + block
            self._block = block
            self._head = f"{ms >> 16:08x}-{ms & 0xFFFF:04x}-7"
        # A multiplicative hash is enough to make the 62 "random" bits look random.
        lo = _VARIANT | (((seq ^ self.salt) * 0x9E3779B97F4A7C15) & _MASK62)
        return f"{self._head}{seq & 0xFFF:03x}-{lo >> 48:04x}-{lo & 0xFFFFFFFFFFFF:012x}"

    def next(self) -> str:
        """Return a new id."""
        seq = self.seq
        self.seq = seq + 1
        return self.at(seq)

    def reserve(self, count: int) -> int:
        """Reserve `count` consecutive sequence numbers and return the first."""
        first = self.seq
        self.seq += count
        return first


_HMS = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(DAY)]


class TimeText:
    """Format epoch seconds as SQLite DateTime strings and ISO-8601 UTC strings, cached per day."""

    def __init__(self) -> None:
        self._days: dict[int, str] = {}

    def _day(self, n: int) -> str:
        text = self._days.get(n)
        if text is None:
            text = self._days[n] = (date(1970, 1, 1) + timedelta(days=n)).isoformat()
        return text

    def db(self, ts: int) -> str:
        """Return the stored form of a UTC DateTime column (what SQLAlchemy writes)."""
        d, s = divmod(ts, DAY)
        return f"{self._days.get(d) or self._day(d)} {_HMS[s]}.000000"

    def iso(self, ts: int) -> str:
        """Return the ISO-8601 UTC form used in event payloads."""
        d, s = divmod(ts, DAY)
        return f"{self._days.get(d) or self._day(d)}T{_HMS[s]}+00:00"

    def local_day(self, ts: int) -> int:
        """Return the Asia/Shanghai day number (days since 1970-01-01) of `ts`."""
        return (ts + CHINA_OFFSET) // DAY

    def date_text(self, day: int) -> str:
        """Return the ISO date of day number `day` (the stored form of a Date column)."""
        return self._day(day)


def epoch(at: datetime) -> int:
    """Return epoch seconds of an aware datetime."""
    return int(at.timestamp())


def day_number(day: date) -> int:
    """Return days since 1970-01-01 of a calendar date."""
    return (day - date(1970, 1, 1)).days


def end_of_local_day(day: int) -> int:
    """Return epoch seconds of 23:59:59 Asia/Shanghai on day number `day` (how limits end)."""
    return day * DAY + DAY - 1 - CHINA_OFFSET


def local_midnight(day: date) -> int:
    """Return epoch seconds of 00:00 Asia/Shanghai on `day`."""
    return epoch(datetime.combine(day, time.min, tzinfo=TZ))


class WorkDays:
    """Working days of the Chinese calendar (with 调休) over a fixed range of day numbers."""

    def __init__(self, first: date, last: date) -> None:
        self.first = day_number(first)
        days: list[int] = []
        d = first
        while d <= last:
            try:
                work = bool(chinese_calendar.is_workday(d))
            except NotImplementedError:
                work = d.weekday() < 5  # years the package does not know yet
            if work:
                days.append(day_number(d))
            d += timedelta(days=1)
        self.days = days

    def is_workday(self, day: int) -> bool:
        """Return whether day number `day` is a working day."""
        i = bisect_right(self.days, day)
        return i > 0 and self.days[i - 1] == day

    def add(self, day: int, count: int) -> int:
        """Return the day number `count` working days after `day`."""
        i = bisect_right(self.days, day) + count - 1
        if i >= len(self.days):
            return self.days[-1] + (i - len(self.days) + 1) * 7 // 5 + 1
        return self.days[i]


def utc_datetime(ts: int) -> datetime:
    """Return an aware UTC datetime of epoch seconds."""
    return datetime.fromtimestamp(ts, UTC)
