"""Benchmarks: `python -m bench [--quick] [--json FILE]` runs every bench/fig_*.py module."""
