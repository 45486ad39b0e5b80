"""Fixtures shared by the GUI tests."""

from __future__ import annotations

import subprocess
import sys
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QWidget

from app.config import resource_path


@pytest.fixture
def english(qapp, tmp_path) -> Iterator[None]:
    """Install the English catalogue built from the .ts file; remove it afterwards."""
    qm = tmp_path / "yizhan_en.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = resource_path("i18n", "yizhan_en.ts")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


class OffThreadWidgetCalls:
    """Records every QWidget method called from a thread other than the GUI thread.

    Installed with threading.setprofile, so it sees the threads started during a test (the
    database worker among them): a 'c_call' event whose bound object is a QWidget is a widget
    touched off the GUI thread, which Qt does not allow.
    """

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, frame: FrameType, event: str, arg: object) -> None:
        if event != "c_call":
            return
        owner = getattr(arg, "__self__", None)
        if isinstance(owner, QWidget) and threading.current_thread() is not threading.main_thread():
            where = "".join(traceback.format_stack(frame, limit=4))
            name = getattr(arg, "__name__", "?")
            self.calls.append(
                f"{type(owner).__name__}.{name}() on thread "
                f"{threading.current_thread().name}\n{where}"
            )


@pytest.fixture(autouse=True)
def widgets_only_on_gui_thread() -> Iterator[OffThreadWidgetCalls]:
    """Fail a GUI test in which any QWidget method ran off the GUI thread."""
    guard = OffThreadWidgetCalls()
    previous = threading.getprofile()
    threading.setprofile(guard)
    yield guard
    threading.setprofile(previous)  # type: ignore[arg-type]
    if guard.calls:
        pytest.fail(
            "QWidget methods called off the GUI thread (read the form first, hand the worker "
            "plain values):\n" + "\n".join(guard.calls[:5]),
            pytrace=False,
        )
