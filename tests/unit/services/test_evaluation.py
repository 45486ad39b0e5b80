"""履职评价: on-time rates, returns, reopens and satisfaction per department and month."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.domain.enums import EventType
from app.reports import render
from app.services.errors import ValidationError
from app.services.transfer import evaluation
from app.services.transfer.workflow import record
from tests.unit.services.transfer.helpers import DESK, ORG, dept, handler, make_case

E = EventType
T0 = datetime(2026, 10, 12, 2, 0, tzinfo=UTC)  # 10:00 on Mon 12 Oct 2026 in Shanghai


def _dispatch(s: Session, cid: str, code: str, at: datetime) -> None:
    record(
        s, case_id=cid, type=E.DISPATCH, actor=DESK, at=at,
        payload={"lead_department_id": dept(code), "due_at": at + timedelta(days=10),
                 "sign_due_at": at + timedelta(days=1)},
    )  # fmt: skip


def _handled(s: Session, code: str, *, sign_after: timedelta, close_after: timedelta,
             satisfaction: str | None = None) -> str:  # fmt: skip
    cid = make_case(s)
    actor = handler(code)
    _dispatch(s, cid, code, T0)
    record(s, case_id=cid, type=E.SIGN, actor=actor, department_id=dept(code), at=T0 + sign_after)
    record(
        s, case_id=cid, type=E.CLOSE, actor=actor, department_id=dept(code),
        at=T0 + close_after, payload={"outcome": "resolved", "result": "已办结"},
    )  # fmt: skip
    if satisfaction:
        record(s, case_id=cid, type=E.REVISIT, actor=DESK, at=T0 + close_after + timedelta(1),
               payload={"satisfaction": satisfaction, "channel": "phone"})  # fmt: skip
    return cid


def test_month_figures_and_ranking(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        # 司法所: signs and closes on time twice, both satisfied.
        _handled(s, "T-SFS", sign_after=timedelta(hours=2), close_after=timedelta(days=3),
                 satisfaction="satisfied")  # fmt: skip
        _handled(s, "T-SFS", sign_after=timedelta(hours=5), close_after=timedelta(days=9),
                 satisfaction="basic")  # fmt: skip
        # 人社所: signs late, closes late, unsatisfied and reopened; returns one case.
        late = _handled(s, "T-RSS", sign_after=timedelta(days=2), close_after=timedelta(days=12),
                        satisfaction="unsatisfied")  # fmt: skip
        record(s, case_id=late, type=E.REOPEN, actor=DESK, at=T0 + timedelta(days=14),
               payload={"reason": "未支付", "due_at": T0 + timedelta(days=20)})  # fmt: skip
        back = make_case(s)
        _dispatch(s, back, "T-RSS", T0)
        record(s, case_id=back, type=E.RETURN, actor=handler("T-RSS"), department_id=dept("T-RSS"),
               at=T0 + timedelta(hours=3), payload={"reason_code": "not_our_duty"})  # fmt: skip
        # Next month's activity does not count in October.
        nov = make_case(s)
        _dispatch(s, nov, "T-SFS", datetime(2026, 11, 2, tzinfo=UTC))
        rows = evaluation.evaluate_month(s, year=2026, month=10)
    by = {r.department: r for r in rows}
    sfs, rss = by["司法所"], by["人社所(劳动保障)"]
    assert (sfs.rank, rss.rank) == (1, 2)
    assert (sfs.received, sfs.signed_on_time, sfs.closed_on_time) == (2, 1.0, 1.0)
    assert sfs.satisfaction == pytest.approx(0.9) and sfs.return_rate == 0
    assert (rss.received, rss.returned, rss.return_rate) == (2, 1, 0.5)
    assert (rss.signed_on_time, rss.closed_on_time, rss.reopen_rate) == (0.0, 0.0, 1.0)
    assert rss.satisfaction == 0.0 and rss.overdue >= 1
    assert sfs.score == 100.0 - 0.3 * 100 * 0.1 / 1.0  # only satisfaction short of full marks
    assert rss.score == 5.0  # only half its assignments were not returned (weight 0.1)


def test_weights_change_the_score(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as s:
        _handled(s, "T-SFS", sign_after=timedelta(days=3), close_after=timedelta(days=4))
        with pytest.raises(ValidationError):
            evaluation.set_weights(s, values={"signed_on_time": 2.0}, org_code="370911")
        with pytest.raises(ValidationError):
            evaluation.set_weights(s, values={"speed": 0.5}, org_code="370911")
        before = evaluation.evaluate_month(s, year=2026, month=10)[0].score
        evaluation.set_weights(s, values={"signed_on_time": 1.0, "closed_on_time": 0.0},
                               org_code="370911")  # fmt: skip
        after = evaluation.evaluate_month(s, year=2026, month=10)[0].score
    assert before > 0 and after < before


def test_performance_report_pdf(session_factory: sessionmaker[Session], tmp_path: Path) -> None:
    with session_factory.begin() as s:
        _handled(s, "T-SFS", sign_after=timedelta(hours=1), close_after=timedelta(days=2),
                 satisfaction="satisfied")  # fmt: skip
        _handled(s, "T-RSS", sign_after=timedelta(days=3), close_after=timedelta(days=20))
        view = evaluation.performance_report(s, year=2026, month=10, org_code=ORG)
    assert view.period == "2026年10月" and [r.rank for r in view.rows] == [1, 2]
    buf = io.BytesIO()
    render("performance", view, buf)
    pdf = tmp_path / "performance.pdf"
    pdf.write_bytes(buf.getvalue())
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", pdf, tmp_path / "perf"],
                   check=True)  # fmt: skip
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, check=True)
    text = out.stdout.decode()
    assert "履职评价" in text and "司法所" in text and "100.0%" in text
