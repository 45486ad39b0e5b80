"""The demo load fills the full-text tables itself: exactly what a rebuild would make."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.db import make_engine, make_session_factory
from app.domain.demo import DemoSummary
from app.services.search.case_list import rebuild_search_index

Demo = tuple[Path, DemoSummary]


def _names(path: Path) -> dict[int, tuple[list[str], list[str]]]:
    with sqlite3.connect(path) as conn:
        return {
            rowid: (chars.split(), initials.split())
            for rowid, chars, initials in conn.execute(
                "SELECT rowid, chars, initials FROM party_name_fts"
            )
        }


def test_case_text_index_matches_the_cases(demo: Demo) -> None:
    path, summary = demo
    assert summary.search_indexed
    with sqlite3.connect(path) as conn:
        cases = conn.execute('SELECT count(*) FROM "case"').fetchone()[0]
        docs = conn.execute("SELECT count(*) FROM case_text_fts_docsize").fetchone()[0]
        assert docs == cases == summary.cases
        # Checks every token of the index against the case table (external content).
        conn.execute("INSERT INTO case_text_fts(case_text_fts, rank) VALUES ('integrity-check', 1)")
        conn.execute("INSERT INTO party_name_fts(party_name_fts) VALUES ('integrity-check')")
        conn.execute("INSERT INTO party_text_fts(party_text_fts) VALUES ('integrity-check')")
        # A phrase from some case's facts finds that case.
        rowid, facts = conn.execute('SELECT rowid, facts FROM "case" LIMIT 1 OFFSET 17').fetchone()
        hits = conn.execute(
            "SELECT rowid FROM case_text_fts WHERE case_text_fts MATCH ?",
            ('"' + facts[3:9].replace('"', '""') + '"',),
        ).fetchall()
        assert (rowid,) in hits


def _name_texts(path: Path) -> dict[int, str]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT rowid, names FROM party_text_fts"))


def test_party_names_equal_a_rebuild(demo: Demo, tmp_path: Path) -> None:
    path, _ = demo
    loaded, loaded_texts = _names(path), _name_texts(path)
    copy = tmp_path / "rebuilt.sqlite3"
    shutil.copy(path, copy)
    engine = make_engine(f"sqlite:///{copy}")
    with make_session_factory(engine).begin() as session:
        rebuild_search_index(session)
    engine.dispose()
    rebuilt = _names(copy)
    assert len(loaded) == len(rebuilt) > 0
    assert loaded == rebuilt
    assert loaded_texts == _name_texts(copy)
    assert len(loaded_texts) == len(loaded)


def test_merge_settings_are_back_to_sqlites_defaults(demo: Demo) -> None:
    """The load turns FTS5 incremental merging off; the app's own inserts need it back on."""
    with sqlite3.connect(demo[0]) as conn:
        for table in ("case_text_fts", "party_name_fts", "party_text_fts"):
            config = dict(conn.execute(f"SELECT k, v FROM {table}_config"))
            assert config.get("automerge", 4) == 4
            assert config.get("crisismerge", 16) == 16
            # 'optimize' left a single segment, which every query walks.
            segments = conn.execute(
                f"SELECT count(*) FROM {table}_idx WHERE segid > 0 GROUP BY segid"
            ).fetchall()
            assert len(segments) == 1
