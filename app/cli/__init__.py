"""Headless commands: `python -m app.cli COMMAND ...` (demo data, stats, slips, sync, server).

Each `app/cli/cmd_NAME.py` module defines `register(subparsers)` for the command NAME; it is found
by file name, so adding a command never edits this file. Only the module of the command being run
is imported (the others pull in reportlab, httpx, … and would slow every command down).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence


def command_names() -> list[str]:
    """Return the names of all commands (from the cmd_*.py module names)."""
    return sorted(
        info.name.removeprefix("cmd_")
        for info in pkgutil.iter_modules(__path__)
        if info.name.startswith("cmd_")
    )


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Return the argument parser with every command (or only the command `only`)."""
    parser = argparse.ArgumentParser(prog="python -m app.cli", description="一站 命令行工具")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in command_names():
        if only is None or name == only:
            importlib.import_module(f"{__name__}.cmd_{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args_list if not a.startswith("-")), None)
    parser = build_parser(first if first in command_names() else None)
    args = parser.parse_args(args_list)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    from app.db import DatabaseTooNew
    from app.services.vault import VaultError

    try:
        code: int = args.func(args)
    except DatabaseTooNew as exc:
        sys.stderr.write(exc.message + "\n")
        return 3
    except VaultError as exc:  # an encrypted desk the given password cannot open
        sys.stderr.write(exc.message + "\n")
        return 4
    return code


if __name__ == "__main__":
    sys.exit(main())
