"""Tests of app.services.reference."""
