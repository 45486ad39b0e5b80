"""Masking of ID numbers, phones and names for slips and public lists."""

from __future__ import annotations

import pytest

from app.domain.masking import (
    looks_unmasked_id,
    looks_unmasked_mobile,
    mask_id,
    mask_name,
    mask_phone,
    normalize_phone,
)


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("370911199001011231", "3709**********1231"),
        ("11010519491231002X", "1101**********002X"),
        (" 370911 199001011231 ", "3709**********1231"),
        ("370911900101123", "3709*******1123"),  # old 15-digit number
        ("H12345678", "H123*5678"),
        ("12345678", "123**678"),
        ("123", "1*3"),
        ("12", "**"),
        ("1", "*"),
        ("", ""),
    ],
)
def test_mask_id(value: str, masked: str) -> None:
    assert mask_id(value) == masked


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("13812341234", "138****1234"),
        ("+86 138-1234-1234", "138****1234"),
        ("8613812341234", "138****1234"),
        ("0538-8561234", "053****1234"),
        ("0538-85612345", "053*****2345"),
        ("1234567", "****567"),
        ("12345", "***45"),
        ("1", "*"),
        ("", ""),
    ],
)
def test_mask_phone(value: str, masked: str) -> None:
    assert mask_phone(value) == masked


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("张三丰", "张**"),
        ("张三", "张*"),
        ("欧阳娜娜", "欧***"),
        ("𠮷野家", "𠮷**"),  # a character outside the BMP counts as one
        (" 李四 ", "李*"),
        ("王", "*"),
        ("", ""),
    ],
)
def test_mask_name(value: str, masked: str) -> None:
    assert mask_name(value) == masked


def test_masked_values_hide_what_they_should() -> None:
    full = "370911199001011231"
    assert full not in mask_id(full)
    assert "12341234" not in mask_phone("13812341234")
    assert normalize_phone("(0538) 856-1234") == "05388561234"


def test_unmasked_detection() -> None:
    assert looks_unmasked_id("370911199001011231")
    assert looks_unmasked_id("身份证11010519491231002X")
    assert not looks_unmasked_id(mask_id("370911199001011231"))
    assert not looks_unmasked_id("")
    assert looks_unmasked_mobile("138 1234 1234")
    assert not looks_unmasked_mobile(mask_phone("13812341234"))
    assert not looks_unmasked_mobile("0538-8561234")
