"""Demo case numbers live in a number space no real desk ever gets (issue #10 defect)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import update

from app.db import make_session_factory, open_database
from app.domain.demo import DemoSummary
from app.models import SyncDevice
from app.server.admin import _device_code
from app.services.intake.case_numbers import next_case_number
from app.services.reference.setup import LOCAL_CODE_ALPHABET, ensure_device

Demo = tuple[Path, DemoSummary]


def _demo_device_parts(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        parts = {r[0].split("-")[2] for r in conn.execute('SELECT case_no FROM "case"')}
        parts |= {r[0] for r in conn.execute('SELECT DISTINCT device_code FROM "case"')}
    finally:
        conn.close()
    return parts


def test_demo_device_code_is_never_handed_out(demo: Demo) -> None:
    server_codes = {_device_code(n) for n in range(20_000)}
    local = re.compile("L[" + LOCAL_CODE_ALPHABET + "]{3}")
    for part in _demo_device_parts(demo[0]):
        assert part not in server_codes
        assert not local.fullmatch(part)


def test_fourth_desk_first_case_of_a_demo_day_gets_a_free_number(
    demo: Demo, tmp_path: Path
) -> None:
    # The server names the fourth desk of a township "D": its numbers must not clash with demo's.
    path = tmp_path / "desk.sqlite3"
    shutil.copy(demo[0], path)
    conn = sqlite3.connect(path)
    (
        org,
        received,
    ) = conn.execute(
        'SELECT owner_org, received_at FROM "case" ORDER BY received_at DESC LIMIT 1'
    ).fetchone()
    taken = {r[0] for r in conn.execute('SELECT case_no FROM "case"')}
    conn.close()
    engine = open_database(path)
    factory = make_session_factory(engine)
    with factory.begin() as s:
        ensure_device(s, org_code=org)
        s.execute(update(SyncDevice).values(device_code=_device_code(3), org_code=org))
    with factory.begin() as s:
        number = next_case_number(s, org_code=org, when=datetime.fromisoformat(received))
    engine.dispose()
    assert _device_code(3) == "D"
    assert number not in taken
