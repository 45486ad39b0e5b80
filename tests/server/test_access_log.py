"""The server keeps an access log per device and bucket (issue #11 item 6, server half)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.server.__main__ import main as server_main
from app.server.access import summary
from app.server.tables import AccessLog
from app.sync.protocol import RegisterRequest
from app.sync.transport import SyncError
from tests.server.support import DEMO_ORG, OTHER_ORG


def test_every_sync_request_is_logged_per_device_and_bucket(server):
    t = server.transport()
    reg = t.register(RegisterRequest(code=server.issue_code(DEMO_ORG)))
    mine = server.transport(reg.token)
    mine.pull(f"org:{DEMO_ORG}", 0)
    mine.pull(f"org:{DEMO_ORG}", 0)
    with pytest.raises(SyncError):
        mine.pull(f"org:{OTHER_ORG}", 0)
    mine.push([])
    with server.factory() as s:
        rows = s.scalars(select(AccessLog).order_by(AccessLog.id)).all()
        got = [(r.device_id, r.action, r.bucket, r.status) for r in rows]
        assert got == [
            (reg.device_id, "pull", f"org:{DEMO_ORG}", 200),
            (reg.device_id, "pull", f"org:{DEMO_ORG}", 200),
            (reg.device_id, "pull", f"org:{OTHER_ORG}", 403),
            (reg.device_id, "push", f"org:{DEMO_ORG}", 200),
        ]
        per_bucket = {(a.device_code, a.bucket): (a.requests, a.refused) for a in summary(s)}
    assert per_bucket == {("A", f"org:{DEMO_ORG}"): (3, 0), ("A", f"org:{OTHER_ORG}"): (1, 1)}


def test_access_summary_command(sqlite_server, capsys):
    reg = sqlite_server.transport().register(
        RegisterRequest(code=sqlite_server.issue_code(DEMO_ORG))
    )
    sqlite_server.transport(reg.token).pull(f"org:{DEMO_ORG}", 0)
    assert server_main(["access", "--database-url", sqlite_server.url]) == 0
    out = capsys.readouterr().out
    assert f"{DEMO_ORG}-A\torg:{DEMO_ORG}\t1\t拒绝 0" in out
