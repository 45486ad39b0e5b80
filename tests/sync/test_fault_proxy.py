"""Sync through a fault-injecting proxy: drop after commit, duplicate, reset, slow."""

from __future__ import annotations

import random

from sqlalchemy import func, select

from app.models import Person
from app.services.reports.stats import table_counts
from app.sync.engine import SyncEngine
from app.sync.local import local_bucket_state, pending_count
from app.sync.transport import Transport
from tests.server.support import DEMO_ORG
from tests.sync.proxy import FAULTS, FaultProxy, serve_app


def test_desks_converge_through_a_faulty_network(sqlite_server, desk):
    rng = random.Random(20261127)
    faulty = {"on": True}

    def choose(_path: str) -> str:
        return rng.choice(FAULTS) if faulty["on"] else "pass"

    a = desk(sqlite_server, "a")
    b = desk(sqlite_server, "b")
    with serve_app(sqlite_server.client.app) as upstream:
        proxy = FaultProxy(upstream, choose).start()
        try:

            def engine_for(d):
                return SyncEngine(
                    d.factory, transport_factory=lambda _u, t: Transport(proxy.url, t)
                )

            made = 0
            for round_ in range(8):
                for d in (a, b):
                    d.add_person(f"{d.name}{round_}")
                    made += 1
                    engine_for(d).run_cycle()
            faulty["on"] = False
            for d in (a, b, a):
                result = engine_for(d).run_cycle()
                assert result.ok, result.message
        finally:
            proxy.stop()
    faults = {f for _p, f in proxy.log}
    assert {"drop_after_commit", "duplicate", "reset"} <= faults
    with sqlite_server.factory() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == made
    with a.factory() as sa, b.factory() as sb:
        assert table_counts(sa) == table_counts(sb)
        assert pending_count(sa) == pending_count(sb) == 0
        bucket = f"org:{DEMO_ORG}"
        assert local_bucket_state(sa, bucket) == local_bucket_state(sb, bucket)
