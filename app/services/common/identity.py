"""Validate identity documents, credit codes and phone numbers; messages are for the clerk."""

from __future__ import annotations

import re
from datetime import date

import phonenumbers
from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError as StdnumError

from app.domain.enums import IdType, Sex
from app.domain.intake import IdentityInfo
from app.services.errors import DomainError

# Residence permits for Hong Kong/Macau (81, 82) and Taiwan (83) residents use the resident ID
# layout with these area codes; stdnum's place lookup does not know them.
_PERMIT_AREAS = {IdType.HKMO_PERMIT: ("810000", "820000"), IdType.TW_PERMIT: ("830000",)}
_OTHER_ID = re.compile(r"^[0-9A-Za-z()（）\-]{4,32}$")
_SEPARATORS = re.compile(r"[\s\-－—_.·()（）]")
_TAIAN_AREA = "538"


def compact_id(text: str) -> str:
    """Return an ID number without spaces or separators, with an upper-case X."""
    return _SEPARATORS.sub("", text).upper()


def validate_id(id_type: IdType | str, number: str) -> IdentityInfo:
    """Return the validated document, or raise DomainError with a message naming the problem."""
    kind = IdType(id_type)
    if kind == IdType.NONE:
        return IdentityInfo(IdType.NONE, "")
    raw = compact_id(number)
    if not raw:
        raise DomainError("请填写证件号码，或将证件类型选为“未提供”", field="id_number")
    if kind == IdType.OTHER:
        if not _OTHER_ID.match(raw):
            raise DomainError("其他证件号码应为4–32位字母或数字", field="id_number")
        return IdentityInfo(IdType.OTHER, raw)
    if len(raw) != 18:
        raise DomainError("证件号码应为18位，现在是{n}位", field="id_number", n=len(raw))
    if not raw[:17].isdigit() or not (raw[17].isdigit() or raw[17] == "X"):
        raise DomainError("证件号码前17位应为数字，最后一位为数字或X", field="id_number")
    if raw[-1] != ric.calc_check_digit(raw):
        raise DomainError("证件号码校验位不对，请核对每一位", field="id_number")
    try:
        born = ric.get_birth_date(raw)
    except StdnumError:
        raise DomainError("证件号码中的出生日期不存在", field="id_number") from None
    if born > date.today() or born.year < 1880:
        raise DomainError("证件号码中的出生日期不合理", field="id_number")
    if kind == IdType.RESIDENT:
        if raw[:2] in ("81", "82", "83"):
            raise DomainError("这是港澳台居民居住证号码，请选择对应的证件类型", field="id_type")
        if not _known_area(raw[:6]):
            raise DomainError("证件号码前6位不是有效的行政区划代码", field="id_number")
    elif raw[:6] not in _PERMIT_AREAS[kind]:
        raise DomainError(
            "{kind}号码应以{prefixes}开头",
            field="id_number",
            kind=kind,
            prefixes=tuple(_PERMIT_AREAS[kind]),
        )
    sex = Sex.MALE if int(raw[16]) % 2 else Sex.FEMALE
    return IdentityInfo(kind, raw, born, sex)


def _known_area(code: str) -> bool:
    """Return True if `code` is a county code in any year.

    stdnum also demands the code existed in the birth year, but a number is issued where the
    holder is registered when it is issued: 岱岳区 (370911, since 1985) holds people born before.
    """
    from stdnum import numdb

    info = {k: v for _part, props in numdb.get("cn/loc").info(code) for k, v in props.items()}
    return "province" in info and "county" in info


def guess_id_type(number: str) -> IdType:
    """Return the document type an 18-character number most likely is."""
    raw = compact_id(number)
    if raw.startswith(("81", "82")):
        return IdType.HKMO_PERMIT
    if raw.startswith("83"):
        return IdType.TW_PERMIT
    return IdType.RESIDENT


def normalize_phone(text: str) -> str:
    """Return a mobile as 11 digits or a landline as 0 + area + number; raise if invalid.

    A 7- or 8-digit number without an area code is taken as a Tai'an (0538) landline.
    """
    raw = _SEPARATORS.sub("", text.strip())
    if not raw:
        raise DomainError("请填写联系电话", field="phone")
    if not re.fullmatch(r"\+?\d{7,15}", raw):
        raise DomainError("联系电话只能包含数字（可带+86、空格或短横线）", field="phone")
    if raw.startswith("1") and len(raw) != 11:
        raise DomainError("手机号码应为11位，现在是{n}位", field="phone", n=len(raw))
    if re.fullmatch(r"\d{7,8}", raw):
        raw = "0" + _TAIAN_AREA + raw
    try:
        parsed = phonenumbers.parse(raw, "CN")
    except phonenumbers.NumberParseException:
        raise DomainError("联系电话格式不对", field="phone") from None
    if parsed.country_code != 86:
        raise DomainError("只接受中国大陆手机号或固定电话", field="phone")
    national = str(parsed.national_number)
    if not phonenumbers.is_valid_number(parsed):
        if len(national) == 11 and national.startswith("1"):
            raise DomainError("手机号码不存在：请核对号段（应为13–19开头的11位）", field="phone")
        raise DomainError("固定电话应为区号+7–8位号码，如0538-8123456", field="phone")
    kind = phonenumbers.number_type(parsed)
    if kind == phonenumbers.PhoneNumberType.MOBILE:
        return national
    return "0" + national


def format_phone(phone: str) -> str:
    """Return a normalized phone for display: `138 1234 5678` or `0538-8123456`."""
    if len(phone) == 11 and phone.startswith("1"):
        return f"{phone[:3]} {phone[3:7]} {phone[7:]}"
    if phone.startswith("0") and len(phone) > 8:
        area = 3 if phone[1] in "12" else 4
        return f"{phone[:area]}-{phone[area:]}"
    return phone


def validate_uscc(code: str) -> str:
    """Return the compact 18-character unified social credit code, or raise DomainError."""
    raw = compact_id(code)
    if not raw:
        raise DomainError("请填写统一社会信用代码", field="uscc")
    if len(raw) != 18:
        raise DomainError("统一社会信用代码应为18位，现在是{n}位", field="uscc", n=len(raw))
    try:
        return str(uscc.validate(raw))
    except StdnumError:
        raise DomainError("统一社会信用代码校验不通过，请核对", field="uscc") from None
