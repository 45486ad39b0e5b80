"""Fixtures of the search tests: the intake actor registers their cases."""

from tests.unit.services.intake.conftest import actor  # noqa: F401  (a fixture)
