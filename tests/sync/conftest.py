"""The sync tests use the server fixtures."""

from tests.server.conftest import _pg_url, _sqlite_template, desk, server, sqlite_server

__all__ = ["_pg_url", "_sqlite_template", "desk", "server", "sqlite_server"]
