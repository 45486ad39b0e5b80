"""Identity documents, credit codes and phones: valid forms pass, bad ones get a clear message."""

from __future__ import annotations

from datetime import date

import pytest
from stdnum.cn import ric

from app.domain.enums import IdType, Sex
from app.services.common.identity import (
    format_phone,
    guess_id_type,
    normalize_phone,
    validate_id,
    validate_uscc,
)
from app.services.errors import DomainError


def with_check(first17: str) -> str:
    """Return `first17` plus its correct check character."""
    return first17 + ric.calc_check_digit(first17 + "0")


def test_resident_id_gives_birth_date_and_sex() -> None:
    info = validate_id(IdType.RESIDENT, "110105 19491231 002x")
    assert info.number == "11010519491231002X"
    assert info.birth_date == date(1949, 12, 31)
    assert info.sex == Sex.FEMALE
    male = validate_id(IdType.RESIDENT, with_check("37091119800101001"))
    assert male.sex == Sex.MALE


@pytest.mark.parametrize(
    ("number", "fragment"),
    [
        ("11010519491231002", "18位"),
        ("11010519491231002Y", "前17位"),
        ("110105194912310021", "校验位"),
        (with_check("11010519490231002"), "出生日期"),
        (with_check("99999919800101001"), "行政区划"),
        ("", "证件号码"),
    ],
)
def test_bad_resident_ids_say_what_is_wrong(number: str, fragment: str) -> None:
    with pytest.raises(DomainError) as err:
        validate_id(IdType.RESIDENT, number)
    assert fragment in err.value.message


def test_residence_permits_and_other_ids() -> None:
    hk = with_check("81000019900101001")
    assert validate_id(IdType.HKMO_PERMIT, hk).birth_date == date(1990, 1, 1)
    assert guess_id_type(hk) == IdType.HKMO_PERMIT
    tw = with_check("83000019851212002")
    assert validate_id(IdType.TW_PERMIT, tw).sex == Sex.FEMALE
    with pytest.raises(DomainError, match="830000"):
        validate_id(IdType.TW_PERMIT, hk)
    with pytest.raises(DomainError, match="居住证"):
        validate_id(IdType.RESIDENT, hk)
    assert validate_id(IdType.OTHER, "E12345678").number == "E12345678"
    with pytest.raises(DomainError):
        validate_id(IdType.OTHER, "<script>")
    assert validate_id(IdType.NONE, "whatever").number == ""


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13812345678", "13812345678"),
        ("+86 138-1234-5678", "13812345678"),
        ("0538-8123456", "05388123456"),
        ("8123456", "05388123456"),
        ("(0538) 8123456", "05388123456"),
    ],
)
def test_phones_normalize(raw: str, expected: str) -> None:
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("", "请填写"),
        ("1381234567", "11位"),
        ("12345678901", "号段"),
        ("138abc45678", "只能包含数字"),
        ("' OR 1=1 --", "只能包含数字"),
        ("+1 202 555 0100", "中国大陆"),
    ],
)
def test_bad_phones_say_what_is_wrong(raw: str, fragment: str) -> None:
    with pytest.raises(DomainError) as err:
        normalize_phone(raw)
    assert fragment in err.value.message
    assert err.value.field == "phone"


def test_phone_display() -> None:
    assert format_phone("13812345678") == "138 1234 5678"
    assert format_phone("05388123456") == "0538-8123456"


def test_uscc() -> None:
    assert validate_uscc("91110000600037341L") == "91110000600037341L"
    with pytest.raises(DomainError, match="18位"):
        validate_uscc("9111000060003734")
    with pytest.raises(DomainError, match="校验"):
        validate_uscc("91110000600037341M")
