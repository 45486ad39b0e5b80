"""Start-up: reference data loads once, the device row is stable, someone can sign in."""

from __future__ import annotations

import pytest

from app.services.errors import NotFound
from app.services.reference.loader import load_reference
from app.services.reference.setup import ensure_device, sign_in_user
from tests.conftest import DEMO_ORG


def test_reference_loading_is_idempotent(session_factory):
    with session_factory.begin() as s:
        assert load_reference(s).added == {}


def test_device_row_is_created_once_with_a_local_code(session_factory):
    with session_factory.begin() as s:
        first = ensure_device(s, org_code=DEMO_ORG)
    with session_factory.begin() as s:
        again = ensure_device(s, org_code="370911001")
    assert again == first
    assert first.device_code.startswith("L") and not first.registered


def test_unknown_township_is_refused(session_factory):
    with pytest.raises(NotFound, match="镇街"), session_factory.begin() as s:
        ensure_device(s, org_code="999999999")


def test_fresh_database_gets_a_local_admin(session_factory):
    with session_factory.begin() as s:
        user = sign_in_user(s, org_code=DEMO_ORG)
    assert user.role == "admin" and user.org_code == DEMO_ORG
    with session_factory.begin() as s:
        assert sign_in_user(s, org_code=DEMO_ORG, username=user.username) == user
