"""A function handed to the database worker never touches a widget (issue #16 item 5).

run_op refuses callables bound to a QObject (or holding a widget), and the autouse guard of
tests/gui/conftest.py fails any GUI test in which a QWidget method ran off the GUI thread.
"""

from __future__ import annotations

import threading
from functools import partial

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.enums import WorkerPost
from app.services.grid import workers as grid_workers
from app.views.context import build_test_context
from app.views.grid.dialogs import WorkerDialog
from app.views.operations import WorkerCallableError, check_worker_callable, run_op


class _Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit("张三", self)

    def call(self, session: object) -> str:
        return self.name.text()


def test_run_op_refuses_a_bound_method_of_a_widget(qtbot, session_factory):
    ctx = build_test_context(session_factory)
    form = _Form()
    qtbot.addWidget(form)
    with pytest.raises(WorkerCallableError, match="method of _Form, a QObject"):
        run_op(form, ctx, form.call)
    with pytest.raises(WorkerCallableError, match="method of _Form"):
        run_op(form, ctx, partial(form.call))
    with pytest.raises(WorkerCallableError, match="method of DbRunner"):
        ctx.runner.call(ctx.runner.shutdown)  # any QObject, not only widgets
    assert ctx.runner.pending == 0  # nothing was queued
    ctx.runner.shutdown()


def test_run_op_refuses_closures_and_partials_holding_a_widget(qtbot):
    edit = QLineEdit("李四")
    qtbot.addWidget(edit)
    with pytest.raises(WorkerCallableError, match="closure holds the widget QLineEdit"):
        check_worker_callable(lambda s: edit.text())
    with pytest.raises(WorkerCallableError, match="partial holds the widget"):
        check_worker_callable(partial(lambda s, e: e.text(), e=edit))
    name = edit.text()  # read on the GUI thread: a plain value is fine
    check_worker_callable(lambda s: name)
    check_worker_callable(partial(grid_workers.save_worker, name=name))


def test_guard_sees_a_widget_method_called_off_the_gui_thread(qtbot, widgets_only_on_gui_thread):
    edit = QLineEdit("王五")
    qtbot.addWidget(edit)
    worker = threading.Thread(target=edit.text, name="not-gui")
    worker.start()
    worker.join()
    # The call was made from another thread, so the guard recorded it.
    assert any("QLineEdit.text() on thread not-gui" in c for c in widgets_only_on_gui_thread.calls)
    widgets_only_on_gui_thread.calls.clear()  # this test provoked it on purpose
    edit.text()  # the GUI thread itself is fine
    assert widgets_only_on_gui_thread.calls == []


def test_grid_worker_dialog_reads_the_form_on_the_gui_thread(qtbot, session_factory):
    """Before the fix the dialog's own `call` read self.name.text() on the worker thread."""
    ctx = build_test_context(session_factory, role="grid_coordinator")
    dialog = WorkerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("赵六")
    dialog.phone.setText("13905380002")
    dialog.post.setCurrentIndex(dialog.post.findData(WorkerPost.PART_TIME.value))
    check_worker_callable(dialog.prepare())  # plain values only
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=5000)
    saved = dialog.result_value
    assert (saved.name, saved.phone, saved.post) == ("赵六", "13905380002", WorkerPost.PART_TIME)
    ctx.runner.shutdown()
