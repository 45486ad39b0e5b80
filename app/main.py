"""Composition root: settings → database → session factory → QApplication → MainWindow(ctx).

Heavy imports (Qt, SQLAlchemy, the views) happen inside main() so `--help` stays instant.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.config import Settings
    from app.domain.accounts import UserView
    from app.views.context import AppContext, CurrentUser
    from app.views.main_window import MainWindow

log = logging.getLogger(__name__)

DEFAULT_ORG = "370911106"  # 满庄镇, the demo township
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the desktop app's command line."""
    p = argparse.ArgumentParser(prog="python -m app", description="一站 — 一站式社会治理服务中心")
    p.add_argument("--db", type=Path, help="SQLite 数据库文件（默认在用户数据目录）")
    p.add_argument("--org", help="本机所属镇街代码（首次启动时使用）")
    p.add_argument("--user", help="以该用户名登录")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    p.add_argument("--self-test", action="store_true", help="离屏启动，遍历所有标签页后退出")
    p.add_argument("--screenshot-dir", type=Path, help="自检时每个标签页的截图目录")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app (or run its self-test) and return the exit code."""
    args = parse_args(argv)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    logging.getLogger("alembic").setLevel(logging.WARNING)

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from app.config import APP_NAME, Settings
    from app.views.fonts import install_app_font
    from app.views.i18n import install_translators

    settings = Settings.from_env(args.db)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    QCoreApplication.setOrganizationName("Yizhan")
    QCoreApplication.setApplicationName(APP_NAME)
    # Qt settings live beside the data (portable, and tests never touch the real profile).
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings.data_dir / "qt")
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_app_font(app)
    language = args.lang or str(QSettings().value("ui/language", settings.language))
    translators = install_translators(app, language)

    ctx = _build_context(settings, args)
    from app.views.main_window import MainWindow

    window = MainWindow(ctx)
    if args.self_test:
        return _self_test(app, window, ctx, args.screenshot_dir)
    shell = _Shell(ctx, window, translators)
    shell.window.show()
    code = app.exec()
    ctx.runner.shutdown()
    return code


class _Shell:
    """Holds the current main window; switching user rebuilds it for the new user."""

    def __init__(self, ctx: AppContext, window: MainWindow, translators: Sequence[object]) -> None:
        self.ctx = ctx
        self.window = window
        self.translators = translators  # Qt translators must outlive the windows
        window.sig_switch_user.connect(self.switch_user)

    def switch_user(self, user: UserView) -> None:
        """Replace the main window with one for `user` (same database, runner and bus)."""
        from app.views.main_window import MainWindow

        self.ctx = dataclasses.replace(self.ctx, user=_current_user(user))
        old, self.window = self.window, MainWindow(self.ctx)
        self.window.sig_switch_user.connect(self.switch_user)
        self.window.show()
        old.close()
        old.deleteLater()


def _current_user(user: UserView) -> CurrentUser:
    from app.views.context import CurrentUser

    return CurrentUser(
        user_id=user.user_id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        org_code=user.org_code,
        department_id=user.department_id,
        window_name=user.window_name,
    )


def _build_context(settings: Settings, args: argparse.Namespace) -> AppContext:
    from PySide6.QtCore import QSettings

    from app.db import make_session_factory, open_database
    from app.services.errors import NotFound
    from app.services.reference.setup import ensure_device, ensure_reference, sign_in_user
    from app.views.context import DeviceInfo, build_context

    engine = open_database(settings.database_path, backups_dir=settings.backups_dir)
    factory = make_session_factory(engine)
    last = QSettings().value("session/last_user") or None
    with factory.begin() as s:
        ensure_reference(s)
        device = ensure_device(s, org_code=args.org or DEFAULT_ORG)
        try:
            user = sign_in_user(s, org_code=device.org_code, username=args.user or last)
        except NotFound:
            user = sign_in_user(s, org_code=device.org_code)
    device_info = DeviceInfo(device.org_code, device.device_code)
    ctx = build_context(settings, factory, _current_user(user), device_info)
    from app.sync.client import SyncClient
    from app.views.sync.install import install_sync

    # Before the main window is built: it places ctx.extras["status_widgets"] in its status bar.
    install_sync(ctx, SyncClient(factory), start=not args.self_test)
    return ctx


def _self_test(app: QApplication, window: MainWindow, ctx: AppContext, shots: Path | None) -> int:
    """Show the window offscreen, visit every tab, save screenshots, exit 0 if nothing failed."""
    failures: list[BaseException] = []
    previous_hook = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
        failures.append(exc)
        previous_hook(exc_type, exc, tb)  # type: ignore[arg-type]

    sys.excepthook = hook
    ctx.runner.on_error = failures.append
    window.show()
    if shots:
        shots.mkdir(parents=True, exist_ok=True)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        _settle(app, ctx)
        title = window.tabs.tabText(i)
        print(title, flush=True)
        if shots:
            window.grab().save(str(shots / f"{i + 1:02d}-{_slug(title)}.png"))
    app.processEvents()
    ctx.runner.shutdown()
    sys.excepthook = previous_hook
    for exc in failures:
        print(f"self-test error: {type(exc).__name__}: {exc}", file=sys.stderr)
    return 1 if failures else 0


def _settle(app: QApplication, ctx: AppContext, timeout: float = 10.0) -> None:
    """Process events until the database worker has delivered everything (or time runs out)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if ctx.runner.pending == 0:
            app.processEvents()
            if ctx.runner.pending == 0:
                return
        time.sleep(0.01)


def _slug(title: str) -> str:
    cleaned = "".join(ch for ch in title if ch.isalnum())
    return cleaned or "tab"


if __name__ == "__main__":
    sys.exit(main())
