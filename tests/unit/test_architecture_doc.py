"""docs/ARCHITECTURE.md stays true: its tree lists every tracked directory, and its paths exist."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "ARCHITECTURE.md"


def _tracked_dirs() -> set[str]:
    try:
        out = subprocess.run(
            ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("git is not available here: the tree is compared with `git ls-files`")
    dirs: set[str] = set()
    for line in out.splitlines():
        parts = line.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            dirs.add("/".join(parts[:i]) + "/")
    return dirs


def _doc_tree() -> set[str]:
    text = DOC.read_text(encoding="utf-8")
    block = text.split("<!-- tree:start -->", 1)[1].split("<!-- tree:end -->", 1)[0]
    return {line.split()[0] for line in block.splitlines() if line.strip() and "```" not in line}


def test_tree_matches_git_ls_files() -> None:
    tracked = {d for d in _tracked_dirs() if d != "resources/"}
    listed = _doc_tree()
    assert sorted(tracked - listed) == [], "directories missing from docs/ARCHITECTURE.md"
    assert sorted(listed - tracked) == [], "directories in docs/ARCHITECTURE.md that git lacks"


@pytest.mark.parametrize("name", ["docs/ARCHITECTURE.md", "docs/DEVELOPING.md", "README.md"])
def test_paths_named_in_the_docs_exist(name: str) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:app|tests|docs|resources|bench|installer)/[\w./-]+)`", text))
    missing = sorted(p for p in named if "<" not in p and not (ROOT / p).exists())
    assert missing == []


def test_readme_and_developing_link_only_inside_the_repo() -> None:
    for name in ("README.md", "docs/DEVELOPING.md", "docs/ARCHITECTURE.md"):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert "../shared" not in text, f"{name} points outside the repository"
