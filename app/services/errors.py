"""Errors a service raises for a user to read, and the messages they carry.

A message is Chinese, so logs, the CLI and the Chinese UI read it as it is. It also keeps its
template and named params: the views put the template into the UI language through Qt
(app/views/service_messages.py registers every template) and fill in the same params.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.domain.enums import LabelledEnum


class Joined(tuple[Any, ...]):
    """Params listed with a separator ("、", "；", "或"); the view translates it and each item."""

    sep: str

    def __new__(cls, items: Iterable[Any], sep: str = "、") -> Joined:
        self = super().__new__(cls, items)
        self.sep = sep
        return self


class Msg(str):
    """A Chinese message that remembers its template ("期限至{due}") and params.

    A param is data shown as it is, a LabelledEnum member (its label), another Msg (put into the
    UI language too), or a tuple of them (Joined, or joined with "、"). Adding text to a Msg
    gives a plain str that no view can translate: make a new template instead.
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Msg:
        text = (
            template.format(**{k: _chinese(v) for k, v in params.items()}) if params else template
        )
        self = super().__new__(cls, text)
        self.template = template
        self.params = params
        return self


def _chinese(value: Any) -> Any:
    if isinstance(value, LabelledEnum):
        return value.label
    if isinstance(value, tuple | list):
        sep = value.sep if isinstance(value, Joined) else "、"
        return sep.join(str(_chinese(v)) for v in value)
    return value


class DomainError(Exception):
    """A rule of the domain was broken; `message` (a Msg) is what the user reads.

    `DomainError("手机号码应为11位，现在是{n}位", field="phone", n=11)` keeps the template
    translatable; never pass an f-string.
    """

    def __init__(self, message: str, /, *, field: str | None = None, **params: Any) -> None:
        text = message if isinstance(message, Msg) else Msg(message, **params)
        super().__init__(text)
        self.message: Msg = text
        self.field = field


class ValidationError(DomainError):
    """Input failed validation; `errors` maps field names to messages (str or Msg)."""

    def __init__(self, errors: dict[str, str]) -> None:
        first_field = next(iter(errors))
        super().__init__("；".join(errors.values()), field=first_field)
        self.errors = errors


class NotFound(DomainError):
    """The thing asked for does not exist (or is not visible to this user)."""


class Forbidden(DomainError):
    """The current user's role may not do this."""
