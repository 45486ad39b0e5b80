"""Sync with the district server: wire protocol, HTTP transport, client engine. No Qt here."""
