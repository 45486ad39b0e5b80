"""The CLI's `sync` reports the same one state as the desk (app.sync.state)."""

from __future__ import annotations

import argparse
import json

from app.cli import cmd_sync


def test_cli_sync_of_an_unregistered_desk_says_unregistered(tmp_path, capsys):
    db = tmp_path / "desk.sqlite3"
    code = cmd_sync.run(argparse.Namespace(db=str(db), json=True))
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    assert (out["state"], out["state_text"]) == ("unregistered", "未注册")
