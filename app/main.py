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
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy.orm import Session, sessionmaker

    from app.config import Settings
    from app.domain.accounts import UserView
    from app.views.context import AppContext, CurrentUser, DeviceInfo
    from app.views.main_window import MainWindow

log = logging.getLogger(__name__)

DEFAULT_ORG = "370911106"  # 满庄镇, the demo township
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the desktop app's command line."""
    p = argparse.ArgumentParser(prog="python -m app", description="一站 — 一站式社会治理服务中心")
    p.add_argument("--db", type=Path, help="SQLite 数据库文件（默认在用户数据目录）")
    p.add_argument("--org", help="本机所属镇街代码（首次启动时使用）")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    p.add_argument("--self-test", action="store_true", help="离屏启动，遍历所有标签页后退出")
    p.add_argument("--screenshot-dir", type=Path, help="自检时每个标签页的截图目录")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app (or run its self-test) and return the exit code."""
    started = time.perf_counter()
    args = parse_args(argv)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    logging.getLogger("alembic").setLevel(logging.WARNING)

    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
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

    # Paint first: the window (title, menus, tab titles) shows before the database opens; its
    # first paint starts the rest (database, sync, the current tab's page).
    from app.views.main_window import MainWindow

    window = MainWindow(settings=settings)
    loaded: dict[str, Any] = {}

    def load() -> None:
        from app.services import vault

        if vault.is_encrypted(settings.database_path) and not args.self_test:
            # An encrypted desk: the login screen opens the database (docs/SECURITY.md).
            desk = _LockedDesk(settings, args)
            user = desk.sign_in(window)
            if user is None or desk.factory is None or desk.device is None:
                app.exit(0)
                return
            factory, device_info = desk.factory, desk.device
        else:
            try:
                factory, device_info = _open(settings, args)
            except Exception as exc:
                log.exception("the database could not be opened")
                _fatal(window, exc, quiet=args.self_test)
                app.exit(1)
                return
            # The login screen stands over the painted, still empty window.
            user = _sign_in(factory, device_info, self_test=args.self_test, parent=window)
            if user is None:
                app.exit(2 if args.self_test else 0)  # 退出 on the login screen
                return
        ctx = _build_context(settings, factory, device_info, user, start_sync=not args.self_test)
        window.attach(ctx)
        loaded["ctx"] = ctx
        log.info("main window loaded %.3f s after start", time.perf_counter() - started)
        if args.self_test:
            app.exit(_self_test(app, window, ctx, args.screenshot_dir))
        else:
            loaded["shell"] = _Shell(app, ctx, window, translators)
            _start_daily_backup(settings)
            loaded["guide"] = _first_run_guide(ctx, window)

    def painted() -> None:
        log.info("main window painted %.3f s after start", time.perf_counter() - started)
        QTimer.singleShot(0, load)

    window.sig_first_paint.connect(painted)
    window.show()
    code = app.exec()
    if "ctx" in loaded:
        loaded["ctx"].runner.shutdown()
    return code


def _fatal(window: MainWindow, exc: BaseException, *, quiet: bool) -> None:
    """Tell the user the database could not be opened (the self-test only prints it)."""
    text = f"{type(exc).__name__}: {exc}"
    if quiet:
        print(f"self-test error: {text}", file=sys.stderr)
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from app.db import DatabaseTooNew

    translate = QCoreApplication.translate
    if isinstance(exc, DatabaseTooNew):
        message = translate(
            "main",
            "这个数据库由较新版本的一站创建（数据库结构 {0}），本程序只认识到 {1}。"
            "为保护数据，本程序不会打开它：请安装新版本后再打开。",
        ).format(exc.revision, exc.head)
    else:
        message = translate("main", "无法打开数据库，程序将退出。\n{0}").format(text)
    QMessageBox.critical(window, translate("main", "一站"), message)


def _call(factory: sessionmaker[Session]) -> Callable[[Callable[[Session], Any]], Any]:
    def call(fn: Callable[[Session], Any]) -> Any:
        with factory.begin() as s:
            return fn(s)

    return call


def _sign_in(
    factory: sessionmaker[Session],
    device: DeviceInfo,
    *,
    self_test: bool,
    parent: MainWindow | None = None,
) -> UserView | None:
    """Show the login screen; the self-test signs in through the test-only path instead."""
    from PySide6.QtCore import QSettings

    from app.services import accounts
    from app.services.errors import DomainError

    if self_test:
        # Test-only (app.services.accounts.test_sign_in): a demo or password-less database.
        try:
            return _call(factory)(lambda s: accounts.test_sign_in(s, org_code=device.org_code))
        except DomainError as exc:
            print(f"self-test error: {exc.message}", file=sys.stderr)
            return None
    from app.views.login_dialog import LoginDialog

    remembered = str(QSettings().value("session/last_user", ""))
    dialog = LoginDialog(_call(factory), device.org_code, parent, remembered=remembered)
    if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.user is None:
        return None
    QSettings().setValue("session/last_user", dialog.user.username)
    return dialog.user


def _first_run_guide(ctx: AppContext, window: MainWindow) -> Any:
    """On a new desk (no demo, no cases, not registered), open the first-run guide once."""
    from app.services.reference.setup import first_run_state

    state = ctx.runner.call(first_run_state)
    if not state.show:
        return None
    from app.views.first_run import FirstRunGuide

    guide = FirstRunGuide(ctx, state, window)
    guide.sig_register.connect(lambda: window.show_page("SyncPage"))
    guide.open()
    return guide


class _LockedDesk:
    """An encrypted desk before sign-in: the login password unwraps the key and opens it."""

    def __init__(self, settings: Settings, args: argparse.Namespace) -> None:
        self.settings = settings
        self.args = args
        self.factory: sessionmaker[Session] | None = None
        self.device: DeviceInfo | None = None

    def unlock(self, username: str, password: str) -> str:
        from app.db import make_session_factory, open_database
        from app.services import accounts, vault
        from app.services.reference.setup import ensure_device, ensure_reference
        from app.views.context import DeviceInfo

        db = self.settings.database_path
        from app.db import DatabaseTooNew
        from app.services.errors import DomainError

        opened = vault.unlock(db, username=username, password=password)
        try:
            engine = open_database(db, backups_dir=self.settings.backups_dir, key=opened.key)
        except DatabaseTooNew as exc:  # shown on the login screen like any refusal
            raise DomainError(exc.message) from exc
        factory = make_session_factory(engine, vault=opened)
        with factory.begin() as s:
            ensure_reference(s)
            device = ensure_device(s, org_code=self.args.org or DEFAULT_ORG)
            accounts.record_vault_failures(s, org_code=device.org_code)
        vault.set_active(opened)
        self.factory = factory
        self.device = DeviceInfo(device.org_code, device.device_code)
        return device.org_code

    def call(self, fn: Callable[[Session], Any]) -> Any:
        if self.factory is None:
            raise RuntimeError("the desk is still locked")
        with self.factory.begin() as s:
            return fn(s)

    def sign_in(self, parent: MainWindow) -> UserView | None:
        from PySide6.QtCore import QSettings

        from app.services.accounts import LoginScreen
        from app.views.login_dialog import LoginDialog

        org = self.args.org or DEFAULT_ORG
        screen = LoginScreen(
            org_code=org,
            needs_first_password=False,
            admin_username="",
            demo_password=None,
            demo_username="",
        )
        remembered = str(QSettings().value("session/last_user", ""))
        dialog = LoginDialog(
            self.call, org, parent, remembered=remembered, screen=screen, unlock=self.unlock
        )
        if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.user is None:
            return None
        QSettings().setValue("session/last_user", dialog.user.username)
        return dialog.user


def _start_daily_backup(settings: Settings) -> None:
    """Make the day's automatic backup (and rotate the set) on a thread of its own."""
    import threading

    from app.services import vault
    from app.services.backups import daily_backup

    opened = vault.active()
    key = opened.key if opened is not None else None

    def work() -> None:
        try:
            made = daily_backup(settings.database_path, settings.backups_dir, key=key)
            if made is not None:
                log.info("daily backup %s", made.path)
        except Exception:  # a failed backup must not stop the desk; it is logged
            log.exception("daily backup failed")

    threading.Thread(target=work, name="yizhan-backup", daemon=True).start()


class _Shell:
    """Holds the current main window: locks it when idle, rebuilds it when the user changes."""

    def __init__(
        self,
        app: QApplication,
        ctx: AppContext,
        window: MainWindow,
        translators: Sequence[object],
    ) -> None:
        from app.views.idle_lock import IdleWatcher, idle_minutes

        self.app = app
        self.ctx = ctx
        self.window = window
        self.translators = translators  # Qt translators must outlive the windows
        self.locked = False
        self.idle = IdleWatcher(app, idle_minutes())
        self.idle.sig_idle.connect(self.lock)
        self._connect(window)

    def _connect(self, window: MainWindow) -> None:
        window.sig_lock.connect(self.lock)
        window.sig_switch_user.connect(lambda: self.lock(switching=True))

    def lock(self, switching: bool = False) -> None:
        """Hide the data behind the lock screen until the password (or another user) is given."""
        from app.services import accounts
        from app.views.login_dialog import LoginDialog

        if self.locked:
            return
        self.locked = True
        actor = self.ctx.actor()
        call = self.ctx.runner.call
        call(lambda s: accounts.record_session_event(s, actor=actor, action="lock"))
        self.window.centralWidget().hide()
        self.window.menuBar().setEnabled(False)
        me = _user_view(self.ctx.user)
        dialog = LoginDialog(call, self.ctx.device.org_code, self.window, locked_user=me)
        if switching:
            dialog.switch_user()
        accepted = dialog.exec() == LoginDialog.DialogCode.Accepted and dialog.user is not None
        self.locked = False
        if not accepted:
            self.window.close()
            self.app.quit()
            return
        user = dialog.user
        assert user is not None
        if user.user_id == me.user_id:
            call(lambda s: accounts.record_session_event(s, actor=actor, action="unlock"))
            self.window.centralWidget().show()
            self.window.menuBar().setEnabled(True)
        else:
            detail = {"from": me.username, "to": user.username}
            call(
                lambda s: accounts.record_session_event(
                    s, actor=actor, action="switch_user", detail=detail
                )
            )
            self.switch_user(user)
        self.idle.resume()

    def switch_user(self, user: UserView) -> None:
        """Replace the main window with one for `user` (same database, runner and bus)."""
        from PySide6.QtCore import QSettings

        from app.views.context import bind_user
        from app.views.main_window import MainWindow

        QSettings().setValue("session/last_user", user.username)
        self.ctx = dataclasses.replace(self.ctx, user=_current_user(user))
        bind_user(self.ctx.runner, self.ctx.user)
        old, self.window = self.window, MainWindow(self.ctx)
        self._connect(self.window)
        self.window.show()
        old.close()
        old.deleteLater()


def _user_view(user: CurrentUser) -> UserView:
    from app.domain.accounts import UserView

    return UserView(
        user_id=user.user_id or "",
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        org_code=user.org_code,
        department_id=user.department_id,
        window_name=user.window_name,
    )


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


def _open(settings: Settings, args: argparse.Namespace) -> tuple[sessionmaker[Session], DeviceInfo]:
    from app.db import make_session_factory, open_database
    from app.services.reference.setup import ensure_device, ensure_reference
    from app.views.context import DeviceInfo

    engine = open_database(settings.database_path, backups_dir=settings.backups_dir)
    factory = make_session_factory(engine)
    with factory.begin() as s:
        ensure_reference(s)
        device = ensure_device(s, org_code=args.org or DEFAULT_ORG)
    return factory, DeviceInfo(device.org_code, device.device_code)


def _build_context(
    settings: Settings,
    factory: sessionmaker[Session],
    device_info: DeviceInfo,
    user: UserView,
    *,
    start_sync: bool,
) -> AppContext:
    from app.views.context import build_context

    ctx = build_context(settings, factory, _current_user(user), device_info)
    from app.sync.client import SyncClient
    from app.views.sync.install import install_sync

    # Before the main window is built: it places ctx.extras["status_widgets"] in its status bar.
    install_sync(ctx, SyncClient(factory), start=start_sync)
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
    window.show()  # already shown: the tabs are built as they are visited
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
    missing = [slot.spec.cls for slot in window.slots if slot.page is None]
    if missing:
        failures.append(RuntimeError(f"tabs never built: {missing}"))
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
