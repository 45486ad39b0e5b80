"""Many simulated devices against one server: `python -m bench.sync_load CONFIG.json`.

Each device runs a sync cycle every `period` seconds (hello, push of 1-20 new cases for the
pushing half, pull of each of its buckets until caught up), over one asyncio HTTP client. The
answer (one JSON line) holds every request's latency percentiles and the error count.
"""

from __future__ import annotations

import asyncio
import copy
import json
import random
import sys
import time
from datetime import UTC, datetime
from typing import Any

import httpx

from app.domain.ids import uuid7
from app.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION


class Device:
    """One simulated device: its token, township, buckets, cursors and next device_seq."""

    def __init__(self, spec: dict[str, Any], templates: list[dict[str, Any]], pusher: bool) -> None:
        self.token = spec["token"]
        self.org = spec["org"]
        self.code = spec["device_code"]
        self.pusher = pusher
        self.templates = templates
        self.seq = 0
        self.cases = 0
        self.unsent: list[dict[str, Any]] = []  # ops whose push got no answer: sent again
        self.cursors: dict[str, int] = {}
        self.headers = {
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            "Authorization": f"Bearer {self.token}",
            "Accept-Encoding": "gzip",
        }

    def new_ops(self, n: int) -> list[dict[str, Any]]:
        """Return the ops of n new cases (a case row and its register event each)."""
        ops = []
        for _ in range(n):
            self.cases += 1
            case_id = uuid7()
            for t in self.templates:
                self.seq += 1
                payload = copy.deepcopy(t["payload"])
                if t["entity"] == "case":
                    payload.update(
                        id=case_id,
                        owner_org=self.org,
                        case_no=f"{self.org[-3:]}-261205-{self.code}-{self.cases:05d}",
                    )
                    entity_id = case_id
                else:
                    entity_id = uuid7()
                    payload.update(id=entity_id, case_id=case_id, owner_org=self.org)
                ops.append(
                    {
                        "op_id": uuid7(),
                        "device_seq": self.seq,
                        "entity": t["entity"],
                        "entity_id": entity_id,
                        "op": "insert",
                        "base_version": 0,
                        "payload": payload,
                    }
                )
        return ops


class Stats:
    """Latencies (ms) of every request and the failures."""

    def __init__(self) -> None:
        self.ms: list[float] = []
        self.by_path: dict[str, list[float]] = {}
        self.errors = 0
        self.messages: dict[str, int] = {}
        self.cycles = 0
        self.pushed = 0

    def fail(self, what: str) -> None:
        """Count one failed request."""
        self.errors += 1
        self.messages[what] = self.messages.get(what, 0) + 1


async def _request(
    client: httpx.AsyncClient, stats: Stats, method: str, url: str, dev: Device, **kw: Any
) -> Any:
    started = time.perf_counter()
    try:
        resp = await client.request(method, url, headers=dev.headers, **kw)
    except httpx.HTTPError as exc:
        stats.fail(type(exc).__name__)
        return None
    ms = (time.perf_counter() - started) * 1000
    stats.ms.append(ms)
    stats.by_path.setdefault(url.rsplit("/", 1)[-1], []).append(ms)
    if resp.status_code >= 400:
        stats.fail(f"{resp.status_code} {url.rsplit('/', 1)[-1]}")
        return None
    return resp.json()


async def _cycle(client: httpx.AsyncClient, base: str, dev: Device, stats: Stats) -> None:
    now = datetime.now(UTC).isoformat()
    hello = await _request(
        client, stats, "POST", f"{base}/v1/sync/hello", dev,
        json={"protocol_version": PROTOCOL_VERSION, "client_time": now,
              "max_device_seq": dev.seq},
    )  # fmt: skip
    if hello is None:
        return
    if dev.pusher:
        fresh = dev.new_ops(random.randint(1, 20))
        ops = (dev.unsent + fresh)[:200]
        dev.unsent = (dev.unsent + fresh)[200:]
        pushed = await _request(
            client, stats, "POST", f"{base}/v1/sync/push", dev, json={"ops": ops}
        )
        if pushed is None:
            dev.unsent = ops + dev.unsent  # a desk sends them again next cycle
        else:
            stats.pushed += len(ops) // len(dev.templates)
    for head in hello["buckets"]:
        bucket = head["bucket"]
        if bucket not in dev.cursors:
            dev.cursors[bucket] = head["head"]  # the device was in step when the run began
        if dev.cursors[bucket] >= head["head"] and not dev.pusher:
            continue  # nothing new: a real desk sends no pull either
        while True:
            page = await _request(
                client, stats, "GET", f"{base}/v1/sync/pull", dev,
                params={"bucket": bucket, "after": dev.cursors[bucket], "limit": 1000},
            )  # fmt: skip
            if page is None:
                break
            dev.cursors[bucket] = page["next_after"]
            if not page["has_more"]:
                break
    stats.cycles += 1


async def _device(
    client: httpx.AsyncClient, base: str, dev: Device, stats: Stats, period: float, until: float
) -> None:
    await asyncio.sleep(random.uniform(0, period))
    while time.perf_counter() < until:
        started = time.perf_counter()
        await _cycle(client, base, dev, stats)
        await asyncio.sleep(max(0.0, period - (time.perf_counter() - started)))


async def run(config: dict[str, Any]) -> dict[str, Any]:
    """Run the load described by `config`; return the figures."""
    random.seed(config.get("seed", 1))
    devices = [
        Device(spec, config["templates"], pusher=i % 2 == 0)
        for i, spec in enumerate(config["devices"])
    ]
    stats = Stats()
    until = time.perf_counter() + float(config["seconds"])
    # Idle connections are dropped before uvicorn's 5 s keep-alive ends, so a cycle never
    # starts on a connection the server is closing (a ReadError that is no server fault).
    limits = httpx.Limits(
        max_connections=len(devices) + 10,
        max_keepalive_connections=len(devices),
        keepalive_expiry=3.0,
    )
    async with httpx.AsyncClient(timeout=30.0, limits=limits) as client:
        await asyncio.gather(
            *(
                _device(client, config["url"], d, stats, float(config["period"]), until)
                for d in devices
            )
        )
    ms = sorted(stats.ms)

    def pct(q: float, values: list[float] = ms) -> float:
        return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")

    paths = {
        path: {"n": len(v), "p50_ms": pct(0.5, sorted(v)), "p99_ms": pct(0.99, sorted(v))}
        for path, v in sorted(stats.by_path.items())
    }

    return {
        "requests": len(ms),
        "errors": stats.errors,
        "messages": stats.messages,
        "cycles": stats.cycles,
        "cases_pushed": stats.pushed,
        "p50_ms": pct(0.50),
        "p99_ms": pct(0.99),
        "max_ms": ms[-1] if ms else float("nan"),
        "paths": paths,
    }


def main(argv: list[str] | None = None) -> int:
    """Read the config file named on the command line and print the figures."""
    args = sys.argv[1:] if argv is None else argv
    with open(args[0], encoding="utf-8") as f:
        config = json.load(f)
    sys.stdout.write(json.dumps(asyncio.run(run(config))) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
