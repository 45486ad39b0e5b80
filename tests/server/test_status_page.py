"""The public /status lookup shows status and due date only, and is rate-limited."""

from __future__ import annotations

from app.models import Case, CaseParty
from tests.server.support import copy_sqlite, make_server


def test_lookup_shows_status_and_due_date_but_no_names(server, desk):
    a = desk(server, "a")
    cid = a.new_case("涉及张三丰的宅基地纠纷")
    with a.factory.begin() as s:
        s.add(CaseParty(owner_org=a.org, case_id=cid, role="applicant", name="张三丰"))
    assert a.sync().ok
    case = a.get(Case, cid)
    page = server.client.get("/status", params={"case_no": case.case_no, "code": case.query_code})
    assert page.status_code == 200
    assert "登记" in page.text and case.case_no in page.text
    assert "张三丰" not in page.text and "宅基地" not in page.text
    data = server.client.get(
        "/v1/status", params={"case_no": case.case_no, "code": case.query_code}
    ).json()
    assert set(data) == {"case_no", "status", "due_date", "stage", "stage_due_date"}
    assert data["due_date"] and data["stage"] is None  # not a 信访 case
    wrong = "000000" if case.query_code != "000000" else "111111"
    miss = server.client.get("/status", params={"case_no": case.case_no, "code": wrong})
    assert "未查到" in miss.text and "登记" not in miss.text.split("</form>")[1]
    assert server.client.get("/status").status_code == 200


def test_lookups_are_rate_limited(tmp_path, _sqlite_template):
    harness = make_server(
        copy_sqlite(_sqlite_template, tmp_path / "s.sqlite3"), status_rate_per_min=3
    )
    try:
        codes = [
            harness.client.get("/v1/status", params={"case_no": "x", "code": "1"}).status_code
            for _ in range(4)
        ]
    finally:
        harness.close()
    assert codes == [404, 404, 404, 429]
