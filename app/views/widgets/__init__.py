"""Reusable widgets: searchable combo, validated line edits, print preview."""
