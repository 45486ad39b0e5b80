"""Build the Debian package of the desktop app from a PyInstaller one-folder bundle.

    python installer/linux/build_deb.py --bundle dist/yizhan --out dist [--version 0.2.0]

Layout of the package:
    /opt/yizhan/                      the bundle, as PyInstaller made it
    /usr/bin/yizhan                   launcher: reads /etc/yizhan/yizhan.conf, runs the bundle
    /etc/yizhan/yizhan.conf           conffile: the desk's data directory (kept on upgrade)
    /usr/share/applications/yizhan.desktop, /usr/share/icons/hicolor/scalable/apps/yizhan.svg

The desk's database is the machine's, not one login's: the sync server registers a device, and a
shared window PC is used by several staff under one device. So the data lives in
/var/lib/yizhan (group `yizhan`, mode 2770); staff accounts are the app's own. `remove` keeps it,
`purge` deletes it with the configuration.

Depends: the shared libraries the bundle loads from the system (found with ldd over every ELF file
in the bundle, each mapped to its Debian package with dpkg -S), and nothing else.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "yizhan"
HERE = Path(__file__).resolve().parent
# Libraries every Debian system has (Essential: yes / priority required): no need to list them.
ESSENTIAL = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g", "libselinux1", "libpcre2-8-0"}


def project_version() -> str:
    """Return `project.version` of pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def _elf_files(bundle: Path) -> list[Path]:
    out = []
    for p in bundle.rglob("*"):
        if p.is_file() and not p.is_symlink():
            with p.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    out.append(p)
    return out


def system_libraries(bundle: Path) -> tuple[set[str], set[str]]:
    """Return (paths of system libraries the bundle links, sonames ldd could not find)."""
    inside = {p.name for p in bundle.rglob("*.so*")}
    found: set[str] = set()
    missing: set[str] = set()
    for elf in _elf_files(bundle):
        env = dict(os.environ, LD_LIBRARY_PATH=str(elf.parent))
        res = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env)
        for line in res.stdout.splitlines():
            m = re.match(r"\s*(\S+) => (not found|(\S+) \(0x)", line)
            if not m:
                continue
            soname, path = m.group(1), m.group(3)
            if soname in inside:
                continue
            if path is None:
                missing.add(soname)
            elif not path.startswith(str(bundle)):
                found.add(os.path.realpath(path))
    return found, missing


def packages_of(paths: set[str]) -> set[str]:
    """Return the Debian packages that own `paths` (dpkg -S), without architecture suffixes."""
    pkgs: set[str] = set()
    for path in sorted(paths):
        candidates = {path, path.replace("/usr/lib/", "/lib/", 1)}
        for cand in candidates:
            res = subprocess.run(["dpkg", "-S", cand], capture_output=True, text=True)
            if res.returncode == 0:
                for line in res.stdout.splitlines():
                    pkgs.add(line.split(":", 1)[0].split(",")[0].strip())
                break
    return pkgs - ESSENTIAL


def policy_package(soname: str) -> str:
    """Return the Debian package of a library this machine lacks, by Debian's naming policy.

    libxcb-icccm.so.4 -> libxcb-icccm4; libfoo-1.2.so.0 -> libfoo-1.2-0. The name is checked
    against the package lists (apt-cache), so a guess never reaches the control file.
    """
    m = re.fullmatch(r"(lib[\w+.-]+?)\.so\.(\d+)", soname)
    if m is None:
        sys.exit(f"build_deb: cannot name the package of {soname}")
    base, major = m.groups()
    name = (f"{base}-{major}" if base[-1].isdigit() else f"{base}{major}").lower()
    res = subprocess.run(["apt-cache", "show", name], capture_output=True, text=True)
    if res.returncode != 0 or not res.stdout.strip():
        sys.exit(
            f"build_deb: {soname} is not installed here and no package {name} is known "
            "(run apt-get update, or install the library)"
        )
    return name


def build(bundle: Path, out_dir: Path, version: str, compression: str = "xz") -> Path:
    """Assemble and build the .deb; return its path."""
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    libs, missing = system_libraries(bundle)
    depends = sorted(packages_of(libs) | {policy_package(soname) for soname in missing})
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / f"{PACKAGE}_{version}_{arch}"
        shutil.copytree(bundle, root / "opt" / PACKAGE, symlinks=True)
        (root / "usr/bin").mkdir(parents=True)
        launcher = root / "usr/bin" / PACKAGE
        shutil.copy(HERE / "yizhan.sh", launcher)
        launcher.chmod(0o755)
        (root / "etc" / PACKAGE).mkdir(parents=True)
        shutil.copy(HERE / "yizhan.conf", root / "etc" / PACKAGE / "yizhan.conf")
        apps = root / "usr/share/applications"
        apps.mkdir(parents=True)
        shutil.copy(HERE / "yizhan.desktop", apps / "yizhan.desktop")
        icons = root / "usr/share/icons/hicolor/scalable/apps"
        icons.mkdir(parents=True)
        shutil.copy(ROOT / "resources/icons/yizhan.svg", icons / "yizhan.svg")
        debian = root / "DEBIAN"
        debian.mkdir()
        files = (p for p in root.rglob("*") if p.is_file() and not p.is_symlink())
        size_kb = sum(p.stat().st_size for p in files) // 1024
        (debian / "control").write_text(
            f"Package: {PACKAGE}\n"
            f"Version: {version}\n"
            f"Architecture: {arch}\n"
            "Maintainer: Yizhan developers <yizhan@example.invalid>\n"
            f"Installed-Size: {size_kb}\n"
            f"Depends: {', '.join(depends)}\n"
            "Section: misc\n"
            "Priority: optional\n"
            "Description: 一站 one-stop social-governance service centre desk\n"
            " Window intake, case transfer to departments, grid rosters and\n"
            " party-education site bookings; works offline and syncs with the\n"
            " district server.\n",
            encoding="utf-8",
        )
        (debian / "conffiles").write_text("/etc/yizhan/yizhan.conf\n", encoding="utf-8")
        for name in ("postinst", "postrm"):
            shutil.copy(HERE / name, debian / name)
            (debian / name).chmod(0o755)
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
        subprocess.run(
            [
                "dpkg-deb",
                "--root-owner-group",
                f"-Z{compression}",
                "-z6",
                "--build",
                str(root),
                str(target),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", type=Path, default=ROOT / "dist" / PACKAGE)
    p.add_argument("--out", type=Path, default=ROOT / "dist")
    p.add_argument("--version", default=None, help="package version (default: pyproject.toml)")
    p.add_argument(
        "--compression", choices=("xz", "gzip"), default="xz", help="gzip: faster, larger"
    )
    args = p.parse_args()
    if not (args.bundle / PACKAGE).is_file():
        sys.exit(f"build_deb: no bundle at {args.bundle} (run make package first)")
    deb = build(args.bundle, args.out, args.version or project_version(), args.compression)
    sys.stdout.write(f"{deb}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
