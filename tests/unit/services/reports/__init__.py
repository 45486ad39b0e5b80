"""Tests of app.services.reports: dashboard, warnings, monthly report."""
