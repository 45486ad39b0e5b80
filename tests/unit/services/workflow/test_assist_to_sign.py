"""An assisting department's 待签收: the list shows what the count counts."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from app.domain.transfer import Queue
from app.services.transfer import actions as transfer
from app.services.transfer import queries as transfer_queries
from tests.unit.services.transfer.helpers import DESK, dept, handler, make_case

SFS = handler("T-SFS", "司法所王")


def test_unsigned_assist_of_case_in_progress_is_listed(
    session_factory: sessionmaker[Session],
) -> None:
    with session_factory.begin() as s:
        cid = make_case(s)
        transfer.dispatch(
            s, actor=DESK, case_id=cid, lead_department_id=dept("T-SFS"),
            assist_department_ids=[dept("T-ZZB")],
        )  # fmt: skip
        transfer.sign(s, actor=SFS, case_id=cid)  # the case is now 办理中, 综治办 has not signed
        counts = transfer_queries.queue_counts(s, department_id=dept("T-ZZB"))
        page = transfer_queries.queue(s, queue=Queue.TO_SIGN, department_id=dept("T-ZZB"))
        assert counts.count("to_sign") == 1
        assert [r.id for r in page.rows] == [cid]
        assert page.total == 1
        # The lead has signed: nothing left in its 待签收, in the list or the count.
        lead = transfer_queries.queue(s, queue=Queue.TO_SIGN, department_id=dept("T-SFS"))
        lead_counts = transfer_queries.queue_counts(s, department_id=dept("T-SFS"))
        assert (lead.rows, lead.total, lead_counts.count("to_sign")) == ((), 0, 0)
