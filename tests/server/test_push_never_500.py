"""Whatever a device pushes, the server answers with a per-op result or a 4xx, never a 500.

Property test over random entities, op kinds, ids and payloads (known and unknown fields with
values of every JSON type, long texts, huge numbers), with a valid device_seq so the ops reach
authorisation and merge (schemathesis cannot guess the sequence).
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect

from app.domain.ids import uuid7
from app.models import SYNCED_MODELS
from app.sync.protocol import RegisterRequest
from tests.server.support import DEMO_ORG, OTHER_ORG

COLUMNS = {name: [c.key for c in inspect(m).columns] for name, m in SYNCED_MODELS.items()}
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text(max_size=40)
    | st.sampled_from(["x" * 5000, DEMO_ORG, OTHER_ORG, "2026-11-27T02:00:00+00:00", "2026-11-27"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


@st.composite
def ops(draw):
    entity = draw(st.sampled_from([*SYNCED_MODELS, "bogus"]))
    fields = [*COLUMNS.get(entity, ["name"]), "is_admin", ""]
    keys = draw(st.lists(st.sampled_from(fields), max_size=8, unique=True))
    payload = {k: draw(JSON_VALUES) for k in keys}
    if draw(st.booleans()):
        payload["owner_org"] = DEMO_ORG
    return {
        "entity": entity,
        "entity_id": draw(st.sampled_from([uuid7(), "", "x" * 100, "fixed-id"])),
        "op": draw(st.sampled_from(["insert", "update", "delete"])),
        "base_version": draw(st.integers(min_value=-5, max_value=2**40)),
        "payload": payload,
    }


def test_random_ops_never_give_a_server_error(server):
    reg = server.transport().register(RegisterRequest(code=server.issue_code(DEMO_ORG)))
    headers = {"Authorization": f"Bearer {reg.token}", "Content-Type": "application/json"}
    watermark = {"n": 0}
    answers: set[int] = set()

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(ops(), min_size=1, max_size=4))
    def check(batch):
        first = watermark["n"] + 1
        body = {
            "ops": [{**o, "op_id": uuid7(), "device_seq": first + i} for i, o in enumerate(batch)]
        }
        resp = server.client.post("/v1/sync/push", content=json.dumps(body), headers=headers)
        # 200 with a result per op, or 403 when an op touches another township's row.
        assert resp.status_code in (200, 403), resp.text
        answers.add(resp.status_code)
        if resp.status_code == 200:
            results = resp.json()["results"]
            assert len(results) == len(batch)
            watermark["n"] = resp.json()["watermark"]

    check()
    assert 200 in answers
