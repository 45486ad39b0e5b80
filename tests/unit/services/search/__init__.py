"""Tests of app.services.search."""
