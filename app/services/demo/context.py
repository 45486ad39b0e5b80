"""What the demo generator knows about the district it fills: towns, villages, staff, rules."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Village:
    """A generated village or community with its grids."""

    id: str
    code: str
    name: str
    community: bool
    grids: list[str] = field(default_factory=list)


@dataclass
class Town:
    """A demo township and the people and places the generator made for it."""

    id: str
    code: str
    name: str
    short: str
    villages: list[Village] = field(default_factory=list)
    # (user id, display name, window name)
    desk: list[tuple[str, str, str]] = field(default_factory=list)
    supervisor: tuple[str, str] = ("", "")
    handlers: dict[str, tuple[str, str]] = field(default_factory=dict)  # department id -> user
    person_first: int = 0
    person_count: int = 0
    org_first: int = 0
    org_count: int = 0

    @property
    def suffix(self) -> str:
        """Return the last three digits of the town code (the case number prefix)."""
        return self.code[-3:]


@dataclass(frozen=True)
class CategoryInfo:
    """A category with its default routing and time limit."""

    id: str
    code: str
    name: str
    limit_days: int
    working_days: bool
    lead_id: str
    assist_ids: tuple[str, ...]


@dataclass
class DemoContext:
    """Everything the case maker draws from."""

    towns: list[Town]
    categories: list[CategoryInfo]
    departments: dict[str, str]  # id -> name
    town_departments: list[tuple[str, str]]  # (id, code) of township-level departments
    person_base: int = 0  # id sequence number of person 0
    org_base: int = 0
