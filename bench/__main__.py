"""Entry point of `python -m bench`."""

import sys

from bench.core import run

sys.exit(run())
