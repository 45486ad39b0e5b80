"""A reader that hands out fixed cards: tests, demos and training without a device."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app.services.intake.idcard.base import CardData, CardReadError


def demo_card() -> CardData:
    """Return a fictitious card (a valid number of 泰安市岱岳区, the demo district)."""
    return CardData(
        name="赵读卡",
        id_number="37091119850312002X",
        sex="女",
        nation="汉",
        birth_date=date(1985, 3, 12),
        address="山东省泰安市岱岳区粥店街道示例村88号",
        issuer="泰安市公安局岱岳分局",
        valid_from="20150312",
        valid_to="20350312",
        source="simulated",
    )


class SimulatedReader:
    """Return the given cards in turn (the demo card by default); an empty list means no card."""

    label = "模拟读卡器"

    def __init__(self, cards: Sequence[CardData] | None = None) -> None:
        self.cards = list(cards) if cards is not None else [demo_card()]
        self.reads = 0

    def available(self) -> bool:
        """The simulated reader is always there."""
        return True

    def read(self) -> CardData:
        """Return the next card, or say no card is on the reader."""
        if not self.cards:
            raise CardReadError("读卡器上没有身份证，请把证件放在读卡区后再读")
        card = self.cards[self.reads % len(self.cards)]
        self.reads += 1
        return card
