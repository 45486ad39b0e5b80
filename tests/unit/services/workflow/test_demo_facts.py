"""The demo generator fills the assignment facts exactly as the workflow derives them."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.db import make_session_factory
from app.models import CaseAssignment
from app.services.transfer.workflow import load_events
from app.services.transfer.workflow.facts import fold_with_facts
from tests.unit.services.demo.conftest import make_demo

FACTS = ("signed_at", "sign_on_time", "closed_at", "close_on_time", "revisited_at", "satisfaction")


def test_demo_assignment_facts_match_the_fold(tmp_path: Path) -> None:
    engine, _ = make_demo(tmp_path / "demo.sqlite3", cases=300)
    t = CaseAssignment.__table__
    rated = 0
    with make_session_factory(engine)() as s:
        rows = s.execute(select(t.c.case_id, t.c.department_id, *(t.c[c] for c in FACTS))).all()
        by_case: dict[str, dict[str, dict[str, object]]] = {}
        for r in rows:
            values = {c: getattr(r, c) for c in FACTS if getattr(r, c) is not None}
            by_case.setdefault(r.case_id, {})[r.department_id] = values
        for case_id, stored in by_case.items():
            _, facts = fold_with_facts(load_events(s, case_id))
            expected = {d: {k: v for k, v in facts.get(d, {}).items() if v is not None}
                        for d in stored}  # fmt: skip
            assert stored == expected, case_id
            rated += sum(1 for v in stored.values() if "closed_at" in v)
    engine.dispose()
    assert rated > 20  # the demo has closings to rate
