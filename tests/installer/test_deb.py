"""The Debian package: install, run as a normal user, upgrade keeping the data, remove, purge.

Slow (a PyInstaller build and apt-get): `pytest -m slow tests/installer/test_deb.py`. Needs root,
apt-get and dpkg-deb; set YIZHAN_TEST_BUNDLE to a built `dist/yizhan` to skip the build.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
USER = "yizhan-deb-test"
DATA = Path("/var/lib/yizhan")

pytestmark = pytest.mark.slow


def _run(*cmd: str, check: bool = True, **kw: object) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    return subprocess.run(cmd, check=check, text=True, capture_output=True, env=env, **kw)  # type: ignore[call-overload]


def _apt(*args: str) -> None:
    res = _run("apt-get", "-y", "-q", *args, check=False)
    if res.returncode != 0:
        _run("apt-get", "update", "-q")
        _run("apt-get", "-y", "-q", *args)


@pytest.fixture(scope="module")
def debs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """Build the bundle once and package it as version 0.0.1 and as the newer 0.0.2."""
    if os.geteuid() != 0 or not shutil.which("apt-get") or not shutil.which("dpkg-deb"):
        pytest.skip("needs root, apt-get and dpkg-deb (a Debian-based machine)")
    if _run("dpkg", "-s", "yizhan", check=False).returncode == 0:
        pytest.skip("a yizhan package is already installed on this machine; not touching it")
    work = tmp_path_factory.mktemp("deb")
    bundle = Path(os.environ.get("YIZHAN_TEST_BUNDLE", ""))
    if not (bundle / "yizhan").is_file():
        _run(sys.executable, "-m", "pip", "install", "--quiet", "pyinstaller")
        _run(
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "installer" / "yizhan.spec"),
            cwd=ROOT,
        )
        bundle = work / "dist" / "yizhan"
    built = []
    for version in ("0.0.1", "0.0.2"):
        out = _run(
            sys.executable,
            str(ROOT / "installer" / "linux" / "build_deb.py"),
            "--bundle",
            str(bundle),
            "--out",
            str(work / "debs"),
            "--version",
            version,
            "--compression",
            "gzip",  # a test package: speed over size
        )
        built.append(Path(out.stdout.strip().splitlines()[-1]))
    yield built[0], built[1]
    _run("apt-get", "-y", "-q", "purge", "yizhan", check=False)
    _run("userdel", "-r", USER, check=False)


def _self_test(shots: Path) -> subprocess.CompletedProcess[str]:
    shots.mkdir(parents=True, exist_ok=True)
    shutil.chown(shots, USER)
    return _run(
        "su",
        USER,
        "-c",
        f"QT_QPA_PLATFORM=offscreen yizhan --self-test --screenshot-dir {shots}",
        check=False,
        timeout=300,
    )


def _device_row() -> tuple[str, ...]:
    with sqlite3.connect(DATA / "yizhan.sqlite3") as db:
        row = db.execute("SELECT id, device_code, org_code FROM sync_device").fetchone()
    assert row is not None
    return tuple(str(v) for v in row)


def test_install_run_upgrade_remove_purge(debs: tuple[Path, Path]) -> None:
    old, new = debs
    # pytest keeps its own temporary folders private (0700); the test user needs a reachable one.
    tmp_path = Path(tempfile.mkdtemp(prefix="yizhan-deb-test-"))
    tmp_path.chmod(0o755)
    _apt("install", str(old))
    assert Path("/opt/yizhan/yizhan").is_file()
    assert Path("/usr/share/applications/yizhan.desktop").read_text().count("Name[zh_CN]=一站")
    assert (DATA.stat().st_mode & 0o7777) == 0o2770

    _run("useradd", "--create-home", USER, check=False)
    refused = _self_test(tmp_path / "refused")
    assert refused.returncode == 1 and "adduser" in refused.stderr  # not in the group yet

    _run("adduser", USER, "yizhan")
    first = _self_test(tmp_path / "shots1")
    assert first.returncode == 0, first.stderr
    assert list((tmp_path / "shots1").glob("*.png")), "the self-test saved no screenshots"
    device = _device_row()
    database_mode = (DATA / "yizhan.sqlite3").stat().st_mode & 0o777
    assert database_mode & 0o007 == 0, "the desk database is readable by other users"
    # Qt settings live beside the data (app.main): the language chosen at this desk.
    settings = DATA / "qt" / "Yizhan" / "yizhan.ini"
    _run(
        "su",
        USER,
        "-c",
        f"mkdir -p {settings.parent} && printf '[ui]\\nlanguage=en\\n' > {settings}",
    )

    _apt("install", str(new))
    assert _run("dpkg-query", "-W", "-f=${Version}", "yizhan").stdout == "0.0.2"
    second = _self_test(tmp_path / "shots2")
    assert second.returncode == 0, second.stderr
    assert _device_row() == device  # the same desk: its data survived the upgrade
    assert "language=en" in settings.read_text()

    _apt("remove", "yizhan")
    assert not Path("/opt/yizhan").exists()
    assert (DATA / "yizhan.sqlite3").exists(), "remove must keep the desk's data"

    _apt("purge", "yizhan")
    assert not DATA.exists()
    assert not Path("/etc/yizhan").exists()
