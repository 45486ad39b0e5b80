"""Child processes of the window figures: `python -m bench.window_probe MODE [--db PATH]`.

Each mode prints one line the parent reads:
- `app-paint` / `bare-paint`: `painted` at the first paint of the app's main window (the real
  `python -m app` start-up, offscreen) or of a bare QMainWindow + QTabWidget; the parent times
  process start to that line, then the child exits at once.
- `app-rss-list ROWS` / `bare-rss`: `rss_mb <float> rows <int>`: resident memory of the app
  with the database open on 案件查询 after scrolling ROWS rows, or of the bare window.

The app modes run `app.main.main` with `--self-test` (offscreen, no sync started); `app-paint`
wraps the main window's paintEvent to report the first paint, `app-rss-list` replaces the
self-test's tour of the tabs by the visit to 案件查询.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

PAINTED = "painted"
TITLES = ("首页", "窗口受理", "案件查询", "案件流转", "网格管理", "阵地预约", "同步")


def rss_mb() -> float:
    """Return this process's resident memory in MB (VmRSS; peak RSS where /proc is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _bare_window() -> tuple[Any, Any]:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    tabs.setDocumentMode(True)
    for title in TITLES:
        tabs.addTab(QWidget(), title)
    window.setCentralWidget(tabs)
    window.resize(1280, 800)
    return app, window


def _exit_on_first_paint(cls: Any) -> None:
    """Make the first paintEvent of `cls` print PAINTED and end the process."""
    original = cls.paintEvent

    def paint_event(self: Any, event: Any) -> None:
        original(self, event)
        print(PAINTED, flush=True)
        os._exit(0)

    cls.paintEvent = paint_event


def bare_paint() -> None:
    """A bare QMainWindow + QTabWidget, shown: the floor of first_paint_s."""
    from PySide6.QtWidgets import QMainWindow

    class Bare(QMainWindow):
        pass

    _exit_on_first_paint(Bare)
    from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

    app = QApplication(sys.argv[:1])
    window = Bare()
    tabs = QTabWidget(window)
    tabs.setDocumentMode(True)
    for title in TITLES:
        tabs.addTab(QWidget(), title)
    window.setCentralWidget(tabs)
    window.resize(1280, 800)
    window.show()
    app.exec()


def app_paint(db: str) -> None:
    """The real start-up of the app, ended at the main window's first paint."""
    from app import main as app_main
    from app.views import main_window

    _exit_on_first_paint(main_window.MainWindow)
    app_main.main(["--self-test", "--db", db])


def bare_rss() -> None:
    """Resident memory of the bare window, shown and painted: the floor of rss_list_open_mb."""
    app, window = _bare_window()
    window.show()
    for _ in range(5):
        app.processEvents()
    window.grab()
    print(f"rss_mb {rss_mb():.1f} rows 0", flush=True)


def app_rss_list(db: str, rows: int) -> None:
    """Open the app on `db`, go to 案件查询, scroll until `rows` rows are loaded; print RSS."""
    from app import main as app_main

    def on_case_list(app: Any, window: Any, ctx: Any, _shots: Any) -> int:
        index = [slot.spec.cls for slot in window.slots].index("CasesPage")
        window.tabs.setCurrentIndex(index)
        page = window.page(index)
        table, model = page.table, page.model
        deadline = time.monotonic() + 600
        while len(model.rows) < rows and time.monotonic() < deadline:
            before = len(model.rows)
            table.scrollToBottom()  # the view asks the model to fetch the next chunk
            app.processEvents()
            while ctx.runner.pending and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.001)
            app.processEvents()
            if len(model.rows) == before and not model.canFetchMore():
                break  # the database holds fewer cases
        window.grab()
        print(f"rss_mb {rss_mb():.1f} rows {len(model.rows)}", flush=True)
        ctx.runner.shutdown()
        os._exit(0)  # measured: no need to tear the window down

    app_main._self_test = on_case_list  # type: ignore[assignment]
    app_main.main(["--self-test", "--db", db])


def main(argv: list[str]) -> int:
    """Run one probe mode."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode, rest = argv[0], argv[1:]
    if mode == "bare-paint":
        bare_paint()
    elif mode == "app-paint":
        app_paint(rest[0])
    elif mode == "bare-rss":
        bare_rss()
    elif mode == "app-rss-list":
        app_rss_list(rest[0], int(rest[1]))
    else:
        raise SystemExit(f"unknown mode {mode}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
