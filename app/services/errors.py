"""Errors a service raises for a user to read (Chinese message, optional field)."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the domain was broken; `message` is shown to the user as it is."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(DomainError):
    """Input failed validation; `errors` maps field names to messages."""

    def __init__(self, errors: dict[str, str]) -> None:
        first_field = next(iter(errors))
        super().__init__("；".join(errors.values()), field=first_field)
        self.errors = errors


class NotFound(DomainError):
    """The thing asked for does not exist (or is not visible to this user)."""


class Forbidden(DomainError):
    """The current user's role may not do this."""
