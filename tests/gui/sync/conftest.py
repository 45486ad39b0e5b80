"""The sync tab tests use an in-process server."""

from tests.server.conftest import _pg_url, _sqlite_template, sqlite_server

__all__ = ["_pg_url", "_sqlite_template", "sqlite_server"]
