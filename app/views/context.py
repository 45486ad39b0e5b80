"""The application context built in app.main and passed down to every page. No globals."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.config import Settings
from app.views.bus import Bus
from app.views.operations import DbRunner

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


@dataclass(frozen=True)
class CurrentUser:
    """The signed-in staff member."""

    user_id: str | None
    username: str
    display_name: str
    role: str
    org_code: str
    department_id: str | None = None
    window_name: str = ""


@dataclass(frozen=True)
class DeviceInfo:
    """This installation's township and device code (case numbers use both)."""

    org_code: str
    device_code: str


@dataclass
class AppContext:
    """Everything a page needs: settings, the DB runner, the change bus, the user, the device."""

    settings: Settings
    runner: DbRunner
    bus: Bus
    user: CurrentUser
    device: DeviceInfo
    extras: dict[str, Any] = field(default_factory=dict)

    def actor(self) -> Any:
        """Return the workflow Actor for the current user."""
        from app.services.transfer.workflow import Actor

        u = self.user
        return Actor(
            user_id=u.user_id,
            name=u.display_name,
            role=u.role,
            org_code=u.org_code,
            department_id=u.department_id,
        )


def build_context(
    settings: Settings,
    session_factory: sessionmaker[Session],
    user: CurrentUser,
    device: DeviceInfo,
) -> AppContext:
    """Wire a runner and a bus: every successful write announces its kinds on the bus."""
    bus = Bus()
    runner = DbRunner(session_factory)
    runner.on_changes = bus.sig_data_changed.emit
    return AppContext(settings=settings, runner=runner, bus=bus, user=user, device=device)


def build_test_context(
    session_factory: sessionmaker[Session],
    *,
    role: str = "front_desk",
    org_code: str = "370911106",
    user: CurrentUser | None = None,
    settings: Settings | None = None,
) -> AppContext:
    """Return a context for GUI tests over `session_factory` (a user of `role` is made up)."""
    from pathlib import Path
    from tempfile import mkdtemp

    user = user or CurrentUser(
        user_id=None,
        username="tester",
        display_name="测试员",
        role=role,
        org_code=org_code,
        window_name="1号窗口",
    )
    settings = settings or Settings(data_dir=Path(mkdtemp(prefix="yizhan-test-")))
    return build_context(settings, session_factory, user, DeviceInfo(org_code, "T"))
