"""Tests of app.services.common."""
