"""run_op: results reach the UI thread, errors roll back and reach one handler, writes announce."""

from __future__ import annotations

from sqlalchemy import func, select

from app.models import Person
from app.services.errors import DomainError
from app.views.context import build_test_context
from app.views.operations import error_text, run_op, show_error
from tests.conftest import DEMO_ORG


def test_success_is_delivered_and_changes_are_announced(qtbot, session_factory):
    ctx = build_test_context(session_factory)
    got, kinds = [], []
    ctx.bus.sig_data_changed.connect(kinds.append)

    def add(s):
        s.add(Person(name="测试丙", owner_org=DEMO_ORG))
        return "saved"

    run_op(None, ctx, add, on_success=got.append, changes={"person"})
    qtbot.waitUntil(lambda: got == ["saved"] and kinds == [frozenset({"person"})], timeout=5000)
    ctx.runner.shutdown()


def test_error_rolls_back_and_reaches_the_handler(qtbot, session_factory):
    ctx = build_test_context(session_factory)
    errors = []

    def add_then_fail(s):
        s.add(Person(name="不应保存", owner_org=DEMO_ORG))
        s.flush()
        raise DomainError("电话号码格式不正确", field="phone")

    run_op(None, ctx, add_then_fail, on_error=errors.append, changes={"person"})
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert error_text(errors[0]) == "电话号码格式不正确"
    assert ctx.runner.call(lambda s: s.scalar(select(func.count()).select_from(Person))) == 0
    ctx.runner.shutdown()


def test_unexpected_error_dialog_says_it_was_logged(qtbot):
    box = show_error(None, ValueError("boom"))
    qtbot.addWidget(box)
    assert "已记录错误日志" in box.text() and "boom" in box.text()
