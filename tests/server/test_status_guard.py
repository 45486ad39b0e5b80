"""/status guards (issue #11 item 8): per-case lockout, global limit, trusted proxies only,
one limiter in the database for every worker. Each failed before app/server/status_guard.py."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi.testclient import TestClient

from app.models import Case
from app.server.app import create_app
from app.server.settings import ServerSettings
from tests.server.support import copy_sqlite, make_desk, make_server


@contextmanager
def _server(tmp_path, template, **settings: Any) -> Iterator[Any]:
    harness = make_server(copy_sqlite(template, tmp_path / "s.sqlite3"), **settings)
    try:
        yield harness
    finally:
        harness.close()


def _client(harness, peer: str, **settings: Any) -> TestClient:
    """Return another worker (a second app on the same database) seen from address `peer`."""
    app = create_app(
        ServerSettings(database_url=harness.url, **settings), engine=harness.engine, migrate=False
    )
    return TestClient(app, client=(peer, 40000))


def _case(harness, tmp_path) -> tuple[str, str]:
    desk = make_desk(harness, tmp_path, "a")
    try:
        cid = desk.new_case()
        assert desk.sync().ok
        case = desk.get(Case, cid)
        return case.case_no, case.query_code
    finally:
        desk.close()


_N = iter(range(10**6))


def _miss() -> dict[str, str]:
    """Return lookup params of a number nobody has (a fresh one: no per-case lockout counts)."""
    return {"case_no": f"x{next(_N)}", "code": "1"}


def _wrong(code: str) -> str:
    return "000000" if code != "000000" else "111111"


def test_case_is_locked_after_five_wrong_codes(tmp_path, _sqlite_template):
    with _server(tmp_path, _sqlite_template, status_rate_per_min=100) as h:
        case_no, code = _case(h, tmp_path)
        for _ in range(5):
            r = h.client.get("/v1/status", params={"case_no": case_no, "code": _wrong(code)})
            assert r.status_code == 404
        locked = h.client.get("/v1/status", params={"case_no": case_no, "code": code})
        assert locked.status_code == 429
        assert "错误次数过多" in locked.json()["detail"]["message"]
        page = h.client.get("/status", params={"case_no": case_no, "code": code})
        assert page.status_code == 429 and "错误次数过多" in page.text


def test_right_code_clears_the_count_and_locks_are_per_case(tmp_path, _sqlite_template):
    with _server(tmp_path, _sqlite_template, status_rate_per_min=100) as h:
        case_no, code = _case(h, tmp_path)
        for _ in range(4):
            h.client.get("/v1/status", params={"case_no": case_no, "code": _wrong(code)})
        assert h.client.get("/v1/status", params={"case_no": case_no, "code": code}).is_success
        for _ in range(4):
            h.client.get("/v1/status", params={"case_no": case_no, "code": _wrong(code)})
        assert h.client.get("/v1/status", params={"case_no": case_no, "code": code}).is_success
        for _ in range(5):
            h.client.get("/v1/status", params={"case_no": "nope", "code": "123456"})
        # Locking one number leaves the others answering.
        assert h.client.get("/v1/status", params={"case_no": case_no, "code": code}).is_success


def test_global_limit_holds_across_addresses(tmp_path, _sqlite_template):
    with _server(tmp_path, _sqlite_template) as h:
        settings = {"status_rate_per_min": 100, "status_global_per_min": 3}
        codes = [
            _client(h, f"10.0.0.{i}", **settings).get("/v1/status", params=_miss()).status_code
            for i in range(1, 5)
        ]
        assert codes == [404, 404, 404, 429]


def test_forwarded_for_is_believed_only_from_a_trusted_proxy(tmp_path, _sqlite_template):
    with _server(tmp_path, _sqlite_template) as h:
        direct = _client(h, "203.0.113.9", status_rate_per_min=2)
        spoofed = [
            direct.get(
                "/v1/status",
                params=_miss(),
                headers={"X-Forwarded-For": f"198.51.100.{i}"},
            ).status_code
            for i in range(3)
        ]
        assert spoofed == [404, 404, 429]  # a made-up header does not buy new tries
        proxy = _client(h, "10.1.1.1", status_rate_per_min=2, trusted_proxies=("10.1.0.0/16",))
        forwarded = [
            proxy.get(
                "/v1/status",
                params=_miss(),
                headers={"X-Forwarded-For": f"spoof, 198.51.100.{i}"},
            ).status_code
            for i in range(3)
        ]
        assert forwarded == [404, 404, 404]  # three residents behind the proxy
        same = [
            proxy.get(
                "/v1/status",
                params=_miss(),
                headers={"X-Forwarded-For": "198.51.100.77"},
            ).status_code
            for _ in range(3)
        ]
        assert same == [404, 404, 429]


def test_limit_and_lockout_are_shared_by_workers(tmp_path, _sqlite_template):
    with _server(tmp_path, _sqlite_template) as h:
        a = _client(h, "192.0.2.5", status_rate_per_min=3)
        b = _client(h, "192.0.2.5", status_rate_per_min=3)
        codes = [w.get("/v1/status", params=_miss()).status_code for w in (a, b, a, b)]
        assert codes == [404, 404, 404, 429]
    (tmp_path / "2").mkdir()
    with _server(tmp_path / "2", _sqlite_template, status_rate_per_min=100) as h:
        case_no, code = _case(h, tmp_path)
        workers = [_client(h, f"192.0.2.{i}", status_rate_per_min=100) for i in range(5)]
        for w in workers:
            w.get("/v1/status", params={"case_no": case_no, "code": _wrong(code)})
        assert (
            h.client.get("/v1/status", params={"case_no": case_no, "code": code}).status_code == 429
        )
