"""The cost of data at rest (#11 item 5): the same work on a plain and a SQLCipher desk.

Small sizes (a 1,000-case demo desk, 300 cases pulled), whatever `--quick` says: the figure is
the ratio. Each `*_encrypted` line is the encrypted desk's time; its floor is the same work on a
plain copy of the same file measured in the same run, alternating, so ratio = the cost of
encryption. First sync pulls from an in-process district server (SQLite, as the sync tests use).
"""

from __future__ import annotations

import os
import secrets
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.core import BenchContext, Figure

DEMO_CASES = 1_000
SAVES = 30
SEARCHES = 40
PULLED = 300


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _ms(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def _desks(work: Path) -> tuple[Any, Any]:
    """Return session factories on a plain demo desk and an encrypted copy of it."""
    from app.db import make_session_factory, open_database
    from app.services import vault
    from bench.core import make_demo_db

    plain = work / "plain.sqlite3"
    make_demo_db(plain, DEMO_CASES)
    enc = work / "encrypted.sqlite3"
    shutil.copy(plain, enc)
    key = secrets.token_bytes(32)
    vault.encrypt_database(enc, key)
    return (
        make_session_factory(open_database(plain)),
        make_session_factory(open_database(enc, key=key)),
    )


def _saves(factory: Any, tag: str) -> Callable[[int], None]:
    from app.domain.enums import CaseKind, Channel, PartyRole
    from app.domain.ids import reference_id
    from app.domain.intake import IntakeInput, PartyInput
    from app.services.intake.register import register_case
    from app.services.transfer.workflow import Actor

    actor = Actor(user_id=None, name="基准测试", role="front_desk", org_code="370911106")
    category = reference_id("category", "LL")

    def save(i: int) -> None:
        data = IntakeInput(
            kind=CaseKind.DISPUTE,
            channel=Channel.WALK_IN,
            parties=(
                PartyInput(role=PartyRole.APPLICANT, name="基准测试人", phone=f"17{tag}{i:08d}"),
            ),
            facts="基准测试：邻居在院墙边堆放柴草，影响通行，多次协商未果。",
            category_id=category,
        )
        with factory.begin() as s:
            register_case(s, data=data, actor=actor)

    return save


def _local_figures(work: Path) -> list[Figure]:
    from app.domain.intake import CaseFilter
    from app.services.search.case_list import list_cases

    plain, enc = _desks(work)
    save_p, save_e = _saves(plain, "1"), _saves(enc, "2")
    save_p(0)
    save_e(0)  # warm-up: statements compiled
    t_plain: list[float] = []
    t_enc: list[float] = []
    for i in range(1, SAVES + 1):
        t_plain.append(_ms(lambda i=i: save_p(i)))
        t_enc.append(_ms(lambda i=i: save_e(i)))
    queries = ["邻居", "柴草", "王", "欠款", "土地", "噪音", "娜娜", "工资"]
    s_plain: list[float] = []
    s_enc: list[float] = []
    with plain() as sp, enc() as se:
        for q in queries:  # warm the page caches, as the app's are after the first searches
            list_cases(sp, filt=CaseFilter(text=q))
            list_cases(se, filt=CaseFilter(text=q))
        for i in range(SEARCHES):
            q = queries[i % len(queries)]
            s_plain.append(_ms(lambda q=q: list_cases(sp, filt=CaseFilter(text=q))))
            s_enc.append(_ms(lambda q=q: list_cases(se, filt=CaseFilter(text=q))))
    cold: list[tuple[float, float]] = []
    for _ in range(5):  # a fresh session and connection pool: pages read and decrypted from disk
        for f in (plain, enc):
            f.kw["bind"].dispose()
        a = _ms(lambda: _search_fresh(plain, list_cases, CaseFilter))
        b = _ms(lambda: _search_fresh(enc, list_cases, CaseFilter))
        cold.append((a, b))
    for f in (plain, enc):
        f.kw["bind"].dispose()
    med = statistics.median
    return [
        Figure(
            "intake_save_p50_ms_encrypted",
            med(t_enc),
            "ms",
            med(t_plain),
            f"{SAVES} window saves on a {DEMO_CASES:,}-case desk, SQLCipher 4; floor: the same "
            f"saves on its plain copy (p95 {_p95(t_enc):.1f} vs {_p95(t_plain):.1f} ms)",
        ),
        Figure(
            "search_text_p95_ms_encrypted",
            _p95(s_enc),
            "ms",
            _p95(s_plain),
            f"{SEARCHES} case-list text searches (FTS5 trigram/unicode61), warm; floor: plain "
            f"copy (p50 {med(s_enc):.2f} vs {med(s_plain):.2f} ms)",
        ),
        Figure(
            "search_cold_ms_encrypted",
            med(b for _a, b in cold),
            "ms",
            med(a for a, _b in cold),
            "first search after opening (new connection: key set, pages decrypted), median of 5; "
            "floor: plain copy",
        ),
    ]


def _search_fresh(factory: Any, list_cases: Any, case_filter: Any) -> None:
    with factory() as s:
        list_cases(s, filt=case_filter(text="邻居"))


def _sync_figure(work: Path) -> Figure:
    """Time a new desk's first sync (pull of PULLED cases), plain and encrypted."""
    from app.db import make_session_factory, open_database
    from app.services import vault
    from app.services.reference.setup import ensure_reference
    from app.sync.engine import SyncEngine
    from app.sync.registration import register
    from tests.server.support import copy_sqlite, make_desk, make_server, sqlite_template

    server = make_server(copy_sqlite(sqlite_template(work), work / "server.sqlite3"))
    source = make_desk(server, work, "source")
    for i in range(PULLED):
        source.new_case(f"基准案件{i}")
    result = source.sync()
    assert result.ok, result.message
    source.close()

    def first_sync(name: str, encrypted: bool) -> float:
        path = work / f"{name}.sqlite3"
        engine = open_database(path)
        with make_session_factory(engine).begin() as s:
            ensure_reference(s)
        engine.dispose()
        key = None
        if encrypted:
            key = secrets.token_bytes(32)
            vault.encrypt_database(path, key)
        engine = open_database(path, key=key)
        factory = make_session_factory(engine)
        register(
            factory,
            server_url="http://testserver",
            code=server.issue_code(source.org),
            transport=server.transport(),
        )
        from app.sync import token_store
        from app.sync.local import get_device

        with factory() as s:
            dev = get_device(s)
            assert dev is not None
            token = token_store.load(dev.id, path, dev.token)
        eng = SyncEngine(factory, transport_factory=lambda _u, _t: server.transport(token))
        started = time.perf_counter()
        outcome = eng.run_cycle()
        took = (time.perf_counter() - started) * 1000
        assert outcome.ok, outcome.message
        engine.dispose()
        return took

    runs = [(first_sync(f"p{i}", False), first_sync(f"e{i}", True)) for i in range(3)]
    server.close()
    med = statistics.median
    return Figure(
        "first_sync_ms_encrypted",
        med(e for _p, e in runs),
        "ms",
        med(p for p, _e in runs),
        f"a new desk's first sync cycle pulling {PULLED} cases (+ reference) from an in-process "
        "district server, median of 3; floor: the same into a plain desk",
    )


def figures(ctx: BenchContext) -> list[Figure]:
    """Return the encrypted-desk figures."""
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with tempfile.TemporaryDirectory(prefix="enc-", dir=ctx.tmp) as tmp:
        work = Path(tmp)
        out = _local_figures(work)
        out.append(_sync_figure(work))
    return out
