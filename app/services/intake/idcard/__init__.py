"""Second-generation ID-card readers (二代证读卡器), without Qt.

Three kinds share one small interface (`CardReader.read() -> CardData`):
- `TermbReader`: the vendors' `termb` SDK (termb.dll / libtermb.so: CVR_InitComm, CVR_Authenticate,
  CVR_Read_Content, GetPeople*), loaded with ctypes when present; absent or broken, it says so.
- keyboard-wedge readers type the ID number and Enter into the focused box; `wedge.looks_like_wedge`
  tells such a burst from a person typing (the lookup box watches the timing).
- `SimulatedReader`: fixed cards for tests, demos and training.
"""

from app.services.intake.idcard.base import (
    CardData,
    CardReader,
    CardReadError,
    ReaderKind,
    check_card,
)
from app.services.intake.idcard.simulated import SimulatedReader, demo_card
from app.services.intake.idcard.termb import TermbReader, find_library
from app.services.intake.idcard.wedge import looks_like_wedge

__all__ = [
    "CardData",
    "CardReadError",
    "CardReader",
    "ReaderKind",
    "SimulatedReader",
    "TermbReader",
    "check_card",
    "demo_card",
    "find_library",
    "looks_like_wedge",
    "make_reader",
]


def make_reader(kind: str, *, library: str = "", port: int = 0) -> CardReader | None:
    """Return the reader the settings choose (None for 无 / keyboard-wedge: nothing to call)."""
    if kind == ReaderKind.TERMB:
        return TermbReader(library or None, port=port)
    if kind == ReaderKind.SIMULATED:
        return SimulatedReader()
    return None
