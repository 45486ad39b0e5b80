"""The district's audit viewer reads every township's trail from the server (#11 item 6)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from app.models.audit_log import entry_hash
from app.models.base import utcnow
from app.sync.protocol import DeviceChain, DistrictAuditEntry, DistrictAuditResponse
from app.views.audit_dialog import AuditDialog
from app.views.context import build_test_context

SHOTS = Path(os.environ.get("SECURE_SHOTS", "/tmp/secure-shots"))


class FakeClient:
    """Answers as the district server would (the live route is tested in tests/server)."""

    def __init__(self) -> None:
        self.asked: list[dict[str, object]] = []

    def district_audit(self, **filters: object) -> DistrictAuditResponse:
        self.asked.append(filters)
        now = utcnow()
        entries = []
        prev = ""
        for seq, (org, action, entity, detail) in enumerate(
            [
                ("370911106", "login_failed", "user", {"username": "wangli", "reason": "wrong"}),
                ("370911106", "reveal", "person", {"field": "id_number"}),
                ("370911001", "export", "audit_entry", {"rows": 12}),
                ("370911001", "print", "case", {"document": "受理回执"}),
            ],
            start=1,
        ):
            fields = {
                "seq": seq,
                "at": now - timedelta(minutes=seq),
                "owner_org": org,
                "user_id": None,
                "action": action,
                "entity": entity,
                "entity_id": f"e{seq}",
                "detail": detail,
            }
            h = entry_hash(prev, fields)
            entries.append(
                DistrictAuditEntry(
                    id=f"id{seq}",
                    prev_hash=prev,
                    hash=h,
                    device_code="A" if org.endswith("106") else "B",
                    **fields,
                )
            )
            prev = h
        chains = [
            DeviceChain(org_code="370911106", device_code="A", entries=40, ok=True),
            DeviceChain(
                org_code="370911001", device_code="B", entries=12, ok=False, first_bad_seq=7
            ),
        ]
        wanted = filters.get("action")
        return DistrictAuditResponse(
            entries=[e for e in entries if not wanted or e.action == wanted], chains=chains
        )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_district_viewer_shows_townships_entries_and_broken_chains(
    qtbot, session_factory, lang, request
):
    if lang == "en":
        request.getfixturevalue("english")
    ctx = build_test_context(session_factory, role="supervisor", org_code="370911")
    client = FakeClient()
    ctx.extras["sync_client"] = client
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    assert dialog.source.isVisible()
    dialog.source.setCurrentIndex(dialog.source.findData("district"))
    qtbot.waitUntil(lambda: len(dialog.rows) == 4, timeout=5000)
    assert {r.owner_org for r in dialog.rows} == {"370911106-A", "370911001-B"}
    assert "370911001-B" in dialog.chain.text() and "7" in dialog.chain.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / f"audit-district-{lang}.png"))
    dialog.action.setCurrentIndex(dialog.action.findData("export"))
    dialog.refresh()
    qtbot.waitUntil(lambda: [r.action for r in dialog.rows] == ["export"], timeout=5000)
    assert client.asked[-1]["action"] == "export"
    ctx.runner.shutdown()


def test_a_townships_viewer_has_no_district_source(qtbot, session_factory):
    ctx = build_test_context(session_factory, role="supervisor")
    ctx.extras["sync_client"] = FakeClient()
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.source.findData("district") == -1 and not dialog.source.isVisible()
    ctx.runner.shutdown()
