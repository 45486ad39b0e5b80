"""Conflict review: keeping mine writes it again and it wins on the next sync."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Person
from app.models.base import utcnow
from app.models.sync_state import SyncConflict
from app.sync.status import SyncSettingsError, resolve_conflict, set_interval, sync_overview
from tests.actors import DISTRICT_ADMIN


def test_keeping_my_edit_over_a_delete_restores_the_row_everywhere(server, desk):
    a = desk(server, "a")
    b = desk(server, "b")
    pid = a.add_person("赵六")
    assert a.sync().ok and b.sync().ok
    with a.factory.begin() as s:
        s.get(Person, pid).deleted_at = utcnow()
    with b.factory.begin() as s:
        s.get(Person, pid).note = "仍在本村居住"
    assert a.sync().ok and b.sync().ok
    with b.factory.begin() as s:
        conflict = s.scalars(select(SyncConflict)).one()
        view = resolve_conflict(s, actor=DISTRICT_ADMIN, conflict_id=conflict.id, keep="mine")
    assert view.resolved and view.kept == "mine"
    assert b.sync().ok and a.sync().ok
    for d in (a, b):
        p = d.get(Person, pid)
        assert p.deleted_at is None and p.note == "仍在本村居住"


def test_overview_interval_and_bad_answers(server, desk):
    a = desk(server, "a")
    a.add_person("甲")
    assert a.sync().ok
    with a.factory.begin() as s:
        assert set_interval(s, seconds=600) == 600
        with pytest.raises(SyncSettingsError):
            set_interval(s, seconds=5)
        with pytest.raises(SyncSettingsError):
            resolve_conflict(s, actor=DISTRICT_ADMIN, conflict_id="nope", keep="mine")
    with a.factory() as s:
        ov = sync_overview(s)
    assert ov.registered and ov.device_code == "A" and ov.interval_s == 600
    assert ov.pending == 0 and ov.runs[0].ok and not ov.skew_warning


def test_a_clock_off_by_more_than_five_minutes_warns_but_syncs(server, desk, monkeypatch):
    from datetime import timedelta

    import app.sync.engine as engine_module

    a = desk(server, "a")
    monkeypatch.setattr(engine_module, "utcnow", lambda: utcnow() - timedelta(minutes=20))
    result = a.sync()
    assert result.ok and result.skew_warning and result.clock_skew_s > 1100
    with a.factory() as s:
        assert sync_overview(s).skew_warning
