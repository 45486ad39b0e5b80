"""Who is using this installation: the device and the staff member."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DeviceView:
    """This installation's identity for case numbers and sync."""

    device_id: str
    org_code: str
    device_code: str
    registered: bool


@dataclass(frozen=True)
class UserView:
    """A staff member as screens see them."""

    user_id: str
    username: str
    display_name: str
    role: str
    org_code: str
    department_id: str | None
    window_name: str


@dataclass(frozen=True)
class InstallationFacts:
    """What the About dialog says of this installation (for a support call)."""

    schema: str
    org_code: str
    device_code: str
    server_url: str
    registered: bool
