"""Vocabulary shared by every layer: enums, ids, frozen dataclasses. Standard library only."""
