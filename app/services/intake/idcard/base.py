"""What a card read gives, and the check of it against the ID number rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from app.domain.enums import IdType, LabelledEnum, Sex
from app.domain.intake import IdentityInfo
from app.services.common.identity import validate_id
from app.services.errors import DomainError


class ReaderKind(LabelledEnum):
    NONE = "none", "不使用读卡器"
    WEDGE = "wedge", "键盘式读卡器（自动输入号码）"
    TERMB = "termb", "二代证读卡器（termb 接口）"
    SIMULATED = "simulated", "模拟读卡器（演示、培训）"


class CardReadError(DomainError):
    """The reader could not give a card (absent library, no device, no card, unreadable)."""


@dataclass(frozen=True)
class CardData:
    """The printed fields of a resident ID card as the reader returns them."""

    name: str
    id_number: str
    sex: str = ""  # 男 / 女 as printed
    nation: str = ""
    birth_date: date | None = None
    address: str = ""
    issuer: str = ""
    valid_from: str = ""
    valid_to: str = ""
    source: str = ""  # termb / simulated / wedge


class CardReader(Protocol):
    """A device that reads one card when asked (blocking; call it off the UI thread)."""

    @property
    def label(self) -> str:
        """What the settings and messages call the reader."""
        ...

    def available(self) -> bool:
        """Return whether the reader can be asked at all (library loaded, …)."""
        ...

    def read(self) -> CardData:
        """Read the card on the reader, or raise CardReadError saying why not."""
        ...


_DIGITS = re.compile(r"\d+")


def parse_birth(text: str) -> date | None:
    """Return the date of "19900101", "1990-01-01" or "1990年01月01日"; None if not a date."""
    digits = "".join(_DIGITS.findall(text))
    if len(digits) != 8:
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def check_card(card: CardData) -> IdentityInfo:
    """Validate the card's number; refuse a card whose printed sex or birth date disagree."""
    info = validate_id(IdType.RESIDENT, card.id_number)
    printed_sex = {"男": Sex.MALE, "女": Sex.FEMALE}.get(card.sex.strip()[:1])
    if printed_sex is not None and printed_sex != info.sex:
        raise CardReadError("读到的性别与证件号码不符，请重新读卡", field="id_number")
    if card.birth_date is not None and info.birth_date != card.birth_date:
        raise CardReadError("读到的出生日期与证件号码不符，请重新读卡", field="id_number")
    return info
