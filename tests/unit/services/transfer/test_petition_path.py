"""A 申诉求决类 信访 case along its statutory path, over National Day 2026 and its make-up day.

Every due date is checked against the table below, worked out by hand from 信访工作条例 (2022)
arts. 22-23, 34-36 and 山东省信访条例 arts. 43-44 (N 日 ends at 23:59:59 Beijing time of the N-th
calendar day after the start day; N 工作日 counts working days after it, 调休 included).

step (time-limit row)            from (Beijing)        limit     due (Beijing, end of day)
route_petition 转送交办          registered 06-01      15 日     2026-06-16
sign_assignment 签收             dispatched 06-02 Tue  1 工作日  2026-06-03
decide_acceptance 决定受理       dispatched 06-02      15 日     2026-06-17
handle_petition (at signing)     signed 06-02          60 日     2026-08-01
handle_petition 受理告知         accepted 06-12        60 日     2026-08-11
extend_petition 延期 (once)      old due 08-11         30 日     2026-09-10
review_request 申请复查          opinion 09-01         30 日     2026-10-01 (day 29: 09-30)
accept_recheck_sd 受理复查       asked 09-30 Wed       3 工作日  2026-10-10 (Sat, 调休)
  10-01..10-07 国庆 holiday; 10-08 Thu, 10-09 Fri, 10-10 Sat is a make-up working day
review_opinion 复查意见          asked 09-30           30 日     2026-10-30
review_request 申请复核          复查意见 10-20        30 日     2026-11-19
accept_recheck_sd 受理复核       asked 11-18 Wed       3 工作日  2026-11-23 (Mon)
recheck_opinion 复核意见         asked 11-18           30 日     2026-12-18
"""

from __future__ import annotations

import importlib
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.enums import CaseKind, CaseStatus, EventType, PetitionStage, WarningLevel
from app.models import Case, CaseAssignment, CaseEvent, CaseParty
from app.services.errors import ValidationError
from app.services.transfer import actions as transfer
from app.services.transfer import petition
from app.services.transfer import queries as transfer_queries
from app.services.transfer.workflow import TransitionError, current_state
from tests.unit.services.transfer.helpers import CHIEF, DESK, dept, handler, make_case

BJ = ZoneInfo("Asia/Shanghai")
XFB = handler("T-XFB", "信访办孙")  # the township organ that handles the petition
XFJ = handler("D-XFJ", "区信访局周")  # 复查机关: a district desk
ZFW = handler("D-ZFW", "区委政法委吴")  # 复核机关
SFS = handler("T-SFS", "司法所王")  # an organ that is not the reviewing one


def bj(month: int, day: int, hour: int = 10) -> datetime:
    """Return 2026-month-day hour:00 Beijing time as aware UTC."""
    return datetime(2026, month, day, hour, tzinfo=BJ).astimezone(UTC)


def end(month: int, day: int) -> datetime:
    """Return the end (23:59:59) of a Beijing day of 2026 as aware UTC."""
    return datetime(2026, month, day, 23, 59, 59, tzinfo=BJ).astimezone(UTC)


class Clock:
    """The services' notion of now, moved by the test."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = bj(6, 1)
        for name in (
            "app.services.transfer.actions",
            "app.services.transfer.workflow.record",
            "app.services.transfer.petition",
        ):
            monkeypatch.setattr(importlib.import_module(name), "utcnow", lambda: self.now)

    def at(self, month: int, day: int, hour: int = 10) -> datetime:
        self.now = bj(month, day, hour)
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


def _registered_petition(s: Session, clock: Clock) -> str:
    from app.services.transfer.workflow import record

    cid = make_case(s, category="XFJ", kind=CaseKind.PETITION_CLAIM, accept=False)
    case = s.get(Case, cid)
    case.received_at = clock.now
    # What intake writes for a 信访 case: the 15-day routing clock on the register event.
    s.execute(CaseEvent.__table__.delete().where(CaseEvent.case_id == cid))
    s.flush()
    s.info.pop("workflow_state_memo", None)
    route_due = petition._add(s, clock.now, "route_petition")
    record(
        s,
        case_id=cid,
        type=EventType.REGISTER,
        actor=DESK,
        payload={"due_at": end(7, 31), "route_due_at": route_due},
        at=clock.now,
    )
    record(s, case_id=cid, type=EventType.ACCEPT, actor=DESK, payload={}, at=clock.now)
    return cid


def _to_opinion(s: Session, clock: Clock) -> str:
    """Walk a case from registration to its 处理意见书 of 09-01, checking each due date."""
    cid = _registered_petition(s, clock)
    state = current_state(s, cid)
    assert state.petition_stage == PetitionStage.ROUTING
    assert state.route_due_at == end(6, 16)
    assert s.get(Case, cid).deadline_at == end(6, 16)

    clock.at(6, 2)
    transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-XFB"))
    state = current_state(s, cid)
    assert (state.petition_stage, state.sign_due_at) == (PetitionStage.ACCEPTANCE, end(6, 3))
    assert state.acceptance_due_at == end(6, 17)
    transfer.sign(s, actor=XFB, case_id=cid)
    state = current_state(s, cid)
    assert state.due_at == end(8, 1)
    assert s.get(Case, cid).deadline_at == end(6, 17)  # the acceptance clock is the one running
    with pytest.raises(TransitionError, match="不能直接办结"):
        transfer.close(s, actor=XFB, case_id=cid, outcome="resolved", result="已答复")
    with pytest.raises(TransitionError, match="受理后"):
        transfer.request_extension(s, actor=XFB, case_id=cid, days=10, reason="需调查")

    clock.at(6, 12)
    petition.decide_acceptance(s, actor=XFB, case_id=cid, accepted=True)
    state = current_state(s, cid)
    assert (state.petition_stage, state.due_at) == (PetitionStage.HANDLING, end(8, 11))
    assert s.get(Case, cid).deadline_at == end(8, 11)

    clock.at(8, 5)
    with pytest.raises(ValidationError) as too_long:
        transfer.request_extension(s, actor=XFB, case_id=cid, days=31, reason="需鉴定")
    assert "30" in str(too_long.value.errors["days"])
    transfer.request_extension(s, actor=XFB, case_id=cid, days=30, reason="需土地权属鉴定")
    transfer.decide_extension(s, actor=CHIEF, case_id=cid, approve=True)
    state = current_state(s, cid)
    assert (state.status, state.due_at) == (CaseStatus.EXTENDED, end(9, 10))
    with pytest.raises(TransitionError, match="只能延长一次"):
        transfer.request_extension(s, actor=XFB, case_id=cid, days=5, reason="再延")

    clock.at(9, 1)
    with pytest.raises(TransitionError, match="复查机关"):
        petition.give_opinion(
            s, actor=XFB, case_id=cid, opinion="维持原处理", review_department_id=dept("T-XFB")
        )
    petition.give_opinion(
        s,
        actor=XFB,
        case_id=cid,
        opinion="经调查核实，对你反映的宅基地问题作如下处理……",
        review_department_id=dept("D-XFJ"),
    )
    state = current_state(s, cid)
    assert (state.status, state.petition_stage) == (CaseStatus.CLOSED, PetitionStage.OPINION)
    assert state.request_due_at == end(10, 1)
    return cid


def test_petition_walks_every_stage_over_national_day(
    session_factory: sessionmaker[Session], clock: Clock
) -> None:
    with session_factory.begin() as s:
        cid = _to_opinion(s, clock)
        # Day 31 after the opinion: past the 30 days of art. 35, refused with the reason.
        clock.at(10, 8)
        with pytest.raises(ValidationError) as late:
            petition.request_review(s, actor=XFJ, case_id=cid, requested_at=bj(10, 2))
        message = str(late.value.errors["requested_at"])
        assert "超过法定期限" in message and "2026-10-01" in message and "第三十五条" in message
        # Only the reviewing organ named in the opinion may take the request.
        with pytest.raises(TransitionError, match="只有复查机关"):
            petition.request_review(s, actor=SFS, case_id=cid, requested_at=bj(9, 30))
        # Day 29: accepted by the 复查机关 on 10-10, the Saturday worked for National Day.
        clock.at(10, 10)
        petition.request_review(s, actor=XFJ, case_id=cid, requested_at=bj(9, 30))
        state = current_state(s, cid)
        assert (state.status, state.petition_stage) == (
            CaseStatus.IN_PROGRESS,
            PetitionStage.REVIEW,
        )
        assert (state.lead_department_id, state.due_at) == (dept("D-XFJ"), end(10, 30))
        ev = s.scalars(
            select(CaseEvent).where(CaseEvent.case_id == cid, CaseEvent.type == "review_request")
        ).one()
        assert ev.payload["accept_due_at"] == end(10, 10).isoformat()
        assert ev.payload["on_time"] is True
        # The reviewing organ's queue holds it; the handling organ keeps it in its history.
        page = transfer_queries.queue(
            s, queue="in_progress", department_id=dept("D-XFJ"), now=bj(10, 10)
        )
        assert [r.id for r in page.rows] == [cid]
        states = dict(
            s.execute(
                select(CaseAssignment.department_id, CaseAssignment.state).where(
                    CaseAssignment.case_id == cid
                )
            ).all()
        )
        assert states == {dept("D-XFJ"): "signed", dept("T-XFB"): "done"}
        # Yellow at 80 % of the 30 days, red after them.
        case = s.get(Case, cid)
        assert transfer_queries.warning_of(case.deadline_at, case.warn_at, bj(10, 12)) == "none"
        assert transfer_queries.warning_of(case.deadline_at, case.warn_at, bj(10, 26)) == (
            WarningLevel.YELLOW.value
        )
        assert transfer_queries.warning_of(case.deadline_at, case.warn_at, bj(10, 31)) == (
            WarningLevel.RED.value
        )

        clock.at(10, 20)
        petition.review_opinion(
            s,
            actor=XFJ,
            case_id=cid,
            opinion="复查认为原处理意见事实清楚，予以维持。",
            recheck_department_id=dept("D-ZFW"),
        )
        state = current_state(s, cid)
        assert (state.petition_stage, state.request_due_at) == (
            PetitionStage.REVIEW_OPINION,
            end(11, 19),
        )
        clock.at(11, 20)
        with pytest.raises(TransitionError, match="只有复核机关"):
            petition.request_recheck(s, actor=XFJ, case_id=cid, requested_at=bj(11, 18))
        petition.request_recheck(s, actor=ZFW, case_id=cid, requested_at=bj(11, 18))
        ev = s.scalars(
            select(CaseEvent).where(CaseEvent.case_id == cid, CaseEvent.type == "recheck_request")
        ).one()
        assert ev.payload["accept_due_at"] == end(11, 23).isoformat()
        state = current_state(s, cid)
        assert (state.petition_stage, state.due_at) == (PetitionStage.RECHECK, end(12, 18))

        clock.at(12, 1)
        petition.recheck_opinion(s, actor=ZFW, case_id=cid, opinion="复核维持复查意见。")
        state = current_state(s, cid)
        assert (state.status, state.petition_stage) == (CaseStatus.CLOSED, PetitionStage.FINAL)
        with pytest.raises(TransitionError, match="已终结"):
            petition.request_recheck(s, actor=ZFW, case_id=cid, requested_at=bj(12, 1))

        # Every clock, as the timeline, the status page and the printables read them.
        view = petition.progress(s, case_id=cid)
        assert view is not None and view.final and view.stage_label == "信访终结"
        table = [(c.step, deadline_day(c.due_at), c.on_time) for c in view.clocks]
        assert table == [
            ("route_petition", date(2026, 6, 16), True),
            ("decide_acceptance", date(2026, 6, 17), True),
            ("handle_petition", date(2026, 9, 10), True),
            ("review_request", date(2026, 10, 1), True),
            ("accept_recheck_sd", date(2026, 10, 10), True),
            ("review_opinion", date(2026, 10, 30), True),
            ("review_request", date(2026, 11, 19), True),
            ("accept_recheck_sd", date(2026, 11, 23), True),
            ("recheck_opinion", date(2026, 12, 18), True),
        ]
        types = s.scalars(
            select(CaseEvent.type).where(CaseEvent.case_id == cid).order_by(CaseEvent.id)
        ).all()
        for t in (
            "acceptance_notice",
            "petition_opinion",
            "review_request",
            "review_opinion",
            "recheck_request",
            "recheck_opinion",
            "petition_final",
        ):
            assert t in types


def deadline_day(at: datetime | None) -> date | None:
    """Return the Beijing day a due date ends."""
    return None if at is None else at.astimezone(BJ).date()


def test_late_acceptance_of_a_review_counts_against_the_organ(
    session_factory: sessionmaker[Session], clock: Clock
) -> None:
    with session_factory.begin() as s:
        cid = _to_opinion(s, clock)
        clock.at(10, 12)  # asked 09-30; due 10-10 (the make-up Saturday): two days late
        petition.request_review(s, actor=XFJ, case_id=cid, requested_at=bj(9, 30))
        rates = {
            (r.department, r.step): (r.count, r.on_time)
            for r in petition.stage_rates(s, year=2026, month=10)
        }
        assert rates == {("区信访局", "review_request"): (1, 0)}
        june = {(r.department, r.step): r.rate for r in petition.stage_rates(s, year=2026, month=6)}
        assert june == {("信访办", "acceptance_notice"): 1.0}


def test_not_accepted_needs_reason_and_where_to_go(
    session_factory: sessionmaker[Session], clock: Clock
) -> None:
    with session_factory.begin() as s:
        cid = _registered_petition(s, clock)
        transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-XFB"))
        transfer.sign(s, actor=XFB, case_id=cid)
        with pytest.raises(ValidationError) as blank:
            petition.decide_acceptance(s, actor=XFB, case_id=cid, accepted=False)
        assert set(blank.value.errors) == {"reason", "go_to"}
        petition.decide_acceptance(
            s,
            actor=XFB,
            case_id=cid,
            accepted=False,
            reason="该事项已进入诉讼程序",
            go_to="依法向岱岳区人民法院提出",
        )
        state = current_state(s, cid)
        assert (state.status, state.petition_stage) == (
            CaseStatus.REJECTED,
            PetitionStage.NOT_ACCEPTED,
        )
        from app.services.transfer import printing

        s.add(CaseParty(case_id=cid, owner_org=s.get(Case, cid).owner_org, role="applicant",
                        name="李四", party_type="person"))  # fmt: skip
        s.flush()
        view = printing.DOCUMENTS["acceptance_notice"](s, case_id=cid)
        assert view.title == "不予受理告知书"
        assert "该事项已进入诉讼程序" in view.paragraphs[0]
        assert view.paragraphs[1] == "请你依法向岱岳区人民法院提出。"


def test_every_written_step_prints_on_a4_with_qr_and_basis(
    session_factory: sessionmaker[Session], clock: Clock, tmp_path: Path
) -> None:
    import subprocess

    from app.reports import render
    from app.services.transfer import printing

    with session_factory.begin() as s:
        cid = _to_opinion(s, clock)
        s.add(CaseParty(case_id=cid, owner_org=s.get(Case, cid).owner_org, role="applicant",
                        name="张三", party_type="person"))  # fmt: skip
        s.flush()
        clock.at(10, 9)
        petition.request_review(s, actor=XFJ, case_id=cid, requested_at=bj(9, 30))
        clock.at(10, 20)
        petition.review_opinion(s, actor=XFJ, case_id=cid, opinion="维持原处理意见。",
                                recheck_department_id=dept("D-ZFW"))  # fmt: skip
        clock.at(11, 20)
        petition.request_recheck(s, actor=ZFW, case_id=cid, requested_at=bj(11, 18))
        clock.at(12, 1)
        petition.recheck_opinion(s, actor=ZFW, case_id=cid, opinion="复核维持复查意见。")
        for doc in printing.PETITION_DOCUMENTS:
            view = printing.DOCUMENTS[doc](s, case_id=cid)
            assert view.case_no and view.query_code and "信访工作条例" in view.legal_basis
            path = tmp_path / f"{doc}.pdf"
            with path.open("wb") as fh:
                render(doc, view, fh)
            words = subprocess.run(
                ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
            ).stdout
            assert view.title in words.replace(" ", "") or doc == "acceptance_notice"
            assert view.case_no in words
        png = tmp_path / "opinion"
        subprocess.run(
            ["pdftoppm", "-r", "150", "-png", "-singlefile", str(tmp_path / "petition_opinion.pdf"),
             str(png)], check=True,
        )  # fmt: skip
        scanned = subprocess.run(
            ["zbarimg", "-q", f"{png}.png"], capture_output=True, text=True
        ).stdout
        case = s.get(Case, cid)
        assert f"|{case.case_no}|{case.query_code}" in scanned  # the window's scanner opens it
        opinion = printing.DOCUMENTS["petition_opinion"](s, case_id=cid)
        assert "2026年10月1日前）向区信访局请求复查" in opinion.due_line
        review = printing.DOCUMENTS["review_request"](s, case_id=cid)
        assert review.due_line == "本机关将于2026年10月30日前出具复查意见。"


def test_each_stage_turns_yellow_then_red_on_the_warning_board(
    session_factory: sessionmaker[Session], clock: Clock
) -> None:
    from app.domain.reports import Scope
    from app.services.reports.warnings import warning_board

    def levels(s: Session, cid: str, *days: tuple[int, int]) -> list[str]:
        out = []
        for month, day in days:
            board = warning_board(s, scope=Scope(), now=bj(month, day))
            red = {c.id for c in board.red}
            yellow = {c.id for c in board.yellow}
            out.append("red" if cid in red else "yellow" if cid in yellow else "none")
        return out

    with session_factory.begin() as s:
        cid = _registered_petition(s, clock)
        # 转送交办: registered 06-01 10:00, due 06-16 end; yellow from 80 % of the span.
        assert levels(s, cid, (6, 5), (6, 14), (6, 17)) == ["none", "yellow", "red"]
        clock.at(6, 2)
        transfer.dispatch(s, actor=DESK, case_id=cid, lead_department_id=dept("T-XFB"))
        transfer.sign(s, actor=XFB, case_id=cid)
        # 决定受理: dispatched 06-02, due 06-17 end.
        assert levels(s, cid, (6, 6), (6, 15), (6, 18)) == ["none", "yellow", "red"]
        clock.at(6, 12)
        petition.decide_acceptance(s, actor=XFB, case_id=cid, accepted=True)
        # 办理: accepted 06-12, due 08-11 end.
        assert levels(s, cid, (7, 1), (8, 1), (8, 12)) == ["none", "yellow", "red"]
        clock.at(7, 1)
        petition.give_opinion(
            s, actor=XFB, case_id=cid, opinion="处理意见", review_department_id=dept("D-XFJ")
        )
        # The petitioner's own 30 days are no organ's deadline: no warning while they run.
        assert levels(s, cid, (7, 29), (8, 2)) == ["none", "none"]
        clock.at(7, 20)
        petition.request_review(s, actor=XFJ, case_id=cid, requested_at=bj(7, 20))
        # 复查意见: asked 07-20, due 08-19 end.
        assert levels(s, cid, (7, 25), (8, 15), (8, 20)) == ["none", "yellow", "red"]


def test_intake_of_a_petition_starts_the_routing_clock(
    session_factory: sessionmaker[Session], clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.domain.ids import reference_id
    from app.services.intake import register as svc
    from tests.unit.services.intake.conftest import ACTOR, intake

    monkeypatch.setattr(svc, "utcnow", lambda: clock.now)
    clock.at(9, 28)  # a Monday; National Day falls inside the 15 日 (calendar days count)
    with session_factory.begin() as s:
        data = intake(kind=CaseKind.PETITION_CLAIM, category_id=reference_id("category", "XFJ"))
        done = svc.register_case(s, data=data, actor=ACTOR)
        state = current_state(s, done.case_id)
        assert state.petition_stage == PetitionStage.ROUTING
        assert state.route_due_at == end(10, 13)
        assert s.get(Case, done.case_id).deadline_at == end(10, 13)
        plain = svc.register_case(s, data=intake(), actor=ACTOR)
        assert current_state(s, plain.case_id).petition_stage is None
