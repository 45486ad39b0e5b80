"""A desk for the sync benchmark in its own process: `python -m bench.sync_desk --db PATH`.

Reads one JSON command per line on stdin and answers one JSON line on stdout:
- {"cmd": "cycle"}: run one sync cycle (app.sync.engine over real HTTP), answer its seconds;
- {"cmd": "change", "n": 100}: record a note event on n different cases (not timed);
- {"cmd": "rss"}: answer this process's peak RSS in MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

_why: dict[str, int] = {}


def _peak_rss_mb() -> float:
    """Return this process's own peak RSS (VmHWM: ru_maxrss also counts the parent's at fork)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _change(factory: Any, n: int, round_: int, clerk: dict[str, str]) -> int:
    from sqlalchemy import func, select

    from app.domain.enums import EventType
    from app.models import Case, User
    from app.services.errors import DomainError
    from app.services.transfer.workflow import Actor, record

    actor = Actor(user_id=clerk["id"], name="基准测试", role="admin", org_code="")
    done = 0
    with factory.begin() as s:
        if s.get(User, clerk["id"]) is None:  # as a pull from the district would bring it
            s.info["capture_outbox"] = False
            s.add(User(id=clerk["id"], username=clerk["username"], display_name="基准测试",
                       role="admin", owner_org=clerk["org"]))  # fmt: skip
            s.flush()
            s.info["capture_outbox"] = True
        total = s.scalar(select(func.count()).select_from(Case)) or 0
        start = (round_ * n * 3) % max(1, total - n * 3)
        ids = s.scalars(select(Case.id).order_by(Case.id).offset(start).limit(n * 3)).all()
        for cid in ids:
            case = s.get(Case, cid)
            assert case is not None
            who = Actor(actor.user_id, actor.name, actor.role, case.owner_org)
            try:
                with s.begin_nested():
                    record(s, case_id=cid, type=EventType.NOTE, actor=who,
                           payload={"text": f"基准测试第{round_}轮跟进"})  # fmt: skip
            except DomainError as exc:
                _why[exc.message] = _why.get(exc.message, 0) + 1
                continue
            done += 1
            if done == n:
                break
    return done


def main(argv: list[str] | None = None) -> int:
    """Serve commands until stdin closes."""
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    args = p.parse_args(argv)
    from app.db import make_session_factory, open_database
    from app.sync.engine import SyncEngine

    engine = open_database(Path(args.db))
    factory = make_session_factory(engine)
    sync = SyncEngine(factory)
    rounds = 0
    for line in sys.stdin:
        cmd = json.loads(line)
        out: dict[str, Any]
        if cmd["cmd"] == "cycle":
            started = time.perf_counter()
            r = sync.run_cycle()
            out = {
                "s": time.perf_counter() - started,
                "ok": r.ok,
                "message": r.message,
                "pushed": r.pushed,
                "pulled": r.pulled,
            }
        elif cmd["cmd"] == "change":
            changed = _change(factory, int(cmd["n"]), rounds, cmd["clerk"])
            out = {"changed": changed, "why": _why}
            rounds += 1
        elif cmd["cmd"] == "rss":
            out = {"mb": _peak_rss_mb()}
        else:
            out = {"error": cmd["cmd"]}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
