"""Figures for the home page and reports: counts of what the database holds."""
