"""Builders for intake tests: an actor, a valid input, a category id."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from stdnum.cn import ric

from app.domain.enums import CaseKind, Channel, IdType, PartyRole
from app.domain.ids import reference_id
from app.domain.intake import IntakeInput, PartyInput
from app.services.transfer.workflow import Actor
from tests.conftest import DEMO_ORG

ACTOR = Actor(user_id=None, name="测试员", role="front_desk", org_code=DEMO_ORG)
LL = reference_id("category", "LL")  # 邻里纠纷, 30 日
HY = reference_id("category", "HY")


def resident_id(first17: str) -> str:
    """Return a valid resident ID starting with `first17`."""
    return first17 + ric.calc_check_digit(first17 + "0")


def applicant(**kw: Any) -> PartyInput:
    """Return a valid applicant, with fields overridden by `kw`."""
    base = PartyInput(
        role=PartyRole.APPLICANT,
        name="张三丰",
        id_type=IdType.RESIDENT,
        id_number=resident_id("37091119800101001"),
        phone="13812345678",
        address="满庄镇东村1号",
    )
    return replace(base, **kw)


def intake(**kw: Any) -> IntakeInput:
    """Return a valid intake input, with fields overridden by `kw`."""
    base = IntakeInput(
        kind=CaseKind.DISPUTE,
        channel=Channel.WALK_IN,
        parties=(applicant(),),
        facts="邻居在院墙边堆放柴草，影响通行，多次协商未果。",
        demands="清理柴草",
        category_id=LL,
        window_name="1号窗口",
    )
    return replace(base, **kw)


@pytest.fixture
def actor() -> Actor:
    """Return the front-desk actor of the demo township."""
    return ACTOR
