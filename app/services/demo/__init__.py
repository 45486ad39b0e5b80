"""Realistic fictitious demo data at scale: a district's places, staff, residents and cases."""

from app.services.demo.loader import DEMO_PASSWORD, generate_demo

__all__ = ["DEMO_PASSWORD", "generate_demo"]
