"""Migration s006 brings a server database of the previous release up: token columns, tables."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from app.server.db import alembic_config, make_server_engine, upgrade_server_database


def test_s006_upgrades_a_database_made_before_it(tmp_path):
    engine = make_server_engine(f"sqlite:///{tmp_path / 's.sqlite3'}")
    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "s002")
    # s001 materialises today's tables: make them what the previous release had.
    with engine.begin() as conn:
        for table in ("status_hit", "status_lockout", "access_log"):
            conn.execute(text(f"DROP TABLE {table}"))
        conn.execute(text("DROP INDEX IF EXISTS ix_server_device_prev_token_hash"))
        for col in ("token_expires_at", "prev_token_hash", "prev_token_until"):
            conn.execute(text(f"ALTER TABLE server_device DROP COLUMN {col}"))
        conn.execute(
            text("INSERT INTO server_device (id, org_code, device_code, name, token_hash, "
                 "created_at, watermark) VALUES ('d1', '370911106', 'A', '', 'h', "
                 "'2026-01-01 00:00:00', 5)")
        )  # fmt: skip
    upgrade_server_database(engine)
    found = inspect(engine)
    assert {"status_hit", "status_lockout", "access_log"} <= set(found.get_table_names())
    cols = {c["name"] for c in found.get_columns("server_device")}
    assert {"token_expires_at", "prev_token_hash", "prev_token_until"} <= cols
    with engine.connect() as conn:
        assert conn.execute(text("SELECT watermark FROM server_device")).scalar() == 5
    engine.dispose()
