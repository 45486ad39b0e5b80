"""Registration codes are single-use; tokens are per device, revocable; 426 for old clients."""

from __future__ import annotations

import pytest

from app.server.admin import AdminError, issue_code, revoke_device
from app.sync.protocol import PROTOCOL_HEADER, RegisterRequest
from app.sync.transport import SyncError
from tests.server.support import DEMO_ORG, DISTRICT, OTHER_ORG


def test_code_is_single_use_and_device_codes_count_up_per_township(server):
    code = server.issue_code(DEMO_ORG)
    t = server.transport()
    first = t.register(RegisterRequest(code=code, device_name="一号机"))
    assert (first.org_code, first.device_code) == (DEMO_ORG, "A")
    with pytest.raises(SyncError) as err:
        t.register(RegisterRequest(code=code))
    assert err.value.status == 403
    second = t.register(RegisterRequest(code=server.issue_code(DEMO_ORG)))
    other = t.register(RegisterRequest(code=server.issue_code(OTHER_ORG)))
    assert second.device_code == "B"
    assert (other.org_code, other.device_code) == (OTHER_ORG, "A")
    assert len({first.token, second.token, other.token}) == 3


def test_code_with_separators_and_lower_case_is_accepted(server):
    code = server.issue_code(DISTRICT)
    reg = server.transport().register(RegisterRequest(code=code.lower().replace("-", " ")))
    assert reg.org_code == DISTRICT


def test_unknown_org_cannot_get_a_code(server):
    with server.factory.begin() as s, pytest.raises(AdminError):
        issue_code(s, org_code="999999999")


def test_revoked_and_unknown_tokens_are_refused(server):
    reg = server.transport().register(RegisterRequest(code=server.issue_code(DEMO_ORG)))
    ok = server.client.post(
        "/v1/sync/hello",
        json={"client_time": "2026-11-27T10:00:00+00:00"},
        headers={"Authorization": f"Bearer {reg.token}"},
    )
    assert ok.status_code == 200
    with server.factory.begin() as s:
        revoke_device(s, org_code=DEMO_ORG, device_code=reg.device_code)
    for token in (reg.token, "not-a-token"):
        r = server.client.post(
            "/v1/sync/hello",
            json={"client_time": "2026-11-27T10:00:00+00:00"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert r.status_code == 401
    assert server.client.post("/v1/sync/hello", json={}).status_code == 401


def test_too_old_client_gets_426(server):
    reg = server.transport().register(RegisterRequest(code=server.issue_code(DEMO_ORG)))
    r = server.client.post(
        "/v1/sync/hello",
        json={"client_time": "2026-11-27T10:00:00+00:00"},
        headers={"Authorization": f"Bearer {reg.token}", PROTOCOL_HEADER: "0"},
    )
    assert r.status_code == 426
    assert r.json()["detail"]["code"] == "upgrade_required"


def test_openapi_spec_is_served(server):
    spec = server.client.get("/openapi.json").json()
    assert "/v1/sync/push" in spec["paths"]
    assert "/v1/devices/register" in spec["paths"]
